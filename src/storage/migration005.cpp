// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 5: the targets of the dashboard's key figures that the brief leaves to the
// program. Completion and advancement already had theirs; the rest get defaults a coordinator
// can change, so every tile can say whether it is on track.
#include "migrations.h"

namespace Upskill {

QStringList migration005()
{
    return {
        // A month from completion to a first AI commit or experiment: the follow-through time
        // after the showcase is about that long.
        QStringLiteral("ALTER TABLE program_settings ADD COLUMN first_contribution_target_days "
                       "REAL NOT NULL DEFAULT 30 CHECK (first_contribution_target_days >= 0)"),
        QStringLiteral("ALTER TABLE program_settings ADD COLUMN mentor_satisfaction_target REAL "
                       "NOT NULL DEFAULT 4 CHECK (mentor_satisfaction_target BETWEEN 1 AND 5)"),
        QStringLiteral("ALTER TABLE program_settings ADD COLUMN manager_satisfaction_target REAL "
                       "NOT NULL DEFAULT 4 CHECK (manager_satisfaction_target BETWEEN 1 AND 5)"),
        // Under 80 % of the planned protected hours is where the program-health check warns.
        QStringLiteral("ALTER TABLE program_settings ADD COLUMN protected_time_target_pct REAL "
                       "NOT NULL DEFAULT 80 CHECK (protected_time_target_pct BETWEEN 0 AND 100)"),
        QStringLiteral("ALTER TABLE program_settings ADD COLUMN nps_target REAL NOT NULL DEFAULT "
                       "30 CHECK (nps_target BETWEEN -100 AND 100)"),
    };
}

} // namespace Upskill
