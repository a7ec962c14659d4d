// SPDX-License-Identifier: GPL-3.0-or-later
// The providers' weighted totals, ranks, red flags, answers and learning-log reviews, and the
// readiness check, against figures worked out by hand.
#include "providerevaluation.h"
#include "providerreport.h"
#include "readiness.h"
#include "reportfixture.h"

#include <QLocale>

using namespace Upskill;

class TestProviderEvaluation : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;

    // Replaces the default criteria with ones of the given weights, named C1, C2, ...
    QList<qint64> criteria(const QList<double> &weights)
    {
        m_fixture.run(QStringLiteral("DELETE FROM provider_criteria"));
        QList<qint64> ids;
        for (int i = 0; i < weights.size(); ++i) {
            m_fixture.run(QStringLiteral("INSERT INTO provider_criteria (name, criterion_group, "
                                         "weight, position) VALUES (?, 'decision', ?, ?)"),
                          {QStringLiteral("C%1").arg(i + 1), weights.at(i), i + 1});
            ids.append(m_fixture.lastId());
        }
        return ids;
    }

    qint64 provider(const QString &name)
    {
        m_fixture.run(
            QStringLiteral("INSERT INTO providers (name, kind) VALUES (?, 'boutique_workshop')"),
            {name});
        return m_fixture.lastId();
    }

    qint64 flag(int index) const
    {
        QSqlQuery query(m_fixture.db());
        query.exec(QStringLiteral("SELECT id FROM red_flags ORDER BY position, id"));
        for (int i = 0; query.next(); ++i) {
            if (i == index)
                return query.value(0).toLongLong();
        }
        return -1;
    }

    // "A:5,4,-:DT" — provider A scores 5, 4 and nothing on the three criteria, with a ticked
    // disqualifying red flag (D), a ticked one (T), or a disqualifying switch on an unticked
    // flag (S).
    void addProvider(const QString &spec, const QList<qint64> &criterionIds)
    {
        const QStringList parts = spec.split(QLatin1Char(':'));
        const qint64 id = provider(parts.at(0));
        const QStringList scores = parts.value(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < scores.size(); ++i) {
            if (scores.at(i) == QLatin1String("-"))
                continue;
            QVERIFY(m_fixture.run(QStringLiteral("INSERT INTO provider_scores (provider_id, "
                                                 "criterion_id, score) VALUES (?, ?, ?)"),
                                  {id, criterionIds.at(i), scores.at(i).toInt()}));
        }
        const QString flags = parts.value(2);
        for (int i = 0; i < flags.size(); ++i) {
            const QChar f = flags.at(i);
            QVERIFY(m_fixture.run(
                QStringLiteral("INSERT INTO provider_red_flags (provider_id, "
                               "red_flag_id, ticked, evidence, disqualifying) "
                               "VALUES (?, ?, ?, 'seen', ?)"),
                {id, flag(i), int(f != QLatin1Char('S')), int(f != QLatin1Char('T'))}));
        }
    }

    // "A 4.33 1", "B 3.00 1=" (shared), "C 4.50 3!" (disqualified), "D - -" (no total).
    static QString describe(const ProviderResult &p)
    {
        QString rank = p.rank > 0 ? QString::number(p.rank) : QStringLiteral("-");
        if (p.tied)
            rank += QLatin1Char('=');
        if (p.disqualified)
            rank += QLatin1Char('!');
        return QStringLiteral("%1 %2 %3")
            .arg(p.name, p.total ? QString::number(*p.total, 'f', 2) : QStringLiteral("-"), rank);
    }

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void weightedTotalAndRank_data()
    {
        QTest::addColumn<QList<double>>("weights");
        QTest::addColumn<QStringList>("providers");
        QTest::addColumn<QStringList>("expected"); // in rank order

        using W = QList<double>;
        using S = QStringList;
        // (3·5 + 2·4 + 1·3) / 6 = 26/6; (3·2 + 2·2 + 1·2) / 6 = 2.
        QTest::newRow("weighted average")
            << W{3, 2, 1} << S{QStringLiteral("B:2,2,2"), QStringLiteral("A:5,4,3")}
            << S{QStringLiteral("A 4.33 1"), QStringLiteral("B 2.00 2")};
        // (4 + 0) / 2: the unscored criterion counts 0 but keeps its weight.
        QTest::newRow("unscored counts as 0")
            << W{1, 1} << S{QStringLiteral("A:4,-"), QStringLiteral("B:1,2")}
            << S{QStringLiteral("A 2.00 1"), QStringLiteral("B 1.50 2")};
        QTest::newRow("nothing scored is 0")
            << W{2, 1} << S{QStringLiteral("A:"), QStringLiteral("B:0,3")}
            << S{QStringLiteral("B 1.00 1"), QStringLiteral("A 0.00 2")};
        // The weight-0 criterion decides nothing: 3 against 4.
        QTest::newRow("zero weight left out")
            << W{2, 0} << S{QStringLiteral("A:3,5"), QStringLiteral("B:4,0")}
            << S{QStringLiteral("B 4.00 1"), QStringLiteral("A 3.00 2")};
        QTest::newRow("all weights zero: no totals, no ranks")
            << W{0, 0} << S{QStringLiteral("B:5,5"), QStringLiteral("A:1,1")}
            << S{QStringLiteral("A - -"), QStringLiteral("B - -")};
        QTest::newRow("no criteria at all")
            << W{} << S{QStringLiteral("A:")} << S{QStringLiteral("A - -")};
        // 3, 3, 1 and 1: two pairs share ranks 1 and 3.
        QTest::newRow("ties share a rank")
            << W{1, 1}
            << S{QStringLiteral("C:1,1"), QStringLiteral("A:4,2"), QStringLiteral("B:3,3"),
                 QStringLiteral("D:0,2")}
            << S{QStringLiteral("A 3.00 1="), QStringLiteral("B 3.00 1="),
                 QStringLiteral("C 1.00 3="), QStringLiteral("D 1.00 3=")};
        QTest::newRow("fractional weights tie exactly")
            << W{0.1, 0.2} << S{QStringLiteral("A:3,3"), QStringLiteral("B:5,2")}
            << S{QStringLiteral("A 3.00 1="), QStringLiteral("B 3.00 1=")};
        QTest::newRow("disqualified ranks last however high")
            << W{1, 1} << S{QStringLiteral("A:5,5:D"), QStringLiteral("B:1,1")}
            << S{QStringLiteral("B 1.00 1"), QStringLiteral("A 5.00 2!")};
        QTest::newRow("a ticked flag alone does not disqualify")
            << W{1, 1} << S{QStringLiteral("A:5,5:TT"), QStringLiteral("B:1,1")}
            << S{QStringLiteral("A 5.00 1"), QStringLiteral("B 1.00 2")};
        QTest::newRow("an unticked flag's switch does not disqualify")
            << W{1, 1} << S{QStringLiteral("A:5,5:S"), QStringLiteral("B:1,1")}
            << S{QStringLiteral("A 5.00 1"), QStringLiteral("B 1.00 2")};
        QTest::newRow("disqualified among themselves by total")
            << W{1}
            << S{QStringLiteral("A:2:TD"), QStringLiteral("B:4:D"), QStringLiteral("C:1"),
                 QStringLiteral("D:4:D")}
            << S{QStringLiteral("C 1.00 1"), QStringLiteral("B 4.00 2=!"),
                 QStringLiteral("D 4.00 2=!"), QStringLiteral("A 2.00 4!")};
        QTest::newRow("a disqualified tie with a qualified one stays apart")
            << W{1} << S{QStringLiteral("A:3:D"), QStringLiteral("B:3")}
            << S{QStringLiteral("B 3.00 1"), QStringLiteral("A 3.00 2!")};
    }

    void weightedTotalAndRank()
    {
        QFETCH(QList<double>, weights);
        QFETCH(QStringList, providers);
        QFETCH(QStringList, expected);

        const QList<qint64> ids = criteria(weights);
        for (const QString &spec : providers)
            addProvider(spec, ids);
        QString error;
        const auto result = ProviderEvaluation::compute(m_fixture.db(), &error);
        QVERIFY2(result, qPrintable(error));
        QStringList actual;
        for (const ProviderResult &p : result->providers)
            actual.append(describe(p));
        QCOMPARE(actual, expected);
        double sum = 0;
        for (double w : weights)
            sum += w;
        QCOMPARE(result->weightSum, sum);
        QCOMPARE(result->hasTotals(), sum > 0);
    }

    void scoresAndCountsPerProvider()
    {
        const QList<qint64> ids = criteria({3, 2, 1});
        addProvider(QStringLiteral("A:5,-,1:TD"), ids);
        QString error;
        const auto result = ProviderEvaluation::compute(m_fixture.db(), &error);
        QVERIFY2(result, qPrintable(error));
        const ProviderResult &a = result->providers.first();
        QCOMPARE(a.scored, 2);
        QCOMPARE(a.scores, (QList<std::optional<int>>{5, std::nullopt, 1}));
        // (15 + 0 + 1) / 6
        QCOMPARE(*a.total, 16.0 / 6);
        QCOMPARE(*a.totalShare(), 16.0 / 30);
        QCOMPARE(a.redFlags.size(), 2);
        QVERIFY(!a.redFlags.at(0).disqualifying);
        QVERIFY(a.redFlags.at(1).disqualifying);
        QCOMPARE(a.redFlags.at(0).evidence, QStringLiteral("seen"));
        QVERIFY(
            ProviderEvaluation::redFlagSummary(a).startsWith(QStringLiteral("2 red flag(s): ")));
        QVERIFY(ProviderEvaluation::redFlagSummary(a).endsWith(QStringLiteral(" — disqualified")));
        QCOMPARE(ProviderEvaluation::formatRank(a), QStringLiteral("1 (disqualified)"));
    }

    void answersCounted()
    {
        const qint64 a = provider(QStringLiteral("A"));
        QSqlQuery query(m_fixture.db());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM signing_questions ORDER BY position")));
        QList<qint64> questions;
        while (query.next())
            questions.append(query.value(0).toLongLong());
        QCOMPARE(questions.size(), 5);
        // Answered and satisfied; answered, not satisfied; answered, not judged; blank but
        // judged unsatisfied; nothing recorded for the fifth.
        const QList<QVariantList> answers = {{QStringLiteral("Yes, all of them."), 1},
                                             {QStringLiteral("About 5 %."), 0},
                                             {QStringLiteral("Ask again."), QVariant()},
                                             {QStringLiteral("   "), 0}};
        for (int i = 0; i < answers.size(); ++i)
            QVERIFY(m_fixture.run(QStringLiteral("INSERT INTO provider_answers (provider_id, "
                                                 "question_id, answer, satisfied) VALUES (?, ?, "
                                                 "?, ?)"),
                                  {a, questions.at(i), answers.at(i).at(0), answers.at(i).at(1)}));
        QString error;
        const auto result = ProviderEvaluation::compute(m_fixture.db(), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->questionCount, 5);
        const ProviderResult &p = result->providers.first();
        QCOMPARE(p.answered, 3);
        QCOMPARE(p.satisfied, 1);
        QCOMPARE(p.unsatisfied, 2);
        QCOMPARE(ProviderEvaluation::answerSummary(p, 5),
                 QStringLiteral("1 of 5 satisfied, 2 not"));

        const auto data = ProviderReport::compute(m_fixture.db(), QDate(2026, 3, 2), &error);
        QVERIFY2(data, qPrintable(error));
        const QList<SigningAnswer> lines = data->answers.value(a);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(1).answer, QStringLiteral("About 5 %."));
        QCOMPARE(lines.at(1).satisfied, std::optional<bool>(false));
        QVERIFY(!lines.at(2).satisfied);
        QVERIFY(lines.at(4).answer.isEmpty());
    }

    void learningLogReviewsMatchByName()
    {
        provider(QStringLiteral("Gradient Works"));
        provider(QStringLiteral("Ångström Academy"));
        provider(QStringLiteral("Nobody Reviewed"));
        const qint64 person = m_fixture.person(QStringLiteral("Ada Lovelace"));
        // provider, rating, review, recommended, end date
        const QList<QVariantList> entries = {
            {QStringLiteral("Gradient Works"), 5, QStringLiteral("Great labs."), 1,
             QStringLiteral("2026-01-10")},
            {QStringLiteral("  gradient works "), 3, QStringLiteral(""), 0,
             QStringLiteral("2026-02-10")},
            {QStringLiteral("GRADIENT WORKS"), QVariant(), QStringLiteral("Not finished yet."),
             QVariant(), QVariant()},
            {QStringLiteral("Gradient Worx"), 1, QStringLiteral("Other provider."), 0,
             QStringLiteral("2026-01-01")},
            {QStringLiteral("ÅNGSTRÖM ACADEMY"), 4, QStringLiteral("Solid."), 1,
             QStringLiteral("2025-11-30")},
        };
        for (const QVariantList &e : entries)
            QVERIFY(m_fixture.run(
                QStringLiteral("INSERT INTO external_learning (participant_id, kind, title, "
                               "provider, start_date, end_date, rating, review, recommended) "
                               "VALUES (?, 'course', 'A course', ?, '2025-10-01', ?, ?, ?, ?)"),
                {person, e.at(0), e.at(4), e.at(1), e.at(2), e.at(3)}));
        QString error;
        const auto result = ProviderEvaluation::compute(m_fixture.db(), &error);
        QVERIFY2(result, qPrintable(error));
        const ProviderResult *gradient = nullptr;
        const ProviderResult *angstrom = nullptr;
        const ProviderResult *nobody = nullptr;
        for (const ProviderResult &p : result->providers) {
            if (p.name.startsWith(QLatin1Char('G')))
                gradient = &p;
            else if (p.name.startsWith(QLatin1Char('N')))
                nobody = &p;
            else
                angstrom = &p;
        }
        QVERIFY(gradient && angstrom && nobody);
        QCOMPARE(gradient->reviews.entries, 3);
        QCOMPARE(gradient->reviews.rated, 2);
        QCOMPARE(*gradient->reviews.averageRating(), 4.0);
        QCOMPARE(gradient->reviews.recommendations, 2);
        QCOMPARE(gradient->reviews.recommended, 1);
        // Written reviews only, dated ones newest first, undated last.
        QCOMPARE(gradient->reviews.latest.size(), 2);
        QCOMPARE(gradient->reviews.latest.at(0).review, QStringLiteral("Great labs."));
        QCOMPARE(gradient->reviews.latest.at(1).review, QStringLiteral("Not finished yet."));
        QCOMPARE(angstrom->reviews.entries, 1);
        QCOMPARE(*angstrom->reviews.averageRating(), 4.0);
        QCOMPARE(nobody->reviews.entries, 0);
        QVERIFY(!nobody->reviews.averageRating());
        QCOMPARE(ProviderEvaluation::reviewSummary(gradient->reviews),
                 QStringLiteral("4.0 of 5 over 2 rating(s)"));

        // Totals alone skip the learning log.
        const auto totals =
            ProviderEvaluation::compute(m_fixture.db(), &error, ProviderEvaluation::Reviews::Skip);
        QVERIFY(totals);
        for (const ProviderResult &p : totals->providers)
            QCOMPARE(p.reviews.entries, 0);
    }

    void readinessWarnings_data()
    {
        QTest::addColumn<QVariantList>("answers"); // per question: 1 yes, 0 no, null unanswered
        QTest::addColumn<bool>("premature");
        QTest::addColumn<QList<int>>("warnings"); // question indices in the warnings' order
        QTest::addColumn<QString>("headline");

        const QVariant none;
        // Without the translations loaded, "%n question(s)" keeps its source form.
        QTest::newRow("all yes") << QVariantList{1, 1, 1, 1} << false << QList<int>{}
                                 << QStringLiteral("Ready: every readiness question is answered "
                                                   "yes.");
        QTest::newRow("one no") << QVariantList{1, 0, 1, 1} << true << QList<int>{1}
                                << QStringLiteral("Buying external training looks premature: 1 "
                                                  "readiness question(s) answered no.");
        QTest::newRow("nothing answered")
            << QVariantList{none, none, none, none} << false << QList<int>{0, 1, 2, 3}
            << QStringLiteral("Finish the readiness check before buying external training: 4 "
                              "question(s) not answered yet.");
        QTest::newRow("no answers first, then the open ones")
            << QVariantList{none, 1, 0, 0} << true << QList<int>{2, 3, 0}
            << QStringLiteral("Buying external training looks premature: 2 readiness "
                              "question(s) answered no. 1 more not answered yet.");
    }

    void readinessWarnings()
    {
        QFETCH(QVariantList, answers);
        QFETCH(bool, premature);
        QFETCH(QList<int>, warnings);
        QFETCH(QString, headline);

        QSqlQuery query(m_fixture.db());
        QVERIFY(query.exec(QStringLiteral("SELECT id, question FROM readiness_questions ORDER BY "
                                          "position")));
        QList<qint64> ids;
        QStringList questions;
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
            questions.append(query.value(1).toString());
        }
        QCOMPARE(ids.size(), answers.size());
        for (int i = 0; i < ids.size(); ++i)
            QVERIFY(m_fixture.run(
                QStringLiteral("UPDATE readiness_questions SET answer = ? WHERE id = ?"),
                {answers.at(i), ids.at(i)}));
        QString error;
        const auto check = Readiness::compute(m_fixture.db(), &error);
        QVERIFY2(check, qPrintable(error));
        QCOMPARE(check->premature(), premature);
        QCOMPARE(check->warnings.size(), warnings.size());
        for (int i = 0; i < warnings.size(); ++i) {
            const ReadinessWarning &w = check->warnings.at(i);
            QCOMPARE(w.questionId, ids.at(warnings.at(i)));
            QCOMPARE(w.question, questions.at(warnings.at(i)));
            QCOMPARE(w.unanswered, answers.at(warnings.at(i)).isNull());
            QVERIFY(Readiness::warningText(w).endsWith(w.question));
        }
        QCOMPARE(Readiness::headline(*check), headline);
    }

    void reportHtmlEscapesAndNamesEveryProvider()
    {
        const QList<qint64> ids = criteria({1, 1});
        addProvider(QStringLiteral("R&D <Labs>:4,3:D"), ids);
        addProvider(QStringLiteral("Plain Co:2,2"), ids);
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE readiness_questions SET answer = 0")));
        QString error;
        const auto data = ProviderReport::compute(m_fixture.db(), QDate(2026, 3, 2), &error);
        QVERIFY2(data, qPrintable(error));
        const QString html = ProviderReport::html(*data);
        QVERIFY(html.contains(QStringLiteral("R&amp;D &lt;Labs&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<Labs>")));
        QVERIFY(html.contains(QStringLiteral("Plain Co")));
        const QLocale locale;
        QVERIFY(html.contains(ProviderEvaluation::formatTotal(3.5)));
        QVERIFY(html.contains(ProviderEvaluation::formatTotal(2.0)));
        QVERIFY(html.contains(QStringLiteral("Buying external training looks premature")));
        // Without charts, no figure is named.
        QVERIFY(!html.contains(QStringLiteral("figure:")));
    }
};

QTEST_GUILESS_MAIN(TestProviderEvaluation)
#include "tst_providerevaluation.moc"
