// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfilter.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <array>
#include <optional>

namespace Upskill {

enum class ImpactMeasure {
    FeaturesShipped,
    HoursSaved,
    QualityImprovement,
    CostReduction,
    RevenueImpact
};

// One quarter after completion, summed over the cohorts (and teams) in the filter.
struct ImpactQuarter
{
    int rows = 0; // cohort or team reports for this quarter
    // Per measure: the sum of the reports that gave it and how many did. Quality improvement
    // is a percentage, so it is averaged rather than summed.
    std::array<double, 5> sums{};
    std::array<int, 5> counts{};
    // The sum (the average for quality); none when no report gave the measure.
    std::optional<double> value(ImpactMeasure measure) const;
};

struct ImpactEvidence
{
    QString who; // the cohort or team
    int quarterAfter = 0;
    QString text;
};

// Level 4, business impact over the four quarters after completion. The figures are about
// cohorts and teams, not people, so nothing is withheld for privacy.
struct ImpactFigures
{
    std::array<ImpactQuarter, 4> quarters;
    QList<ImpactEvidence> evidence; // the latest notes, at most 8
    int reports = 0;
    bool isEmpty() const { return reports == 0; }
};

class ImpactReport
{
    Q_DECLARE_TR_FUNCTIONS(ImpactReport)
public:
    // Rows of cohorts in the filter; with a team in the filter, the rows of that team.
    static std::optional<ImpactFigures> compute(const QSqlDatabase &db,
                                                const DashboardFilter &filter, QString *error);
    static QString measureName(ImpactMeasure measure); // "Hours saved"
    static QString unit(ImpactMeasure measure);        // "hours", "%", ...
};

} // namespace Upskill
