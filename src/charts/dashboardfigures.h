// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "effectiveness.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace Upskill {

// Every dashboard figure, by level: what the pages, presentation mode, the CLI's chart export
// and the program report show.
class DashboardFigures
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFigures)
public:
    enum class Level { Kpis, Satisfaction, Knowledge, Behaviour, Impact, Chain };

    static QList<DashboardFigure> figures(const EffectivenessFigures &figures, Level level);
    // One picture of a whole level (its charts in a grid): for the CLI and the report.
    static DashboardFigure overview(const EffectivenessFigures &figures, Level level);
    // "Level 1 · Satisfaction".
    static QString levelName(Level level);
    // Any single figure by its key ("satisfaction-nps"), or a level's overview by the level's
    // key ("satisfaction"); none for an unknown key.
    static std::optional<DashboardFigure> byKey(const EffectivenessFigures &figures,
                                                const QString &key);
    // The CLI's names: kpis, satisfaction, knowledge, behaviour, impact, chain.
    static QString levelKey(Level level);
    static std::optional<Level> parseLevel(const QString &key);
    static QStringList levelKeys();
};

} // namespace Upskill
