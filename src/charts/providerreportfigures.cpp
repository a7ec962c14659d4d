// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerreportfigures.h"

#include "figurerenderer.h"
#include "providercharts.h"

namespace Upskill {

ProviderReportFigures::ProviderReportFigures(ProviderEvaluationResult result)
    : m_result(std::move(result))
{}

std::shared_ptr<const ReportFigures>
ProviderReportFigures::create(const ProviderEvaluationResult &result)
{
    return std::make_shared<ProviderReportFigures>(result);
}

QStringList ProviderReportFigures::keys(const QString &section) const
{
    if (section != QLatin1String("comparison"))
        return {};
    QStringList keys;
    for (const DashboardFigure &figure : ProviderCharts::figures(m_result)) {
        if (!figure.isEmpty())
            keys.append(figure.key);
    }
    return keys;
}

void ProviderReportFigures::paint(const QString &key, QPainter *painter, const QRectF &rect) const
{
    for (const DashboardFigure &figure : ProviderCharts::figures(m_result)) {
        if (figure.key == key) {
            FigureRenderer::renderScaled(figure, painter, rect, ChartStyle::print());
            return;
        }
    }
}

} // namespace Upskill
