// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortmodel.h"
#include "edithistory.h"
#include "enrollmentmodel.h"
#include "modulemodel.h"
#include "participantmodel.h"
#include "programfile.h"
#include "trackmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;
    qint64 m_track = 0;
    qint64 m_cohort = 0;

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

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("m%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        m_track = scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"))
                      .toLongLong();
        // A small program: 600 engineers (more than one fetch of 256 rows), two cohorts.
        exec(QStringLiteral("BEGIN"));
        for (int i = 0; i < 600; ++i)
            exec(QStringLiteral("INSERT INTO participants (name, email, role, team) VALUES "
                                "('Engineer %1', 'e%1@example.org', '%2', 'Team %3')")
                     .arg(i, 3, 10, QLatin1Char('0'))
                     .arg(i % 3 == 0 ? QStringLiteral("data") : QStringLiteral("backend"))
                     .arg(i % 20));
        exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, end_date) "
                            "VALUES ('2026-Q1 Foundational A', %1, '2026-Q1', '2026-01-05', "
                            "'2026-01-30')")
                 .arg(m_track));
        m_cohort = scalar(QStringLiteral("SELECT max(id) FROM cohorts")).toLongLong();
        exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter) VALUES "
                            "('2026-Q2 Foundational B', %1, '2026-Q2')")
                 .arg(m_track));
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
        TrackModel tracks(*m_history);
        ModuleModel modules(*m_history);
        CohortModel cohorts(*m_history);
        ParticipantModel participants(*m_history);
        EnrollmentModel enrollments(*m_history);
        // Qt 6.4's tester calls fetchMore() from its own modelReset handler while it still
        // counts the reset as in flight, so a model with rows left to fetch after a reset
        // trips it. The participants are narrowed to fewer rows than one fetch here; lazy
        // fetching itself is covered by fetchesLazilyAndCountsInSql().
        participants.setRole(QStringLiteral("data"));
        QList<ProgramTableModel *> models{&tracks, &modules, &cohorts, &participants, &enrollments};
        for (ProgramTableModel *model : models) {
            QAbstractItemModelTester tester(model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY2(model->select(), qPrintable(model->tableName()));
            QVERIFY(!model->canFetchMore());
            for (int column = 0; column < model->columnCount(); ++column)
                model->sort(column, Qt::DescendingOrder);
            if (model == &modules)
                modules.setTrack(m_track);
            if (model == &enrollments)
                enrollments.setCohort(m_cohort);
            model->setSearchText(QStringLiteral("a"));
            model->select();
        }
    }

    void fetchesLazilyAndCountsInSql()
    {
        ParticipantModel model(*m_history);
        QVERIFY(model.select());
        QVERIFY2(model.rowCount() < 600, "the whole table was loaded at once");
        QCOMPARE(model.matchingRowCount(), 600);
        model.setRole(QStringLiteral("data"));
        model.select();
        QCOMPARE(model.matchingRowCount(), 200);
        model.setRole(QString());
        model.setSearchText(QStringLiteral("Engineer 01"));
        model.select();
        QCOMPARE(model.matchingRowCount(), 10); // 010..019
        QCOMPARE(model.rowCount(), 10);
    }

    void searchTextIsNeverSql_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("matches");
        QTest::newRow("quote injection") << "x' OR 1=1 --" << 0;
        QTest::newRow("percent is literal") << "%" << 0;
        QTest::newRow("underscore is literal") << "_" << 0;
        QTest::newRow("backslash") << "\\" << 0;
        QTest::newRow("team") << "Team 19" << 30;
    }
    void searchTextIsNeverSql()
    {
        QFETCH(QString, text);
        QFETCH(int, matches);
        ParticipantModel model(*m_history);
        model.setSearchText(text);
        QVERIFY(model.select());
        QCOMPARE(model.matchingRowCount(), matches);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt(), 600);
    }

    void cohortShowsEnrolmentCountsAndSizeWarning()
    {
        CohortModel model(*m_history);
        model.setSearchText(QStringLiteral("Foundational A"));
        QVERIFY(model.select());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, CohortModel::Enrolled)).toInt(), 9);
        QCOMPARE(model.data(model.index(0, CohortModel::Withdrawn)).toInt(), 1);
        QVERIFY(
            model.data(model.index(0, CohortModel::Name), ProgramTableModel::WarningRole).isNull());
        QCOMPARE(model.data(model.index(0, CohortModel::Track)).toString(),
                 scalar(QStringLiteral("SELECT name FROM tracks WHERE id = %1").arg(m_track))
                     .toString());
        // Enrolling four more people makes 13: above the maximum of 12.
        EnrollmentModel enrollments(*m_history);
        QCOMPARE(enrollments.enroll(m_cohort, {11, 12, 13, 14, 1}), 4);
        QCOMPARE(model.data(model.index(0, CohortModel::Enrolled)).toInt(), 13);
        QVERIFY(model.data(model.index(0, CohortModel::Name), ProgramTableModel::WarningRole)
                    .toString()
                    .contains(QStringLiteral("12")));
        m_history->stack()->undo();
        QCOMPARE(model.data(model.index(0, CohortModel::Enrolled)).toInt(), 9);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << "participants" << int(ParticipantModel::Name)
                                    << QVariant(QStringLiteral("  ")) << "cannot be empty";
        QTest::newRow("not an email") << "participants" << int(ParticipantModel::Email)
                                      << QVariant(QStringLiteral("ada")) << "not an email";
        QTest::newRow("duplicate email")
            << "participants" << int(ParticipantModel::Email)
            << QVariant(QStringLiteral("E005@example.org")) << "already belongs to Engineer 005";
        QTest::newRow("unknown role") << "participants" << int(ParticipantModel::Role)
                                      << QVariant(QStringLiteral("wizard")) << "not one of";
        QTest::newRow("end before start") << "cohorts" << int(CohortModel::EndDate)
                                          << QVariant(QDate(2025, 12, 1)) << "before the start";
        QTest::newRow("start after end") << "cohorts" << int(CohortModel::StartDate)
                                         << QVariant(QDate(2026, 3, 1)) << "before the start";
        QTest::newRow("bad quarter") << "cohorts" << int(CohortModel::Quarter)
                                     << QVariant(QStringLiteral("spring")) << "not a quarter";
        QTest::newRow("duplicate cohort name")
            << "cohorts" << int(CohortModel::Name)
            << QVariant(QStringLiteral("2026-Q2 Foundational B")) << "already taken";
        QTest::newRow("negative hours")
            << "modules" << int(ModuleModel::HandsOnHours) << QVariant(-1.0) << "negative";
        QTest::newRow("week zero")
            << "modules" << int(ModuleModel::Week) << QVariant(0) << "week must be 1";
        QTest::newRow("hours not a number") << "modules" << int(ModuleModel::InstructionHours)
                                            << QVariant(QStringLiteral("two")) << "not a number";
    }
    void refusesBadValues()
    {
        QFETCH(QString, table);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, message);
        std::unique_ptr<ProgramTableModel> model;
        if (table == QLatin1String("participants"))
            model = std::make_unique<ParticipantModel>(*m_history);
        else if (table == QLatin1String("cohorts"))
            model = std::make_unique<CohortModel>(*m_history);
        else {
            auto modules = std::make_unique<ModuleModel>(*m_history);
            modules->setTrack(m_track);
            model = std::move(modules);
        }
        QVERIFY(model->select());
        QVERIFY(model->rowCount() > 0);
        QSignalSpy refused(model.get(), &ProgramTableModel::editRefused);
        QSignalSpy failed(m_history.get(), &EditHistory::editFailed);
        // The cohort with dates; the first row elsewhere.
        const int row = table == QLatin1String("cohorts") ? model->rowOf(m_cohort) : 0;
        QVERIFY(row >= 0);
        const QModelIndex index = model->index(row, column);
        const QVariant before = model->data(index, Qt::EditRole);
        QVERIFY(!model->setData(index, value));
        const QString reported = !refused.isEmpty()  ? refused.first().first().toString()
                                 : !failed.isEmpty() ? failed.first().first().toString()
                                                     : QString();
        QVERIFY2(reported.contains(message, Qt::CaseInsensitive), qPrintable(reported));
        QCOMPARE(model->data(index, Qt::EditRole), before);
        QCOMPARE(m_history->stack()->count(), 0);
    }

    void editsAreUndoable()
    {
        ParticipantModel model(*m_history);
        QVERIFY(model.select());
        const QModelIndex team = model.index(3, ParticipantModel::Team);
        const qint64 id = model.idAt(3);
        const QString before = model.data(team).toString();
        QVERIFY(model.setData(team, QStringLiteral("Payments")));
        QCOMPARE(model.data(team).toString(), QStringLiteral("Payments"));
        QCOMPARE(scalar(QStringLiteral("SELECT team FROM participants WHERE id = %1").arg(id))
                     .toString(),
                 QStringLiteral("Payments"));
        m_history->stack()->undo();
        QCOMPARE(model.data(team).toString(), before);
        m_history->stack()->redo();
        QCOMPARE(model.data(team).toString(), QStringLiteral("Payments"));

        // A flag through its check box, a closed set through its label.
        QVERIFY(model.setData(model.index(3, ParticipantModel::IsMentor), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(scalar(QStringLiteral("SELECT is_mentor FROM participants WHERE id = %1").arg(id))
                     .toInt(),
                 1);
        QVERIFY(model.setData(model.index(3, ParticipantModel::Role), QStringLiteral("Platform")));
        QCOMPARE(model.data(model.index(3, ParticipantModel::Role), Qt::EditRole).toString(),
                 QStringLiteral("platform"));
        QCOMPARE(m_history->stack()->count(), 3);
    }

    void relationEditStoresTheIdAndUndoes()
    {
        CohortModel model(*m_history);
        QVERIFY(model.select());
        const qint64 other = scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = "
                                                   "'specialized' LIMIT 1"))
                                 .toLongLong();
        const int row = model.rowOf(m_cohort);
        QVERIFY(model.setData(model.index(row, CohortModel::Track), other));
        QCOMPARE(scalar(QStringLiteral("SELECT track_id FROM cohorts WHERE id = %1").arg(m_cohort))
                     .toLongLong(),
                 other);
        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT track_id FROM cohorts WHERE id = %1").arg(m_cohort))
                     .toLongLong(),
                 m_track);
    }

    void addAndDeleteAreUndoable()
    {
        CohortModel model(*m_history);
        QVERIFY(model.select());
        const int before = model.rowCount();
        qint64 id = -1;
        QVERIFY(model.addRecord({{QStringLiteral("name"), QStringLiteral("2026-Q3 Pilot")},
                                 {QStringLiteral("track_id"), m_track},
                                 {QStringLiteral("quarter"), QStringLiteral("2026-Q3")},
                                 {QStringLiteral("start_date"), QDate(2026, 7, 6)},
                                 {QStringLiteral("end_date"), QDate(2026, 7, 31)},
                                 {QStringLiteral("status"), QStringLiteral("planned")}},
                                QStringLiteral("New cohort"), &id));
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(model.rowOf(id) >= 0);
        m_history->stack()->undo();
        QCOMPARE(model.rowCount(), before);
        m_history->stack()->redo();
        QCOMPARE(model.rowOf(id) >= 0, true);

        // Deleting the first cohort takes its roster along; undo brings both back.
        QVERIFY(model.removeIds({m_cohort}, QStringLiteral("Delete")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM enrollments")).toInt(), 0);
        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM enrollments")).toInt(), 10);
        QVERIFY(model.rowOf(m_cohort) >= 0);
    }

    void refusesIncompleteNewRecords_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("message");
        QTest::newRow("no email") << QVariantMap{{QStringLiteral("name"), QStringLiteral("Ada")},
                                                 {QStringLiteral("email"), QString()}}
                                  << "cannot be empty";
        QTest::newRow("taken email")
            << QVariantMap{{QStringLiteral("name"), QStringLiteral("Ada")},
                           {QStringLiteral("email"), QStringLiteral(" e000@EXAMPLE.org ")}}
            << "already belongs";
    }
    void refusesIncompleteNewRecords()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, message);
        ParticipantModel model(*m_history);
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QVERIFY(!model.addRecord(values, QStringLiteral("Add")));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(message),
                 qPrintable(refused.first().first().toString()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")).toInt(), 600);
    }

    void moduleHandsOnShareWarnsBelowMinimum()
    {
        ModuleModel model(*m_history);
        model.setTrack(m_track);
        QCOMPARE(model.rowCount(), 4);
        const int row = 0;
        QVERIFY(model.setData(model.index(row, ModuleModel::InstructionHours), 4.0));
        QVERIFY(model.setData(model.index(row, ModuleModel::HandsOnHours), 1.0));
        QVERIFY(model.setData(model.index(row, ModuleModel::PresentationHours), 0.0));
        QVERIFY(
            !model.data(model.index(row, ModuleModel::HandsOnShare), ProgramTableModel::WarningRole)
                 .toString()
                 .isEmpty());
        QCOMPARE(model.data(model.index(row, ModuleModel::HandsOnShare)).toString(),
                 QStringLiteral("20 %"));
        QVERIFY(model.setData(model.index(row, ModuleModel::HandsOnHours), 6.0));
        QVERIFY(
            model.data(model.index(row, ModuleModel::HandsOnShare), ProgramTableModel::WarningRole)
                .isNull());
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
