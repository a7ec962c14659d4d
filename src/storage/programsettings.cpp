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
            "paper_size FROM program_settings WHERE id = 1")) ||
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
    return s;
}

} // namespace Upskill
