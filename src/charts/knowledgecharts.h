// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "knowledgefigures.h"

#include <QCoreApplication>

namespace Upskill {

// Level 2: what people knew before and after, on the rubric.
class KnowledgeCharts
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeCharts)
public:
    static DashboardFigure prePost(const KnowledgeFigures &figures, const QString &scope);
    static DashboardFigure distribution(const KnowledgeFigures &figures, const QString &scope);
    static QString emptyText();
    // "+0.9 levels over 57 people (target 1)", or why there is no figure.
    static QString summary(const KnowledgeFigures &figures);
};

} // namespace Upskill
