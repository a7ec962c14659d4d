// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfactioncharts.h"

#include "chartbuilder.h"
#include "rules.h"

#include <QLocale>

namespace Upskill {

namespace {

QString joinLines(const QStringList &lines)
{
    QStringList kept;
    for (const QString &line : lines) {
        if (!line.isEmpty())
            kept.append(line);
    }
    return kept.join(QLatin1Char('\n'));
}

// A withheld cohort keeps its place on the axis, marked, so nobody reads "no answers".
QString withheldLabel(const QString &cohort)
{
    return SatisfactionCharts::tr("%1 (withheld)").arg(cohort);
}

QString signedScore(double score)
{
    const QString number = QLocale().toString(score, 'f', 0);
    return score > 0.5 ? QLatin1Char('+') + number : number;
}

QString withheldCohortsNote(const QStringList &withheld, const SatisfactionFigures &f)
{
    if (withheld.isEmpty())
        return {};
    return SatisfactionCharts::tr("Withheld: under %1 answers, or recoverable from the total.")
        .arg(f.minGroupSize);
}

} // namespace

QString SatisfactionCharts::emptyText()
{
    return tr("No survey answers in this selection yet. Enter session and end-of-program "
              "surveys on the Surveys page of this area.");
}

DashboardFigure SatisfactionCharts::sessions(const SatisfactionFigures &f, const QString &scope)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("satisfaction-sessions");
    figure.title = f.bySession ? tr("Satisfaction session by session (1–5)")
                               : tr("Session satisfaction over time (1–5)");
    if (f.sessions.isEmpty()) {
        figure.subtitle = scope;
        figure.emptyText = emptyText();
        return figure;
    }
    QStringList categories;
    ChartSeries series{tr("Average rating"), {}, false};
    QStringList withheld;
    for (const SatisfactionPoint &p : f.sessions) {
        categories.append(p.label);
        const bool hidden = p.withheld != Withheld::No;
        series.values.append(hidden || p.responses == 0 ? std::nullopt
                                                        : std::optional<double>(p.average()));
        if (hidden)
            withheld.append(p.label);
    }
    const QString overall =
        f.sessionResponses > 0 && !Rules::isSuppressed(f.sessionResponses, f.minGroupSize)
            ? tr("Average over all sessions: %1 from %n answer(s).", nullptr, f.sessionResponses)
                  .arg(QLocale().toString(f.sessionSatisfactionSum / f.sessionResponses, 'f', 1))
            : QString();
    figure.subtitle = joinLines({ChartBuilder::joined({scope, overall}),
                                 ChartBuilder::withheldNote(withheld, f.minGroupSize)});
    const bool bySession = f.bySession;
    figure.makeChart = [categories, series, bySession](const ChartStyle &style) {
        return ChartBuilder::lines(style, categories, {series},
                                   {tr("Rating (1–5)"), 1, 5, QStringLiteral("%.1f")},
                                   bySession ? tr("Session") : tr("Quarter"));
    };
    return figure;
}

DashboardFigure SatisfactionCharts::cohortSatisfaction(const SatisfactionFigures &f,
                                                       const QString &scope)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("satisfaction-cohorts");
    figure.title = tr("End-of-program satisfaction per cohort (1–5)");
    QStringList categories;
    ChartSeries series{tr("Average rating"), {}, false};
    QStringList withheld;
    for (const CohortSatisfaction &c : f.cohorts) {
        if (c.rated == 0)
            continue;
        const bool hidden = c.withheld != Withheld::No;
        categories.append(hidden ? withheldLabel(c.cohort) : c.cohort);
        series.values.append(hidden ? std::nullopt
                                    : std::optional<double>(c.averageSatisfaction()));
        if (hidden)
            withheld.append(c.cohort);
    }
    if (categories.isEmpty()) {
        figure.subtitle = scope;
        figure.emptyText = tr("No end-of-program survey answers in this selection yet. Enter "
                              "them on the Surveys page of this area once a cohort completes.");
        return figure;
    }
    const QString more =
        f.cohortsInScope > f.cohorts.size()
            ? tr("The latest %1 of %2 cohorts.").arg(f.cohorts.size()).arg(f.cohortsInScope)
            : QString();
    figure.subtitle =
        joinLines({ChartBuilder::joined({scope, more}), withheldCohortsNote(withheld, f)});
    figure.makeChart = [categories, series](const ChartStyle &style) {
        return ChartBuilder::bars(style, categories, {series},
                                  {tr("Average rating (1–5)"), 0, 5, QStringLiteral("%.0f"), 1},
                                  QString(), Qt::Horizontal);
    };
    return figure;
}

DashboardFigure SatisfactionCharts::netPromoterScore(const SatisfactionFigures &f,
                                                     const QString &scope)
{
    DashboardFigure figure;
    figure.key = QStringLiteral("satisfaction-nps");
    figure.title = tr("Net Promoter Score per cohort (−100 to +100)");
    QStringList categories;
    ChartSeries series{tr("NPS"), {}, false};
    QStringList withheld;
    for (const CohortSatisfaction &c : f.cohorts) {
        if (c.recommendAnswers() == 0)
            continue;
        const bool hidden = c.withheld != Withheld::No;
        categories.append(hidden ? withheldLabel(c.cohort) : c.cohort);
        series.values.append(hidden ? std::nullopt : std::optional<double>(c.netPromoterScore()));
        if (hidden)
            withheld.append(c.cohort);
    }
    if (categories.isEmpty()) {
        figure.subtitle = scope;
        figure.emptyText = tr("No answers to \"would you recommend it?\" in this selection yet. "
                              "They come with the end-of-program survey, entered on the Surveys "
                              "page of this area.");
        return figure;
    }
    const CohortSatisfaction &all = f.endOfProgram;
    const QString overall =
        all.recommendAnswers() > 0 && !Rules::isSuppressed(all.recommendAnswers(), f.minGroupSize)
            ? tr("Overall %1 from %n answer(s).", nullptr, all.recommendAnswers())
                  .arg(signedScore(all.netPromoterScore()))
            : QString();
    figure.subtitle =
        joinLines({ChartBuilder::joined({scope, overall}), withheldCohortsNote(withheld, f)});
    figure.makeChart = [categories, series](const ChartStyle &style) {
        return ChartBuilder::bars(
            style, categories, {series},
            {tr("NPS (promoters minus detractors)"), -100, 100, QStringLiteral("%.0f"), 0},
            QString(), Qt::Horizontal);
    };
    return figure;
}

} // namespace Upskill
