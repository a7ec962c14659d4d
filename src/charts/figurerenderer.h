// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

class QMimeData;

namespace Upskill {

// Draws a dashboard figure anywhere a QPainter goes: an image, an SVG, a PDF page, the
// clipboard. Charts are laid out at a fixed logical width and scaled, so text keeps its size
// relative to the picture on every device. Needs a QApplication (Qt Charts is widgets).
class FigureRenderer
{
    Q_DECLARE_TR_FUNCTIONS(FigureRenderer)
public:
    // The logical width figures are laid out at when drawn on a page or an image.
    static constexpr qreal LogicalWidth = 960;
    static constexpr QSize DefaultImageSize{1600, 900};

    // Title, subtitle and body into rect, in the painter's own units (a window's pixels).
    static void render(const DashboardFigure &figure, QPainter *painter, const QRectF &rect,
                       const ChartStyle &style, bool withHeader = true);
    // The same, laid out at LogicalWidth and scaled into rect (pages and images).
    static void renderScaled(const DashboardFigure &figure, QPainter *painter, const QRectF &rect,
                             const ChartStyle &style);
    // The body only: the chart, the painted panel or the empty-state text.
    static void renderBody(const DashboardFigure &figure, QPainter *painter, const QRectF &rect,
                           const ChartStyle &style);

    static QImage image(const DashboardFigure &figure, const QSize &size, const ChartStyle &style);
    // Writes PNG or SVG, chosen by the path's suffix, through QSaveFile: a failed write
    // leaves any earlier file as it was.
    static bool save(const DashboardFigure &figure, const QString &path, const QSize &size,
                     QString *error);
    // PNG and SVG of the figure for the clipboard.
    static QMimeData *mimeData(const DashboardFigure &figure, const QSize &size);
    static QByteArray svg(const DashboardFigure &figure, const QSize &size);
};

} // namespace Upskill
