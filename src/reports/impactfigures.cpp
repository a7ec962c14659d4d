// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactfigures.h"

#include "dashboardsql.h"

#include <QSqlQuery>

namespace Upskill {

namespace {

constexpr int MaxEvidence = 8;

// The conditions shared by the sums and the notes: the rows of the filter's cohorts (a team's
// row without a cohort drops out as soon as the filter narrows cohorts), and of its team.
BoundSql scope(const DashboardFilter &filter)
{
    BoundSql sql;
    if (filter.narrowsCohorts())
        sql.add(QStringLiteral(" JOIN cohorts c ON c.id = i.cohort_id"))
            .add(filter.cohortCondition(QStringLiteral("c")));
    sql.add(QStringLiteral(" WHERE 1"));
    if (filter.narrowsPeople())
        sql.add(QStringLiteral(" AND i.team = ?"), {filter.team});
    return sql;
}

} // namespace

std::optional<double> ImpactQuarter::value(ImpactMeasure measure) const
{
    const int k = int(measure);
    if (counts[k] == 0)
        return std::nullopt;
    if (measure == ImpactMeasure::QualityImprovement)
        return sums[k] / counts[k];
    return sums[k];
}

std::optional<ImpactFigures> ImpactReport::compute(const QSqlDatabase &db,
                                                   const DashboardFilter &filter, QString *error)
{
    ImpactFigures f;
    BoundSql sums;
    sums.add(QStringLiteral("SELECT i.quarter_after, count(*), total(i.features_shipped), "
                            "count(i.features_shipped), total(i.hours_saved), "
                            "count(i.hours_saved), total(i.quality_improvement_pct), "
                            "count(i.quality_improvement_pct), total(i.cost_reduction), "
                            "count(i.cost_reduction), total(i.revenue_impact), "
                            "count(i.revenue_impact) FROM impact_metrics i"))
        .add(scope(filter))
        .add(QStringLiteral(" GROUP BY i.quarter_after"));
    QSqlQuery query(db);
    if (!sums.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        const int q = query.value(0).toInt() - 1;
        if (q < 0 || q >= int(f.quarters.size()))
            continue;
        ImpactQuarter &quarter = f.quarters[q];
        quarter.rows = query.value(1).toInt();
        for (int k = 0; k < int(quarter.sums.size()); ++k) {
            quarter.sums[k] = query.value(2 + 2 * k).toDouble();
            quarter.counts[k] = query.value(3 + 2 * k).toInt();
        }
        f.reports += quarter.rows;
    }

    // The notes entered last: the table has no report date, and rows are entered as the
    // quarters come in.
    BoundSql notes;
    notes
        .add(QStringLiteral("SELECT coalesce((SELECT name FROM cohorts WHERE id = i.cohort_id), "
                            "i.team), i.quarter_after, i.evidence FROM impact_metrics i"))
        .add(scope(filter))
        .add(QStringLiteral(" AND trim(i.evidence) <> '' ORDER BY i.id DESC LIMIT ?"),
             {MaxEvidence});
    if (!notes.exec(query, error))
        return std::nullopt;
    while (query.next())
        f.evidence.append(
            {query.value(0).toString(), query.value(1).toInt(), query.value(2).toString()});
    return f;
}

QString ImpactReport::measureName(ImpactMeasure measure)
{
    switch (measure) {
    case ImpactMeasure::FeaturesShipped:
        return tr("AI features shipped");
    case ImpactMeasure::HoursSaved:
        return tr("Hours saved");
    case ImpactMeasure::QualityImprovement:
        return tr("Quality improvement");
    case ImpactMeasure::CostReduction:
        return tr("Cost reduction");
    case ImpactMeasure::RevenueImpact:
        return tr("Revenue impact");
    }
    return {};
}

QString ImpactReport::unit(ImpactMeasure measure)
{
    switch (measure) {
    case ImpactMeasure::FeaturesShipped:
        return tr("features");
    case ImpactMeasure::HoursSaved:
        return tr("hours");
    case ImpactMeasure::QualityImprovement:
        return tr("%");
    case ImpactMeasure::CostReduction:
    case ImpactMeasure::RevenueImpact:
        // The file records no currency: amounts are in whatever the program reports in.
        return tr("in the program's currency");
    }
    return {};
}

} // namespace Upskill
