// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgecharts.h"

#include "chartbuilder.h"

#include <QLocale>

#include <cmath>

namespace Upskill {

namespace {

QString signedLevels(double levels)
{
    const QString number = QLocale().toString(levels, 'f', 1);
    return levels > 0.05 ? QLatin1Char('+') + number : number;
}

QString binLabel(double levels)
{
    const QString number = QLocale().toString(std::abs(levels), 'g', 2);
    if (levels <= -0.5)
        return KnowledgeCharts::tr("≤ −%1").arg(number);
    if (levels >= 2)
        return KnowledgeCharts::tr("≥ +%1").arg(number);
    return levels > 0 ? QLatin1Char('+') + number : number;
}

} // namespace

QString KnowledgeCharts::emptyText()
{
    return tr("Nobody in this selection has both a pre and a post assessment yet. Record them "
              "in Skills → Assessments (the bulk entry takes a whole cohort at once).");
}

QString KnowledgeCharts::summary(const KnowledgeFigures &f)
{
    if (f.people == 0)
        return {};
    if (f.suppressed)
        return tr("Withheld: fewer than %n people assessed before and after.", nullptr,
                  f.minGroupSize);
    return tr("Average advancement %1 levels over %n people (target %2).", nullptr, f.people)
        .arg(signedLevels(f.averageAdvancement()), QLocale().toString(f.targetLevels, 'g', 3));
}

DashboardFigure KnowledgeCharts::prePost(const KnowledgeFigures &f, const QString &scope)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("knowledge-pre-post");
    figure.title = tr("Skill level before and after, per dimension (1–4)");
    if (f.isEmpty() || f.suppressed) {
        figure.subtitle = scope;
        figure.emptyText = f.isEmpty() ? emptyText() : summary(f);
        return figure;
    }
    QStringList categories;
    ChartSeries before{tr("Before (pre assessment)"), {}, false};
    ChartSeries after{tr("After (post assessment)"), {}, false};
    QStringList withheld;
    for (const DimensionAdvancement &d : f.dimensions) {
        const bool hidden = d.suppressed || d.pairs == 0;
        categories.append(d.suppressed && d.people > 0 ? tr("%1 (withheld)").arg(d.dimension.name)
                                                       : d.dimension.name);
        before.values.append(hidden ? std::nullopt : std::optional<double>(d.averagePre()));
        after.values.append(hidden ? std::nullopt : std::optional<double>(d.averagePost()));
        if (d.suppressed && d.people > 0)
            withheld.append(d.dimension.name);
    }
    figure.subtitle = ChartBuilder::joined({scope, summary(f)});
    const QString note = ChartBuilder::withheldNote(withheld, f.minGroupSize);
    if (!note.isEmpty())
        figure.subtitle += QLatin1Char('\n') + note;
    figure.makeChart = [categories, before, after](const ChartStyle &style) {
        return ChartBuilder::bars(style, categories, {before, after},
                                  {tr("Average level (1–4)"), 0, 4, QStringLiteral("%.0f"), 1},
                                  QString(), Qt::Horizontal);
    };
    return figure;
}

DashboardFigure KnowledgeCharts::distribution(const KnowledgeFigures &f, const QString &scope)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("knowledge-distribution");
    figure.title = tr("How far people advanced (people per levels gained)");
    if (f.isEmpty() || f.suppressed) {
        figure.subtitle = scope;
        figure.emptyText = f.isEmpty() ? emptyText() : summary(f);
        return figure;
    }
    QStringList categories;
    ChartSeries people{tr("People"), {}, false};
    QStringList withheld;
    for (const AdvancementBin &bin : f.distribution) {
        categories.append(binLabel(bin.levels));
        const bool hidden = bin.withheld != Withheld::No;
        people.values.append(hidden ? std::nullopt : std::optional<double>(bin.people));
        if (hidden)
            withheld.append(binLabel(bin.levels));
    }
    figure.subtitle = scope;
    const QString note = ChartBuilder::withheldNote(withheld, f.minGroupSize);
    if (!note.isEmpty())
        figure.subtitle += QLatin1Char('\n') + note;
    figure.makeChart = [categories, people](const ChartStyle &style) {
        return ChartBuilder::bars(style, categories, {people},
                                  {tr("People"), 0, std::nullopt, QStringLiteral("%.0f")},
                                  tr("Levels gained (post − pre, average over dimensions)"));
    };
    return figure;
}

} // namespace Upskill
