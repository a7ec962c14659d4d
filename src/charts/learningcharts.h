// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "learningfigures.h"

#include <QCoreApplication>

namespace Upskill {

// The learning log's spend drawn as a figure: one bar per quarter of the start date, the
// quarters without spend at zero so gaps show. Undated entries have no quarter to stand in.
class LearningCharts
{
    Q_DECLARE_TR_FUNCTIONS(LearningCharts)
public:
    static DashboardFigure spendPerQuarter(const QList<QuarterSpend> &spend);
};

} // namespace Upskill
