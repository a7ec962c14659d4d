// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessmentscope.h"
#include "quarter.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Upskill {

// What the dashboards look at: cohorts of a quarter range, of a track, one cohort, and the
// people of one team. An empty member does not narrow.
struct DashboardFilter
{
    Q_DECLARE_TR_FUNCTIONS(DashboardFilter)
public:
    Quarter from; // invalid: from the first quarter
    Quarter to;   // invalid: up to the last quarter
    qint64 trackId = 0;
    qint64 cohortId = 0;
    QString team;

    bool narrowsCohorts() const;
    bool narrowsPeople() const { return !team.isEmpty(); }

    // " AND ..." conditions on a `cohorts` row aliased as cohortAlias (empty text when the
    // filter does not narrow cohorts).
    BoundSql cohortCondition(const QString &cohortAlias) const;
    // " AND ..." conditions on a `participants` row aliased as personAlias (the team).
    BoundSql personCondition(const QString &personAlias) const;

    // One line for a chart's subtitle or a report: "All cohorts", "2026-Q1 to 2026-Q2 ·
    // AI application development · Team Payments".
    QString describe(const QSqlDatabase &db) const;

    friend bool operator==(const DashboardFilter &, const DashboardFilter &) = default;
};

} // namespace Upskill
