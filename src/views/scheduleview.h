// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedareaview.h"

namespace Upskill {

class AttendancePage;
class CalendarPage;
class HolidaysPage;
class SessionsPage;

// The Schedule area: a cohort's sessions (generated from its track, then moved, added and
// deleted), the calendar of all cohorts' sessions by quarter with clashes of a facilitator,
// the attendance register, and the holidays schedules skip. The Sessions and Attendance pages
// show the same cohort; opening a session in the calendar shows it on the Sessions page.
class ScheduleView : public PagedAreaView
{
    Q_OBJECT
public:
    explicit ScheduleView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;

    SessionsPage *sessionsPage() const { return m_sessions; }
    CalendarPage *calendarPage() const { return m_calendar; }
    AttendancePage *attendancePage() const { return m_attendance; }
    HolidaysPage *holidaysPage() const { return m_holidays; }

    // Shows a cohort's sessions (as the Cohorts area might ask).
    void showCohort(qint64 cohortId);

private:
    SessionsPage *m_sessions;
    CalendarPage *m_calendar;
    AttendancePage *m_attendance;
    HolidaysPage *m_holidays;
};

} // namespace Upskill
