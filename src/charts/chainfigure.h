// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "effectiveness.h"

#include <QCoreApplication>

namespace Upskill {

// The four levels side by side for one cohort or quarter — satisfaction, knowledge,
// behaviour, business impact — so a meeting can follow the chain from "did they like it" to
// "what did it change", each panel with its headline figure.
class ChainFigure
{
    Q_DECLARE_TR_FUNCTIONS(ChainFigure)
public:
    static DashboardFigure figure(const EffectivenessFigures &figures);
    // The four panels, in order, each titled with its level and headline.
    static QList<DashboardFigure> panels(const EffectivenessFigures &figures);
};

} // namespace Upskill
