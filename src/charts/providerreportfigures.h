// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerevaluation.h"
#include "reportfigures.h"

#include <memory>

namespace Upskill {

// The providers' charts for the provider report: <img src="figure:providers-scores"> and
// "figure:providers-totals" are painted from the evaluation as vector graphics on the page.
// Holds only figures, so it can be made on a worker thread; the charts are built when a page
// is painted.
class ProviderReportFigures : public ReportFigures
{
public:
    explicit ProviderReportFigures(ProviderEvaluationResult result);
    static std::shared_ptr<const ReportFigures> create(const ProviderEvaluationResult &result);

    // "comparison": the scores per criterion and the totals.
    QStringList keys(const QString &section) const override;
    void paint(const QString &key, QPainter *painter, const QRectF &rect) const override;

private:
    ProviderEvaluationResult m_result;
};

} // namespace Upskill
