// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "providerevaluation.h"

#include <QCoreApplication>

namespace Upskill {

// The providers side by side: their scores per criterion, and their weighted totals. Best
// ranked first; with many providers only the best few fit beside each other.
class ProviderCharts
{
    Q_DECLARE_TR_FUNCTIONS(ProviderCharts)
public:
    static constexpr int MaxProviders = 6;

    // Bars per criterion, one per provider (0–5).
    static DashboardFigure scores(const ProviderEvaluationResult &result);
    // One bar per provider: the weighted total (0–5), disqualified ones marked.
    static DashboardFigure totals(const ProviderEvaluationResult &result);
    static QList<DashboardFigure> figures(const ProviderEvaluationResult &result);
    // "Gradient Works (disqualified)" as the charts name a provider.
    static QString providerLabel(const ProviderResult &provider);
};

} // namespace Upskill
