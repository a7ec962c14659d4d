// SPDX-License-Identifier: GPL-3.0-or-later
#include "gapanalysis.h"

#include "programsettings.h"
#include "rules.h"
#include "vocabulary.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Upskill {

namespace {

// The CTEs every gap query starts from, ending in `wide`: one row per person with a current
// assessment (participant_id, team, role) and, for each dimension i, their level l<i>, target
// t<i> and criticality weight w<i> (NULL where missing). One ordered scan of the
// assessments_latest index yields a row per person; joining and grouping those handles five
// times fewer rows than one per person and dimension, and counts each group's people for free.
BoundSql wideCte(const GapOptions &options, const QList<SkillDimension> &dimensions,
                 const BoundSql &participantCondition)
{
    QVariantList ids;
    QStringList targetColumns;
    QStringList levelColumns;
    QStringList wideColumns;
    for (int i = 0; i < dimensions.size(); ++i) {
        ids.append(dimensions.at(i).id);
        targetColumns.append(QStringLiteral("max(CASE WHEN t.dimension_id = ? THEN t.target END) "
                                            "AS t%1, max(CASE WHEN t.dimension_id = ? THEN "
                                            "t.weight END) AS w%1")
                                 .arg(i));
        // The latest level per dimension in the same pass that groups by person: the level
        // rides in the lowest three bits of the recency key, so max() of the key carries the
        // level of the latest assessment with it.
        levelColumns.append(QStringLiteral("CAST(max(CASE WHEN a.dimension_id = ? THEN %1 * 8 + "
                                           "a.level END) AS INTEGER) % 8 AS l%2")
                                .arg(AssessmentSql::recencyKey())
                                .arg(i));
        wideColumns.append(QStringLiteral("pp.l%1, w.t%1, w.w%1").arg(i));
    }
    QVariantList targetIds;
    for (const QVariant &id : ids)
        targetIds << id << id;

    BoundSql sql;
    sql.add(QStringLiteral("WITH "))
        .add(AssessmentSql::targetsCte())
        .add(QStringLiteral(", targets_wide AS MATERIALIZED (SELECT t.role, %1 FROM targets t "
                            "GROUP BY t.role), ")
                 .arg(targetColumns.join(QStringLiteral(", "))),
             targetIds)
        .add(QStringLiteral("person AS (SELECT a.participant_id, %1 FROM assessments a WHERE 1")
                 .arg(levelColumns.join(QStringLiteral(", "))),
             ids)
        .add(AssessmentSql::scopeCondition(options.scope));
    if (!participantCondition.sql().isEmpty())
        sql.add(QStringLiteral(" AND a.participant_id ")).add(participantCondition);
    sql.add(QStringLiteral(" GROUP BY a.participant_id), wide AS (SELECT pp.participant_id, "
                           "p.team, p.role, %1 FROM person pp JOIN participants p ON p.id = "
                           "pp.participant_id JOIN targets_wide w ON w.role = p.role WHERE 1")
                .arg(wideColumns.join(QStringLiteral(", "))));
    if (!options.filter.team.isEmpty())
        sql.add(QStringLiteral(" AND p.team = ?"), {options.filter.team});
    if (!options.filter.role.isEmpty())
        sql.add(QStringLiteral(" AND p.role = ?"), {options.filter.role});
    sql.add(QStringLiteral(") "));
    return sql;
}

// The aggregate columns over `wide`: the distinct people with a gap in any dimension, then six
// figures per dimension (see figuresFrom). NULLs drop out of every sum and count.
QString figureColumns(qsizetype dimensionCount)
{
    QStringList anyGap;
    QStringList columns;
    for (qsizetype i = 0; i < dimensionCount; ++i) {
        anyGap.append(QStringLiteral("t%1 - l%1 IS NOT NULL").arg(i));
        columns.append(QStringLiteral("count(t%1 - l%1), sum(t%1 - l%1), sum(max(t%1 - l%1, 0)), "
                                      "sum(t%1 > l%1), sum(max(t%1 - l%1, 0) * w%1), "
                                      "sum(CASE WHEN t%1 IS NOT NULL THEN l%1 END)")
                           .arg(i));
    }
    return QStringLiteral("count(CASE WHEN %1 THEN 1 END), %2")
        .arg(anyGap.join(QStringLiteral(" OR ")), columns.join(QStringLiteral(", ")));
}

constexpr int FiguresPerDimension = 6;

GapFigures figuresFrom(const QSqlQuery &query, int first)
{
    GapFigures f;
    f.people = query.value(first).toInt();
    f.gapSum = query.value(first + 1).toDouble();
    f.shortfallSum = query.value(first + 2).toDouble();
    f.below = query.value(first + 3).toInt();
    f.weightedShortfallSum = query.value(first + 4).toDouble();
    f.levelSum = query.value(first + 5).toDouble();
    return f;
}

// Ranks the unsuppressed dimensions by a figure, best first, ties by rubric order.
template <typename Key> QList<int> rankBy(const QList<DimensionGap> &totals, Key key)
{
    QList<int> order;
    for (int i = 0; i < totals.size(); ++i) {
        if (!totals.at(i).figures.suppressed && totals.at(i).figures.people > 0)
            order.append(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return key(totals.at(a)) > key(totals.at(b)); });
    return order;
}

} // namespace

