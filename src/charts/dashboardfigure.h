// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chartstyle.h"

#include <QRectF>
#include <QString>

#include <functional>

class QChart;
class QPainter;

namespace Upskill {

// One picture of the dashboards: a chart made from figures already computed (or a painted
// panel such as the key-figure tiles), with the title that says what it shows and in which
// unit, and the scope below it. The same figure is shown in the window, in presentation
// mode, exported as PNG or SVG and drawn into the program report.
struct DashboardFigure
{
    QString key;      // names it in files and reports: "satisfaction-sessions"
    QString title;    // "Session satisfaction over time (average, 1–5)"
    QString subtitle; // the filter in words, and what was withheld
    // Not empty when there is nothing to draw: says which data is missing and where to enter
    // it. The figure then shows this text instead.
    QString emptyText;
    // Builds the chart (the caller owns it); or, for a painted figure, paint draws the body.
    std::function<QChart *(const ChartStyle &)> makeChart;
    std::function<void(QPainter *, const QRectF &, const ChartStyle &)> paint;

    // The width it is laid out at before scaling onto a page or an image; 0 for the usual.
    // A grid of several charts takes a wider canvas, so each keeps room for its labels.
    qreal logicalWidth = 0;

    bool isEmpty() const { return !emptyText.isEmpty(); }
    // A file name for saving it: "satisfaction-sessions.png".
    QString fileName(const QString &suffix) const;
};

} // namespace Upskill
