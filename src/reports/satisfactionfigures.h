// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfilter.h"
#include "suppression.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// Session satisfaction at one point: one session when the filter names a cohort, otherwise
// one quarter (the sessions held in it).
struct SatisfactionPoint
{
    QString label; // the session's date and title, or the quarter ("2026-Q1")
    QDate date;    // the session's day, or the quarter's first day
    int responses = 0;
    double satisfactionSum = 0;
    Withheld withheld = Withheld::No;
    double average() const { return responses ? satisfactionSum / responses : 0; }
};

// A cohort's end-of-program survey.
struct CohortSatisfaction
{
    qint64 cohortId = 0;
    QString cohort;
    QString quarter;
    QDate endDate;
    // End-of-program responses. The group's size for privacy is the smaller of rated and
    // recommendAnswers() (the larger when one is 0): six responses with only three recommend
    // answers must not show an NPS of three people.
    int responses = 0;
    int rated = 0; // of them, with a satisfaction answer
    double satisfactionSum = 0;
    int promoters = 0;  // would-recommend 9–10
    int passives = 0;   // 7–8
    int detractors = 0; // 0–6
    Withheld withheld = Withheld::No;
    double averageSatisfaction() const { return rated ? satisfactionSum / rated : 0; }
    int recommendAnswers() const { return promoters + passives + detractors; }
    double netPromoterScore() const;
};

// Level 1, satisfaction: how sessions were rated over time, and each cohort's end-of-program
// satisfaction and NPS.
struct SatisfactionFigures
{
    int minGroupSize = 5;
    bool bySession = false;            // points are the sessions of the one cohort in the filter
    QList<SatisfactionPoint> sessions; // in time order
    // Cohorts with end-of-program responses, in order of their end date, at most the
    // latest maxCohorts of them; withheld is decided over all cohortsInScope.
    QList<CohortSatisfaction> cohorts;
    int cohortsInScope = 0;
    // Totals over everything in the filter.
    int sessionResponses = 0;
    double sessionSatisfactionSum = 0;
    CohortSatisfaction endOfProgram; // every cohort's end-of-program answers together
    bool isEmpty() const { return sessionResponses == 0 && endOfProgram.responses == 0; }
};

class SatisfactionReport
{
    Q_DECLARE_TR_FUNCTIONS(SatisfactionReport)
public:
    static std::optional<SatisfactionFigures> compute(const QSqlDatabase &db,
                                                      const DashboardFilter &filter, QString *error,
                                                      int maxCohorts = 8);
};

} // namespace Upskill
