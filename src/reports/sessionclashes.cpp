// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionclashes.h"

#include "scheduletext.h"
#include "sqlerrors.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

namespace {

// Seconds since the epoch of a stored start; stored times have no zone, so both sides of a
// comparison are read the same way.
QString seconds(const QString &alias)
{
    return QStringLiteral("CAST(strftime('%s', %1.starts_at) AS INTEGER)").arg(alias);
}

} // namespace

QString SessionClashes::overlapCondition(const QString &session, const QString &other)
{
    const QString s = session;
    const QString o = other;
    // The facilitator and the start range come first: they are what the index answers.
    return QStringLiteral(
               "%2.facilitator = %1.facilitator AND %1.facilitator <> '' "
               "AND %2.starts_at >= date(%1.starts_at, '-1 day') "
               "AND %2.starts_at < date(%1.starts_at, '+2 days') "
               "AND %2.id <> %1.id "
               "AND %4 < %3 + 60 * %1.duration_minutes "
               "AND %4 + 60 * %2.duration_minutes > %3 "
               "AND NOT EXISTS (SELECT 1 FROM cohorts %2_cs WHERE %2_cs.id = %2.cohort_id "
               "AND %2_cs.status = 'cancelled')")
        .arg(s, o, seconds(s), seconds(o));
}

QString SessionClashes::existsCondition(const QString &session)
{
    const QString other = session + QStringLiteral("_o");
    return QStringLiteral("EXISTS (SELECT 1 FROM sessions %1 WHERE %2)")
        .arg(other, overlapCondition(session, other));
}

QString SessionClashes::firstClashExpression(const QString &session)
{
    const QString other = session + QStringLiteral("_f");
    return QStringLiteral("(SELECT %1.id FROM sessions %1 WHERE %2 ORDER BY %1.starts_at, %1.id "
                          "LIMIT 1)")
        .arg(other, overlapCondition(session, other));
}

QList<SessionClash> SessionClashes::run(const QSqlDatabase &db, const QString &where,
                                        const QVariantList &values, QString *error)
{
    QList<SessionClash> clashes;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString sql =
        QStringLiteral("SELECT s.id, o.id, s.facilitator, o.cohort_id, oc.name, o.title, o.format, "
                       "o.starts_at, o.duration_minutes FROM sessions s "
                       "JOIN sessions o ON %1 JOIN cohorts oc ON oc.id = o.cohort_id "
                       "WHERE %2 AND NOT EXISTS (SELECT 1 FROM cohorts sc WHERE sc.id = "
                       "s.cohort_id AND sc.status = 'cancelled') "
                       "ORDER BY s.starts_at, s.id, o.starts_at, o.id")
            .arg(overlapCondition(QStringLiteral("s"), QStringLiteral("o")), where);
    if (!query.prepare(sql)) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return clashes;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return clashes;
    }
    while (query.next()) {
        SessionClash clash;
        clash.sessionId = query.value(0).toLongLong();
        clash.otherId = query.value(1).toLongLong();
        clash.facilitator = query.value(2).toString();
        clash.otherCohortId = query.value(3).toLongLong();
        clash.otherCohort = query.value(4).toString();
        clash.otherTitle = query.value(5).toString();
        clash.otherFormat = query.value(6).toString();
        clash.otherStart = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
        clash.otherMinutes = query.value(8).toInt();
        clashes.append(clash);
    }
    return clashes;
}

std::optional<QList<SessionClash>>
SessionClashes::inRange(const QSqlDatabase &db, const QDate &from, const QDate &to, QString *error)
{
    QString problem;
    // Dates as text bound a stored start whatever the separator before its time.
    QList<SessionClash> clashes =
        run(db, QStringLiteral("s.starts_at >= ? AND s.starts_at < ?"),
            {from.toString(Qt::ISODate), to.addDays(1).toString(Qt::ISODate)}, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return clashes;
}

QList<SessionClash> SessionClashes::ofCohort(const QSqlDatabase &db, qint64 cohortId)
{
    return run(db, QStringLiteral("s.cohort_id = ?"), {cohortId}, nullptr);
}

QList<SessionClash> SessionClashes::ofSession(const QSqlDatabase &db, qint64 sessionId)
{
    return run(db, QStringLiteral("s.id = ?"), {sessionId}, nullptr);
}

QString SessionClashes::reason(const SessionClash &clash)
{
    const QString title = clash.otherTitle.isEmpty()
                              ? Vocabulary::label(Term::SessionFormat, clash.otherFormat)
                              : clash.otherTitle;
    return tr("%1 also leads “%2” (%3) on %4, %5.")
        .arg(clash.facilitator, title, clash.otherCohort,
             ScheduleText::day(clash.otherStart.date()),
             ScheduleText::timeRange(clash.otherStart, clash.otherMinutes));
}

QString SessionClashes::reasons(const QList<SessionClash> &clashes)
{
    QStringList lines;
    for (const SessionClash &clash : clashes)
        lines.append(reason(clash));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Upskill
