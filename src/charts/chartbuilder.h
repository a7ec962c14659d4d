// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

class QChart;

namespace Upskill {

// A named row of values over the chart's categories; a missing value (no data, or withheld)
// leaves a gap instead of drawing a zero.
struct ChartSeries
{
    QString name;
    QList<std::optional<double>> values;
    bool emphasised = false; // a thicker line: the total beside the groups
};

// The value axis: its title says what and in which unit.
struct ValueAxis
{
    QString title;
    std::optional<double> min; // none: from the data (and 0 for bars)
    std::optional<double> max;
    QString format = QStringLiteral("%.0f"); // printf format of the labels
    int decimals = 0;                        // of the values written on bars
};

// The few chart shapes the dashboards use, styled for the screen or the page. Charts hold no
// figures of their own: everything comes in through the arguments.
class ChartBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ChartBuilder)
public:
    // Grouped bars per category, with each bar's value written on it. Horizontal bars suit
    // long category names (cohorts): the names then read in full down the left.
    static QChart *bars(const ChartStyle &style, const QStringList &categories,
                        const QList<ChartSeries> &series, const ValueAxis &axis,
                        const QString &categoryTitle = {},
                        Qt::Orientation orientation = Qt::Vertical);
    // Lines over categories (in time order); a gap in a series breaks its line.
    static QChart *lines(const ChartStyle &style, const QStringList &categories,
                         const QList<ChartSeries> &series, const ValueAxis &axis,
                         const QString &categoryTitle = {});
    // Bars with a line over them on the same axis (hours per quarter and the running total).
    // The non-empty parts joined with " · ": the scope and a headline for a subtitle.
    static QString joined(const QStringList &parts);
    // "Withheld to protect individuals: A, B." for a subtitle; empty without names.
    static QString withheldNote(const QStringList &names, int minGroupSize);
    static QChart *barsWithLine(const ChartStyle &style, const QStringList &categories,
                                const ChartSeries &bars, const ChartSeries &line,
                                const ValueAxis &axis, const QString &categoryTitle = {});
};

} // namespace Upskill
