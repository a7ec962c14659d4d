// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessmentscope.h"
#include "dashboardfilter.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <optional>

namespace Upskill {

// The shared pieces of the effectiveness figures' SQL, so that the key figures and the four
// levels narrow and pair in exactly the same way.
class DashboardSql
{
public:
    // " JOIN cohorts c ON c.id = cohortColumn AND ..." when the filter narrows cohorts and
    // " JOIN participants p ON p.id = personColumn AND p.team = ?" when it names a team;
    // empty when it narrows neither, so an unfiltered figure joins nothing it does not need.
    // Rows without a cohort (or a person) drop out only when the filter narrows by it.
    static BoundSql scopeJoins(const DashboardFilter &filter, const QString &cohortColumn,
                               const QString &personColumn);
    // Only the team's half of scopeJoins, for queries that join the cohorts anyway.
    static BoundSql personJoin(const DashboardFilter &filter, const QString &personColumn);
    // A CTE named `pairs` (participant_id, dimension_id, pre_level, post_level): each enrolled
    // person's latest pre and latest post assessment recorded for the same cohort in the same
    // dimension still asked, for the cohorts and people of the filter. Withdrawn enrollments
    // are left out. The rule of Advancement, in one scan of the assessments.
    static BoundSql pairsCte(const DashboardFilter &filter);
    // Runs sql and returns its single row, or none with *error set.
    static std::optional<QVariantList> row(const QSqlDatabase &db, const BoundSql &sql,
                                           QString *error);
};

} // namespace Upskill
