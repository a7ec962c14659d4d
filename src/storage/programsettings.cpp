// SPDX-License-Identifier: GPL-3.0-or-later
#include "programsettings.h"

#include <QSqlQuery>
#include <QVariant>

namespace Upskill {

ProgramSettings ProgramSettings::load(const QSqlDatabase &db)
{
    ProgramSettings s;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral(
            "SELECT organisation_name, cohort_size_min, cohort_size_max, protected_hours_per_week, "
            "completion_target_pct, hands_on_min_pct, advancement_target_levels, mentor_capacity, "
            "mentorship_followup_months, min_group_size, scaling_phase, instructors_available, "
            "paper_size, first_contribution_target_days, mentor_satisfaction_target, "
            "manager_satisfaction_target, protected_time_target_pct, nps_target "
            "FROM program_settings WHERE id = 1")) ||
        !query.next())
        return s;
    s.organisationName = query.value(0).toString();
    s.cohortSizeMin = query.value(1).toInt();
    s.cohortSizeMax = query.value(2).toInt();
    s.protectedHoursPerWeek = query.value(3).toDouble();
    s.completionTargetPct = query.value(4).toDouble();
    s.handsOnMinPct = query.value(5).toDouble();
    s.advancementTargetLevels = query.value(6).toDouble();
    s.mentorCapacity = query.value(7).toInt();
    s.mentorshipFollowupMonths = query.value(8).toInt();
    s.minGroupSize = query.value(9).toInt();
    s.scalingPhase = query.value(10).toString();
    s.instructorsAvailable = query.value(11).toInt();
    s.paperSize = query.value(12).toString();
    s.firstContributionTargetDays = query.value(13).toDouble();
    s.mentorSatisfactionTarget = query.value(14).toDouble();
    s.managerSatisfactionTarget = query.value(15).toDouble();
    s.protectedTimeTargetPct = query.value(16).toDouble();
    s.npsTarget = query.value(17).toDouble();
    return s;
}

} // namespace Upskill
