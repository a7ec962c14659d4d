// SPDX-License-Identifier: GPL-3.0-or-later
// The provider evaluation's models: the scorecard, red flags and answers create their keyed
// record on the first edit and undo removes it again; totals and ranks in the provider list
// follow every score, weight and flag at once; the readiness answers are three-way.
#include "edithistory.h"
#include "programfile.h"
#include "provideranswermodel.h"
#include "providercomparisonmodel.h"
#include "providercriterionmodel.h"
#include "providermodel.h"
#include "providerredflagmodel.h"
#include "providerreviewmodel.h"
#include "providerscoremodel.h"
#include "readinessmodel.h"
#include "sqltestrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestProviderModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;

    qint64 insert(const QString &sql, const QVariantList &values = {})
    {
        return TestSql::insert(m_file->database(), sql, values);
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSql::scalar(m_file->database(), sql, values);
    }
    int scoreRows() const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM provider_scores")).toInt();
    }
    static int rowOf(const ProviderModel &model, qint64 id)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.idAt(row) == id)
                return row;
        }
        return -1;
    }
    static QVariant computed(const ProviderModel &model, qint64 id, int column)
    {
        return model.data(model.index(rowOf(model, id), column), Qt::EditRole);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("p%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        m_alpha = insert(QStringLiteral(
            "INSERT INTO providers (name, kind, status) VALUES ('Alpha', 'bootcamp', "
            "'shortlisted')"));
        m_beta = insert(
            QStringLiteral("INSERT INTO providers (name, kind) VALUES ('Beta', 'elearning')"));
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void everyModelPassesTheTester()
    {
        ProviderModel providers(*m_history);
        ProviderCriterionModel criteria(*m_history);
        ProviderScoreModel scores(*m_history);
        ProviderRedFlagModel flags(*m_history);
        ProviderAnswerModel answers(*m_history);
        ReadinessModel readiness(*m_history);
        ProviderComparisonModel comparison;
        ProviderReviewModel reviews;
        QAbstractItemModelTester t1(&providers,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&criteria,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&scores,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&flags, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(&answers,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t6(&readiness,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t7(&comparison,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t8(&reviews,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        providers.select();
        criteria.select();
        readiness.select();
        scores.setProvider(m_alpha);
        flags.setProvider(m_alpha);
        answers.setProvider(m_alpha);
        QCOMPARE(providers.rowCount(), 2);
        QCOMPARE(criteria.rowCount(), 9);
        QCOMPARE(scores.rowCount(), 9);
        QCOMPARE(flags.rowCount(), 5);
        QCOMPARE(answers.rowCount(), 5);
        QCOMPARE(readiness.rowCount(), 4);
        // Edits, the changes they announce and the provider switching away all pass too.
        QVERIFY(scores.setScore(0, 4));
        QVERIFY(flags.setTicked(1, true));
        QVERIFY(answers.setAnswer(2, QStringLiteral("Every quarter.")));
        QVERIFY(criteria.setData(criteria.index(0, ProviderCriterionModel::Weight), 5));
        m_history->stack()->undo();
        scores.setProvider(m_beta);
        scores.setProvider(-1);
        QCOMPARE(scores.rowCount(), 0);
        QString error;
        const auto result = ProviderEvaluation::compute(m_file->database(), &error);
        QVERIFY(result);
        comparison.setResult(*result);
        reviews.setResult(*result);
        QCOMPARE(comparison.rowCount(), 9 + ProviderComparisonModel::SummaryCount);
        QCOMPARE(comparison.columnCount(), ProviderComparisonModel::FirstProvider + 2);
        QCOMPARE(reviews.rowCount(), 0);
    }

    void firstScoreCreatesTheRecordAndUndoRemovesIt()
    {
        ProviderScoreModel scores(*m_history);
        scores.setProvider(m_alpha);
        const QModelIndex score = scores.index(2, ProviderScoreModel::Score);
        QCOMPARE(scores.data(score).toString(), QStringLiteral("–"));
        QVERIFY(!scores.hasRecord(2));
        QVERIFY(!(scores.flags(scores.index(2, ProviderScoreModel::Note)) & Qt::ItemIsEditable));
        QCOMPARE(scoreRows(), 0);

        QVERIFY(scores.setData(score, QStringLiteral("4")));
        QCOMPARE(scoreRows(), 1);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT score FROM provider_scores WHERE provider_id = ? "
                                       "AND criterion_id = ?"),
                        {m_alpha, scores.entryId(2)})
                     .toInt(),
                 4);
        QCOMPARE(scores.data(score).toString(), QStringLiteral("4"));
        QVERIFY(scores.flags(scores.index(2, ProviderScoreModel::Note)) & Qt::ItemIsEditable);

        // A second edit of the same record changes it: one more undo step, still one row.
        QVERIFY(scores.setData(scores.index(2, ProviderScoreModel::Note),
                               QStringLiteral("Seen in the trial.")));
        QVERIFY(scores.setData(score, QStringLiteral("5 — excellent")));
        QCOMPARE(scoreRows(), 1);
        QCOMPARE(m_history->stack()->count(), 3);

        m_history->stack()->undo();
        QCOMPARE(scores.score(2), 4);
        m_history->stack()->undo();
        QCOMPARE(scores.data(scores.index(2, ProviderScoreModel::Note)).toString(), QString());
        m_history->stack()->undo();
        QCOMPARE(scoreRows(), 0);
        QVERIFY(!scores.hasRecord(2));
        QCOMPARE(scores.data(score).toString(), QStringLiteral("–"));
        m_history->stack()->redo();
        QCOMPARE(scoreRows(), 1);
        QCOMPARE(scores.score(2), 4);
    }

    void clearingAScoreRemovesItAndUndoBringsItBack()
    {
        ProviderScoreModel scores(*m_history);
        scores.setProvider(m_alpha);
        QVERIFY(scores.setScore(0, 3));
        QVERIFY(scores.setData(scores.index(0, ProviderScoreModel::Note), QStringLiteral("Why")));
        QVERIFY(scores.setData(scores.index(0, ProviderScoreModel::Score), QString()));
        QCOMPARE(scoreRows(), 0);
        m_history->stack()->undo();
        QCOMPARE(scores.score(0), 3);
        QCOMPARE(scores.data(scores.index(0, ProviderScoreModel::Note)).toString(),
                 QStringLiteral("Why"));
    }

    void refusedScores_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("too high") << int(ProviderScoreModel::Score)
                                  << QVariant(QStringLiteral("6"));
        QTest::newRow("negative") << int(ProviderScoreModel::Score)
                                  << QVariant(QStringLiteral("-2"));
        QTest::newRow("not a number")
            << int(ProviderScoreModel::Score) << QVariant(QStringLiteral("good"));
        QTest::newRow("a note before a score")
            << int(ProviderScoreModel::Note) << QVariant(QStringLiteral("Seen it"));
    }

    void refusedScores()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        ProviderScoreModel scores(*m_history);
        scores.setProvider(m_alpha);
        QSignalSpy refused(&scores, &ProviderSheetModel::editRefused);
        QVERIFY(!scores.setData(scores.index(1, column), value));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(scoreRows(), 0);
        QCOMPARE(m_history->stack()->count(), 0);
    }

    void totalsAndRanksFollowEveryEdit()
    {
        ProviderModel providers(*m_history);
        ProviderScoreModel alpha(*m_history);
        ProviderScoreModel beta(*m_history);
        ProviderCriterionModel criteria(*m_history);
        ProviderRedFlagModel flags(*m_history);
        providers.select();
        criteria.select();
        alpha.setProvider(m_alpha);
        beta.setProvider(m_beta);
        flags.setProvider(m_alpha);
        // Default weights: four deciding criteria at 3, four capabilities at 2, open source 1.
        const double weights = 4 * 3 + 4 * 2 + 1;
        QVERIFY(computed(providers, m_alpha, ProviderModel::Total).toDouble() == 0);
        QSignalSpy changed(&providers, &QAbstractItemModel::dataChanged);

        QVERIFY(alpha.setScore(0, 5)); // weight 3
        QVERIFY(!changed.isEmpty());
        QCOMPARE(computed(providers, m_alpha, ProviderModel::Total).toDouble(), 15 / weights);
        QCOMPARE(computed(providers, m_alpha, ProviderModel::Rank).toInt(), 1);
        QCOMPARE(computed(providers, m_beta, ProviderModel::Rank).toInt(), 2);

        QVERIFY(beta.setScore(4, 5)); // weight 2
        QVERIFY(beta.setScore(8, 5)); // weight 1: 15 as well, a shared first place
        QCOMPARE(computed(providers, m_beta, ProviderModel::Rank).toInt(), 1);
        QCOMPARE(computed(providers, m_alpha, ProviderModel::Rank).toInt(), 1);
        QVERIFY(providers.data(providers.index(rowOf(providers, m_beta), ProviderModel::Rank))
                    .toString()
                    .contains(QStringLiteral("shared")));

        // A weight changed on the Criteria page moves them apart.
        QVERIFY(criteria.setData(criteria.index(8, ProviderCriterionModel::Weight), 4));
        QCOMPARE(computed(providers, m_beta, ProviderModel::Rank).toInt(), 1);
        QCOMPARE(computed(providers, m_alpha, ProviderModel::Rank).toInt(), 2);
        QCOMPARE(computed(providers, m_beta, ProviderModel::Total).toDouble(),
                 (10.0 + 20.0) / (weights + 3));

        // A disqualifying red flag puts Beta last.
        flags.setProvider(m_beta);
        QVERIFY(flags.setTicked(0, true));
        QCOMPARE(computed(providers, m_beta, ProviderModel::RedFlags).toInt(), 1);
        QCOMPARE(computed(providers, m_beta, ProviderModel::Rank).toInt(), 1);
        QVERIFY(flags.setData(flags.index(0, ProviderRedFlagModel::Disqualifies), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(computed(providers, m_beta, ProviderModel::Rank).toInt(), 2);
        QCOMPARE(computed(providers, m_alpha, ProviderModel::Rank).toInt(), 1);
        QVERIFY(providers.data(providers.index(rowOf(providers, m_beta), ProviderModel::RedFlags))
                    .toString()
                    .contains(QStringLiteral("disqualified")));
        m_history->stack()->undo();
        QCOMPARE(computed(providers, m_beta, ProviderModel::Rank).toInt(), 1);
    }

    void redFlagsNeedATickToDisqualify()
    {
        ProviderRedFlagModel flags(*m_history);
        flags.setProvider(m_alpha);
        const QModelIndex disqualifies = flags.index(2, ProviderRedFlagModel::Disqualifies);
        QVERIFY(!(flags.flags(disqualifies) & Qt::ItemIsUserCheckable));
        QSignalSpy refused(&flags, &ProviderSheetModel::editRefused);
        QVERIFY(!flags.setDisqualifying(2, true));
        QCOMPARE(refused.count(), 1);

        // Evidence alone creates the record, unticked.
        QVERIFY(flags.setData(flags.index(2, ProviderRedFlagModel::Evidence),
                              QStringLiteral("Day 3 is a Python refresher.")));
        QCOMPARE(scalar(QStringLiteral("SELECT ticked FROM provider_red_flags WHERE provider_id = "
                                       "? AND red_flag_id = ?"),
                        {m_alpha, flags.entryId(2)})
                     .toInt(),
                 0);
        QVERIFY(flags.setData(flags.index(2, ProviderRedFlagModel::Flag), Qt::Checked,
                              Qt::CheckStateRole));
        QVERIFY(flags.flags(disqualifies) & Qt::ItemIsUserCheckable);
        QCOMPARE(flags.data(flags.index(2, ProviderRedFlagModel::Flag), Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        QVERIFY(flags.setDisqualifying(2, true));
        QCOMPARE(m_history->stack()->count(), 3);
        // Three undo steps take it back to nothing recorded.
        for (int i = 0; i < 3; ++i)
            m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM provider_red_flags")).toInt(), 0);
        QVERIFY(!flags.isTicked(2));
    }

    void answerVerdicts_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("satisfied key")
            << QStringLiteral("satisfied") << QVariant(1) << QStringLiteral("Satisfied");
        QTest::newRow("not satisfied label")
            << QStringLiteral("Not satisfied") << QVariant(0) << QStringLiteral("Not satisfied");
        QTest::newRow("not yet") << QString() << QVariant() << QStringLiteral("Not yet");
    }

    void answerVerdicts()
    {
        QFETCH(QString, given);
        QFETCH(QVariant, stored);
        QFETCH(QString, shown);
        ProviderAnswerModel answers(*m_history);
        answers.setProvider(m_beta);
        // A verdict first, so "not yet" has something to go back from.
        QVERIFY(answers.setVerdict(0, QStringLiteral("unsatisfied")));
        const QModelIndex verdict = answers.index(0, ProviderAnswerModel::Verdict);
        QVERIFY(answers.setData(verdict, given));
        const QVariant value = scalar(QStringLiteral("SELECT satisfied FROM provider_answers "
                                                     "WHERE provider_id = ?"),
                                      {m_beta});
        QCOMPARE(value.isNull(), stored.isNull());
        if (!stored.isNull())
            QCOMPARE(value.toInt(), stored.toInt());
        QCOMPARE(answers.data(verdict).toString(), shown);
        QVERIFY(!answers.setData(verdict, QStringLiteral("perhaps")));
    }

    void readinessAnswersAreThreeWay()
    {
        ReadinessModel readiness(*m_history);
        readiness.select();
        const QModelIndex answer = readiness.index(1, ReadinessModel::Answer);
        QCOMPARE(readiness.data(answer).toString(), QStringLiteral("Not answered"));
        QVERIFY(!readiness.data(answer, ProgramTableModel::WarningRole).toString().isEmpty());
        QVERIFY(readiness.setData(answer, QStringLiteral("no")));
        QCOMPARE(readiness.data(answer).toString(), QStringLiteral("No"));
        QCOMPARE(scalar(QStringLiteral("SELECT answer FROM readiness_questions WHERE id = ?"),
                        {readiness.idAt(1)})
                     .toInt(),
                 0);
        QVERIFY(readiness.setData(answer, QStringLiteral("Yes")));
        QVERIFY(readiness.data(answer, ProgramTableModel::WarningRole).toString().isEmpty());
        m_history->stack()->undo();
        m_history->stack()->undo();
        QVERIFY(scalar(QStringLiteral("SELECT answer FROM readiness_questions WHERE id = ?"),
                       {readiness.idAt(1)})
                    .isNull());
        QVERIFY(!readiness.setData(answer, QStringLiteral("maybe")));
    }

    void criteriaAddMoveAndDelete()
    {
        ProviderCriterionModel criteria(*m_history);
        criteria.select();
        qint64 id = 0;
        QVERIFY(criteria.addCriterion(QStringLiteral("capability"), QString(), &id));
        QCOMPARE(criteria.rowCount(), 10);
        QCOMPARE(criteria.data(criteria.index(9, ProviderCriterionModel::Name)).toString(),
                 QStringLiteral("New criterion"));
        QVERIFY(criteria.move(9, -1));
        QCOMPARE(criteria.idAt(8), id);
        QSignalSpy refused(&criteria, &ProgramTableModel::editRefused);
        QVERIFY(!criteria.setData(criteria.index(8, ProviderCriterionModel::Name),
                                  criteria.data(criteria.index(0, ProviderCriterionModel::Name))));
        QVERIFY(!criteria.setData(criteria.index(8, ProviderCriterionModel::Weight), -1));
        QCOMPARE(refused.count(), 2);
        // The share of the total: 1 of 21 + 1.
        QCOMPARE(criteria.data(criteria.index(8, ProviderCriterionModel::Share), Qt::EditRole)
                     .toDouble(),
                 1.0 / 22);

        ProviderScoreModel scores(*m_history);
        scores.setProvider(m_alpha);
        QVERIFY(scores.setScore(8, 2));
        QCOMPARE(criteria.scoreCount(id), 1);
        QVERIFY(criteria.removeCriteria({id}));
        QCOMPARE(scoreRows(), 0);
        m_history->stack()->undo();
        QCOMPARE(scoreRows(), 1);
        QCOMPARE(scores.score(8), 2);
    }

    void providerNamesAreUnique()
    {
        ProviderModel providers(*m_history);
        providers.select();
        QSignalSpy refused(&providers, &ProgramTableModel::editRefused);
        QVERIFY(!providers.setData(providers.index(rowOf(providers, m_beta), ProviderModel::Name),
                                   QStringLiteral("Alpha")));
        QCOMPARE(refused.count(), 1);
        qint64 id = 0;
        QVERIFY(providers.addProvider(QString(), &id));
        QVERIFY(providers.addProvider(QString(), &id));
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM providers WHERE id = ?"), {id}).toString(),
                 QStringLiteral("New provider 2"));
        QVERIFY(providers.removeProviders({m_alpha}));
        QCOMPARE(providers.rowCount(), 3);
        m_history->stack()->undo();
        QCOMPARE(providers.rowCount(), 4);
    }
};

QTEST_MAIN(TestProviderModels)
#include "tst_providermodels.moc"
