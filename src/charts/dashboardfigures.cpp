// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfigures.h"

#include "behaviourcharts.h"
#include "chainfigure.h"
#include "figurerenderer.h"
#include "impactcharts.h"
#include "knowledgecharts.h"
#include "kpitiles.h"
#include "satisfactioncharts.h"

namespace Upskill {

namespace {
constexpr DashboardFigures::Level Levels[] = {
    DashboardFigures::Level::Kpis,      DashboardFigures::Level::Satisfaction,
    DashboardFigures::Level::Knowledge, DashboardFigures::Level::Behaviour,
    DashboardFigures::Level::Impact,    DashboardFigures::Level::Chain};
} // namespace

QList<DashboardFigure> DashboardFigures::figures(const EffectivenessFigures &f, Level level)
{
    const QString &scope = f.scope;
    switch (level) {
    case Level::Kpis:
        return {KpiTiles::figure(f.kpis, scope)};
    case Level::Satisfaction:
        return {SatisfactionCharts::sessions(f.satisfaction, scope),
                SatisfactionCharts::cohortSatisfaction(f.satisfaction, scope),
                SatisfactionCharts::netPromoterScore(f.satisfaction, scope)};
    case Level::Knowledge:
        return {KnowledgeCharts::prePost(f.knowledge, scope),
                KnowledgeCharts::distribution(f.knowledge, scope)};
    case Level::Behaviour:
        return {BehaviourCharts::byCohort(f.behaviour, BehaviourMeasure::ToolUsage, scope),
                BehaviourCharts::activity(f.behaviour, scope),
                BehaviourCharts::byCohort(f.behaviour, BehaviourMeasure::ManagerRating, scope)};
    case Level::Impact:
        return {ImpactCharts::hoursSaved(f.impact, scope),
                ImpactCharts::featuresShipped(f.impact, scope),
                ImpactCharts::money(f.impact, scope), ImpactCharts::quality(f.impact, scope)};
    case Level::Chain:
        return {ChainFigure::figure(f)};
    }
    return {};
}

DashboardFigure DashboardFigures::overview(const EffectivenessFigures &f, Level level)
{
    if (level == Level::Kpis || level == Level::Chain)
        return figures(f, level).first();
    // The level's charts without the scope, which the overview says once.
    EffectivenessFigures unscoped = f;
    unscoped.scope.clear();
    const QList<DashboardFigure> parts = figures(unscoped, level);
    DashboardFigure figure;
    figure.key = levelKey(level);
    figure.title = levelName(level);
    figure.subtitle = f.scope;
    figure.logicalWidth = parts.size() > 2 ? 1440 : 1200;
    figure.paint = [parts](QPainter *painter, const QRectF &rect, const ChartStyle &style) {
        const int count = int(parts.size());
        const int columns = count == 1 ? 1 : 2;
        const int rows = (count + columns - 1) / columns;
        const qreal gap = 16 * style.scale();
        const qreal width = (rect.width() - gap * (columns - 1)) / columns;
        const qreal height = (rect.height() - gap * (rows - 1)) / rows;
        const ChartStyle small = style.scaled(0.9);
        for (int i = 0; i < count; ++i) {
            // A lone last figure of an odd count spans the row.
            const bool spans = i == count - 1 && count % columns != 0;
            const QRectF box(rect.left() + (i % columns) * (width + gap),
                             rect.top() + (i / columns) * (height + gap),
                             spans ? rect.width() : width, height);
            FigureRenderer::render(parts.at(i), painter, box, small);
        }
    };
    return figure;
}

std::optional<DashboardFigure> DashboardFigures::byKey(const EffectivenessFigures &f,
                                                       const QString &key)
{
    if (const auto level = parseLevel(key))
        return overview(f, *level);
    for (const Level level : Levels) {
        const QList<DashboardFigure> list = figures(f, level);
        for (const DashboardFigure &figure : list) {
            if (figure.key == key)
                return figure;
        }
    }
    return std::nullopt;
}

QString DashboardFigures::levelName(Level level)
{
    switch (level) {
    case Level::Kpis:
        return tr("Key figures");
    case Level::Satisfaction:
        return tr("Level 1 · Satisfaction");
    case Level::Knowledge:
        return tr("Level 2 · Knowledge");
    case Level::Behaviour:
        return tr("Level 3 · Behaviour");
    case Level::Impact:
        return tr("Level 4 · Business impact");
    case Level::Chain:
        return tr("The chain, satisfaction to impact");
    }
    return {};
}

QString DashboardFigures::levelKey(Level level)
{
    static const char *const keys[] = {"kpis",      "satisfaction", "knowledge",
                                       "behaviour", "impact",       "chain"};
    return QLatin1String(keys[int(level)]);
}

std::optional<DashboardFigures::Level> DashboardFigures::parseLevel(const QString &key)
{
    for (const Level level : Levels) {
        if (levelKey(level) == key)
            return level;
    }
    return std::nullopt;
}

QStringList DashboardFigures::levelKeys()
{
    QStringList keys;
    for (const Level level : Levels)
        keys.append(levelKey(level));
    return keys;
}

} // namespace Upskill
