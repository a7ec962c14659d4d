// SPDX-License-Identifier: GPL-3.0-or-later
#include "advancement.h"

#include "programsettings.h"
#include "rules.h"

#include <QHash>
#include <QSqlQuery>

namespace Upskill {

std::optional<AdvancementResult> Advancement::compute(const QSqlDatabase &db, qint64 cohortId,
                                                      QString *error)
{
    AdvancementResult result;
    result.cohortId = cohortId;
    const ProgramSettings settings = ProgramSettings::load(db);
    result.minGroupSize = settings.minGroupSize;
    result.targetLevels = settings.advancementTargetLevels;
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
        result.dimensions.append({dimension});
    }

    // The latest pre and post of each person, dimension and cohort (ties: the later entry),
    // paired within the same cohort.
    const QString latestOf =
        QStringLiteral("%1 AS (SELECT a.cohort_id, a.participant_id, a.dimension_id, a.level, "
                       "max((julianday(a.assessed_on) - 2400000.5) * 1e10 + a.id) AS recency "
                       "FROM assessments a WHERE a.kind = '%1' AND a.cohort_id %2 "
                       "GROUP BY a.cohort_id, a.participant_id, a.dimension_id)");
    const QString cohortTest = cohortId > 0 ? QStringLiteral("= ?") : QStringLiteral("IS NOT NULL");
    const QVariantList cohortValue = cohortId > 0 ? QVariantList{cohortId} : QVariantList{};
    BoundSql sql;
    sql.add(QStringLiteral("WITH "))
        .add(latestOf.arg(QStringLiteral("pre"), cohortTest), cohortValue)
        .add(QStringLiteral(", "))
        .add(latestOf.arg(QStringLiteral("post"), cohortTest), cohortValue)
        .add(QStringLiteral(
            ", pairs AS (SELECT pre.participant_id, pre.dimension_id, pre.level AS pre_level, "
            "post.level AS post_level FROM pre JOIN post ON post.cohort_id = pre.cohort_id AND "
            "post.participant_id = pre.participant_id AND post.dimension_id = pre.dimension_id "
            "JOIN enrollments e ON e.cohort_id = pre.cohort_id AND e.participant_id = "
            "pre.participant_id AND e.status <> 'withdrawn') "
            "SELECT dimension_id, count(DISTINCT participant_id), count(*), sum(pre_level), "
            "sum(post_level) FROM pairs GROUP BY dimension_id UNION ALL SELECT NULL, "
            "count(DISTINCT participant_id), 0, 0, 0 "
            "FROM pairs UNION ALL SELECT -1, count(DISTINCT pre.participant_id), 0, 0, 0 FROM pre "
            "JOIN enrollments e ON e.cohort_id = pre.cohort_id AND e.participant_id = "
            "pre.participant_id AND e.status <> 'withdrawn' WHERE NOT EXISTS (SELECT 1 FROM "
            "post WHERE post.cohort_id = pre.cohort_id AND post.participant_id = "
            "pre.participant_id)"));
    QSqlQuery query(db);
    if (!sql.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        if (query.value(0).isNull()) {
            result.people = query.value(1).toInt();
            continue;
        }
        if (query.value(0).toLongLong() == -1) {
            result.awaitingPost = query.value(1).toInt();
            continue;
        }
        const int dim = column.value(query.value(0).toLongLong(), -1);
        if (dim < 0)
            continue; // a retired dimension
        DimensionAdvancement &d = result.dimensions[dim];
        d.people = query.value(1).toInt();
        d.pairs = query.value(2).toInt();
        d.preSum = query.value(3).toDouble();
        d.postSum = query.value(4).toDouble();
        result.pairs += d.pairs;
        result.advancementSum += d.postSum - d.preSum;
    }
    result.suppressed = Rules::isSuppressed(result.people, result.minGroupSize);
    for (DimensionAdvancement &d : result.dimensions)
        d.suppressed = result.suppressed || Rules::isSuppressed(d.people, result.minGroupSize);
    return result;
}

} // namespace Upskill
