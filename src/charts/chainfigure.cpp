// SPDX-License-Identifier: GPL-3.0-or-later
#include "chainfigure.h"

#include "behaviourcharts.h"
#include "chartbuilder.h"
#include "figurerenderer.h"
#include "impactcharts.h"
#include "knowledgecharts.h"
#include "satisfactioncharts.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace Upskill {

namespace {

QString satisfactionHeadline(const SatisfactionFigures &f)
{
    QStringList parts;
    const QLocale locale;
    if (f.sessionResponses > 0 && !Rules::isSuppressed(f.sessionResponses, f.minGroupSize))
        parts.append(
            ChainFigure::tr("sessions %1 / 5")
                .arg(locale.toString(f.sessionSatisfactionSum / f.sessionResponses, 'f', 1)));
    const CohortSatisfaction &end = f.endOfProgram;
    if (end.recommendAnswers() > 0 && !Rules::isSuppressed(end.recommendAnswers(), f.minGroupSize))
        parts.append(
            ChainFigure::tr("NPS %1").arg(locale.toString(end.netPromoterScore(), 'f', 0)));
    if (parts.isEmpty() && !f.isEmpty())
        return ChainFigure::tr("withheld: fewer than %n answers", nullptr, f.minGroupSize);
    return parts.join(QStringLiteral(" · "));
}

QString behaviourHeadline(const BehaviourFigures &f)
{
    // The latest month with a figure: where the behaviour got to.
    for (int month = 6; month >= 1; --month) {
        const BehaviourMonth &m = f.all.months.at(month - 1);
        if (m.withheld != Withheld::No)
            continue;
        if (const auto usage = m.average(BehaviourMeasure::ToolUsage))
            return ChainFigure::tr("AI tools in %1 % of work by month %2")
                .arg(QLocale().toString(*usage, 'f', 0))
                .arg(month);
    }
    return {};
}

QString impactHeadline(const ImpactFigures &f)
{
    double hours = 0;
    double features = 0;
    for (const ImpactQuarter &q : f.quarters) {
        hours += q.value(ImpactMeasure::HoursSaved).value_or(0);
        features += q.value(ImpactMeasure::FeaturesShipped).value_or(0);
    }
    if (f.isEmpty())
        return {};
    return ChainFigure::tr("%1 hours saved, %2 AI features shipped")
        .arg(QLocale().toString(hours, 'f', 0), QLocale().toString(features, 'f', 0));
}

DashboardFigure panel(DashboardFigure figure, const QString &title, const QString &headline)
{
    figure.title = title;
    figure.subtitle = headline;
    return figure;
}

} // namespace

QList<DashboardFigure> ChainFigure::panels(const EffectivenessFigures &f)
{
    // A panel is too small for a line per cohort: behaviour shows the selection as one.
    BehaviourFigures behaviour = f.behaviour;
    behaviour.cohorts.clear();
    return {
        panel(SatisfactionCharts::sessions(f.satisfaction, {}), tr("1 · Satisfaction"),
              satisfactionHeadline(f.satisfaction)),
        panel(KnowledgeCharts::prePost(f.knowledge, {}), tr("2 · Knowledge"),
              KnowledgeCharts::summary(f.knowledge)),
        panel(BehaviourCharts::byCohort(behaviour, BehaviourMeasure::ToolUsage, {}),
              tr("3 · Behaviour"), behaviourHeadline(f.behaviour)),
        panel(ImpactCharts::hoursSaved(f.impact, {}), tr("4 · Business impact"),
              impactHeadline(f.impact)),
    };
}

DashboardFigure ChainFigure::figure(const EffectivenessFigures &f)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("chain");
    figure.title = tr("From satisfaction to business impact");
    figure.subtitle = f.scope;
    const QList<DashboardFigure> parts = panels(f);
    figure.paint = [parts](QPainter *painter, const QRectF &rect, const ChartStyle &style) {
        // Four across on a wide picture; two by two otherwise.
        const bool wide = rect.width() >= 1.6 * rect.height();
        const int columns = wide ? 4 : 2;
        const int rows = wide ? 1 : 2;
        const qreal gap = 28 * style.scale();
        const qreal width = (rect.width() - gap * (columns - 1)) / columns;
        const qreal height = (rect.height() - 12 * style.scale() * (rows - 1)) / rows;
        const ChartStyle small = style.scaled(wide ? 0.72 : 0.85);
        for (int i = 0; i < parts.size(); ++i) {
            const QRectF box(rect.left() + (i % columns) * (width + gap),
                             rect.top() + (i / columns) * (height + 12 * style.scale()), width,
                             height);
            painter->save();
            painter->setPen(QPen(style.grid(), 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRoundedRect(box, 6 * style.scale(), 6 * style.scale());
            painter->restore();
            FigureRenderer::render(parts.at(i), painter,
                                   box.adjusted(2 * style.scale(), 2 * style.scale(),
                                                -2 * style.scale(), -2 * style.scale()),
                                   small);
            // An arrow to the next level, in the gap between two panels of a row.
            if (i % columns != columns - 1 && i + 1 < parts.size()) {
                const qreal x = box.right() + gap / 2;
                const qreal y = box.center().y();
                const qreal a = 8 * style.scale();
                QPainterPath arrow;
                arrow.moveTo(x - a, y - a);
                arrow.lineTo(x + a * 0.6, y);
                arrow.lineTo(x - a, y + a);
                painter->save();
                painter->setPen(QPen(style.mutedText(), 3 * style.scale(), Qt::SolidLine,
                                     Qt::RoundCap, Qt::RoundJoin));
                painter->setBrush(Qt::NoBrush);
                painter->drawPath(arrow);
                painter->restore();
            }
        }
    };
    return figure;
}

} // namespace Upskill
