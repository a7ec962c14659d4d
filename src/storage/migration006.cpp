// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 6: reading groups — a few engineers who read and discuss together every two
// weeks, each meeting led by the next member in turn, with a written summary afterwards.
#include "migrations.h"

namespace Upskill {

QStringList migration006()
{
    return {
        // A group may belong to a cohort (its reading-group sessions) or to the program as a
        // whole (alumni who keep reading together); it goes with its cohort.
        QStringLiteral(R"(CREATE TABLE reading_groups (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    cohort_id INTEGER REFERENCES cohorts(id) ON DELETE CASCADE,
    notes TEXT NOT NULL DEFAULT ''
) STRICT)"),
        QStringLiteral("CREATE INDEX reading_groups_cohort ON reading_groups(cohort_id)"),
        QStringLiteral("CREATE INDEX reading_groups_name ON reading_groups(name)"),

        // position is the order the facilitator role rotates in. A member who leaves keeps
        // their row (left_on), so the meetings they led still name them and the rotation
        // skips them from that day on.
        QStringLiteral(R"(CREATE TABLE reading_group_members (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES reading_groups(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    joined_on TEXT CHECK (joined_on IS NULL OR date(joined_on) IS joined_on),
    left_on TEXT CHECK (left_on IS NULL OR date(left_on) IS left_on),
    UNIQUE (group_id, participant_id),
    CHECK (joined_on IS NULL OR left_on IS NULL OR left_on >= joined_on)
) STRICT)"),
        QStringLiteral("CREATE INDEX reading_group_members_participant ON "
                       "reading_group_members(participant_id)"),
        QStringLiteral("CREATE INDEX reading_group_members_order ON "
                       "reading_group_members(group_id, position)"),

        QStringLiteral(R"(CREATE TABLE reading_group_readings (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES reading_groups(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    link TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),
        QStringLiteral("CREATE INDEX reading_group_readings_group ON "
                       "reading_group_readings(group_id, position)"),

        // The facilitator and the reading discussed are cleared, not cascaded: erasing a
        // person or dropping a reading from the list keeps the group's meeting history.
        QStringLiteral(R"(CREATE TABLE reading_group_meetings (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES reading_groups(id) ON DELETE CASCADE,
    held_on TEXT NOT NULL CHECK (date(held_on) IS held_on),
    facilitator_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    reading_id INTEGER REFERENCES reading_group_readings(id) ON DELETE SET NULL,
    summary_link TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
) STRICT)"),
        QStringLiteral("CREATE INDEX reading_group_meetings_group ON "
                       "reading_group_meetings(group_id, held_on)"),
        QStringLiteral("CREATE INDEX reading_group_meetings_facilitator ON "
                       "reading_group_meetings(facilitator_id)"),
        QStringLiteral("CREATE INDEX reading_group_meetings_reading ON "
                       "reading_group_meetings(reading_id)"),
        QStringLiteral(
            "CREATE INDEX reading_group_meetings_held ON reading_group_meetings(held_on)"),
    };
}

} // namespace Upskill