void GapFigures::add(const GapFigures &other)
{
    people += other.people;
    gapSum += other.gapSum;
    shortfallSum += other.shortfallSum;
    below += other.below;
    weightedShortfallSum += other.weightedShortfallSum;
    levelSum += other.levelSum;
}

QList<int> GapAnalysisResult::largest() const
{
    return rankBy(totals, [](const DimensionGap &d) { return d.figures.averageShortfall(); });
}

QList<int> GapAnalysisResult::mostCommon() const
{
    return rankBy(totals, [](const DimensionGap &d) { return double(d.figures.below); });
}

QList<int> GapAnalysisResult::mostCritical() const
{
    return rankBy(totals, [](const DimensionGap &d) { return d.figures.criticalScore(); });
}

QList<int> GapAnalysisResult::priority() const
{
    QList<int> order;
    for (int i = 0; i < totals.size(); ++i) {
        if (totals.at(i).priorityRank > 0)
            order.append(i);
    }
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return totals.at(a).priorityRank < totals.at(b).priorityRank; });
    return order;
}

QString GapAnalysis::groupingName(GapGrouping grouping)
{
    switch (grouping) {
    case GapGrouping::Person:
        return tr("Person");
    case GapGrouping::Role:
        return tr("Role");
    case GapGrouping::Team:
        return tr("Team");
    case GapGrouping::Cohort:
        return tr("Cohort");
    }
    return {};
}

QList<SkillDimension> GapAnalysis::activeDimensions(const QSqlDatabase &db, QString *error)
{
    QList<SkillDimension> dimensions;
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral("SELECT id, name FROM rubric_dimensions WHERE retired = 0 "
                                 "ORDER BY position, id"))
             .exec(query, error))
        return {};
    while (query.next())
        dimensions.append({query.value(0).toLongLong(), query.value(1).toString()});
    return dimensions;
}

