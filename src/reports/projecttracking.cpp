// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecttracking.h"

#include "assessmentscope.h"

#include <QSqlQuery>

namespace Upskill {

QDate ProjectTracking::firstWeekOver(const QDate &cohortStart)
{
    return cohortStart.isValid() ? cohortStart.addDays(7) : QDate();
}

qint64 ProjectTracking::currentCohort(const QSqlDatabase &db, const QDate &today)
{
    const QString day = today.toString(Qt::ISODate);
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral(
                      "SELECT id FROM cohorts WHERE status <> 'cancelled' AND start_date IS NOT "
                      "NULL ORDER BY CASE WHEN start_date <= ? AND coalesce(end_date, ?) >= ? "
                      "THEN 0 WHEN start_date > ? THEN 1 ELSE 2 END, CASE WHEN start_date > ? "
                      "THEN start_date END, start_date DESC, name LIMIT 1"),
                  {day, day, day, day, day})
             .exec(query, nullptr) ||
        !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::optional<MissingProjects> ProjectTracking::withoutProject(const QSqlDatabase &db,
                                                               qint64 cohortId, const QDate &today,
                                                               QString *error)
{
    MissingProjects result;
    QSqlQuery query(db);
    // The deadline is worked out by SQL from the cohort's start, as the program-wide check
    // does, so the page and the health check always agree.
    if (!BoundSql()
             .add(QStringLiteral("SELECT date(start_date, '+7 days'), date(start_date, '+7 "
                                 "days') <= ?, (SELECT count(*) FROM enrollments e WHERE "
                                 "e.cohort_id = c.id AND e.status <> 'withdrawn') "
                                 "FROM cohorts c WHERE c.id = ?"),
                  {today.toString(Qt::ISODate), cohortId})
             .exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = tr("The cohort no longer exists.");
        return std::nullopt;
    }
    result.due = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    result.overdue = query.value(1).toInt() == 1;
    result.participants = query.value(2).toInt();

    if (!BoundSql()
             .add(QStringLiteral("SELECT p.id, p.name, p.team, p.manager FROM enrollments e "
                                 "JOIN participants p ON p.id = e.participant_id "
                                 "WHERE e.cohort_id = ? AND e.status <> 'withdrawn' AND NOT "
                                 "EXISTS (SELECT 1 FROM application_projects a WHERE "
                                 "a.cohort_id = e.cohort_id AND a.participant_id = p.id) "
                                 "ORDER BY p.name, p.id"),
                  {cohortId})
             .exec(query, error))
        return std::nullopt;
    while (query.next())
        result.people.append({query.value(0).toLongLong(), query.value(1).toString(),
                              query.value(2).toString(), query.value(3).toString()});
    return result;
}

std::optional<QList<CohortMissingProjects>>
ProjectTracking::overdue(const QSqlDatabase &db, const QDate &today, QString *error)
{
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral(
                      "SELECT c.id, c.name, count(*), count(CASE WHEN NOT EXISTS (SELECT 1 FROM "
                      "application_projects a WHERE a.cohort_id = c.id AND a.participant_id = "
                      "e.participant_id) THEN 1 END) AS missing FROM cohorts c JOIN enrollments "
                      "e ON e.cohort_id = c.id AND e.status <> 'withdrawn' WHERE c.status <> "
                      "'cancelled' AND date(c.start_date, '+7 days') <= ? GROUP BY c.id "
                      "HAVING missing > 0 ORDER BY c.start_date, c.name"),
                  {today.toString(Qt::ISODate)})
             .exec(query, error))
        return std::nullopt;
    QList<CohortMissingProjects> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toInt(), query.value(3).toInt()});
    return result;
}

} // namespace Upskill
