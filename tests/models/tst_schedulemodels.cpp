// SPDX-License-Identifier: GPL-3.0-or-later
// The Schedule area's models: attendance marked cell by cell and in bulk, each bulk mark one
// undo step, with rates worked out by hand; sessions whose changes mark them as the
// coordinator's; holidays named by their day; a regenerated schedule that keeps changed
// sessions; the agenda and the calendar grid over a date range.
#include "agendamodel.h"
#include "attendancemodel.h"
#include "calendargridmodel.h"
#include "cohortschedule.h"
#include "edithistory.h"
#include "holidaymodel.h"
#include "programfile.h"
#include "sessionmodel.h"
#include "sqltestrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestScheduleModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;
    qint64 m_track = 0;
    qint64 m_cohort = 0; // Ana, Bo, Cy active; Di withdrawn
    qint64 m_other = 0;  // another cohort of the same facilitator
    QList<qint64> m_people;
    QList<qint64> m_sessions; // three, a week apart

    qint64 insert(const QString &sql, const QVariantList &values = {})
    {
        return TestSql::insert(m_file->database(), sql, values);
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSql::scalar(m_file->database(), sql, values);
    }
    int count(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }
    QUndoStack *stack() { return m_history->stack(); }
    void mark(int person, int session, const QString &status)
    {
        insert(QStringLiteral("INSERT INTO attendance (session_id, participant_id, status) VALUES "
                              "(?, ?, ?)"),
               {m_sessions.at(session), m_people.at(person), status});
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("s%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        m_track = scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"))
                      .toLongLong();
        const QString cohortSql = QStringLiteral(
            "INSERT INTO cohorts (name, track_id, quarter, start_date, end_date, status, "
            "instructors) VALUES (?, ?, '2026-Q1', ?, ?, 'running', 'Dana Ito')");
        m_cohort = insert(cohortSql, {QStringLiteral("Foundations #01"), m_track,
                                      QStringLiteral("2026-01-12"), QStringLiteral("2026-02-06")});
        m_other = insert(cohortSql, {QStringLiteral("Foundations #02"), m_track,
                                     QStringLiteral("2026-01-12"), QStringLiteral("2026-02-06")});
        m_people.clear();
        const QStringList names{QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Cy"),
                                QStringLiteral("Di")};
        for (const QString &name : names) {
            m_people.append(
                insert(QStringLiteral("INSERT INTO participants (name, email) VALUES (?, ?)"),
                       {name, name.toLower() + QStringLiteral("@ex.org")}));
            insert(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status) "
                                  "VALUES (?, ?, ?)"),
                   {m_cohort, m_people.last(),
                    name == QLatin1String("Di") ? QStringLiteral("withdrawn")
                                                : QStringLiteral("active")});
        }
        const QString sessionSql = QStringLiteral(
            "INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, format, "
            "facilitator) VALUES (?, ?, ?, 150, 'workshop', 'Dana Ito')");
        m_sessions = {insert(sessionSql, {m_cohort, QStringLiteral("One"),
                                          QStringLiteral("2026-01-13T10:00:00")}),
                      insert(sessionSql, {m_cohort, QStringLiteral("Two"),
                                          QStringLiteral("2026-01-20T10:00:00")}),
                      insert(sessionSql, {m_cohort, QStringLiteral("Three"),
                                          QStringLiteral("2026-01-27T10:00:00")})};
        m_file->notifyChanged({QStringLiteral("cohorts"), QStringLiteral("participants"),
                               QStringLiteral("enrollments"), QStringLiteral("sessions")});
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void attendanceGridHasPeopleSessionsAndRates()
    {
        AttendanceModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        model.setCohort(m_cohort);
        // Di withdrew and has no marks: left out. Three sessions and the rate column.
        QCOMPARE(model.participantCount(), 3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("Ana"));
        QVERIFY(!model.isMarkable(model.index(3, 0)));
        QVERIFY(!(model.flags(model.index(0, 3)) & Qt::ItemIsEditable));
        mark(3, 0, QStringLiteral("absent"));
        m_file->notifyChanged({QStringLiteral("attendance")});
        // With a mark, someone who withdrew shows, greyed and named so.
        QCOMPARE(model.participantCount(), 4);
        QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("Di (withdrawn)"));
    }

    // Rates worked out by hand: present ÷ (present + absent), excused left out.
    void attendanceRates()
    {
        const QString p = QStringLiteral("present");
        const QString a = QStringLiteral("absent");
        const QString e = QStringLiteral("excused");
        mark(0, 0, p); // Ana: P P A  → 2 of 3
        mark(0, 1, p);
        mark(0, 2, a);
        mark(1, 0, p); // Bo: P E A   → 1 of 2
        mark(1, 1, e);
        mark(1, 2, a);
        mark(2, 1, e); // Cy: E       → nothing counted
        AttendanceModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        model.setCohort(m_cohort);
        QCOMPARE(model.personRate(0), 2.0 / 3);
        QCOMPARE(model.personRate(1), 0.5);
        QCOMPARE(model.personRate(2), -1.0);
        QCOMPARE(model.sessionRate(0), 1.0); // P P
        QCOMPARE(model.sessionRate(1), 1.0); // P E E
        QCOMPARE(model.sessionRate(2), 0.0); // A A
        QCOMPARE(model.cohortRate(), 3.0 / 5);
        QCOMPARE(model.data(model.index(0, model.rateColumn())).toString(), QStringLiteral("67 %"));
        QCOMPARE(model.data(model.index(2, model.rateColumn())).toString(), QStringLiteral("—"));
        QCOMPARE(model.data(model.index(model.rateRow(), 2)).toString(), QStringLiteral("0 %"));
        QCOMPARE(model.data(model.index(model.rateRow(), model.rateColumn())).toString(),
                 QStringLiteral("60 %"));
        QCOMPARE(model.data(model.index(1, 1)).toString(), QStringLiteral("E"));
        QCOMPARE(model.data(model.index(1, 1), AttendanceModel::StatusRole).toString(), e);
        QVERIFY(model.data(model.index(1, 1), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Excused")));
    }

    void bulkMarksAreOneUndoStep_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("cells");
        QTest::newRow("a session present") << "session"
                                           << "present" << 3;
        QTest::newRow("a person absent") << "person"
                                         << "absent" << 3;
        QTest::newRow("a selection excused") << "selection"
                                             << "excused" << 4;
    }
    void bulkMarksAreOneUndoStep()
    {
        QFETCH(QString, what);
        QFETCH(QString, status);
        QFETCH(int, cells);
        // Bo was already marked absent at the first session; it must come back so.
        mark(1, 0, QStringLiteral("absent"));
        AttendanceModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        model.setCohort(m_cohort);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        bool ok = false;
        if (what == QLatin1String("session"))
            ok = model.markSession(0, status);
        else if (what == QLatin1String("person"))
            ok = model.markParticipant(1, status);
        else
            ok = model.mark({model.index(0, 0), model.index(0, 1), model.index(1, 0),
                             model.index(1, 1), model.index(0, model.rateColumn())},
                            status);
        QVERIFY(ok);
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE status = ?"), {status})
                .toInt(),
            cells);
        // Marks change cells, not the grid: the view keeps its place.
        QCOMPARE(reset.count(), 0);
        stack()->undo();
        QCOMPARE(count(QStringLiteral("attendance")), 1);
        QCOMPARE(model.status(1, 0), QStringLiteral("absent"));
        QCOMPARE(model.status(0, 0), QString());
        stack()->redo();
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM attendance WHERE status = ?"), {status})
                .toInt(),
            cells);
        // Marking again what is already so adds no step.
        if (what == QLatin1String("session"))
            QVERIFY(model.markSession(0, status));
        QCOMPARE(stack()->count(), 1);
    }

    void cellsTakeKeysLabelsAndClearing()
    {
        AttendanceModel model(*m_history);
        model.setCohort(m_cohort);
        QSignalSpy refused(&model, &AttendanceModel::editRefused);
        QVERIFY(model.setData(model.index(0, 0), QStringLiteral("P")));
        QVERIFY(model.setData(model.index(0, 1), QStringLiteral("Excused")));
        QVERIFY(model.setData(model.index(0, 2), QStringLiteral("absent")));
        QCOMPARE(model.status(0, 0), QStringLiteral("present"));
        QCOMPARE(model.status(0, 1), QStringLiteral("excused"));
        QCOMPARE(model.status(0, 2), QStringLiteral("absent"));
        QVERIFY(stack()->text(0).contains(QStringLiteral("Ana")));
        QVERIFY(!model.setData(model.index(0, 0), QStringLiteral("maybe")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(model.mark({model.index(0, 0), model.index(0, 1), model.index(0, 2)}, QString()));
        QCOMPARE(count(QStringLiteral("attendance")), 0);
        QCOMPARE(stack()->count(), 4);
        stack()->undo();
        QCOMPARE(count(QStringLiteral("attendance")), 3);
    }

    // Any change to a generated session makes it the coordinator's, in the same undo step.
    void sessionChangesMarkTheSessionAsEdited_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("date") << int(SessionModel::Date) << QVariant(QDate(2026, 1, 14))
                              << "starts_at" << QVariant(QStringLiteral("2026-01-14T10:00:00"));
        QTest::newRow("start") << int(SessionModel::Start) << QVariant(QTime(13, 30)) << "starts_at"
                               << QVariant(QStringLiteral("2026-01-13T13:30:00"));
        QTest::newRow("start as text")
            << int(SessionModel::Start) << QVariant(QStringLiteral("9:15")) << "starts_at"
            << QVariant(QStringLiteral("2026-01-13T09:15:00"));
        QTest::newRow("duration") << int(SessionModel::Duration) << QVariant(90)
                                  << "duration_minutes" << QVariant(90);
        QTest::newRow("facilitator")
            << int(SessionModel::Facilitator) << QVariant(QStringLiteral("Sam Berg"))
            << "facilitator" << QVariant(QStringLiteral("Sam Berg"));
        QTest::newRow("format") << int(SessionModel::Format)
                                << QVariant(QStringLiteral("pair_programming")) << "format"
                                << QVariant(QStringLiteral("pair_programming"));
    }
    void sessionChangesMarkTheSessionAsEdited()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        QFETCH(QVariant, stored);
        SessionModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        model.setCohort(m_cohort);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.flags(model.index(0, column)) & Qt::ItemIsEditable);
        QVERIFY(model.setData(model.index(0, column), value));
        QCOMPARE(stack()->count(), 1);
        const QString sql = QStringLiteral("SELECT %1 FROM sessions WHERE id = ?").arg(field);
        QCOMPARE(scalar(sql, {m_sessions.first()}).toString(), stored.toString());
        QCOMPARE(
            scalar(QStringLiteral("SELECT edited FROM sessions WHERE id = ?"), {m_sessions.first()})
                .toInt(),
            1);
        stack()->undo();
        QCOMPARE(
            scalar(QStringLiteral("SELECT edited FROM sessions WHERE id = ?"), {m_sessions.first()})
                .toInt(),
            0);
        QVERIFY(scalar(sql, {m_sessions.first()}).toString() != stored.toString());
    }

    void sessionValuesAreChecked()
    {
        SessionModel model(*m_history);
        model.setCohort(m_cohort);
        QSignalSpy refused(&model, &SessionModel::editRefused);
        QVERIFY(!model.setData(model.index(0, SessionModel::Duration), 0));
        QVERIFY(!model.setData(model.index(0, SessionModel::Duration), 2000));
        QVERIFY(!model.setData(model.index(0, SessionModel::Date), QStringLiteral("13/01/2026")));
        // A module of another track cannot be chosen.
        const qint64 foreign =
            scalar(QStringLiteral("SELECT id FROM modules WHERE track_id <> ? LIMIT 1"), {m_track})
                .toLongLong();
        QVERIFY(!model.setData(model.index(0, SessionModel::ModuleId), QString::number(foreign)));
        QCOMPARE(refused.count(), 4);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("“One”")));
        QCOMPARE(stack()->count(), 0);
        const QVariantList choices =
            model.data(model.index(0, SessionModel::ModuleId), ProgramTableModel::ChoicesRole)
                .toList();
        // "No module" and the foundational track's four weeks.
        QCOMPARE(choices.size(), 5);
        QVERIFY(model.setData(model.index(0, SessionModel::ModuleId),
                              choices.at(2).toStringList().first()));
        QVERIFY(model.data(model.index(0, SessionModel::ModuleId))
                    .toString()
                    .startsWith(QStringLiteral("Week 2 · ")));
        QCOMPARE(model.data(model.index(0, SessionModel::Duration)).toString(),
                 QStringLiteral("2 h 30 min"));
    }

    void sessionsWarnOfClashesAndOddDays()
    {
        SessionModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        model.setCohort(m_cohort);
        QCOMPARE(model.clashCount(), 0);
        insert(QStringLiteral(
            "INSERT INTO holidays (day, name) VALUES ('2026-01-20', 'Founders day')"));
        // Dana also teaches the other cohort on the first day, overlapping by an hour.
        insert(QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, "
                              "duration_minutes, format, facilitator) VALUES (?, 'Other', "
                              "'2026-01-13T11:30:00', 60, 'workshop', 'Dana Ito')"),
               {m_other});
        m_file->notifyChanged({QStringLiteral("sessions"), QStringLiteral("holidays")});
        QCOMPARE(model.clashCount(), 1);
        const QString clash =
            model.data(model.index(0, SessionModel::Facilitator), ProgramTableModel::WarningRole)
                .toString();
        QVERIFY2(clash.contains(QStringLiteral("Dana Ito also leads “Other” (Foundations #02)")),
                 qPrintable(clash));
        QVERIFY(
            model.data(model.index(1, SessionModel::Facilitator), ProgramTableModel::WarningRole)
                .toString()
                .isEmpty());
        QCOMPARE(model.data(model.index(1, SessionModel::Date), ProgramTableModel::WarningRole)
                     .toString(),
                 QStringLiteral("This day is a holiday: Founders day."));
        // Moved to a Saturday after the cohort's end: the weekend is named first.
        QVERIFY(model.setData(model.index(2, SessionModel::Date), QDate(2026, 2, 7)));
        QVERIFY(model.data(model.index(2, SessionModel::Date), ProgramTableModel::WarningRole)
                    .toString()
                    .contains(QStringLiteral("weekend")));
        QVERIFY(model.setData(model.index(2, SessionModel::Date), QDate(2026, 2, 9)));
        QVERIFY(model.data(model.index(2, SessionModel::Date), ProgramTableModel::WarningRole)
                    .toString()
                    .contains(QStringLiteral("after the cohort ends")));
    }

    void addsMovesAndDeletesSessions()
    {
        SessionModel model(*m_history);
        model.setCohort(m_cohort);
        qint64 id = -1;
        QVERIFY(model.addSession(&id));
        // After the last one (Tuesday 27 January) on the next working day, at its time.
        QCOMPARE(
            scalar(QStringLiteral("SELECT starts_at FROM sessions WHERE id = ?"), {id}).toString(),
            QStringLiteral("2026-01-28T10:00:00"));
        QCOMPARE(scalar(QStringLiteral("SELECT edited FROM sessions WHERE id = ?"), {id}).toInt(),
                 1);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(model.moveSessions({m_sessions.at(0), m_sessions.at(1)}, 7, QTime(9, 0)));
        QCOMPARE(stack()->count(), 2);
        QCOMPARE(scalar(QStringLiteral("SELECT starts_at FROM sessions WHERE id = ?"),
                        {m_sessions.at(1)})
                     .toString(),
                 QStringLiteral("2026-01-27T09:00:00"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE edited = 1")).toInt(),
                 3);
        mark(0, 0, QStringLiteral("present"));
        QVERIFY(model.removeSessions({m_sessions.at(0), id}));
        QCOMPARE(count(QStringLiteral("attendance")), 0);
        QCOMPARE(model.rowCount(), 2);
        stack()->undo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(count(QStringLiteral("attendance")), 1);
        stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE edited = 1")).toInt(),
                 1);
    }

    void holidaysAreKeptByDay()
    {
        HolidayModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        QSignalSpy refused(&model, &HolidayModel::editRefused);
        QVERIFY(model.addHolidays({{QDate(2026, 1, 20), QStringLiteral("Founders day")},
                                   {QDate(2026, 12, 25), QStringLiteral("Christmas Day")}}));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.dayAt(0), QDate(2026, 1, 20));
        QCOMPARE(model.data(model.index(0, HolidayModel::Weekday)).toString(),
                 QStringLiteral("Tuesday"));
        // A session is planned on the 20th.
        QCOMPARE(model.data(model.index(0, HolidayModel::Sessions)).toInt(), 1);
        QVERIFY(!model.data(model.index(0, HolidayModel::Sessions), ProgramTableModel::WarningRole)
                     .toString()
                     .isEmpty());
        QVERIFY(model.setData(model.index(0, HolidayModel::Name), QStringLiteral("Founders' day")));
        QVERIFY(model.setData(model.index(0, HolidayModel::Day), QDate(2026, 1, 21)));
        QCOMPARE(
            scalar(QStringLiteral("SELECT name FROM holidays WHERE day = '2026-01-21'")).toString(),
            QStringLiteral("Founders' day"));
        QCOMPARE(count(QStringLiteral("holidays")), 2);
        // The day is the key: a second holiday on it is refused.
        QVERIFY(!model.setData(model.index(1, HolidayModel::Day), QDate(2026, 1, 21)));
        QVERIFY(!model.addHolidays({{QDate(2026, 12, 25), QStringLiteral("Again")}}));
        QCOMPARE(refused.count(), 2);
        QVERIFY(model.removeDays({QDate(2026, 1, 21), QDate(2026, 12, 25)}));
        QCOMPARE(count(QStringLiteral("holidays")), 0);
        QCOMPARE(stack()->count(), 4);
        stack()->undo();
        QCOMPARE(count(QStringLiteral("holidays")), 2);
        stack()->undo();
        stack()->undo();
        QCOMPARE(
            scalar(QStringLiteral("SELECT name FROM holidays WHERE day = '2026-01-20'")).toString(),
            QStringLiteral("Founders day"));
        QDate added;
        QVERIFY(model.addHoliday(&added));
        QVERIFY(added >= QDate::currentDate());
        QCOMPARE(model.rowOfDay(added) >= 0, true);
    }

    void regeneratingKeepsOrReplacesChangedSessions_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::addColumn<int>("replaced");
        QTest::addColumn<int>("marksLost");
        QTest::newRow("keep the changed one") << true << 2 << 1;
        QTest::newRow("replace all") << false << 3 << 2;
    }
    void regeneratingKeepsOrReplacesChangedSessions()
    {
        QFETCH(bool, keep);
        QFETCH(int, replaced);
        QFETCH(int, marksLost);
        // "Two" was changed by the coordinator and has a mark; "One" has a mark too.
        insert(QStringLiteral("UPDATE sessions SET edited = 1 WHERE id = ?"), {m_sessions.at(1)});
        mark(0, 0, QStringLiteral("present"));
        mark(0, 1, QStringLiteral("present"));
        const CohortScheduleInputs inputs = CohortSchedule::load(m_file->database(), m_cohort);
        QCOMPARE(inputs.sessions, 3);
        QCOMPARE(inputs.edited, 1);
        QCOMPARE(inputs.modules.size(), 4);
        QCOMPARE(inputs.participants,
                 (QStringList{QStringLiteral("Ana"), QStringLiteral("Bo"), QStringLiteral("Cy")}));
        QCOMPARE(inputs.usualWeekdays, QList<int>{2});
        QCOMPARE(inputs.usualTime, QTime(10, 0));
        const ScheduleReplacement loss =
            CohortSchedule::replacement(m_file->database(), m_cohort, keep);
        QCOMPARE(loss.sessions, replaced);
        QCOMPARE(loss.attendanceMarks, marksLost);

        ScheduleOptions options;
        options.start = inputs.start;
        options.weekdays = {2, 4};
        options.readingGroup = false;
        options.facilitator = inputs.instructors;
        const ScheduleResult generated = ScheduleGenerator::generate(inputs.modules, options);
        QVERIFY(generated.error.isEmpty());
        int written = 0;
        QVERIFY(CohortSchedule::write(*m_history, m_cohort, generated.sessions, keep, &written));
        QCOMPARE(written, int(generated.sessions.size()));
        QCOMPARE(stack()->count(), 1);
        QCOMPARE(count(QStringLiteral("sessions")), written + (keep ? 1 : 0));
        QCOMPARE(count(QStringLiteral("attendance")), 2 - marksLost);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE facilitator = 'Dana "
                                       "Ito' AND edited = 0 AND module_id IS NOT NULL"))
                     .toInt(),
                 written);
        stack()->undo();
        QCOMPARE(count(QStringLiteral("sessions")), 3);
        QCOMPARE(count(QStringLiteral("attendance")), 2);
        QCOMPARE(
            scalar(QStringLiteral("SELECT edited FROM sessions WHERE id = ?"), {m_sessions.at(1)})
                .toInt(),
            1);
        stack()->redo();
        QCOMPARE(count(QStringLiteral("sessions")), written + (keep ? 1 : 0));
    }

    // A kept session takes the place of the generated one it came from.
    void keptSessionsAreNotDoubled()
    {
        const CohortScheduleInputs inputs = CohortSchedule::load(m_file->database(), m_cohort);
        ScheduleOptions options;
        options.start = inputs.start;
        options.weekdays = {2, 4};
        options.facilitator = inputs.instructors;
        const ScheduleResult first = ScheduleGenerator::generate(inputs.modules, options);
        QVERIFY(CohortSchedule::write(*m_history, m_cohort, first.sessions, false));
        // The coordinator moves the first workshop to nine o'clock.
        SessionModel model(*m_history);
        model.setCohort(m_cohort);
        QVERIFY(model.setData(model.index(0, SessionModel::Start), QTime(9, 0)));
        const QList<PlannedSession> again =
            CohortSchedule::withoutKept(m_file->database(), m_cohort, first.sessions);
        QCOMPARE(again.size(), first.sessions.size() - 1);
        QVERIFY(CohortSchedule::write(*m_history, m_cohort, first.sessions, true));
        QCOMPARE(count(QStringLiteral("sessions")), int(first.sessions.size()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE starts_at LIKE "
                                       "'%T09:00:00'"))
                     .toInt(),
                 1);
    }

    void agendaReadsTheRangeInPages()
    {
        // 450 sessions in February: more than two pages.
        for (int i = 0; i < 450; ++i)
            insert(QStringLiteral("INSERT INTO sessions (cohort_id, starts_at, duration_minutes, "
                                  "format, facilitator) VALUES (?, ?, 30, 'reading_group', ?)"),
                   {m_other,
                    QDateTime(QDate(2026, 2, 1 + i % 28), QTime(8, 0).addSecs(60 * (i / 28)))
                        .toString(Qt::ISODate),
                    QStringLiteral("Reader %1").arg(i)});
        AgendaModel model(*m_file);
        QSignalSpy loaded(&model, &AgendaModel::pageLoaded);
        model.setFilter({QDate(2026, 2, 1), QDate(2026, 2, 28), {}, false});
        // Pages are read on a worker thread, one at a time.
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({}));
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(model.rowCount(), AgendaModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        // The tester fetches everything there is as it checks; the first page was seen above.
        QAbstractItemModelTester tester(&model);
        // A view asks for the next page when it has shown the last; here, as soon as possible.
        QTRY_VERIFY([&] {
            if (model.canFetchMore({}))
                model.fetchMore({});
            return model.isComplete() && !model.isLoading();
        }());
        QCOMPARE(loaded.count(), 3);
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(model.isComplete());
        QVERIFY(!model.canFetchMore({}));
        // The last 16 are of the 28th.
        QCOMPARE(model.data(model.index(450 - 16, 0), AgendaModel::StartRole).toDateTime().date(),
                 QDate(2026, 2, 28));
        QCOMPARE(model.data(model.index(450 - 17, 0), AgendaModel::StartRole).toDateTime().date(),
                 QDate(2026, 2, 27));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.data(model.index(row - 1, 0), AgendaModel::StartRole).toDateTime() <=
                    model.data(model.index(row, 0), AgendaModel::StartRole).toDateTime());
        QCOMPARE(model.data(model.index(0, AgendaModel::Session)).toString(),
                 QStringLiteral("Reading group"));

        model.setFilter({QDate(2026, 1, 1), QDate(2026, 1, 31), QStringLiteral("#01"), false});
        QTRY_VERIFY(model.isComplete() && !model.isLoading());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(
            !model.data(model.index(0, AgendaModel::Facilitator), AgendaModel::ClashRole).toBool());
        insert(
            QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, "
                           "format, facilitator) VALUES (?, 'Other', '2026-01-20T11:00:00', 60, "
                           "'workshop', 'Dana Ito')"),
            {m_other});
        m_file->notifyChanged({QStringLiteral("sessions")});
        QTRY_COMPARE(model.rowCount(), 3);
        QVERIFY(
            model.data(model.index(1, AgendaModel::Facilitator), AgendaModel::ClashRole).toBool());
        QVERIFY(model.data(model.index(1, AgendaModel::Facilitator), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Foundations #02")));
    }

    void calendarGridShowsTheQuarterByWeek()
    {
        insert(
            QStringLiteral("INSERT INTO holidays (day, name) VALUES ('2026-01-01', 'New Year')"));
        insert(
            QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, "
                           "format, facilitator) VALUES (?, 'Other', '2026-01-13T11:00:00', 60, "
                           "'workshop', 'Dana Ito')"),
            {m_other});
        CalendarGridModel model(*m_file);
        QAbstractItemModelTester tester(&model);
        QSignalSpy updated(&model, &CalendarGridModel::updated);
        model.setFilter({QDate(2026, 1, 1), QDate(2026, 3, 31), {}, false});
        // The C locale starts weeks on Monday: 29 December 2025 to 5 April 2026.
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.dayAt(model.index(0, 0)), QDate(2025, 12, 29));
        QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("W1"));
        QVERIFY(!model.data(model.index(0, 0), CalendarGridModel::InRangeRole).toBool());
        QCOMPARE(
            model.data(model.indexOf(QDate(2026, 1, 1)), CalendarGridModel::HolidayRole).toString(),
            QStringLiteral("New Year"));
        QVERIFY(!model.hasFigures());
        model.setActive(true);
        QTRY_COMPARE(updated.count(), 1);
        QCOMPARE(model.sessionCount(), 4);
        QCOMPARE(model.clashCount(), 2);
        const QModelIndex tuesday = model.indexOf(QDate(2026, 1, 13));
        QCOMPARE(tuesday, model.index(2, 1));
        QCOMPARE(model.data(tuesday, CalendarGridModel::CountRole).toInt(), 2);
        QCOMPARE(model.data(tuesday, CalendarGridModel::ClashCountRole).toInt(), 2);
        QCOMPARE(model.data(tuesday, CalendarGridModel::LinesRole).toStringList().first(),
                 QStringLiteral("10:00 Foundations #01"));
        // The day's tooltip says why each clash is one.
        const QString tip = model.data(tuesday, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Dana Ito also leads “Other” (Foundations #02)")),
                 qPrintable(tip));
        // A change to the sessions is counted again while the calendar shows.
        insert(QStringLiteral("DELETE FROM sessions WHERE cohort_id = ?"), {m_other});
        m_file->notifyChanged({QStringLiteral("sessions")});
        QTRY_COMPARE(updated.count(), 2);
        QCOMPARE(model.clashCount(), 0);
    }
};

QTEST_MAIN(TestScheduleModels)
#include "tst_schedulemodels.moc"
