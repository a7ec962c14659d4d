// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduleview.h"

#include "attendancepage.h"
#include "calendarpage.h"
#include "edithistory.h"
#include "holidayspage.h"
#include "sessionspage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

ScheduleView::ScheduleView(EditHistory &history, QWidget *parent)
    : PagedAreaView(history, parent), m_sessions(new SessionsPage(history, this)),
      m_calendar(new CalendarPage(history.file(), this)),
      m_attendance(new AttendancePage(history, this)), m_holidays(new HolidaysPage(history, this))
{
    setObjectName(QStringLiteral("scheduleView"));
    addPage(m_sessions, tr("Sessions"));
    addPage(m_calendar, tr("Calendar"));
    addPage(m_attendance, tr("Attendance"));
    addPage(m_holidays, tr("Holidays"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    // One cohort for the sessions and their register: switching page keeps it.
    connect(m_sessions, &SessionsPage::cohortShown, this, [this](qint64 cohortId) {
        if (cohortId >= 0 && m_attendance->cohort() != cohortId)
            m_attendance->setCohort(cohortId);
    });
    connect(m_attendance, &AttendancePage::cohortShown, this, [this](qint64 cohortId) {
        if (cohortId >= 0 && m_sessions->cohort() != cohortId)
            m_sessions->setCohort(cohortId);
    });
    connect(m_calendar, &CalendarPage::sessionRequested, this,
            [this](qint64 cohortId, qint64 sessionId) {
                m_tabs->setCurrentWidget(m_sessions);
                m_sessions->showSession(cohortId, sessionId);
            });
}

QString ScheduleView::title() const
{
    return tr("Schedule");
}

void ScheduleView::showCohort(qint64 cohortId)
{
    m_tabs->setCurrentWidget(m_sessions);
    m_sessions->setCohort(cohortId);
}

} // namespace Upskill
