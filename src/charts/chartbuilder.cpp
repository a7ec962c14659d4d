// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

namespace Upskill {

namespace {

struct Range
{
    double min = 0;
    double max = 0;
};

Range dataRange(const QList<ChartSeries> &series, bool fromZero)
{
    bool any = false;
    Range range;
    for (const ChartSeries &s : series) {
        for (const auto &value : s.values) {
            if (!value)
                continue;
            range.min = any ? std::min(range.min, *value) : *value;
            range.max = any ? std::max(range.max, *value) : *value;
            any = true;
        }
    }
    if (!any)
        return {0, 1};
    if (fromZero) {
        range.min = std::min(0.0, range.min);
        range.max = std::max(0.0, range.max);
    }
    if (range.max - range.min < 1e-9)
        range.max = range.min + 1;
    return range;
}

QValueAxis *valueAxis(const ValueAxis &spec, const Range &data)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(spec.title);
    axis->setLabelFormat(spec.format);
    const double min = spec.min.value_or(data.min);
    // A little headroom over the highest bar for its label.
    const double max = spec.max.value_or(data.max + 0.12 * (data.max - min));
    axis->setRange(min, max);
    axis->applyNiceNumbers();
    if (spec.min)
        axis->setMin(*spec.min);
    if (spec.max)
        axis->setMax(*spec.max);
    return axis;
}

QBarCategoryAxis *categoryAxis(const QStringList &categories, const QString &title)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setTitleText(title);
    // Many long names (cohorts) do not fit side by side.
    if (categories.size() > 6)
        axis->setLabelsAngle(-35);
    return axis;
}

void addLine(QChart *chart, const ChartSeries &series, const QColor &colour, qreal width,
             QAbstractAxis *x, QAbstractAxis *y)
{
    // One QLineSeries per unbroken run, so a missing month is a gap, not a dip to zero;
    // dots mark every value so a lone point still shows.
    QLineSeries *first = nullptr;
    QLineSeries *current = nullptr;
    auto *dots = new QScatterSeries;
    dots->setColor(colour);
    dots->setBorderColor(colour);
    dots->setMarkerSize(width * 2.6);
    for (int i = 0; i < series.values.size(); ++i) {
        const auto &value = series.values.at(i);
        if (!value) {
            current = nullptr;
            continue;
        }
        dots->append(i, *value);
        if (!current) {
            current = new QLineSeries;
            current->setName(series.name);
            QPen pen(colour, width);
            pen.setCapStyle(Qt::RoundCap);
            current->setPen(pen);
            chart->addSeries(current);
            current->attachAxis(x);
            current->attachAxis(y);
            if (!first)
                first = current;
            else
                chart->legend()->markers(current).first()->setVisible(false);
        }
        current->append(i, *value);
    }
    chart->addSeries(dots);
    dots->attachAxis(x);
    dots->attachAxis(y);
    chart->legend()->markers(dots).first()->setVisible(false);
    if (!first) {
        // No value at all: the name still belongs in the legend.
        first = new QLineSeries;
        first->setName(series.name);
        first->setPen(QPen(colour, width));
        chart->addSeries(first);
        first->attachAxis(x);
        first->attachAxis(y);
    }
}

} // namespace

QChart *ChartBuilder::bars(const ChartStyle &style, const QStringList &categories,
                           const QList<ChartSeries> &series, const ValueAxis &axisSpec,
                           const QString &categoryTitle, Qt::Orientation orientation)
{
    const bool horizontal = orientation == Qt::Horizontal;
    auto *chart = new QChart;
    QAbstractBarSeries *bars = horizontal
                                   ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                   : static_cast<QAbstractBarSeries *>(new QBarSeries);
    const double unit = std::pow(10.0, axisSpec.decimals);
    for (int i = 0; i < series.size(); ++i) {
        auto *set = new QBarSet(series.at(i).name);
        // Rounded as the labels should read: 4.4, not 4.38; 40,500, not 4.05e+04.
        for (const auto &value : series.at(i).values)
            set->append(value ? std::round(*value * unit) / unit : 0);
        set->setColor(style.series(i));
        set->setBorderColor(style.series(i));
        set->setLabelColor(style.text());
        set->setLabelFont(style.smallFont());
        bars->append(set);
    }
    bars->setLabelsVisible(true);
    bars->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    bars->setLabelsPrecision(12);
    chart->addSeries(bars);
    auto *x = categoryAxis(categories, categoryTitle);
    auto *y = valueAxis(axisSpec, dataRange(series, true));
    if (horizontal)
        x->setLabelsAngle(0);
    chart->addAxis(x, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(y, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->setVisible(series.size() > 1);
    style.apply(chart);
    return chart;
}

QChart *ChartBuilder::lines(const ChartStyle &style, const QStringList &categories,
                            const QList<ChartSeries> &series, const ValueAxis &axisSpec,
                            const QString &categoryTitle)
{
    auto *chart = new QChart;
    auto *x = categoryAxis(categories, categoryTitle);
    auto *y = valueAxis(axisSpec, dataRange(series, false));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    int colour = 0;
    for (const ChartSeries &s : series) {
        const QColor c = s.emphasised ? style.text() : style.series(colour++);
        addLine(chart, s, c, (s.emphasised ? 4.5 : 2.5) * style.scale(), x, y);
    }
    chart->legend()->setVisible(series.size() > 1);
    style.apply(chart);
    // Many lines (one per cohort) list their names down the side, where long names fit.
    if (series.size() > 4)
        chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QString ChartBuilder::joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(QStringLiteral(" · "));
}

QString ChartBuilder::withheldNote(const QStringList &names, int minGroupSize)
{
    if (names.isEmpty())
        return {};
    return tr("Withheld to protect individuals (under %1 people, or recoverable from the "
              "total): %2.")
        .arg(minGroupSize)
        .arg(QLocale().createSeparatedList(names));
}

QChart *ChartBuilder::barsWithLine(const ChartStyle &style, const QStringList &categories,
                                   const ChartSeries &barSeries, const ChartSeries &line,
                                   const ValueAxis &axisSpec, const QString &categoryTitle)
{
    QChart *chart = bars(style, categories, {barSeries}, axisSpec, categoryTitle);
    QAbstractAxis *x = chart->axes(Qt::Horizontal).first();
    auto *y = static_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
    const Range range = dataRange({barSeries, line}, true);
    if (!axisSpec.max && range.max * 1.12 > y->max()) {
        y->setMax(range.max * 1.12);
        y->applyNiceNumbers();
    }
    addLine(chart, line, style.series(1), 3 * style.scale(), x, y);
    chart->legend()->setVisible(true);
    style.apply(chart);
    return chart;
}

} // namespace Upskill
