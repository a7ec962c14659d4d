// SPDX-License-Identifier: GPL-3.0-or-later
#include "providercharts.h"

#include "chartbuilder.h"

#include <QChart>
#include <QLegend>

#include <algorithm>

namespace Upskill {

namespace {

QString emptyText(const ProviderEvaluationResult &result)
{
    if (result.providers.isEmpty())
        return ProviderCharts::tr("No providers yet. Add them on the Providers page and score "
                                  "each on its Scorecard.");
    if (result.criteria.isEmpty())
        return ProviderCharts::tr("The scorecard has no criteria. Add them on the Criteria page.");
    return {};
}

QString leftOutNote(const ProviderEvaluationResult &result)
{
    const int shown = std::min<int>(int(result.providers.size()), ProviderCharts::MaxProviders);
    if (shown == result.providers.size())
        return {};
    return ProviderCharts::tr("The %1 best ranked of %2 providers.")
        .arg(shown)
        .arg(result.providers.size());
}

} // namespace

QString ProviderCharts::providerLabel(const ProviderResult &provider)
{
    return provider.disqualified ? tr("%1 (disqualified)").arg(provider.name) : provider.name;
}

DashboardFigure ProviderCharts::scores(const ProviderEvaluationResult &result)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("providers-scores");
    figure.title = tr("Scores per criterion (0–5)");
    figure.emptyText = emptyText(result);
    if (figure.isEmpty())
        return figure;
    // Horizontal bars run bottom to top: reversed, the first criterion reads at the top. The
    // weights are in the table beside the chart; here they would only cut the names short.
    QStringList categories;
    for (auto it = result.criteria.crbegin(); it != result.criteria.crend(); ++it)
        categories.append(it->name);
    QList<ChartSeries> series;
    const int shown = std::min<int>(int(result.providers.size()), MaxProviders);
    // The best ranked nearest the criterion's name, which is the top bar of each group.
    for (int i = shown - 1; i >= 0; --i) {
        const ProviderResult &p = result.providers.at(i);
        // Plain names: the legend has little room, and the totals chart marks who is
        // disqualified.
        ChartSeries s{p.name, {}, false};
        for (auto it = p.scores.crbegin(); it != p.scores.crend(); ++it)
            s.values.append(*it ? std::optional<double>(**it) : std::nullopt);
        series.append(s);
    }
    figure.subtitle = ChartBuilder::joined(
        {tr("Best ranked on top of each group; a criterion not scored shows no bar"),
         leftOutNote(result)});
    figure.makeChart = [categories, series](const ChartStyle &style) {
        QChart *chart = ChartBuilder::bars(style, categories, series,
                                           {tr("Score (0–5)"), 0, 5, QStringLiteral("%.0f"), 0},
                                           QString(), Qt::Horizontal);
        // The series run from the worst to the best ranked; the legend reads best first.
        chart->legend()->setReverseMarkers(true);
        return chart;
    };
    return figure;
}

DashboardFigure ProviderCharts::totals(const ProviderEvaluationResult &result)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("providers-totals");
    figure.title = tr("Weighted total per provider (0–5)");
    figure.emptyText = emptyText(result);
    if (figure.isEmpty())
        return figure;
    if (!result.hasTotals()) {
        figure.emptyText = tr("Every criterion has a weight of 0, so there are no totals. Give "
                              "the criteria that matter a weight on the Criteria page.");
        return figure;
    }
    QStringList categories;
    ChartSeries totals{tr("Weighted total"), {}, false};
    const int shown = std::min<int>(int(result.providers.size()), MaxProviders);
    for (int i = shown - 1; i >= 0; --i) {
        const ProviderResult &p = result.providers.at(i);
        categories.append(p.rank > 0 ? tr("%1. %2").arg(p.rank).arg(providerLabel(p))
                                     : providerLabel(p));
        totals.values.append(p.total);
    }
    figure.subtitle = ChartBuilder::joined(
        {tr("Σ weight × score ÷ Σ weight; a criterion not scored counts 0"), leftOutNote(result)});
    figure.makeChart = [categories, totals](const ChartStyle &style) {
        return ChartBuilder::bars(style, categories, {totals},
                                  {tr("Weighted total (0–5)"), 0, 5, QStringLiteral("%.0f"), 1},
                                  QString(), Qt::Horizontal);
    };
    return figure;
}

QList<DashboardFigure> ProviderCharts::figures(const ProviderEvaluationResult &result)
{
    return {scores(result), totals(result)};
}

} // namespace Upskill
