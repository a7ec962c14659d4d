// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfilter.h"
#include "knowledgefigures.h"
#include "rules.h"
#include "suppression.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// One key figure of the program with its target.
struct Kpi
{
    enum Id {
        CompletionRate,          // % of enrollments in completed cohorts that completed
        Advancement,             // average levels gained, post minus pre, over every pair
        DaysToFirstContribution, // median days from completion to the first AI contribution
        MentorSatisfaction,      // average 1–5
        ManagerSatisfaction,     // average 1–5
        ProtectedTime,           // % of the planned protected hours that were used
        NetPromoterScore,        // -100..100 over end-of-program would-recommend answers
    };
    Id id = CompletionRate;
    std::optional<double> value; // none: no data yet, or withheld
    double target = 0;
    // How far short of the target still counts as amber rather than red, in the value's unit.
    double margin = 0;
    bool higherIsBetter = true;
    // How many people (or answers) the figure is over: with fewer than the minimum group size
    // the value is withheld.
    int people = 0;
    Withheld withheld = Withheld::No;

    // None when there is no value to judge.
    std::optional<Rules::Standing> standing() const;
};

struct KpiSummary
{
    int minGroupSize = 5;
    QList<Kpi> kpis; // in the order of Kpi::Id
    const Kpi &kpi(Kpi::Id id) const { return kpis.at(id); }
};

// The seven key figures of the program over the dashboard's filter, each one SQL aggregate.
//
// - Completion rate: enrollments of completed cohorts with status completed, over all of
//   them (withdrawn ones included: they did not complete). people = those enrollments.
// - Advancement: over each enrolled person's latest pre and latest post assessment of a
//   cohort per dimension (as Advancement does), the average of post − pre over all pairs.
//   people = distinct people with a pair.
// - Days to first AI contribution: the median over completed enrollments that have both
//   completed_on and first_ai_contribution_on of (first − completed) in days (an even count
//   averages the two middle values). Lower is better. people = those enrollments.
// - Mentor satisfaction: mentorships' mentor_satisfaction and survey responses of kind
//   'mentor', averaged together. people = how many answers.
// - Manager satisfaction: survey responses of kind 'manager'. people = answers.
// - Protected time: sum of hours used over sum of hours planned, weeks with hours used
//   entered only. people = distinct participants.
// - NPS: end-of-program responses with a would-recommend answer. people = answers.
// A team filter counts only what can be traced to a person of that team (anonymous and
// manager answers then drop out).
class Kpis
{
    Q_DECLARE_TR_FUNCTIONS(Kpis)
public:
    static std::optional<KpiSummary> compute(const QSqlDatabase &db, const DashboardFilter &filter,
                                             QString *error);
    // The same, with the advancement figure taken from knowledge figures already computed for
    // the same filter instead of pairing every assessment a second time.
    static std::optional<KpiSummary> compute(const QSqlDatabase &db, const DashboardFilter &filter,
                                             const KnowledgeFigures &knowledge, QString *error);
    // Translated names and units, for tiles, tables and reports.
    static QString name(Kpi::Id id);
    // The value as shown: "87 %", "1.2 levels", "21 days", "4.3 / 5", "+35".
    static QString formatValue(Kpi::Id id, double value);
    // "Target 85 %", "Target at most 30 days".
    static QString formatTarget(const Kpi &kpi);
};

} // namespace Upskill
