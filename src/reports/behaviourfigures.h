// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfilter.h"
#include "suppression.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <array>
#include <optional>

namespace Upskill {

// What the behaviour follow-up measures, month by month after completion.
enum class BehaviourMeasure { ToolUsage, Experiments, AiCommits, ManagerRating };

// One month after completion, over the people with a row for it.
struct BehaviourMonth
{
    int people = 0; // rows (one per person and cohort)
    double usageSum = 0;
    int usageCount = 0;
    double experimentsSum = 0;
    int experimentsCount = 0;
    double commitsSum = 0;
    int commitsCount = 0;
    double ratingSum = 0;
    int ratingCount = 0;
    Withheld withheld = Withheld::No; // over the month's people
    // Per measure, in the order of BehaviourMeasure: a measure answered for fewer people than
    // the minimum (manager ratings for 3 of 10 people) is withheld on its own, also when the
    // month is not.
    std::array<Withheld, 4> measureWithheld{Withheld::No, Withheld::No, Withheld::No, Withheld::No};
    // Why the measure is not shown: the month's reason, else the measure's own.
    Withheld withheldFor(BehaviourMeasure measure) const;
    // The average of a measure per person; none without answers or when withheld.
    std::optional<double> average(BehaviourMeasure measure) const;
};

struct BehaviourSeries
{
    qint64 cohortId = 0; // 0: every cohort in the filter together
    QString name;
    std::array<BehaviourMonth, 6> months; // months 1..6 after completion
};

// Level 3, behaviour: AI tool usage, experiments, AI-related commits and the manager's rating,
// for months 1–6 after completion, for all cohorts in the filter together and per cohort.
struct BehaviourFigures
{
    int minGroupSize = 5;
    BehaviourSeries all;
    // Cohorts with follow-up rows, the latest maxCohorts by end date, oldest first; a month's
    // withheld is decided over all cohortsInScope for that month (the total is `all`).
    QList<BehaviourSeries> cohorts;
    int cohortsInScope = 0;
    bool isEmpty() const;
};

class BehaviourReport
{
    Q_DECLARE_TR_FUNCTIONS(BehaviourReport)
public:
    static std::optional<BehaviourFigures> compute(const QSqlDatabase &db,
                                                   const DashboardFilter &filter, QString *error,
                                                   int maxCohorts = 8);
    static QString measureName(BehaviourMeasure measure); // "AI tool usage (% of work)"
};

} // namespace Upskill
