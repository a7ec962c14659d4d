// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviourcharts.h"

#include "chartbuilder.h"

namespace Upskill {

namespace {

QStringList monthLabels()
{
    QStringList labels;
    for (int month = 1; month <= 6; ++month)
        labels.append(QString::number(month));
    return labels;
}

ChartSeries seriesOf(const BehaviourSeries &s, BehaviourMeasure measure, const QString &name,
                     QStringList *withheld)
{
    ChartSeries series{name, {}, false};
    bool anyWithheld = false;
    for (const BehaviourMonth &month : s.months) {
        const bool hidden = month.withheldFor(measure) != Withheld::No;
        anyWithheld = anyWithheld || (hidden && month.people > 0);
        series.values.append(hidden ? std::nullopt : month.average(measure));
    }
    if (anyWithheld && withheld)
        withheld->append(name);
    return series;
}

} // namespace

QString BehaviourCharts::emptyText()
{
    return tr("No follow-up figures in this selection yet. After a cohort completes, enter "
              "them month by month on the Follow-up data page of this area.");
}

QString BehaviourCharts::axisTitle(BehaviourMeasure measure)
{
    switch (measure) {
    case BehaviourMeasure::ToolUsage:
        return tr("Work with AI tools (%)");
    case BehaviourMeasure::Experiments:
        return tr("Experiments per person");
    case BehaviourMeasure::AiCommits:
        return tr("AI-related commits per person");
    case BehaviourMeasure::ManagerRating:
        return tr("Rating (1–5)");
    }
    return {};
}

DashboardFigure BehaviourCharts::byCohort(const BehaviourFigures &f, BehaviourMeasure measure,
                                          const QString &scope)
{
    DashboardFigure figure;
    static const char *const keys[] = {"behaviour-tool-usage", "behaviour-experiments",
                                       "behaviour-commits", "behaviour-manager-rating"};
    figure.key = QLatin1String(keys[int(measure)]);
    figure.title =
        tr("%1 in the six months after completion").arg(BehaviourReport::measureName(measure));
    if (f.isEmpty()) {
        figure.subtitle = scope;
        figure.emptyText = emptyText();
        return figure;
    }
    QList<ChartSeries> series;
    QStringList withheld;
    // With one cohort in the selection, its line is the total: drawing both says nothing.
    if (f.cohorts.size() != 1) {
        for (const BehaviourSeries &cohort : f.cohorts)
            series.append(seriesOf(cohort, measure, cohort.name, &withheld));
    }
    ChartSeries all = seriesOf(f.all, measure,
                               f.cohorts.size() == 1 ? f.cohorts.first().name
                               : f.cohorts.isEmpty() ? tr("The selection")
                                                     : tr("All cohorts"),
                               &withheld);
    all.emphasised = true;
    series.append(all);
    QString subtitle = scope;
    if (f.cohortsInScope > f.cohorts.size() && !f.cohorts.isEmpty())
        subtitle = ChartBuilder::joined(
            {scope, tr("Lines for the latest %1 of %2 cohorts; \"All cohorts\" covers every one.")
                        .arg(f.cohorts.size())
                        .arg(f.cohortsInScope)});
    const QString note = ChartBuilder::withheldNote(withheld, f.minGroupSize);
    figure.subtitle = note.isEmpty() ? subtitle : subtitle + QLatin1Char('\n') + note;
    ValueAxis axis{axisTitle(measure), 0, std::nullopt, QStringLiteral("%.0f")};
    if (measure == BehaviourMeasure::ToolUsage)
        axis.max = 100;
    if (measure == BehaviourMeasure::ManagerRating) {
        axis.min = 1;
        axis.max = 5;
    }
    figure.makeChart = [series, axis](const ChartStyle &style) {
        return ChartBuilder::lines(style, monthLabels(), series, axis,
                                   tr("Months after completion"));
    };
    return figure;
}

DashboardFigure BehaviourCharts::activity(const BehaviourFigures &f, const QString &scope)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("behaviour-activity");
    figure.title = tr("Experiments and AI-related commits per person, month by month");
    if (f.isEmpty()) {
        figure.subtitle = scope;
        figure.emptyText = emptyText();
        return figure;
    }
    QStringList withheld;
    const QList<ChartSeries> series = {
        seriesOf(f.all, BehaviourMeasure::Experiments, tr("Experiments"), &withheld),
        seriesOf(f.all, BehaviourMeasure::AiCommits, tr("AI-related commits"), nullptr)};
    figure.subtitle = scope;
    if (!withheld.isEmpty())
        figure.subtitle +=
            QLatin1Char('\n') + ChartBuilder::withheldNote({tr("some months")}, f.minGroupSize);
    figure.makeChart = [series](const ChartStyle &style) {
        return ChartBuilder::lines(style, monthLabels(), series,
                                   {tr("Per person"), 0, std::nullopt, QStringLiteral("%.0f")},
                                   tr("Months after completion"));
    };
    return figure;
}

} // namespace Upskill
