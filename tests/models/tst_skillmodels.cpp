// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentgridmodel.h"
#include "assessmentmodel.h"
#include "edithistory.h"
#include "participantskillsummarymodel.h"
#include "programfile.h"
#include "roletargetmodel.h"
#include "rubric.h"
#include "rubricdimensionmodel.h"
#include "rubriclevelmodel.h"
#include "tracktargetmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestSkillModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;
    qint64 m_cohort = 0;
    QList<qint64> m_dimensions; // the default rubric, in order

    void exec(const QString &sql)
    {
        QSqlQuery query(m_file->database());
        QVERIFY2(query.exec(sql), qPrintable(sql));
    }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery query(m_file->database());
        query.exec(sql);
        query.next();
        return query.value(0);
    }
    int count(const QString &sql) const { return scalar(sql).toInt(); }
    QStringList dimensionNames(RubricDimensionModel &model) const
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.data(model.index(row, RubricDimensionModel::Name)).toString());
        return names;
    }
    QVariantMap assessment(qint64 participant, int dimension, const QString &kind, int level,
                           const QString &date) const
    {
        return {{QStringLiteral("participant_id"), participant},
                {QStringLiteral("dimension_id"), m_dimensions.value(dimension, 999999)},
                {QStringLiteral("kind"), kind},
                {QStringLiteral("level"), level},
                {QStringLiteral("assessed_on"), date}};
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("s%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        m_dimensions.clear();
        QSqlQuery query(m_file->database());
        query.exec(QStringLiteral("SELECT id FROM rubric_dimensions ORDER BY position"));
        while (query.next())
            m_dimensions.append(query.value(0).toLongLong());
        QCOMPARE(m_dimensions.size(), 5);
        // Ten engineers in one cohort; the tenth has withdrawn.
        exec(QStringLiteral("BEGIN"));
        for (int i = 1; i <= 10; ++i)
            exec(QStringLiteral("INSERT INTO participants (id, name, email, role) VALUES "
                                "(%1, 'Engineer %1', 'e%1@example.org', 'backend')")
                     .arg(i));
        exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter) SELECT "
                            "'2026-Q1 Foundational', id, '2026-Q1' FROM tracks WHERE kind = "
                            "'foundational'"));
        m_cohort = scalar(QStringLiteral("SELECT max(id) FROM cohorts")).toLongLong();
        for (int i = 1; i <= 10; ++i)
            exec(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status) "
                                "VALUES (%1, %2, '%3')")
                     .arg(m_cohort)
                     .arg(i)
                     .arg(i == 10 ? QStringLiteral("withdrawn") : QStringLiteral("active")));
        exec(QStringLiteral("COMMIT"));
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void modelsPassTheModelTester()
    {
        using Tester = QAbstractItemModelTester;
        const auto mode = Tester::FailureReportingMode::QtTest;
        RubricDimensionModel dimensions(*m_history);
        Tester t1(&dimensions, mode);
        QVERIFY(dimensions.select());
        RubricLevelModel levels(*m_history);
        Tester t2(&levels, mode);
        levels.setDimension(m_dimensions.first());
        QCOMPARE(levels.rowCount(), 4);
        RoleTargetModel roles(*m_history);
        Tester t3(&roles, mode);
        QVERIFY(roles.select());
        TrackTargetModel tracks(*m_history);
        Tester t4(&tracks, mode);
        QVERIFY(tracks.select());
        AssessmentModel assessments(*m_history);
        Tester t5(&assessments, mode);
        assessments.setParticipant(1);
        ParticipantSkillSummaryModel summary(*m_file);
        Tester t6(&summary, mode);
        summary.setParticipant(1);
        AssessmentGridModel grid(m_file->database());
        Tester t7(&grid, mode);
        grid.setCohort(m_cohort);

        // Changes while the testers watch: a new dimension, a level, ratings, an assessment.
        QVERIFY(dimensions.addDimension(QStringLiteral("Evaluation and testing")));
        QVERIFY(levels.setData(levels.index(1, RubricLevelModel::Label), QStringLiteral("Doing")));
        QVERIFY(grid.setData(grid.index(0, 0), 3));
        QVERIFY(grid.setData(grid.index(0, 0), QString()));
        QVERIFY(assessments.addAssessments(
            {assessment(1, 0, QStringLiteral("self"), 2, QStringLiteral("2026-02-01"))},
            QStringLiteral("Add")));
        QCOMPARE(assessments.rowCount(), 1);
        QCOMPARE(summary.rowCount(), 6);
        m_history->stack()->undo();
        QCOMPARE(summary.rowCount(), 6);
        for (int column = 0; column < roles.columnCount(); ++column)
            roles.sort(column, Qt::DescendingOrder);
    }

    void addDimensionMakesFourLevelsAndUndoRemovesAll()
    {
        RubricDimensionModel model(*m_history);
        QVERIFY(model.select());
        qint64 id = -1;
        QVERIFY(model.addDimension(QString(), &id));
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.data(model.index(5, RubricDimensionModel::Name)).toString(),
                 QStringLiteral("New dimension"));
        RubricLevelModel levels(*m_history);
        levels.setDimension(id);
        QCOMPARE(levels.rowCount(), 4);
        QStringList labels;
        for (int row = 0; row < 4; ++row)
            labels.append(levels.data(levels.index(row, RubricLevelModel::Label)).toString());
        QCOMPARE(labels, (QStringList{QStringLiteral("Aware"), QStringLiteral("Practicing"),
                                      QStringLiteral("Proficient"), QStringLiteral("Expert")}));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rubric_levels WHERE dimension_id = %1 "
                                      "AND indicators = ''")
                           .arg(id)),
                 4);

        m_history->stack()->undo();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(
            count(QStringLiteral("SELECT count(*) FROM rubric_dimensions WHERE id = %1").arg(id)),
            0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rubric_levels WHERE dimension_id = %1")
                           .arg(id)),
                 0);
        QCOMPARE(levels.rowCount(), 0);

        // Redo brings it back under the same id, and a level edit still finds its row.
        m_history->stack()->redo();
        QCOMPARE(levels.rowCount(), 4);
        QVERIFY(levels.setData(levels.index(3, RubricLevelModel::Indicators),
                               QStringLiteral("Teaches it\nReviews designs")));
        QCOMPARE(scalar(QStringLiteral("SELECT indicators FROM rubric_levels WHERE dimension_id "
                                       "= %1 AND level = 4")
                            .arg(id))
                     .toString(),
                 QStringLiteral("Teaches it\nReviews designs"));

        // A second one picks the next free name; a taken name is refused.
        QVERIFY(model.addDimension());
        QCOMPARE(model.data(model.index(6, RubricDimensionModel::Name)).toString(),
                 QStringLiteral("New dimension 2"));
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QVERIFY(!model.addDimension(QStringLiteral("New dimension")));
        QCOMPARE(refused.count(), 1);
    }

    void levelEditsGoThroughUndo()
    {
        RubricLevelModel levels(*m_history);
        levels.setDimension(m_dimensions.at(1));
        const QModelIndex label = levels.index(2, RubricLevelModel::Label);
        QCOMPARE(levels.data(levels.index(2, RubricLevelModel::Level)).toInt(), 3);
        QVERIFY(!(levels.flags(levels.index(2, RubricLevelModel::Level)) & Qt::ItemIsEditable));
        QVERIFY(levels.setData(label, QStringLiteral("Confident")));
        QCOMPARE(levels.data(label).toString(), QStringLiteral("Confident"));
        QCOMPARE(m_history->stack()->count(), 1);
        QVERIFY(m_history->stack()->undoText().contains(QStringLiteral("level 3")));
        m_history->stack()->undo();
        QCOMPARE(levels.data(label).toString(), QStringLiteral("Proficient"));
        // A label cannot be emptied.
        QVERIFY(!levels.setData(label, QStringLiteral("  ")));
        QCOMPARE(m_history->stack()->count(), 1);
    }

    void reorderIsOneUndoStep_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("delta");
        QTest::addColumn<QList<int>>("order"); // indexes into the default order
        QTest::newRow("first down") << 0 << 1 << QList<int>{1, 0, 2, 3, 4};
        QTest::newRow("last up") << 4 << -1 << QList<int>{0, 1, 2, 4, 3};
        QTest::newRow("middle up") << 2 << -1 << QList<int>{0, 2, 1, 3, 4};
        QTest::newRow("first up stays") << 0 << -1 << QList<int>{};
        QTest::newRow("last down stays") << 4 << 1 << QList<int>{};
    }
    void reorderIsOneUndoStep()
    {
        QFETCH(int, row);
        QFETCH(int, delta);
        QFETCH(QList<int>, order);
        // Positions that tie (an imported rubric) still move.
        exec(QStringLiteral("UPDATE rubric_dimensions SET position = 7 WHERE id IN (%1, %2)")
                 .arg(m_dimensions.at(3))
                 .arg(m_dimensions.at(4)));
        exec(QStringLiteral("UPDATE rubric_dimensions SET position = 7 + id - %1 WHERE id > %1")
                 .arg(m_dimensions.at(4)));
        RubricDimensionModel model(*m_history);
        QVERIFY(model.select());
        const QStringList before = dimensionNames(model);
        const bool moved = model.move(row, delta);
        QCOMPARE(moved, !order.isEmpty());
        if (!moved) {
            QCOMPARE(m_history->stack()->count(), 0);
            QCOMPARE(dimensionNames(model), before);
            return;
        }
        QCOMPARE(m_history->stack()->count(), 1);
        QStringList expected;
        for (int i : order)
            expected.append(before.at(i));
        QCOMPARE(dimensionNames(model), expected);
        m_history->stack()->undo();
        QCOMPARE(dimensionNames(model), before);
        m_history->stack()->redo();
        QCOMPARE(dimensionNames(model), expected);
    }

    void retiredDimensionKeepsAssessmentsButIsNoLongerAsked()
    {
        AssessmentModel assessments(*m_history);
        QVERIFY(assessments.addAssessments(
            {assessment(1, 4, QStringLiteral("self"), 2, QStringLiteral("2026-02-01"))},
            QStringLiteral("Add")));
        RubricDimensionModel model(*m_history);
        QVERIFY(model.select());
        QVERIFY(model.setRetired({m_dimensions.at(4)}, true));
        QVERIFY(model.isRetired(4));
        QVERIFY(
            !model.data(model.index(4, RubricDimensionModel::Name), Qt::ForegroundRole).isNull());
        QCOMPARE(Rubric::load(m_file->database(), true).size(), 4);
        ParticipantSkillSummaryModel summary(*m_file);
        summary.setParticipant(1);
        QCOMPARE(summary.rowCount(), 4);
        AssessmentGridModel grid(m_file->database());
        grid.setCohort(m_cohort);
        QCOMPARE(grid.columnCount(), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assessments")), 1);
        assessments.setParticipant(1);
        QCOMPARE(assessments.rowCount(), 1);

        m_history->stack()->undo();
        QVERIFY(!model.isRetired(4));
        QCOMPARE(summary.rowCount(), 5);
        // The check box retires too.
        QVERIFY(model.setData(model.index(2, RubricDimensionModel::Retired), Qt::Checked,
                              Qt::CheckStateRole));
        QVERIFY(model.isRetired(2));
    }

    void deleteIsRefusedWhenAssessed()
    {
        AssessmentModel assessments(*m_history);
        QVERIFY(assessments.addAssessments(
            {assessment(1, 0, QStringLiteral("pre"), 1, QStringLiteral("2026-02-01"))},
            QStringLiteral("Add")));
        RubricDimensionModel model(*m_history);
        QVERIFY(model.select());
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QVERIFY(!model.removeDimensions({m_dimensions.at(0)}));
        QCOMPARE(refused.count(), 1);
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("Retire")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("1 assessment")), qPrintable(message));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(m_history->stack()->count(), 1);

        // One without assessments goes with its levels and targets; undo brings all back.
        const int targets = count(QStringLiteral("SELECT count(*) FROM role_targets"));
        QVERIFY(model.removeDimensions({m_dimensions.at(1)}));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rubric_levels")), 16);
        QVERIFY(count(QStringLiteral("SELECT count(*) FROM role_targets")) < targets);
        m_history->stack()->undo();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM rubric_levels")), 20);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM role_targets")), targets);
    }

    void roleTargetDuplicateIsRefused_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("new target") << "add";
        QTest::newRow("role changed") << "role";
        QTest::newRow("dimension changed") << "dimension";
    }
    void roleTargetDuplicateIsRefused()
    {
        QFETCH(QString, how);
        RoleTargetModel model(*m_history);
        model.setRole(QStringLiteral("backend"));
        QVERIFY(model.select());
        QCOMPARE(model.rowCount(), 2); // LLMs and production, from the default content
        const int before = count(QStringLiteral("SELECT count(*) FROM role_targets"));
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        if (how == QLatin1String("add")) {
            QVERIFY(!model.addRecord({{QStringLiteral("role"), QStringLiteral("backend")},
                                      {QStringLiteral("dimension_id"), m_dimensions.at(1)},
                                      {QStringLiteral("required_level"), 2},
                                      {QStringLiteral("criticality"), QStringLiteral("important")}},
                                     QStringLiteral("Add")));
        } else if (how == QLatin1String("role")) {
            // The organisation already has a target for every default dimension.
            QVERIFY(!model.setData(model.index(0, RoleTargetModel::Role),
                                   QStringLiteral("organisation")));
        } else {
            const int other = model.rowOf(
                scalar(QStringLiteral("SELECT id FROM role_targets WHERE role = 'backend' AND "
                                      "dimension_id = %1")
                           .arg(m_dimensions.at(4)))
                    .toLongLong());
            QVERIFY(
                !model.setData(model.index(other, RoleTargetModel::Dimension), m_dimensions.at(1)));
        }
        QCOMPARE(refused.count(), 1);
        const QString message = refused.first().first().toString();
        QVERIFY2(message.contains(QStringLiteral("already has a target")), qPrintable(message));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM role_targets")), before);
        QCOMPARE(m_history->stack()->count(), 0);

        // addTarget() takes the first dimension the role has none for.
        qint64 id = -1;
        QVERIFY(model.addTarget(QStringLiteral("backend"), &id));
        QCOMPARE(
            scalar(QStringLiteral("SELECT dimension_id FROM role_targets WHERE id = %1").arg(id))
                .toLongLong(),
            m_dimensions.at(0));
    }

    void levelsShowTheirLabelAndRefuseOutOfRange_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("shown");
        QTest::newRow("3") << QVariant(3) << true << "3 Proficient";
        QTest::newRow("\"4\" from the combo")
            << QVariant(QStringLiteral("4")) << true << "4 Expert";
        QTest::newRow("0") << QVariant(0) << false << "";
        QTest::newRow("5") << QVariant(5) << false << "";
        QTest::newRow("words") << QVariant(QStringLiteral("expert")) << false << "";
    }
    void levelsShowTheirLabelAndRefuseOutOfRange()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QString, shown);
        TrackTargetModel model(*m_history);
        QVERIFY(model.select());
        QVERIFY(model.rowCount() > 0);
        const QModelIndex level = model.index(0, TrackTargetModel::RequiredLevel);
        QCOMPARE(model.data(level).toString(), QStringLiteral("2 Practicing"));
        QCOMPARE(model.data(level, ProgramTableModel::ChoicesRole).toList().size(), 4);
        QCOMPARE(model.setData(level, value), accepted);
        QCOMPARE(model.data(level).toString(), accepted ? shown : QStringLiteral("2 Practicing"));
        QCOMPARE(m_history->stack()->count(), accepted ? 1 : 0);
    }

    void assessmentEditsAreChecked()
    {
        AssessmentModel model(*m_history);
        QVERIFY(model.addAssessments(
            {assessment(2, 1, QStringLiteral("manager"), 2, QStringLiteral("2026-03-01"))},
            QStringLiteral("Add")));
        model.setParticipant(2);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, AssessmentModel::Kind)).toString(),
                 QStringLiteral("Manager"));
        QVERIFY(!model.setData(model.index(0, AssessmentModel::Level), 7));
        QVERIFY(!model.setData(model.index(0, AssessmentModel::AssessedOn),
                               QStringLiteral("2026-13-01")));
        QVERIFY(!model.setData(model.index(0, AssessmentModel::AssessedOn), QString()));
        QVERIFY(model.setData(model.index(0, AssessmentModel::AssessedOn), QDate(2026, 3, 2)));
        QVERIFY(model.setData(model.index(0, AssessmentModel::Level), 3));
        QCOMPARE(model.data(model.index(0, AssessmentModel::Level)).toString(),
                 QStringLiteral("3 Proficient"));
        QCOMPARE(m_history->stack()->count(), 3);
    }

    void bulkSaveIsOneUndoStep()
    {
        AssessmentGridModel grid(m_file->database());
        grid.setCohort(m_cohort);
        QCOMPARE(grid.rowCount(), 9); // the withdrawn engineer is left out
        QCOMPARE(grid.columnCount(), 5);
        QSignalSpy filled(&grid, &AssessmentGridModel::filledCountChanged);
        for (int row = 0; row < grid.rowCount(); ++row)
            QVERIFY(grid.setData(grid.index(row, row % 5), row % 4 + 1));
        QVERIFY(grid.setData(grid.index(0, 1), QStringLiteral("4 Expert")));
        QVERIFY(!grid.setData(grid.index(0, 2), 5));
        QCOMPARE(grid.filledCount(), 10);
        QCOMPARE(filled.last().first().toInt(), 10);
        QCOMPARE(grid.data(grid.index(0, 1)).toString(), QStringLiteral("4 Expert"));

        AssessmentModel model(*m_history);
        const QList<QVariantMap> records = grid.records(QStringLiteral("pre"), QDate(2026, 1, 5));
        QCOMPARE(records.size(), 10);
        QVERIFY(model.addAssessments(records, QStringLiteral("Bulk")));
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'pre' AND "
                                      "cohort_id = %1 AND assessed_on = '2026-01-05'")
                           .arg(m_cohort)),
                 10);
        m_history->stack()->undo();
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assessments")), 0);
    }

    void aRefusedRowWritesNothing_data()
    {
        QTest::addColumn<QVariantMap>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("level 5") << assessment(3, 2, QStringLiteral("post"), 5,
                                               QStringLiteral("2026-04-01"))
                                 << "not a level";
        QTest::newRow("no date") << assessment(3, 2, QStringLiteral("post"), 2, QString())
                                 << "needs a date";
        QTest::newRow("not a date")
            << assessment(3, 2, QStringLiteral("post"), 2, QStringLiteral("April")) << "not a date";
        QTest::newRow("unknown kind")
            << assessment(3, 2, QStringLiteral("peer"), 2, QStringLiteral("2026-04-01"))
            << "not one of the allowed values";
        // Passes the checks, fails in the file: the transaction takes the good rows back too.
        QTest::newRow("unknown dimension")
            << assessment(3, 99, QStringLiteral("post"), 2, QStringLiteral("2026-04-01")) << "";
    }
    void aRefusedRowWritesNothing()
    {
        QFETCH(QVariantMap, bad);
        QFETCH(QString, message);
        AssessmentModel model(*m_history);
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QSignalSpy failed(m_history.get(), &EditHistory::editFailed);
        QList<QVariantMap> records;
        for (int p = 1; p <= 4; ++p)
            records.append(
                assessment(p, 0, QStringLiteral("post"), 3, QStringLiteral("2026-04-01")));
        records.insert(2, bad);
        QVERIFY(!model.addAssessments(records, QStringLiteral("Bulk")));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assessments")), 0);
        QCOMPARE(m_history->stack()->count(), 0);
        QCOMPARE(refused.count() + failed.count(), 1);
        const QString reported = !refused.isEmpty() ? refused.first().first().toString()
                                                    : failed.first().first().toString();
        QVERIFY2(reported.contains(message), qPrintable(reported));
        if (!refused.isEmpty())
            QVERIFY2(reported.contains(QStringLiteral("Record 3 of 5")), qPrintable(reported));
    }

    void summaryKeepsSelfAndManagerApartAndTakesTheLatest()
    {
        AssessmentModel model(*m_history);
        // The later self assessment is recorded first: the date decides, not the order.
        QVERIFY(model.addAssessments(
            {assessment(5, 0, QStringLiteral("self"), 3, QStringLiteral("2026-06-01")),
             assessment(5, 0, QStringLiteral("self"), 1, QStringLiteral("2026-01-10")),
             assessment(5, 0, QStringLiteral("manager"), 1, QStringLiteral("2026-02-01")),
             assessment(5, 0, QStringLiteral("manager"), 4, QStringLiteral("2026-07-01")),
             assessment(5, 1, QStringLiteral("pre"), 2, QStringLiteral("2026-01-05")),
             assessment(6, 0, QStringLiteral("self"), 2, QStringLiteral("2026-08-01"))},
            QStringLiteral("Add")));
        ParticipantSkillSummaryModel summary(*m_file);
        QCOMPARE(summary.rowCount(), 0);
        summary.setParticipant(5);
        QCOMPARE(summary.rowCount(), 5);
        using S = ParticipantSkillSummaryModel;
        QCOMPARE(summary.headerData(S::Self, Qt::Horizontal).toString(), QStringLiteral("Self"));
        QCOMPARE(S::Manager, S::Self + 1); // side by side
        QCOMPARE(summary.data(summary.index(0, S::Self)).toString(),
                 QStringLiteral("3 Proficient"));
        QCOMPARE(summary.data(summary.index(0, S::Manager)).toString(), QStringLiteral("4 Expert"));
        QVERIFY(summary.data(summary.index(0, S::Self), Qt::ToolTipRole)
                    .toString()
                    .contains(QLocale().toString(QDate(2026, 6, 1), QLocale::ShortFormat)));
        QVERIFY(summary.data(summary.index(0, S::Pre)).isNull());
        QCOMPARE(summary.data(summary.index(1, S::Pre)).toString(), QStringLiteral("2 Practicing"));
        // Nothing anywhere shows a blend of the two.
        for (int column = 0; column < summary.columnCount(); ++column)
            QVERIFY(!summary.data(summary.index(0, column))
                         .toString()
                         .startsWith(QStringLiteral("3.5")));

        // A newer manager rating arrives: the summary follows without being told.
        QVERIFY(model.addAssessments(
            {assessment(5, 0, QStringLiteral("manager"), 2, QStringLiteral("2026-09-01"))},
            QStringLiteral("Add")));
        QCOMPARE(summary.data(summary.index(0, S::Manager)).toString(),
                 QStringLiteral("2 Practicing"));
        QCOMPARE(summary.data(summary.index(0, S::Self)).toString(),
                 QStringLiteral("3 Proficient"));
    }

    void trackTargetsAreOnePerDimension()
    {
        TrackTargetModel model(*m_history);
        const qint64 track =
            scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"))
                .toLongLong();
        model.setTrack(track);
        QVERIFY(model.select());
        QCOMPARE(model.rowCount(), 5);
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QVERIFY(!model.addTarget(track));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("every dimension")));
        const qint64 other =
            scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'specialized' LIMIT 1"))
                .toLongLong();
        qint64 id = -1;
        QVERIFY(model.addTarget(other, &id));
        QVERIFY(!model.addRecord({{QStringLiteral("track_id"), other},
                                  {QStringLiteral("dimension_id"), m_dimensions.at(0)},
                                  {QStringLiteral("required_level"), 3}},
                                 QStringLiteral("Add")));
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.last().first().toString().contains(QStringLiteral("already has a level")));
    }
};

QTEST_GUILESS_MAIN(TestSkillModels)
#include "tst_skillmodels.moc"