std::optional<GapAnalysisResult> GapAnalysis::compute(const QSqlDatabase &db,
                                                      const GapOptions &options, QString *error)
{
    GapAnalysisResult result;
    result.grouping = options.grouping;
    result.minGroupSize = ProgramSettings::load(db).minGroupSize;
    QString problem;
    result.dimensions = activeDimensions(db, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    QHash<qint64, int> column;
    for (int i = 0; i < result.dimensions.size(); ++i) {
        column.insert(result.dimensions.at(i).id, i);
        result.totals.append({result.dimensions.at(i), {}, {}});
    }

    if (result.dimensions.isEmpty())
        return result;

    // One query: a row per group (none for the per-person view) and, where people can be in
    // more than one group, a row with group NULL for everyone counted once.
    const bool partition =
        options.grouping == GapGrouping::Role || options.grouping == GapGrouping::Team;
    const QString figures = figureColumns(result.dimensions.size());
    BoundSql sql = wideCte(options, result.dimensions,
                           AssessmentSql::cohortCondition(options.filter.cohortId));
    switch (options.grouping) {
    case GapGrouping::Role:
        sql.add(QStringLiteral("SELECT role, role, %1 FROM wide GROUP BY role").arg(figures));
        break;
    case GapGrouping::Team:
        sql.add(QStringLiteral("SELECT team, team, %1 FROM wide GROUP BY team").arg(figures));
        break;
    case GapGrouping::Cohort:
        sql.add(QStringLiteral("SELECT c.id, c.name, %1 FROM wide JOIN enrollments e ON "
                               "e.participant_id = wide.participant_id AND e.status <> "
                               "'withdrawn' JOIN cohorts c ON c.id = e.cohort_id")
                    .arg(figures));
        if (options.filter.cohortId > 0)
            sql.add(QStringLiteral(" AND c.id = ?"), {options.filter.cohortId});
        sql.add(QStringLiteral(" GROUP BY c.id UNION ALL "));
        break;
    case GapGrouping::Person:
        break;
    }
    if (!partition)
        sql.add(QStringLiteral("SELECT NULL, NULL, %1 FROM wide").arg(figures));
    sql.add(QStringLiteral(" ORDER BY 2"));

    QSqlQuery query(db);
    if (!sql.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        const bool everyone = query.value(0).isNull();
        GapGroup group;
        if (!everyone) {
            group.key = query.value(0).toString();
            group.id = options.grouping == GapGrouping::Cohort ? query.value(0).toLongLong() : 0;
            group.label = query.value(1).toString();
            if (options.grouping == GapGrouping::Role)
                group.label = Vocabulary::label(Term::Role, group.key);
            else if (group.label.isEmpty())
                group.label = tr("(no team)");
            group.people = query.value(2).toInt();
            if (group.people == 0)
                continue; // assessed only where no target applies
        }
        if (everyone || partition)
            result.peopleAssessed += query.value(2).toInt();
        for (int dim = 0; dim < result.dimensions.size(); ++dim) {
            GapFigures cell = figuresFrom(query, 3 + dim * FiguresPerDimension);
            if (everyone || partition)
                result.totals[dim].figures.add(cell);
            cell.suppressed = Rules::isSuppressed(cell.people, result.minGroupSize);
            group.cells.append(cell);
        }
        if (!everyone)
            result.groups.append(group);
    }

    QSqlQuery query2(db);
    // Which roles' targets make a gap blocking: a handful of rows.
    if (!BoundSql()
             .add(QStringLiteral("SELECT dimension_id, role FROM role_targets WHERE criticality "
                                 "= 'blocking' ORDER BY role"))
             .exec(query2, error))
        return std::nullopt;
    while (query2.next()) {
        const int dim = column.value(query2.value(0).toLongLong(), -1);
        if (dim >= 0)
            result.totals[dim].blockingFor.append(query2.value(1).toString());
    }

    result.totalsSuppressed = Rules::isSuppressed(result.peopleAssessed, result.minGroupSize);
    for (DimensionGap &total : result.totals)
        total.figures.suppressed = result.totalsSuppressed ||
                                   Rules::isSuppressed(total.figures.people, result.minGroupSize);

    const QList<int> largest = result.largest();
    const QList<int> common = result.mostCommon();
    const QList<int> critical = result.mostCritical();
    for (int i = 0; i < largest.size(); ++i)
        result.totals[largest.at(i)].largestRank = i + 1;
    for (int i = 0; i < common.size(); ++i)
        result.totals[common.at(i)].commonRank = i + 1;
    for (int i = 0; i < critical.size(); ++i)
        result.totals[critical.at(i)].criticalRank = i + 1;

    QList<int> candidates;
    for (int i = 0; i < result.totals.size(); ++i) {
        const DimensionGap &d = result.totals.at(i);
        if (d.largestRank > 0 && d.figures.below > 0)
            candidates.append(i);
    }
    std::stable_sort(candidates.begin(), candidates.end(), [&](int a, int b) {
        const DimensionGap &x = result.totals.at(a);
        const DimensionGap &y = result.totals.at(b);
        const int sumX = x.largestRank + x.commonRank + x.criticalRank;
        const int sumY = y.largestRank + y.commonRank + y.criticalRank;
        if (sumX != sumY)
            return sumX < sumY;
        return x.figures.criticalScore() > y.figures.criticalScore();
    });
    for (int i = 0; i < candidates.size(); ++i)
        result.totals[candidates.at(i)].priorityRank = i + 1;
    return result;
}

namespace {

BoundSql personWhere(const GapOptions &options)
{
    BoundSql sql;
    sql.add(QStringLiteral(" WHERE 1"));
    if (!options.filter.team.isEmpty())
        sql.add(QStringLiteral(" AND p.team = ?"), {options.filter.team});
    if (!options.filter.role.isEmpty())
        sql.add(QStringLiteral(" AND p.role = ?"), {options.filter.role});
    if (options.filter.cohortId > 0)
        sql.add(QStringLiteral(" AND p.id IN (SELECT participant_id FROM enrollments WHERE "
                               "cohort_id = ? AND status <> 'withdrawn')"),
                {options.filter.cohortId});
    // Someone with a current assessment: one index probe per person.
    sql.add(QStringLiteral(" AND EXISTS (SELECT 1 FROM assessments a WHERE a.participant_id = "
                           "p.id AND a.assessed_on BETWEEN ? AND ?"),
            {options.scope.from.isValid() ? options.scope.from.toString(Qt::ISODate)
                                          : QStringLiteral("0000-01-01"),
             options.scope.to.isValid() ? options.scope.to.toString(Qt::ISODate)
                                        : QStringLiteral("9999-12-31")});
    if (!options.scope.kinds.isEmpty()) {
        QVariantList kinds;
        for (const QString &kind : options.scope.kinds)
            kinds.append(kind);
        sql.add(QStringLiteral(" AND a.kind IN (%1)").arg(BoundSql::placeholders(kinds.size())),
                kinds);
    }
    sql.add(QStringLiteral(")"));
    return sql;
}

} // namespace

qint64 GapAnalysis::personCount(const QSqlDatabase &db, const GapOptions &options, QString *error)
{
    BoundSql sql;
    sql.add(QStringLiteral("SELECT count(*) FROM participants p")).add(personWhere(options));
    QSqlQuery query(db);
    if (!sql.exec(query, error) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

QList<PersonGapRow> GapAnalysis::personPage(const QSqlDatabase &db, const GapOptions &options,
                                            const QList<SkillDimension> &dimensions, int offset,
                                            int limit, QString *error)
{
    QList<PersonGapRow> rows;
    BoundSql people;
    people.add(QStringLiteral("SELECT p.id, p.name, p.role, p.team FROM participants p"))
        .add(personWhere(options))
        .add(QStringLiteral(" ORDER BY p.name, p.id LIMIT ? OFFSET ?"), {limit, offset});
    QSqlQuery query(db);
    if (!people.exec(query, error))
        return {};
    QHash<qint64, int> rowOf;
    QVariantList ids;
    while (query.next()) {
        PersonGapRow row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.role = query.value(2).toString();
        row.team = query.value(3).toString();
        row.gaps.fill(PersonGapRow::kNoGap, dimensions.size());
        row.levels.fill(0, dimensions.size());
        rowOf.insert(row.id, int(rows.size()));
        ids.append(row.id);
        rows.append(row);
    }
    if (rows.isEmpty())
        return rows;
    QHash<qint64, int> column;
    for (int i = 0; i < dimensions.size(); ++i)
        column.insert(dimensions.at(i).id, i);

    BoundSql condition;
    condition.add(QStringLiteral("IN (%1)").arg(BoundSql::placeholders(ids.size())), ids);
    BoundSql sql;
    sql.add(QStringLiteral("WITH "))
        .add(AssessmentSql::targetsCte())
        .add(QStringLiteral(", "))
        .add(AssessmentSql::latestCte(options.scope, condition))
        .add(QStringLiteral(
            " SELECT l.participant_id, l.dimension_id, l.level, t.target FROM latest l "
            "JOIN participants p ON p.id = l.participant_id "
            "LEFT JOIN targets t ON t.role = p.role AND t.dimension_id = l.dimension_id"));
    if (!sql.exec(query, error))
        return {};
    while (query.next()) {
        const int row = rowOf.value(query.value(0).toLongLong(), -1);
        const int dim = column.value(query.value(1).toLongLong(), -1);
        if (row < 0 || dim < 0)
            continue;
        const int level = query.value(2).toInt();
        rows[row].levels[dim] = level;
        if (!query.value(3).isNull())
            rows[row].gaps[dim] = query.value(3).toInt() - level;
    }
    return rows;
}

} // namespace Upskill
