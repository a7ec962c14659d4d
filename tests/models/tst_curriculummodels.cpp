// SPDX-License-Identifier: GPL-3.0-or-later
// The curriculum on a new program's default tracks: each track's modules summed and judged
// (Curriculum, TrackModel, ModuleModel), and the capability coverage grid whose check boxes
// are one undo step each.
#include "capabilitycoveragemodel.h"
#include "curriculum.h"
#include "edithistory.h"
#include "modulemodel.h"
#include "programfile.h"
#include "sqltestrows.h"
#include "trackmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestCurriculumModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSql::scalar(m_file->database(), sql, values);
    }
    qint64 trackId(const QString &name) const
    {
        return scalar(QStringLiteral("SELECT id FROM tracks WHERE name = ?"), {name}).toLongLong();
    }
    static int rowOfTrack(const CapabilityCoverageModel &model, qint64 id)
    {
        for (int row = 0; row < model.totalsRow(); ++row) {
            if (model.trackIdAt(row) == id)
                return row;
        }
        return -1;
    }
    static int columnOfArea(const CapabilityCoverageModel &model, const QString &area)
    {
        for (int column = 1; column < model.columnCount(); ++column) {
            if (model.areaAt(column) == area)
                return column;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("c%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    // The default tracks as defaultcontenttexts.cpp designs them: the foundational track is
    // 4 weeks of 2 h instruction and 3 h practice (20 h, 60 %); a specialized track is five
    // weeks of 1.5 + 3.5 h and a capstone week of 0.5 + 3.5 + 1 (30 h, 21 of them hands-on).
    void plansOfTheDefaultTracks_data()
    {
        QTest::addColumn<QString>("track");
        QTest::addColumn<int>("modules");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("percent");
        QTest::newRow("foundational") << "AI foundations" << 4 << 4 << 20.0 << 60;
        QTest::newRow("application development")
            << "AI application development" << 6 << 6 << 30.0 << 70;
        QTest::newRow("product management") << "AI product management" << 6 << 6 << 30.0 << 70;
    }
    void plansOfTheDefaultTracks()
    {
        QFETCH(QString, track);
        QFETCH(int, modules);
        QFETCH(int, weeks);
        QFETCH(double, hours);
        QFETCH(int, percent);
        QString error;
        const auto plans = Curriculum::plans(m_file->database(), &error);
        QVERIFY2(plans, qPrintable(error));
        QCOMPARE(plans->size(), 6);
        const TrackPlan plan = plans->value(trackId(track));
        QCOMPARE(plan.modules, modules);
        QCOMPARE(plan.weeks, weeks);
        QCOMPARE(plan.totalHours(), hours);
        QCOMPARE(plan.handsOnPercent(), percent);
        QVERIFY(!plan.isBelowHandsOnMinimum(60));
        QVERIFY(!plan.exceedsProtectedTime(5));
        const auto one = Curriculum::plan(m_file->database(), trackId(track), &error);
        QVERIFY2(one, qPrintable(error));
        QCOMPARE(one->totalHours(), hours);
        QVERIFY(!Curriculum::plan(m_file->database(), 999999, &error));
        QVERIFY(!error.isEmpty());
    }

    void aTrackWithoutModulesHasAnEmptyPlan()
    {
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO tracks (name, kind) VALUES ('Agents', "
                                          "'advanced')")));
        QString error;
        const auto plan =
            Curriculum::plan(m_file->database(), query.lastInsertId().toLongLong(), &error);
        QVERIFY2(plan, qPrintable(error));
        QCOMPARE(plan->modules, 0);
        QCOMPARE(plan->totalHours(), 0.0);
        QVERIFY(!plan->norm().isValid());
    }

    // Moving two hours of the foundational track's first module from practice to instruction:
    // 20 h with 10 hands-on is 50 %, under the 60 % minimum; undo takes it back.
    void trackAndModuleWarnUnderTheMinimum()
    {
        TrackModel tracks(*m_history);
        ModuleModel modules(*m_history);
        QAbstractItemModelTester tester(&tracks,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(tracks.select());
        const qint64 foundational = trackId(QStringLiteral("AI foundations"));
        const int row = tracks.rowOf(foundational);
        QVERIFY(row >= 0);
        const QModelIndex share = tracks.index(row, TrackModel::HandsOnShare);
        QCOMPARE(share.data().toString(), QStringLiteral("60 %"));
        QVERIFY(share.data(ProgramTableModel::WarningRole).isNull());
        QCOMPARE(tracks.index(row, TrackModel::ModuleHours).data().toString(),
                 QStringLiteral("20"));
        QCOMPARE(tracks.index(row, TrackModel::ModuleWeeks).data().toInt(), 4);
        QCOMPARE(tracks.index(row, TrackModel::ModuleCount).data().toInt(), 4);

        modules.setTrack(foundational);
        QCOMPARE(modules.rowCount(), 4);
        QVERIFY(modules.setData(modules.index(0, ModuleModel::HandsOnHours), 1.0));
        QVERIFY(modules.setData(modules.index(0, ModuleModel::InstructionHours), 4.0));
        QCOMPARE(m_history->stack()->count(), 2);
        // The module: 1 of 5 h is 20 %.
        const QModelIndex moduleShare = modules.index(0, ModuleModel::HandsOnShare);
        QCOMPARE(moduleShare.data().toString(), QStringLiteral("20 %"));
        QVERIFY(moduleShare.data(ProgramTableModel::WarningRole)
                    .toString()
                    .contains(QStringLiteral("Only 20 %")));
        // The track: 10 of 20 h.
        QCOMPARE(share.data().toString(), QStringLiteral("50 %"));
        QVERIFY(share.data(ProgramTableModel::WarningRole)
                    .toString()
                    .contains(QStringLiteral("Only 50 %")));
        QCOMPARE(tracks.planOf(foundational)
                     .summary(60, 5)
                     .contains(QStringLiteral("below the 60 % minimum")),
                 true);

        m_history->stack()->undo();
        m_history->stack()->undo();
        QCOMPARE(share.data().toString(), QStringLiteral("60 %"));
        QVERIFY(share.data(ProgramTableModel::WarningRole).isNull());
        QVERIFY(moduleShare.data(ProgramTableModel::WarningRole).isNull());
    }

    // Eight more hands-on hours in week 1: 28 h over 4 weeks is 7 h a week, more than the
    // 5 h of protected time; with 8 h protected in the settings it fits again.
    void hoursWarnOverTheProtectedTime()
    {
        TrackModel tracks(*m_history);
        ModuleModel modules(*m_history);
        QVERIFY(tracks.select());
        const qint64 foundational = trackId(QStringLiteral("AI foundations"));
        modules.setTrack(foundational);
        QVERIFY(modules.setData(modules.index(0, ModuleModel::HandsOnHours), 11.0));
        const QModelIndex hours = tracks.index(tracks.rowOf(foundational), TrackModel::ModuleHours);
        QCOMPARE(hours.data().toString(), QStringLiteral("28"));
        QVERIFY2(hours.data(ProgramTableModel::WarningRole)
                     .toString()
                     .startsWith(QStringLiteral("7.0 h a week")),
                 qPrintable(hours.data(ProgramTableModel::WarningRole).toString()));
        // 20 of 28 h hands-on is 71 %: no hands-on warning.
        QVERIFY(tracks.index(tracks.rowOf(foundational), TrackModel::HandsOnShare)
                    .data(ProgramTableModel::WarningRole)
                    .isNull());
        QSqlQuery query(m_file->database());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE program_settings SET protected_hours_per_week = 8")));
        m_file->notifyChanged({QStringLiteral("program_settings")});
        QVERIFY(hours.data(ProgramTableModel::WarningRole).isNull());
        QVERIFY(hours.data(Qt::ToolTipRole).toString().contains(QStringLiteral("norm about 20 h")));
    }

    void coverageGridOfTheDefaultTracks()
    {
        CapabilityCoverageModel model(*m_history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 7); // six tracks and the totals
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("Data pipelines and quality"));
        QCOMPARE(model.headerData(4, Qt::Horizontal).toString(),
                 QStringLiteral("Security and guardrails"));
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("AI foundations"));
        // The foundational track covers none; every area is covered by some track.
        for (int column = 1; column <= 4; ++column)
            QCOMPARE(model.index(0, column).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        const int totals = model.totalsRow();
        const QStringList counts = {QStringLiteral("2 track(s)"), QStringLiteral("4 track(s)"),
                                    QStringLiteral("3 track(s)"), QStringLiteral("5 track(s)")};
        for (int column = 1; column <= 4; ++column) {
            QCOMPARE(model.index(totals, column).data().toString(), counts.at(column - 1));
            QVERIFY(model.index(totals, column).data(ProgramTableModel::WarningRole).isNull());
        }
        QVERIFY(model.gapText().isEmpty());
        QVERIFY(!(model.flags(model.index(totals, 1)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsUserCheckable);
    }

    // The two tracks that cover data pipelines lose it, one undo step each; the area is then
    // a gap, in the totals row and in words. Undo brings it back.
    void tickingIsOneUndoStepEach()
    {
        CapabilityCoverageModel model(*m_history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int column = columnOfArea(model, QStringLiteral("data_pipelines"));
        const int appDev = rowOfTrack(model, trackId(QStringLiteral("AI application development")));
        const int dataEng = rowOfTrack(model, trackId(QStringLiteral("Data engineering for AI")));
        QVERIFY(column > 0 && appDev >= 0 && dataEng >= 0);
        const auto rowsFor = [&] {
            return scalar(QStringLiteral("SELECT count(*) FROM track_capabilities WHERE area = "
                                         "'data_pipelines'"))
                .toInt();
        };
        QCOMPARE(rowsFor(), 2);
        QVERIFY(model.setData(model.index(appDev, column), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(dataEng, column), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_history->stack()->count(), 2);
        QVERIFY2(m_history->stack()->undoText().contains(QStringLiteral("Data pipelines")),
                 qPrintable(m_history->stack()->undoText()));
        QCOMPARE(rowsFor(), 0);
        // Unchanged tracks: the cells change in place, the keyboard focus stays.
        QCOMPARE(resets.count(), 0);
        QCOMPARE(model.index(appDev, column).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        const QModelIndex total = model.index(model.totalsRow(), column);
        QCOMPARE(total.data().toString(), QStringLiteral("none"));
        QVERIFY(!total.data(ProgramTableModel::WarningRole).toString().isEmpty());
        QVERIFY2(model.gapText().contains(QStringLiteral("“Data pipelines and quality”")),
                 qPrintable(model.gapText()));
        // Unchecking what is unchecked is no step at all.
        QVERIFY(!model.setData(model.index(appDev, column), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(m_history->stack()->count(), 2);

        m_history->stack()->undo();
        QCOMPARE(rowsFor(), 1);
        QCOMPARE(model.index(dataEng, column).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.gapText().isEmpty());
        m_history->stack()->undo();
        QCOMPARE(rowsFor(), 2);
        m_history->stack()->redo();
        QCOMPARE(rowsFor(), 1);

        // Ticking a box of the foundational track.
        QVERIFY(model.setData(model.index(0, column), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM track_capabilities WHERE track_id = "
                                       "? AND area = 'data_pipelines'"),
                        {model.trackIdAt(0)})
                     .toInt(),
                 1);
        m_history->stack()->undo();
        QCOMPARE(model.index(0, column).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void followsTracksAddedRenamedAndDeleted()
    {
        CapabilityCoverageModel model(*m_history);
        TrackModel tracks(*m_history);
        QVERIFY(tracks.select());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        qint64 id = -1;
        QVERIFY(tracks.addRecord({{QStringLiteral("name"), QStringLiteral("Agents in production")},
                                  {QStringLiteral("kind"), QStringLiteral("advanced")},
                                  {QStringLiteral("position"), 99}},
                                 QStringLiteral("New track"), &id));
        QCOMPARE(model.rowCount(), 8);
        const int row = rowOfTrack(model, id);
        QCOMPARE(row, 6);
        QVERIFY(tracks.setData(tracks.index(tracks.rowOf(id), TrackModel::Name),
                               QStringLiteral("Agents")));
        QCOMPARE(model.index(row, 0).data().toString(), QStringLiteral("Agents"));
        const int security = columnOfArea(model, QStringLiteral("security"));
        QVERIFY(model.setCovered(row, QStringLiteral("security"), true));
        QCOMPARE(model.index(model.totalsRow(), security).data().toString(),
                 QStringLiteral("6 track(s)"));
        // Deleting the track takes its coverage with it, and undo brings both back.
        QVERIFY(tracks.removeIds({id}, QStringLiteral("Delete")));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(model.totalsRow(), security).data().toString(),
                 QStringLiteral("5 track(s)"));
        m_history->stack()->undo();
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.index(rowOfTrack(model, id), security).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
    }

    void noTracksAtAll()
    {
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM tracks")));
        m_file->notifyChanged({QStringLiteral("tracks")});
        CapabilityCoverageModel model(*m_history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.gapText().contains(QStringLiteral("no tracks yet")));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("none"));
    }
};

QTEST_GUILESS_MAIN(TestCurriculumModels)
#include "tst_curriculummodels.moc"
