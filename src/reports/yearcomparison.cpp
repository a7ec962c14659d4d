// SPDX-License-Identifier: GPL-3.0-or-later
#include "yearcomparison.h"

#include "programsettings.h"
#include "rules.h"

#include <QHash>
#include <QSqlQuery>

namespace Upskill {

namespace {

BoundSql kindCondition(const QStringList &kinds)
{
    BoundSql sql;
    if (kinds.isEmpty())
        return sql;
    QVariantList values;
    for (const QString &kind : kinds)
        values.append(kind);
    sql.add(QStringLiteral(" AND kind IN (%1)").arg(BoundSql::placeholders(values.size())), values);
    return sql;
}

} // namespace

QList<int> YearComparison::yearsWithAssessments(const QSqlDatabase &db, const QStringList &kinds)
{
    QList<int> years;
    BoundSql sql;
    sql.add(QStringLiteral("SELECT DISTINCT CAST(substr(assessed_on, 1, 4) AS INTEGER) FROM "
                           "assessments WHERE 1"))
        .add(kindCondition(kinds))
        .add(QStringLiteral(" ORDER BY 1 DESC"));
    QSqlQuery query(db);
    if (!sql.exec(query, nullptr))
        return years;
    while (query.next())
        years.append(query.value(0).toInt());
    return years;
}

std::optional<YearComparisonResult> YearComparison::compute(const QSqlDatabase &db, int earlierYear,
                                                            int laterYear, const QStringList &kinds,
                                                            const PeopleFilter &filter,
                                                            QString *error)
{
    YearComparisonResult result;
    result.earlierYear = earlierYear;
    result.laterYear = laterYear;
    result.minGroupSize = ProgramSettings::load(db).minGroupSize;
    QString problem;
    const QList<SkillDimension> dimensions = GapAnalysis::activeDimensions(db, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    QHash<qint64, int> column;
    for (const SkillDimension &dimension : dimensions) {
        column.insert(dimension.id, int(result.dimensions.size()));
        result.dimensions.append({dimension, {}, {}});
    }

    const BoundSql cohort = AssessmentSql::cohortCondition(filter.cohortId);
    for (const int year : {earlierYear, laterYear}) {
        AssessmentScope scope{kinds, QDate(year, 1, 1), QDate(year, 12, 31)};
        BoundSql sql;
        sql.add(QStringLiteral("WITH "))
            .add(AssessmentSql::targetsCte())
            .add(QStringLiteral(", "))
            .add(AssessmentSql::latestCte(scope, cohort))
            .add(QStringLiteral(
                " SELECT l.dimension_id, count(*), sum(l.level), sum(l.level >= t.target), "
                "count(t.target) FROM latest l JOIN participants p ON p.id = l.participant_id "
                "LEFT JOIN targets t ON t.role = p.role AND t.dimension_id = l.dimension_id "
                "WHERE 1"));
        if (!filter.team.isEmpty())
            sql.add(QStringLiteral(" AND p.team = ?"), {filter.team});
        if (!filter.role.isEmpty())
            sql.add(QStringLiteral(" AND p.role = ?"), {filter.role});
        sql.add(QStringLiteral(" GROUP BY l.dimension_id"));
        QSqlQuery query(db);
        if (!sql.exec(query, error))
            return std::nullopt;
        while (query.next()) {
            const int dim = column.value(query.value(0).toLongLong(), -1);
            if (dim < 0)
                continue;
            YearFigures &f =
                year == earlierYear ? result.dimensions[dim].earlier : result.dimensions[dim].later;
            f.people = query.value(1).toInt();
            f.levelSum = query.value(2).toDouble();
            f.atTarget = query.value(3).toInt();
            f.withTarget = query.value(4).toInt();
        }
    }
    for (DimensionYears &d : result.dimensions) {
        d.earlier.suppressed = Rules::isSuppressed(d.earlier.people, result.minGroupSize);
        d.later.suppressed = Rules::isSuppressed(d.later.people, result.minGroupSize);
    }
    return result;
}

} // namespace Upskill
