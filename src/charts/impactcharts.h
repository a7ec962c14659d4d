// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "impactfigures.h"

#include <QCoreApplication>

namespace Upskill {

// Level 4: what changed for the business in the four quarters after completion.
class ImpactCharts
{
    Q_DECLARE_TR_FUNCTIONS(ImpactCharts)
public:
    static DashboardFigure hoursSaved(const ImpactFigures &figures, const QString &scope);
    static DashboardFigure featuresShipped(const ImpactFigures &figures, const QString &scope);
    static DashboardFigure money(const ImpactFigures &figures, const QString &scope);
    static DashboardFigure quality(const ImpactFigures &figures, const QString &scope);
    static QString emptyText();
};

} // namespace Upskill
