// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "icalendarwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QTimeZone>

#include <optional>

namespace Upskill {

// A cohort's sessions as an iCalendar file for the participants' calendars.
//
// Sessions store their start as wall-clock time without a zone ("2026-03-10T10:00:00"): the
// time on the invitation in the place the cohort meets. The export reads it in one time zone
// (the computer's unless told otherwise) and writes the instant in UTC, so a session at 10:00
// before the switch to summer time and one at 10:00 after it both show at 10:00 there. A time
// that does not exist in that zone (inside the hour skipped in spring) moves forward by the
// gap; one that exists twice (the hour repeated in autumn) is the first of the two. A start
// stored with an offset or "Z" is that instant.
//
// Each event's UID is made of the session's and the cohort's ids, which never change while
// the session exists, so importing the file again updates the events instead of adding them
// twice. The program file has no identity of its own to add to it (see uidFor()).
class CalendarExport
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExport)
public:
    struct Options
    {
        QTimeZone zone = QTimeZone::systemTimeZone();
        // DTSTAMP: when the file is made.
        QDateTime stamp = QDateTime::currentDateTimeUtc();
    };

    struct Result
    {
        QString cohortName;
        int events = 0;
    };

    // The cohort's sessions as events, in the order they take place.
    static std::optional<QList<CalendarEvent>> events(const QSqlDatabase &db, qint64 cohortId,
                                                      const Options &options, QString *cohortName,
                                                      QString *error);
    // Writes events as a calendar named calendarName to path through a QSaveFile: the file
    // is replaced only when all of it was written; the error names the file.
    static bool write(const QList<CalendarEvent> &events, const QString &calendarName,
                      const QString &path, const Options &options, QString *error);
    // events() and write() in one. A cohort without sessions gives a calendar without events.
    static std::optional<Result> writeCohort(const QSqlDatabase &db, qint64 cohortId,
                                             const QString &path, const Options &options,
                                             QString *error);

    // "session-12-cohort-3@upskill-planner". Program files have no identity of their own yet;
    // a program UUID kept in the file would make UIDs unique across programs too.
    static QString uidFor(qint64 sessionId, qint64 cohortId);
    // A session's stored start read as described above; nullopt when it cannot be read.
    static std::optional<QDateTime> sessionStart(const QString &startsAt, const QTimeZone &zone);
    // The file name offered for a cohort: its name with characters file systems refuse
    // replaced, and ".ics".
    static QString suggestedFileName(const QString &cohortName);
};

} // namespace Upskill
