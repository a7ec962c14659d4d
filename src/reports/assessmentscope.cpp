// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentscope.h"

#include "rules.h"
#include "sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

AssessmentScope AssessmentScope::current()
{
    return {{QStringLiteral("self"), QStringLiteral("pre"), QStringLiteral("post"),
             QStringLiteral("annual")},
            {},
            {}};
}

AssessmentScope AssessmentScope::ofKind(const QString &kind)
{
    return {{kind}, {}, {}};
}

BoundSql &BoundSql::add(const QString &sql, const QVariantList &values)
{
    m_sql += sql;
    m_values += values;
    return *this;
}

BoundSql &BoundSql::add(const BoundSql &other)
{
    return add(other.m_sql, other.m_values);
}

bool BoundSql::exec(QSqlQuery &query, QString *error) const
{
    query.setForwardOnly(true);
    if (!query.prepare(m_sql)) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return false;
    }
    for (const QVariant &value : m_values)
        query.addBindValue(value);
    if (!query.exec()) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return false;
    }
    return true;
}

QString BoundSql::placeholders(qsizetype n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

BoundSql AssessmentSql::scopeCondition(const AssessmentScope &scope)
{
    BoundSql sql;
    sql.add(QStringLiteral(" AND a.assessed_on BETWEEN ? AND ?"),
            {scope.from.isValid() ? scope.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"),
             scope.to.isValid() ? scope.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31")});
    if (!scope.kinds.isEmpty()) {
        QVariantList kinds;
        for (const QString &kind : scope.kinds)
            kinds.append(kind);
        sql.add(QStringLiteral(" AND a.kind IN (%1)").arg(BoundSql::placeholders(kinds.size())),
                kinds);
    }
    return sql;
}

QString AssessmentSql::recencyKey()
{
    // Days since 1858 times 1e10 plus the id: an exact integer in a double (below 2^53 until
    // the year 2100 even when multiplied by 8 to carry a level, see GapAnalysis).
    return QStringLiteral("((julianday(a.assessed_on) - 2400000.5) * 1e10 + a.id)");
}

BoundSql AssessmentSql::latestCte(const AssessmentScope &scope,
                                  const BoundSql &participantCondition)
{
    // SQLite gives the bare columns of a single max() aggregate from the row holding the
    // maximum. With the assessments_latest index this is one ordered scan, no sort.
    BoundSql sql;
    sql.add(QStringLiteral("latest AS (SELECT a.participant_id, a.dimension_id, a.level, "
                           "max(%1) AS recency FROM assessments a WHERE 1")
                .arg(recencyKey()))
        .add(scopeCondition(scope));
    if (!participantCondition.sql().isEmpty())
        sql.add(QStringLiteral(" AND a.participant_id ")).add(participantCondition);
    sql.add(QStringLiteral(" GROUP BY a.participant_id, a.dimension_id)"));
    return sql;
}

BoundSql AssessmentSql::targetsCte()
{
    BoundSql sql;
    sql.add(QStringLiteral(
                "targets AS MATERIALIZED (SELECT r.role AS role, d.id AS dimension_id, "
                "coalesce(rt.required_level, ot.required_level) AS target, "
                "coalesce(rt.criticality, ot.criticality) AS criticality, "
                "CASE coalesce(rt.criticality, ot.criticality) WHEN 'blocking' THEN ? "
                "WHEN 'important' THEN ? ELSE ? END AS weight "
                "FROM (SELECT DISTINCT role FROM participants) r CROSS JOIN rubric_dimensions d "
                "LEFT JOIN role_targets rt ON rt.role = r.role AND rt.dimension_id = d.id "
                "LEFT JOIN role_targets ot ON ot.role = 'organisation' AND ot.dimension_id = d.id "
                "WHERE d.retired = 0)"),
            {Rules::criticalityWeight(QStringLiteral("blocking")),
             Rules::criticalityWeight(QStringLiteral("important")),
             Rules::criticalityWeight(QStringLiteral("nice_to_have"))});
    return sql;
}

BoundSql AssessmentSql::cohortCondition(qint64 cohortId)
{
    BoundSql sql;
    if (cohortId > 0)
        sql.add(QStringLiteral("IN (SELECT participant_id FROM enrollments WHERE cohort_id = ? "
                               "AND status <> 'withdrawn')"),
                {cohortId});
    return sql;
}

} // namespace Upskill
