// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "effectiveness.h"
#include "reportfigures.h"

#include <memory>

namespace Upskill {

// The dashboards' charts for the program report: <img src="figure:satisfaction"> and the
// other level keys are painted from figures computed once, as vector graphics on the page.
// Holds only figures, so it can be made on a worker thread; the charts are built when a page
// is painted.
class ChartReportFigures : public ReportFigures
{
public:
    explicit ChartReportFigures(EffectivenessFigures figures);
    static std::shared_ptr<const ReportFigures> create(const EffectivenessFigures &figures);

    QStringList keys(const QString &section) const override;
    void paint(const QString &key, QPainter *painter, const QRectF &rect) const override;

private:
    EffectivenessFigures m_figures;
};

} // namespace Upskill
