// SPDX-License-Identifier: GPL-3.0-or-later
#include "protectedtime.h"

#include "assessmentscope.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Upskill {

namespace {

// The aggregate columns every utilisation is made of, over protected_time `t`: the hours
// planned in weeks with hours used, the hours used, those weeks, and those below the plan.
const QString UseColumns = QStringLiteral(
    "total(CASE WHEN t.hours_used IS NOT NULL THEN t.hours_planned END), total(t.hours_used), "
    "count(t.hours_used), count(CASE WHEN t.hours_used < t.hours_planned THEN 1 END)");

void readUse(const QSqlQuery &query, int first, TimeUse *use)
{
    use->planned = query.value(first).toDouble();
    use->used = query.value(first + 1).toDouble();
    use->weeks = query.value(first + 2).toInt();
    use->belowPlan = query.value(first + 3).toInt();
}

} // namespace

bool ProtectedTime::isViolation(double planned, const QVariant &used)
{
    return !used.isNull() && used.isValid() && used.toDouble() < planned;
}

QList<QDate> ProtectedTime::weeksBetween(const QDate &start, const QDate &end)
{
    QList<QDate> weeks;
    if (!start.isValid())
        return weeks;
    if (!end.isValid() || end < start)
        return {start};
    for (QDate week = start; week <= end; week = week.addDays(7))
        weeks.append(week);
    return weeks;
}

std::optional<QList<QDate>> ProtectedTime::weeks(const QSqlDatabase &db, qint64 cohortId,
                                                 QString *error)
{
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral("SELECT start_date, end_date FROM cohorts WHERE id = ?"),
                  {cohortId})
             .exec(query, error))
        return std::nullopt;
    QList<QDate> result;
    if (query.next())
        result = weeksBetween(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                              QDate::fromString(query.value(1).toString(), Qt::ISODate));
    // Entries of other days (a cohort whose dates moved) keep their own column.
    if (!BoundSql()
             .add(QStringLiteral("SELECT DISTINCT week_start FROM protected_time WHERE "
                                 "cohort_id = ? ORDER BY week_start"),
                  {cohortId})
             .exec(query, error))
        return std::nullopt;
    while (query.next()) {
        const QDate week = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        if (week.isValid() && !result.contains(week))
            result.append(week);
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::optional<CohortProtectedTime> ProtectedTime::compute(const QSqlDatabase &db, qint64 cohortId,
                                                          QString *error)
{
    CohortProtectedTime result;
    result.cohortId = cohortId;
    const auto weekList = weeks(db, cohortId, error);
    if (!weekList)
        return std::nullopt;
    result.weeks = *weekList;

    QSqlQuery query(db);
    const QString from = QStringLiteral(" FROM protected_time t JOIN participants p ON p.id = "
                                        "t.participant_id WHERE t.cohort_id = ?");
    if (!BoundSql()
             .add(QStringLiteral("SELECT ") + UseColumns + from, {cohortId})
             .exec(query, error))
        return std::nullopt;
    if (query.next())
        readUse(query, 0, &result.cohort);
    result.cohort.id = cohortId;

    if (!BoundSql()
             .add(QStringLiteral("SELECT p.id, p.name, p.team, p.manager, ") + UseColumns + from +
                      QStringLiteral(" GROUP BY p.id ORDER BY p.name, p.id"),
                  {cohortId})
             .exec(query, error))
        return std::nullopt;
    while (query.next()) {
        TimeUse use;
        use.id = query.value(0).toLongLong();
        use.key = query.value(1).toString();
        use.team = query.value(2).toString();
        use.manager = query.value(3).toString();
        readUse(query, 4, &use);
        result.people.append(use);
    }

    for (const QString &group : {QStringLiteral("team"), QStringLiteral("manager")}) {
        // group is one of two fixed column names, never user input.
        if (!BoundSql()
                 .add(QStringLiteral("SELECT p.%1, ").arg(group) + UseColumns + from +
                          QStringLiteral(" GROUP BY p.%1 ORDER BY p.%1").arg(group),
                      {cohortId})
                 .exec(query, error))
            return std::nullopt;
        QList<TimeUse> &list = group == QLatin1String("team") ? result.teams : result.managers;
        while (query.next()) {
            TimeUse use;
            use.key = query.value(0).toString();
            readUse(query, 1, &use);
            list.append(use);
        }
    }

    if (!BoundSql()
             .add(QStringLiteral("SELECT t.id, p.id, p.name, p.team, p.manager, t.week_start, "
                                 "t.hours_planned, t.hours_used, t.reason, t.note") +
                      from +
                      QStringLiteral(" AND t.hours_used < t.hours_planned "
                                     "ORDER BY t.week_start DESC, p.name, p.id"),
                  {cohortId})
             .exec(query, error))
        return std::nullopt;
    while (query.next()) {
        ProtectedTimeViolation v;
        v.entryId = query.value(0).toLongLong();
        v.participantId = query.value(1).toLongLong();
        v.name = query.value(2).toString();
        v.team = query.value(3).toString();
        v.manager = query.value(4).toString();
        v.week = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        v.planned = query.value(6).toDouble();
        v.used = query.value(7).toDouble();
        v.reason = query.value(8).toString();
        v.note = query.value(9).toString();
        result.violations.append(v);
    }
    return result;
}

std::optional<QList<CohortTimeUse>> ProtectedTime::perCohort(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral("SELECT c.id, c.name, ") + UseColumns +
                  QStringLiteral(", (SELECT count(*) FROM (SELECT 1 FROM protected_time r WHERE "
                                 "r.cohort_id = c.id AND r.hours_used < r.hours_planned GROUP BY "
                                 "r.participant_id HAVING count(*) >= 2)) FROM protected_time t "
                                 "JOIN cohorts c ON c.id = t.cohort_id GROUP BY c.id "
                                 "ORDER BY c.start_date, c.name"))
             .exec(query, error))
        return std::nullopt;
    QList<CohortTimeUse> result;
    while (query.next()) {
        CohortTimeUse row;
        row.cohortId = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.use.id = row.cohortId;
        row.use.key = row.name;
        readUse(query, 2, &row.use);
        row.peopleRepeatedlyBelow = query.value(6).toInt();
        result.append(row);
    }
    return result;
}

QString ProtectedTime::percent(double ratio)
{
    return tr("%1 %").arg(QLocale().toString(qlonglong(std::llround(ratio * 100))));
}

} // namespace Upskill
