// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviourfigures.h"
#include "dashboardfigure.h"

#include <QCoreApplication>

namespace Upskill {

// Level 3: what people did differently in the six months after completing.
class BehaviourCharts
{
    Q_DECLARE_TR_FUNCTIONS(BehaviourCharts)
public:
    // One measure by cohort, months 1–6, with all cohorts together as a thicker line.
    static DashboardFigure byCohort(const BehaviourFigures &figures, BehaviourMeasure measure,
                                    const QString &scope);
    // Experiments and AI-related commits per person, all cohorts in the selection together.
    static DashboardFigure activity(const BehaviourFigures &figures, const QString &scope);
    static QString emptyText();
    static QString axisTitle(BehaviourMeasure measure);
};

} // namespace Upskill
