// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Upskill {

// A session with a facilitator who leads another session at the same time.
struct SessionClash
{
    qint64 sessionId = 0;
    qint64 otherId = 0;
    QStringList people; // who leads both, as the session names them
    qint64 otherCohortId = 0;
    QString otherCohort;
    QString otherTitle;
    QString otherFormat;
    QDateTime otherStart;
    int otherMinutes = 0;
};

// Clashes of a facilitator: two sessions that name a person in common and whose times overlap
// (one ending when the next begins is no clash). A facilitator field is a list of people, as
// the schedule generator writes a cohort's whole instructors field ("Emma Smith, Julia
// Murphy") into each session; people are compared without regard to case or spacing. Sessions
// of cancelled cohorts and sessions without a facilitator never clash.
// Found in C++ over the sessions of a date range, read through the index on starts_at: a
// person inside a list is beyond any index, and reading a quarter of a large program once is
// cheaper than looking up every session's people. No session lasts longer than a day, so the
// range widened by a day on either side holds every session that can clash with one inside.
class SessionClashes
{
    Q_DECLARE_TR_FUNCTIONS(SessionClashes)
public:
    // The people a facilitator field names: split at commas, semicolons, "&", "/", line breaks
    // and the word "and"; spaces tidied; each person once, whatever the case.
    static QStringList people(const QString &facilitator);

    // Every clash of a session that starts between from and to (both included); the other
    // session of a clash may lie outside the range. In the order of the sessions' starts.
    static std::optional<QList<SessionClash>> inRange(const QSqlDatabase &db, const QDate &from,
                                                      const QDate &to, QString *error);
    // Only which sessions between from and to clash, for the calendar's counts and filter.
    static std::optional<QSet<qint64>> clashingInRange(const QSqlDatabase &db, const QDate &from,
                                                       const QDate &to, QString *error);
    static QList<SessionClash> ofCohort(const QSqlDatabase &db, qint64 cohortId);
    static QList<SessionClash> ofSession(const QSqlDatabase &db, qint64 sessionId);

    // "Dana Ito also leads “Prompting basics” (AI foundations 2026-Q4 #03) on … from … to …."
    static QString reason(const SessionClash &clash);
    // One line per clash of a session, for a tooltip.
    static QString reasons(const QList<SessionClash> &clashes);
};

} // namespace Upskill
