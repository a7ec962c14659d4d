// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 4: the levels a track brings its participants to, which placement compares
// assessed levels with, and an index that lets "the latest assessment per person and
// dimension" be read in index order instead of sorting a million rows.
#include "migrations.h"

namespace Upskill {

QStringList migration004()
{
    return {
        QStringLiteral(R"(CREATE TABLE track_targets (
    id INTEGER PRIMARY KEY,
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    dimension_id INTEGER NOT NULL REFERENCES rubric_dimensions(id) ON DELETE CASCADE,
    required_level INTEGER NOT NULL CHECK (required_level BETWEEN 1 AND 4),
    UNIQUE (track_id, dimension_id)
) STRICT)"),
        QStringLiteral("CREATE INDEX track_targets_dimension ON track_targets(dimension_id)"),
        // Existing programs get the default: a foundational track brings everyone to
        // "Practicing" (level 2) in every dimension still asked.
        QStringLiteral("INSERT INTO track_targets (track_id, dimension_id, required_level) "
                       "SELECT t.id, d.id, 2 FROM tracks t CROSS JOIN rubric_dimensions d "
                       "WHERE t.kind = 'foundational' AND d.retired = 0"),
        // Covers the latest-assessment scan (participant, dimension, date, kind, level; the
        // rowid breaks ties) and every lookup the older participant index served.
        QStringLiteral("CREATE INDEX assessments_latest ON assessments(participant_id, "
                       "dimension_id, assessed_on, kind, level)"),
        QStringLiteral("DROP INDEX assessments_participant"),
    };
}

} // namespace Upskill
