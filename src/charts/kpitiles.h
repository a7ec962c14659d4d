// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "kpis.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>

class QPainter;

namespace Upskill {

// The key figures as tiles: name, value, a traffic light in colour and in words (so it reads
// without colour too), the target, and how many people the figure is over.
class KpiTiles
{
    Q_DECLARE_TR_FUNCTIONS(KpiTiles)
public:
    static DashboardFigure figure(const KpiSummary &summary, const QString &scope);
    static void paint(QPainter *painter, const QRectF &rect, const KpiSummary &summary,
                      const ChartStyle &outer);
    // Where each tile is drawn in rect, for tooltips.
    static QList<QRectF> tileRects(const QRectF &rect, int count, const ChartStyle &style);
    // "On track", "Close to target", "Off track", "No data yet", "Withheld".
    static QString standingText(const Kpi &kpi);
    // "over 57 enrollments".
    static QString basisText(const Kpi &kpi);
    // What the figure is and how it is computed, for a tooltip.
    static QString explanation(const Kpi &kpi, int minGroupSize);
};

} // namespace Upskill
