// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "satisfactionfigures.h"

#include <QCoreApplication>

namespace Upskill {

// Level 1: how the sessions and the program were rated.
class SatisfactionCharts
{
    Q_DECLARE_TR_FUNCTIONS(SatisfactionCharts)
public:
    static DashboardFigure sessions(const SatisfactionFigures &figures, const QString &scope);
    static DashboardFigure cohortSatisfaction(const SatisfactionFigures &figures,
                                              const QString &scope);
    static DashboardFigure netPromoterScore(const SatisfactionFigures &figures,
                                            const QString &scope);
    static QString emptyText();
};

} // namespace Upskill
