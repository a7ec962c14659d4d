// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactcharts.h"

#include "chartbuilder.h"

namespace Upskill {

namespace {

QStringList quarterLabels()
{
    QStringList labels;
    for (int quarter = 1; quarter <= 4; ++quarter)
        labels.append(ImpactCharts::tr("Q%1").arg(quarter));
    return labels;
}

ChartSeries seriesOf(const ImpactFigures &f, ImpactMeasure measure, const QString &name)
{
    ChartSeries series{name, {}, false};
    for (const ImpactQuarter &quarter : f.quarters)
        series.values.append(quarter.value(measure));
    return series;
}

bool hasAny(const ChartSeries &series)
{
    return std::any_of(series.values.cbegin(), series.values.cend(),
                       [](const std::optional<double> &v) { return v.has_value(); });
}

DashboardFigure start(const char *key, const QString &title, const ImpactFigures &f,
                      const QString &scope)
{
    DashboardFigure figure;
    figure.key = QLatin1String(key);
    figure.title = title;
    figure.subtitle = ChartBuilder::joined(
        {scope, f.reports > 0
                    ? ImpactCharts::tr("from %n report(s) by cohorts and teams", nullptr, f.reports)
                    : QString()});
    if (f.isEmpty())
        figure.emptyText = ImpactCharts::emptyText();
    return figure;
}

} // namespace

QString ImpactCharts::emptyText()
{
    return tr("No business-impact reports in this selection yet. Enter them quarter by quarter "
              "after a cohort completes, on the Impact data page of this area.");
}

DashboardFigure ImpactCharts::hoursSaved(const ImpactFigures &f, const QString &scope)
{
    DashboardFigure figure = start(
        "impact-hours-saved", tr("Hours saved per quarter after completion, and in all"), f, scope);
    if (figure.isEmpty())
        return figure;
    const ChartSeries perQuarter = seriesOf(f, ImpactMeasure::HoursSaved, tr("Hours saved"));
    ChartSeries total{tr("Running total"), {}, false};
    double sum = 0;
    for (const auto &value : perQuarter.values) {
        sum += value.value_or(0);
        total.values.append(value ? std::optional<double>(sum) : std::nullopt);
    }
    if (!hasAny(perQuarter)) {
        figure.emptyText = tr("The impact reports in this selection give no hours saved.");
        return figure;
    }
    figure.makeChart = [perQuarter, total](const ChartStyle &style) {
        return ChartBuilder::barsWithLine(style, quarterLabels(), perQuarter, total,
                                          {tr("Hours"), 0, std::nullopt, QStringLiteral("%.0f")},
                                          tr("Quarter after completion"));
    };
    return figure;
}

DashboardFigure ImpactCharts::featuresShipped(const ImpactFigures &f, const QString &scope)
{
    DashboardFigure figure =
        start("impact-features", tr("AI features shipped per quarter after completion"), f, scope);
    if (figure.isEmpty())
        return figure;
    const ChartSeries series =
        seriesOf(f, ImpactMeasure::FeaturesShipped, tr("AI features shipped"));
    if (!hasAny(series)) {
        figure.emptyText = tr("The impact reports in this selection give no features shipped.");
        return figure;
    }
    figure.makeChart = [series](const ChartStyle &style) {
        return ChartBuilder::bars(style, quarterLabels(), {series},
                                  {tr("Features"), 0, std::nullopt, QStringLiteral("%.0f")},
                                  tr("Quarter after completion"));
    };
    return figure;
}

DashboardFigure ImpactCharts::money(const ImpactFigures &f, const QString &scope)
{
    DashboardFigure figure =
        start("impact-money", tr("Cost reduction and revenue impact per quarter after completion"),
              f, scope);
    if (figure.isEmpty())
        return figure;
    const QList<ChartSeries> series = {
        seriesOf(f, ImpactMeasure::CostReduction, tr("Cost reduction")),
        seriesOf(f, ImpactMeasure::RevenueImpact, tr("Revenue impact"))};
    if (!hasAny(series.at(0)) && !hasAny(series.at(1))) {
        figure.emptyText =
            tr("The impact reports in this selection give no cost or revenue figures.");
        return figure;
    }
    figure.makeChart = [series](const ChartStyle &style) {
        return ChartBuilder::bars(
            style, quarterLabels(), series,
            {tr("Amount (program currency)"), 0, std::nullopt, QStringLiteral("%.0f")},
            tr("Quarter after completion"));
    };
    return figure;
}

DashboardFigure ImpactCharts::quality(const ImpactFigures &f, const QString &scope)
{
    DashboardFigure figure =
        start("impact-quality", tr("Quality improvement per quarter after completion (average %)"),
              f, scope);
    if (figure.isEmpty())
        return figure;
    const ChartSeries series =
        seriesOf(f, ImpactMeasure::QualityImprovement, tr("Quality improvement"));
    if (!hasAny(series)) {
        figure.emptyText = tr("The impact reports in this selection give no quality figures.");
        return figure;
    }
    figure.makeChart = [series](const ChartStyle &style) {
        return ChartBuilder::bars(
            style, quarterLabels(), {series},
            {tr("Improvement (%)"), std::nullopt, std::nullopt, QStringLiteral("%.0f"), 1},
            tr("Quarter after completion"));
    };
    return figure;
}

} // namespace Upskill
