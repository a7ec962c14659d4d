// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartreportfigures.h"

#include "dashboardfigures.h"
#include "figurerenderer.h"

namespace Upskill {

ChartReportFigures::ChartReportFigures(EffectivenessFigures figures) : m_figures(std::move(figures))
{}

std::shared_ptr<const ReportFigures> ChartReportFigures::create(const EffectivenessFigures &figures)
{
    return std::make_shared<ChartReportFigures>(figures);
}

QStringList ChartReportFigures::keys(const QString &section) const
{
    QStringList keys;
    if (const auto level = DashboardFigures::parseLevel(section)) {
        const QList<DashboardFigure> figures = DashboardFigures::figures(m_figures, *level);
        for (const DashboardFigure &figure : figures)
            keys.append(figure.key);
    }
    return keys;
}

void ChartReportFigures::paint(const QString &key, QPainter *painter, const QRectF &rect) const
{
    if (const auto figure = DashboardFigures::byKey(m_figures, key))
        FigureRenderer::renderScaled(*figure, painter, rect, ChartStyle::print());
}

} // namespace Upskill
