// SPDX-License-Identifier: GPL-3.0-or-later
#include "learningcharts.h"

#include "chartbuilder.h"

#include <QLocale>

namespace Upskill {

DashboardFigure LearningCharts::spendPerQuarter(const QList<QuarterSpend> &spend)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("learning-spend");
    figure.title = tr("External learning spend per quarter (program currency)");
    QStringList quarters;
    ChartSeries series{tr("Spend"), {}};
    double total = 0;
    int undated = 0;
    for (const QuarterSpend &q : spend) {
        if (q.quarter.isEmpty()) {
            undated = q.entries;
            continue;
        }
        quarters.append(q.quarter);
        series.values.append(q.total);
        total += q.total;
    }
    QStringList subtitle{
        tr("%1 in total, by the quarter each started in").arg(QLocale().toString(total, 'f', 0))};
    if (undated > 0)
        subtitle.append(tr("%n entry(s) without a start date not shown", nullptr, undated));
    figure.subtitle = ChartBuilder::joined(subtitle);
    if (quarters.isEmpty()) {
        figure.emptyText = tr("No spend to show yet. Record courses, conferences and "
                              "certifications with their start date and cost in the learning "
                              "log.");
        return figure;
    }
    figure.makeChart = [quarters, series](const ChartStyle &style) {
        return ChartBuilder::bars(style, quarters, {series},
                                  {tr("Spend"), 0, std::nullopt, QStringLiteral("%.0f")},
                                  tr("Quarter"));
    };
    return figure;
}

} // namespace Upskill
