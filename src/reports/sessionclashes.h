// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

// A session whose facilitator leads another session at the same time.
struct SessionClash
{
    qint64 sessionId = 0;
    qint64 otherId = 0;
    QString facilitator;
    qint64 otherCohortId = 0;
    QString otherCohort;
    QString otherTitle;
    QString otherFormat;
    QDateTime otherStart;
    int otherMinutes = 0;
};

// Clashes of the same facilitator: two sessions with the same facilitator whose times overlap
// (one ending when the next begins is no clash). Sessions of cancelled cohorts and sessions
// without a facilitator never clash. Found by SQL through the index on (facilitator,
// starts_at): a session is compared only with that facilitator's sessions of the day before
// to the day after, as no session lasts longer than a day.
class SessionClashes
{
    Q_DECLARE_TR_FUNCTIONS(SessionClashes)
public:
    // The SQL condition "session `other` clashes with session `session`" over two aliases of
    // the sessions table; it names no values, so it can go into any statement.
    static QString overlapCondition(const QString &session, const QString &other);
    // "EXISTS (…)": session `session` clashes with some other session.
    static QString existsCondition(const QString &session);
    // "(SELECT id …)": the first session that `session` clashes with, or NULL.
    static QString firstClashExpression(const QString &session);

    // Every clash of a session that starts between from and to (both included); the other
    // session of a clash may lie outside the range.
    static std::optional<QList<SessionClash>> inRange(const QSqlDatabase &db, const QDate &from,
                                                      const QDate &to, QString *error);
    static QList<SessionClash> ofCohort(const QSqlDatabase &db, qint64 cohortId);
    static QList<SessionClash> ofSession(const QSqlDatabase &db, qint64 sessionId);

    // "Dana Ito also leads “Prompting basics” (AI foundations 2026-Q4 #03) on … from … to …."
    static QString reason(const SessionClash &clash);
    // One line per clash of a session, for a tooltip.
    static QString reasons(const QList<SessionClash> &clashes);

private:
    static QList<SessionClash> run(const QSqlDatabase &db, const QString &where,
                                   const QVariantList &values, QString *error);
};

} // namespace Upskill
