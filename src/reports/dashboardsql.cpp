// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardsql.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Upskill {

BoundSql DashboardSql::scopeJoins(const DashboardFilter &filter, const QString &cohortColumn,
                                  const QString &personColumn)
{
    // The conditions sit in the ON clauses, so callers can add their own WHERE freely.
    BoundSql sql;
    if (filter.narrowsCohorts())
        sql.add(QStringLiteral(" JOIN cohorts c ON c.id = %1").arg(cohortColumn))
            .add(filter.cohortCondition(QStringLiteral("c")));
    return sql.add(personJoin(filter, personColumn));
}

BoundSql DashboardSql::personJoin(const DashboardFilter &filter, const QString &personColumn)
{
    BoundSql sql;
    if (filter.narrowsPeople())
        sql.add(QStringLiteral(" JOIN participants p ON p.id = %1").arg(personColumn))
            .add(filter.personCondition(QStringLiteral("p")));
    return sql;
}

BoundSql DashboardSql::pairsCte(const DashboardFilter &filter)
{
    // Pre and post in one grouped pass instead of two: the level rides in the lowest three bits
    // of the recency key (as in GapAnalysis), so max() of the key per kind carries the level of
    // the latest assessment of that kind with it. Only cohorts with a post assessment can have
    // a pair: leaving out the running and planned ones (pre assessments only) spares the sort
    // of the grouping a large share of its rows.
    const QString key = QStringLiteral("%1 * 8 + a.level").arg(AssessmentSql::recencyKey());
    BoundSql sql;
    sql.add(QStringLiteral("assessed AS MATERIALIZED (SELECT c.id FROM cohorts c WHERE EXISTS "
                           "(SELECT 1 FROM assessments x WHERE x.cohort_id = c.id AND "
                           "x.kind = 'post')"))
        .add(filter.cohortCondition(QStringLiteral("c")))
        .add(
            QStringLiteral("), latest_pre_post AS (SELECT a.cohort_id, a.participant_id, "
                           "a.dimension_id, max(CASE WHEN a.kind = 'pre' THEN %1 END) AS pre_key, "
                           "max(CASE WHEN a.kind = 'post' THEN %1 END) AS post_key FROM assessed s "
                           "JOIN assessments a ON a.cohort_id = s.id AND a.kind IN ('pre', 'post')")
                .arg(key))
        .add(personJoin(filter, QStringLiteral("a.participant_id")))
        .add(QStringLiteral(" GROUP BY a.cohort_id, a.participant_id, a.dimension_id), "
                            "pairs AS (SELECT l.participant_id, l.dimension_id, "
                            "CAST(l.pre_key AS INTEGER) % 8 AS pre_level, "
                            "CAST(l.post_key AS INTEGER) % 8 AS post_level FROM latest_pre_post l "
                            "JOIN enrollments e ON e.cohort_id = l.cohort_id AND "
                            "e.participant_id = l.participant_id AND e.status <> 'withdrawn' "
                            "JOIN rubric_dimensions d ON d.id = l.dimension_id AND d.retired = 0 "
                            "WHERE l.pre_key IS NOT NULL AND l.post_key IS NOT NULL)"));
    return sql;
}

std::optional<QVariantList> DashboardSql::row(const QSqlDatabase &db, const BoundSql &sql,
                                              QString *error)
{
    QSqlQuery query(db);
    if (!sql.exec(query, error))
        return std::nullopt;
    QVariantList values;
    if (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            values.append(query.value(i));
    }
    return values;
}

} // namespace Upskill
