// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessmentscope.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

// Which sessions a calendar shows: those starting between from and to (both included), of
// cohorts that are not cancelled, optionally narrowed by text (cohort, session, facilitator,
// location) and to the sessions that clash.
struct CalendarFilter
{
    QDate from;
    QDate to;
    QString text;
    bool clashesOnly = false;

    friend bool operator==(const CalendarFilter &, const CalendarFilter &) = default;
};

struct CalendarSession
{
    qint64 id = 0;
    qint64 cohortId = 0;
    QString cohort;
    QString title;
    QString format;
    QDateTime start;
    int minutes = 0;
    QString facilitator;
    QString location;
    QString module;
    bool clash = false;
};

// One day of the calendar: how many sessions, how many of them clash, and the first few.
struct CalendarDay
{
    int sessions = 0;
    int clashes = 0;
    QList<CalendarSession> first;
};

// A page of the agenda and where the next one begins.
struct AgendaPage
{
    QList<CalendarSession> sessions;
    bool atEnd = true;
    QString lastStart; // as stored, for the next page's keyset
    qint64 lastId = 0;
};

struct CalendarFigures
{
    CalendarFilter filter;
    QMap<QDate, CalendarDay> days; // only days with sessions
    int sessions = 0;
    int clashes = 0;
};

// The sessions of all cohorts in a date range, for the calendar. Only the range is read (the
// index on starts_at), so a program with hundreds of thousands of sessions shows a quarter as
// fast as a pilot does; the clashes among them come from SessionClashes for the same range.
class SessionCalendar
{
public:
    // Per day the totals and the first perDay sessions in time order.
    static std::optional<CalendarFigures>
    compute(const QSqlDatabase &db, const CalendarFilter &filter, int perDay, QString *error);

    // The agenda's statement: the next limit sessions of the filter in time order after the
    // session afterId starting at afterStart (none: from the first), with the columns of
    // AgendaColumn. Each page is a range of the index from where the last one ended, so a view
    // reads only what it shows and no statement stays open between pages. With
    // filter.clashesOnly only the sessions in clashing are listed.
    enum AgendaColumn {
        Id,
        StartsAt,
        Minutes,
        CohortId,
        Cohort,
        Title,
        Format,
        Facilitator,
        Location,
        Module,
    };
    static BoundSql agenda(const CalendarFilter &filter, const QSet<qint64> &clashing,
                           const QString &afterStart, qint64 afterId, int limit);
    // Runs agenda() and reads its rows with whether each clashes; afterStart empty for the first
    // page. The clashes are found for the page's days only, or with filter.clashesOnly from the
    // page's first day to the end of the range.
    static std::optional<AgendaPage> agendaPage(const QSqlDatabase &db,
                                                const CalendarFilter &filter,
                                                const QString &afterStart, qint64 afterId,
                                                int limit, QString *error);

private:
    // "FROM sessions s JOIN cohorts c … WHERE …" for the filter; with filter.clashesOnly only
    // the sessions in clashing.
    static BoundSql fromWhere(const CalendarFilter &filter, const QSet<qint64> &clashing);
    // The condition "session s is one of ids", for sets of any size.
    static BoundSql oneOf(const QSet<qint64> &ids);
};

} // namespace Upskill
