// SPDX-License-Identifier: GPL-3.0-or-later
// The Schedule area on a demo program: its pages built and filled, a schedule generated and
// regenerated through the dialog, attendance taken from the keyboard, the calendar moving by
// quarter and flagging a facilitator's clash, and a session opened from the agenda.
#include "agendamodel.h"
#include "attendancegridview.h"
#include "attendancemodel.h"
#include "attendancepage.h"
#include "calendargridmodel.h"
#include "calendarpage.h"
#include "demoprogram.h"
#include "edithistory.h"
#include "generatescheduledialog.h"
#include "holidaymodel.h"
#include "holidayspage.h"
#include "movesessionsdialog.h"
#include "programfile.h"
#include "quarter.h"
#include "scheduleview.h"
#include "sessionmodel.h"
#include "sessionspage.h"
#include "sqltestrows.h"
#include "tableview.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QUndoStack>

using namespace Upskill;

class TestScheduleView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;

    // UPSKILL_GRAB_DIR=folder keeps a picture of each page there, to look at.
    static void grab(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPSKILL_GRAB_DIR");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    qint64 insert(const QString &sql, const QVariantList &values = {})
    {
        return TestSql::insert(m_file->database(), sql, values);
    }
    // A new cohort on the foundational track starting next Monday, three people in it and
    // no sessions yet.
    qint64 newCohort(const QString &name)
    {
        QDate monday = QDate::currentDate().addDays(1);
        while (monday.dayOfWeek() != Qt::Monday)
            monday = monday.addDays(1);
        const qint64 cohort = insert(
            QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, end_date, "
                           "status, instructors) VALUES (?, (SELECT id FROM tracks WHERE kind = "
                           "'foundational'), ?, ?, ?, 'planned', 'Dana Ito')"),
            {name, Quarter::containing(monday).toString(), monday.toString(Qt::ISODate),
             monday.addDays(25).toString(Qt::ISODate)});
        insert(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id) SELECT ?, id "
                              "FROM participants ORDER BY id LIMIT 3"),
               {cohort});
        m_file->notifyChanged({QStringLiteral("cohorts"), QStringLiteral("enrollments")});
        return cohort;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("demo.upskill")),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 120;
        QVERIFY2(DemoProgram::generate(*m_file, options, {}, &error), qPrintable(error));
        // The demo has the public holidays of its quarters' years; these reach a year further.
        const int year = QDate::currentDate().year();
        for (const auto &[month, day, name] :
             {std::tuple{12, 25, "Christmas Day"}, std::tuple{12, 26, "Boxing Day"},
              std::tuple{1, 1, "New Year's Day"}}) {
            for (int y : {year, year + 1})
                insert(QStringLiteral("INSERT OR IGNORE INTO holidays (day, name) VALUES (?, ?)"),
                       {QDate(y, month, day).toString(Qt::ISODate), QString::fromUtf8(name)});
        }
        m_history = std::make_unique<EditHistory>(*m_file);
    }
    void cleanupTestCase()
    {
        m_history.reset();
        m_file.reset();
    }
    void init() { m_history->stack()->clear(); }

    void buildsItsPagesOnADemo()
    {
        ScheduleView view(*m_history);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.title(), QStringLiteral("Schedule"));
        QCOMPARE(view.tabs()->count(), 4);
        QCOMPARE(view.tabs()->tabText(0), QStringLiteral("Sessions"));
        QCOMPARE(view.addActionText(), QStringLiteral("&New session"));

        // The cohort running now (else the newest with sessions), in time order.
        SessionsPage *sessions = view.sessionsPage();
        QVERIFY(sessions->cohort() >= 0);
        QVERIFY(sessions->sessionModel()->rowCount() > 0);
        QVERIFY(sessions->infoText().contains(QStringLiteral("session")));
        grab(&view, QStringLiteral("sessions"));

        // The attendance of the same cohort.
        view.tabs()->setCurrentWidget(view.attendancePage());
        AttendancePage *attendance = view.attendancePage();
        QCOMPARE(attendance->cohort(), sessions->cohort());
        QVERIFY(attendance->model()->participantCount() > 0);
        QCOMPARE(attendance->model()->sessionCount(), sessions->sessionModel()->rowCount());
        grab(&view, QStringLiteral("attendance"));
        // A cohort that has begun has marks and rates.
        const qint64 begun = scalar(QStringLiteral(
            "SELECT s.cohort_id FROM attendance a JOIN sessions s ON s.id = a.session_id "
            "JOIN cohorts c ON c.id = s.cohort_id WHERE c.status = 'running' LIMIT 1"));
        if (begun >= 0) {
            attendance->setCohort(begun);
            QVERIFY(attendance->model()->cohortRate() > 0.5);
            QVERIFY(attendance->infoText().contains(QStringLiteral("attended")));
            QCOMPARE(sessions->cohort(), begun);
            grab(&view, QStringLiteral("attendance-running"));
        }

        view.tabs()->setCurrentWidget(view.calendarPage());
        CalendarPage *calendar = view.calendarPage();
        QCOMPARE(calendar->quarter(), Quarter::containing(QDate::currentDate()));
        QTRY_VERIFY_WITH_TIMEOUT(calendar->gridModel()->hasFigures(), 10000);
        QVERIFY(calendar->gridModel()->sessionCount() > 0);
        QTRY_VERIFY(calendar->agendaModel()->rowCount() > 0);
        grab(&view, QStringLiteral("calendar"));

        view.tabs()->setCurrentWidget(view.holidaysPage());
        QTRY_COMPARE(view.holidaysPage()->model()->rowCount(),
                     int(scalar(QStringLiteral("SELECT count(*) FROM holidays"))));
        QVERIFY(view.holidaysPage()->model()->rowCount() > 6);
        QCOMPARE(view.addActionText(), QStringLiteral("&New holiday"));
        grab(&view, QStringLiteral("holidays"));
    }

    // A sort order left in a column comes back next time: restoring it re-sorts the model,
    // which must not set off restoring it again (the app crashed on its second start).
    void aRememberedSortOrderComesBack()
    {
        QByteArray layout;
        {
            ScheduleView view(*m_history);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QTRY_VERIFY(view.sessionsPage()->sessionModel()->rowCount() > 0);
            view.sessionsPage()->table()->horizontalHeader()->setSortIndicator(SessionModel::Title,
                                                                               Qt::DescendingOrder);
            layout = view.saveLayout();
        }
        ScheduleView view(*m_history);
        view.restoreLayout(layout);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.sessionsPage()->sessionModel()->rowCount() > 0);
        QHeaderView *header = view.sessionsPage()->table()->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(SessionModel::Title));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    }

    void generatesAndRegeneratesASchedule()
    {
        const qint64 cohort = newCohort(QStringLiteral("Generated foundations"));
        {
            GenerateScheduleDialog dialog(*m_history, cohort);
            dialog.resize(900, 700);
            QVERIFY(dialog.regenerateBox()->isHidden());
            // The cohort's start: starting next Monday.
            QCOMPARE(dialog.startDate()->date().dayOfWeek(), int(Qt::Monday));
            QVERIFY(dialog.startDate()->date() > QDate::currentDate());
            // Tuesday and Thursday unless the cohort has a pattern already.
            int checked = 0;
            for (QCheckBox *box : dialog.weekdayBoxes())
                checked += box->isChecked() ? 1 : 0;
            QCOMPARE(checked, 2);
            const int planned = int(dialog.planned().size());
            QVERIFY(planned > 0);
            QCOMPARE(dialog.preview()->rowCount(), planned);
            // Without the extras only the workshops are left.
            dialog.readingGroupBox()->setChecked(false);
            dialog.pairProgrammingBox()->setChecked(false);
            dialog.presentationsBox()->setChecked(false);
            QVERIFY(dialog.preview()->rowCount() < planned);
            dialog.readingGroupBox()->setChecked(true);
            dialog.pairProgrammingBox()->setChecked(true);
            dialog.presentationsBox()->setChecked(true);
            dialog.show();
            grab(&dialog, QStringLiteral("generate"));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE cohort_id = ?"),
                            {cohort}),
                     qint64(planned));
            QCOMPARE(m_history->stack()->count(), 1);
        }
        // The coordinator moves one session; regenerating offers to keep it.
        SessionModel model(*m_history);
        model.setCohort(cohort);
        QVERIFY(model.setData(model.index(0, SessionModel::Start), QTime(8, 30)));
        {
            GenerateScheduleDialog dialog(*m_history, cohort);
            dialog.resize(900, 760);
            QVERIFY(!dialog.regenerateBox()->isHidden());
            QVERIFY(!dialog.keepEditedButton()->isHidden());
            QVERIFY(dialog.keepEditedButton()->isChecked());
            QVERIFY2(dialog.existingLabel()->text().contains(QStringLiteral("changed 1 of")),
                     qPrintable(dialog.existingLabel()->text()));
            const int total = int(scalar(
                QStringLiteral("SELECT count(*) FROM sessions WHERE cohort_id = ?"), {cohort}));
            // The kept one takes its generated twin's place.
            QCOMPARE(int(dialog.planned().size()), total - 1);
            dialog.show();
            grab(&dialog, QStringLiteral("regenerate"));
            dialog.accept();
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE cohort_id = ?"),
                            {cohort}),
                     qint64(total));
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE cohort_id = ? "
                                           "AND starts_at LIKE '%T08:30:00'"),
                            {cohort}),
                     1);
        }
        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE cohort_id = ? AND "
                                       "edited = 1"),
                        {cohort}),
                 1);
    }

    // The date of the first session and the number of days say the same; the time is kept
    // unless asked for.
    void movesSessionsByDaysOrToADate()
    {
        MoveSessionsDialog dialog({QDateTime(QDate(2026, 3, 12), QTime(14, 0)),
                                   QDateTime(QDate(2026, 3, 10), QTime(10, 0))});
        QCOMPARE(dialog.dateEdit()->date(), QDate(2026, 3, 10));
        dialog.daysBox()->setValue(7);
        QCOMPARE(dialog.dateEdit()->date(), QDate(2026, 3, 17));
        dialog.dateEdit()->setDate(QDate(2026, 3, 9));
        QCOMPARE(dialog.days(), -1);
        QVERIFY(!dialog.time());
        QVERIFY(!dialog.timeEdit()->isEnabled());
        dialog.timeBox()->setChecked(true);
        dialog.timeEdit()->setTime(QTime(9, 30));
        QCOMPARE(dialog.time(), std::optional<QTime>(QTime(9, 30)));
    }

    void takesAttendanceFromTheKeyboard()
    {
        const qint64 cohort = scalar(QStringLiteral(
            "SELECT c.id FROM cohorts c WHERE c.status = 'planned' AND EXISTS (SELECT 1 FROM "
            "sessions s WHERE s.cohort_id = c.id) AND (SELECT count(*) FROM enrollments e WHERE "
            "e.cohort_id = c.id AND e.status <> 'withdrawn') >= 3 ORDER BY c.id LIMIT 1"));
        QVERIFY(cohort >= 0);
        AttendancePage page(*m_history);
        page.resize(1300, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setCohort(cohort);
        AttendanceModel *model = page.model();
        AttendanceGridView *grid = page.grid();
        QVERIFY(model->participantCount() >= 3);
        grid->setFocus();
        grid->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(grid, Qt::Key_A);
        QCOMPARE(model->status(0, 0), QStringLiteral("absent"));
        // The register goes on with the next person.
        QCOMPARE(grid->currentIndex(), model->index(1, 0));
        QTest::keyClick(grid, Qt::Key_E);
        QCOMPARE(model->status(1, 0), QStringLiteral("excused"));
        QCOMPARE(m_history->stack()->count(), 2);
        // A whole session at once: its header selects the column.
        grid->selectColumn(1);
        QTest::keyClick(grid, Qt::Key_P);
        for (int row = 0; row < model->participantCount(); ++row)
            QCOMPARE(model->status(row, 1), QStringLiteral("present"));
        QCOMPARE(m_history->stack()->count(), 3);
        // A whole person, then cleared with Delete.
        grid->selectRow(2);
        grid->markSelection(QStringLiteral("absent"));
        QCOMPARE(model->personRate(2), 0.0);
        QCOMPARE(m_history->stack()->count(), 4);
        QTest::keyClick(grid, Qt::Key_Delete);
        QCOMPARE(model->status(2, 1), QString());
        QCOMPARE(m_history->stack()->count(), 5);
        grid->clearSelection();
        grid->setCurrentIndex(model->index(0, 2));
        QTest::keyClick(grid, Qt::Key_P);
        QVERIFY(page.infoText().contains(QStringLiteral("attended")));
        grab(&page, QStringLiteral("attendance-marked"));
        while (m_history->stack()->canUndo())
            m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM attendance a JOIN sessions s ON "
                                       "s.id = a.session_id WHERE s.cohort_id = ?"),
                        {cohort}),
                 0);
    }

    void calendarMovesByQuarterAndFlagsClashes()
    {
        // Two cohorts' sessions led by the same person at the same time, in this quarter.
        QDate day = QDate::currentDate();
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        const qint64 first = newCohort(QStringLiteral("Clash A"));
        const qint64 second = newCohort(QStringLiteral("Clash B"));
        const QString sql = QStringLiteral(
            "INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, format, "
            "facilitator) VALUES (?, ?, ?, ?, 'workshop', 'Quinn Clash')");
        const qint64 clashing =
            insert(sql, {first, QStringLiteral("Evaluating LLM output"),
                         QDateTime(day, QTime(10, 0)).toString(Qt::ISODate), 150});
        insert(sql, {second, QStringLiteral("Prompting in practice"),
                     QDateTime(day, QTime(11, 0)).toString(Qt::ISODate), 90});
        m_file->notifyChanged({QStringLiteral("sessions")});

        ScheduleView view(*m_history);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentWidget(view.calendarPage());
        CalendarPage *calendar = view.calendarPage();
        calendar->showDay(day);
        QTRY_VERIFY_WITH_TIMEOUT(calendar->gridModel()->hasFigures(), 10000);
        QVERIFY(calendar->gridModel()->clashCount() >= 2);
        QVERIFY(calendar->summaryLabel()->text().contains(QStringLiteral("clash")));
        const QModelIndex cell = calendar->gridModel()->indexOf(day);
        QVERIFY(cell.data(CalendarGridModel::ClashCountRole).toInt() >= 2);
        // The day selected: the agenda shows that day, with the reason of the clash.
        QCOMPARE(calendar->agendaModel()->filter().from, day);
        AgendaModel *agenda = calendar->agendaModel();
        QTRY_VERIFY(agenda->isComplete() && !agenda->isLoading());
        int row = 0;
        while (row < agenda->rowCount() &&
               agenda->index(row, 0).data(AgendaModel::SessionIdRole).toLongLong() != clashing)
            ++row;
        QVERIFY(row < agenda->rowCount());
        const QModelIndex facilitator = agenda->index(row, AgendaModel::Facilitator);
        QVERIFY(facilitator.data(AgendaModel::ClashRole).toBool());
        QVERIFY(facilitator.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Quinn Clash also leads “Prompting in practice” "
                                             "(Clash B)")));
        grab(&view, QStringLiteral("calendar-clash"));

        // Only the clashes, then found by name.
        calendar->clashesOnlyBox()->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(
            !calendar->gridModel()->isBusy() && calendar->gridModel()->hasFigures(), 10000);
        QCOMPARE(calendar->gridModel()->sessionCount(), calendar->gridModel()->clashCount());
        calendar->clashesOnlyBox()->setChecked(false);
        calendar->searchField()->setText(QStringLiteral("Quinn"));
        QTRY_COMPARE_WITH_TIMEOUT(calendar->gridModel()->sessionCount(), 2, 10000);
        QTRY_COMPARE(agenda->rowCount(), 2);

        // Opening the session shows it on its cohort's Sessions page.
        Q_EMIT calendar->agendaView()->activated(agenda->index(0, 0));
        QCOMPARE(view.tabs()->currentWidget(), view.sessionsPage());
        QVERIFY(view.sessionsPage()->cohort() == first || view.sessionsPage()->cohort() == second);
        QVERIFY(view.sessionsPage()->table()->currentIndex().isValid());
        const QModelIndex warned =
            view.sessionsPage()->table()->currentIndex().siblingAtColumn(SessionModel::Facilitator);
        QVERIFY(!warned.data(ProgramTableModel::WarningRole).toString().isEmpty());
        grab(&view, QStringLiteral("sessions-clash"));

        // Previous, Next and Today move by quarter.
        view.tabs()->setCurrentWidget(calendar);
        const Quarter now = Quarter::containing(day);
        calendar->searchField()->clear();
        QTest::mouseClick(calendar->nextButton(), Qt::LeftButton);
        QCOMPARE(calendar->quarter(), now.next());
        QTest::mouseClick(calendar->previousButton(), Qt::LeftButton);
        QTest::mouseClick(calendar->previousButton(), Qt::LeftButton);
        QCOMPARE(calendar->quarter(), now.previous());
        QTRY_VERIFY_WITH_TIMEOUT(
            !calendar->gridModel()->isBusy() && calendar->gridModel()->hasFigures(), 10000);
        QVERIFY2(calendar->summaryLabel()->text().startsWith(now.previous().toString()),
                 qPrintable(calendar->summaryLabel()->text()));
        QTest::mouseClick(calendar->todayButton(), Qt::LeftButton);
        QCOMPARE(calendar->quarter(), Quarter::containing(QDate::currentDate()));
        QCOMPARE(calendar->gridModel()->dayAt(calendar->gridView()->currentIndex()),
                 QDate::currentDate());
        // Today does not narrow the agenda: it still shows the quarter.
        QCOMPARE(calendar->agendaModel()->filter().from, calendar->quarter().firstDay());
    }
};

QTEST_MAIN(TestScheduleView)
#include "tst_scheduleview.moc"
