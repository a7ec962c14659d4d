// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "behaviourfigures.h"
#include "impactfigures.h"
#include "knowledgefigures.h"
#include "kpis.h"
#include "satisfactionfigures.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// The four levels and the key figures for one filter, computed together: what the
// dashboards, the chain page, the program report and the CLI's chart export all read.
struct EffectivenessFigures
{
    DashboardFilter filter;
    QString scope; // the filter in words
    KpiSummary kpis;
    SatisfactionFigures satisfaction;
    KnowledgeFigures knowledge;
    BehaviourFigures behaviour;
    ImpactFigures impact;
};

class Effectiveness
{
    Q_DECLARE_TR_FUNCTIONS(Effectiveness)
public:
    static std::optional<EffectivenessFigures>
    compute(const QSqlDatabase &db, const DashboardFilter &filter, QString *error);
};

} // namespace Upskill
