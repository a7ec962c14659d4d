// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 1: the program's structure — settings, tracks and modules, people, cohorts,
// enrollments, the skill rubric, assessments and role targets.
// Tables are STRICT so a value of the wrong type is refused instead of silently stored.
#include "migrations.h"

namespace Upskill {

QStringList migration001()
{
    return {
        QStringLiteral(R"(CREATE TABLE program_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    organisation_name TEXT NOT NULL DEFAULT '',
    cohort_size_min INTEGER NOT NULL DEFAULT 8 CHECK (cohort_size_min >= 1),
    cohort_size_max INTEGER NOT NULL DEFAULT 12 CHECK (cohort_size_max >= cohort_size_min),
    protected_hours_per_week REAL NOT NULL DEFAULT 5 CHECK (protected_hours_per_week >= 0),
    completion_target_pct REAL NOT NULL DEFAULT 85
        CHECK (completion_target_pct BETWEEN 0 AND 100),
    hands_on_min_pct REAL NOT NULL DEFAULT 60 CHECK (hands_on_min_pct BETWEEN 0 AND 100),
    advancement_target_levels REAL NOT NULL DEFAULT 1 CHECK (advancement_target_levels >= 0),
    mentor_capacity INTEGER NOT NULL DEFAULT 3 CHECK (mentor_capacity >= 1),
    mentorship_followup_months INTEGER NOT NULL DEFAULT 1 CHECK (mentorship_followup_months >= 0),
    min_group_size INTEGER NOT NULL DEFAULT 5 CHECK (min_group_size >= 1),
    scaling_phase TEXT NOT NULL DEFAULT 'pilot'
        CHECK (scaling_phase IN ('pilot', 'expansion', 'steady_state', 'advanced')),
    instructors_available INTEGER NOT NULL DEFAULT 2 CHECK (instructors_available >= 0),
    paper_size TEXT NOT NULL DEFAULT 'locale' CHECK (paper_size IN ('locale', 'a4', 'letter'))
) STRICT)"),

        QStringLiteral(R"(CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('foundational', 'specialized', 'advanced')),
    audience TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    capstone TEXT NOT NULL DEFAULT '',
    nominal_hours REAL NOT NULL DEFAULT 0 CHECK (nominal_hours >= 0),
    nominal_weeks INTEGER NOT NULL DEFAULT 0 CHECK (nominal_weeks >= 0),
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),
        QStringLiteral("CREATE INDEX tracks_kind ON tracks(kind)"),
        QStringLiteral("CREATE INDEX tracks_position ON tracks(position)"),

        // The roles a track is meant for: the target audience as data, so placement can use it.
        QStringLiteral(R"(CREATE TABLE track_roles (
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('backend', 'frontend', 'fullstack', 'data', 'platform',
                                       'lead', 'other')),
    PRIMARY KEY (track_id, role)
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE track_capabilities (
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    area TEXT NOT NULL CHECK (area IN ('data_pipelines', 'model_lifecycle', 'reliability',
                                       'security')),
    PRIMARY KEY (track_id, area)
) STRICT)"),

        QStringLiteral(R"(CREATE TABLE modules (
    id INTEGER PRIMARY KEY,
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE,
    week INTEGER NOT NULL CHECK (week >= 1),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    topics TEXT NOT NULL DEFAULT '',
    exercise TEXT NOT NULL DEFAULT '',
    instruction_hours REAL NOT NULL DEFAULT 0 CHECK (instruction_hours >= 0),
    hands_on_hours REAL NOT NULL DEFAULT 0 CHECK (hands_on_hours >= 0),
    presentation_hours REAL NOT NULL DEFAULT 0 CHECK (presentation_hours >= 0),
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),
        QStringLiteral("CREATE INDEX modules_track_week ON modules(track_id, week)"),

        QStringLiteral(R"(CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email TEXT NOT NULL COLLATE NOCASE CHECK (instr(email, '@') > 1),
    role TEXT NOT NULL DEFAULT 'other'
        CHECK (role IN ('backend', 'frontend', 'fullstack', 'data', 'platform', 'lead', 'other')),
    team TEXT NOT NULL DEFAULT '',
    manager TEXT NOT NULL DEFAULT '',
    seniority TEXT NOT NULL DEFAULT 'mid'
        CHECK (seniority IN ('junior', 'mid', 'senior', 'staff', 'principal')),
    is_champion INTEGER NOT NULL DEFAULT 0 CHECK (is_champion IN (0, 1)),
    is_mentor INTEGER NOT NULL DEFAULT 0 CHECK (is_mentor IN (0, 1)),
    is_alumnus INTEGER NOT NULL DEFAULT 0 CHECK (is_alumnus IN (0, 1)),
    notes TEXT NOT NULL DEFAULT ''
) STRICT)"),
        QStringLiteral(
            "CREATE UNIQUE INDEX participants_email ON participants(email COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX participants_name ON participants(name)"),
        QStringLiteral("CREATE INDEX participants_role ON participants(role)"),
        QStringLiteral("CREATE INDEX participants_team ON participants(team)"),
        QStringLiteral("CREATE INDEX participants_manager ON participants(manager)"),
        QStringLiteral("CREATE INDEX participants_seniority ON participants(seniority)"),
        QStringLiteral("CREATE INDEX participants_mentor ON participants(is_mentor)"),

        QStringLiteral(R"(CREATE TABLE cohorts (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE RESTRICT,
    quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    start_date TEXT CHECK (start_date IS NULL OR date(start_date) IS start_date),
    end_date TEXT CHECK (end_date IS NULL OR date(end_date) IS end_date),
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'running', 'completed', 'cancelled')),
    is_pilot INTEGER NOT NULL DEFAULT 0 CHECK (is_pilot IN (0, 1)),
    instructors TEXT NOT NULL DEFAULT '',
    managers_briefed INTEGER NOT NULL DEFAULT 0 CHECK (managers_briefed IN (0, 1)),
    managers_briefed_on TEXT CHECK (managers_briefed_on IS NULL
                                    OR date(managers_briefed_on) IS managers_briefed_on),
    showcase_date TEXT CHECK (showcase_date IS NULL OR date(showcase_date) IS showcase_date),
    notes TEXT NOT NULL DEFAULT '',
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT)"),
        QStringLiteral("CREATE INDEX cohorts_track ON cohorts(track_id)"),
        QStringLiteral("CREATE INDEX cohorts_quarter ON cohorts(quarter, start_date)"),
        QStringLiteral("CREATE INDEX cohorts_start ON cohorts(start_date)"),
        QStringLiteral("CREATE INDEX cohorts_end ON cohorts(end_date)"),
        QStringLiteral("CREATE INDEX cohorts_status ON cohorts(status)"),

        QStringLiteral(R"(CREATE TABLE enrollments (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'enrolled'
        CHECK (status IN ('enrolled', 'active', 'completed', 'withdrawn')),
    placement TEXT NOT NULL DEFAULT 'standard' CHECK (placement IN ('standard', 'tested_out')),
    enrolled_on TEXT CHECK (enrolled_on IS NULL OR date(enrolled_on) IS enrolled_on),
    completed_on TEXT CHECK (completed_on IS NULL OR date(completed_on) IS completed_on),
    withdrawn_on TEXT CHECK (withdrawn_on IS NULL OR date(withdrawn_on) IS withdrawn_on),
    first_ai_contribution_on TEXT CHECK (first_ai_contribution_on IS NULL
                                         OR date(first_ai_contribution_on) IS first_ai_contribution_on),
    capstone_rating INTEGER CHECK (capstone_rating IS NULL OR capstone_rating BETWEEN 1 AND 5),
    UNIQUE (cohort_id, participant_id)
) STRICT)"),
        QStringLiteral("CREATE INDEX enrollments_cohort_status ON enrollments(cohort_id, status)"),
        QStringLiteral("CREATE INDEX enrollments_participant ON enrollments(participant_id)"),
        QStringLiteral("CREATE INDEX enrollments_status ON enrollments(status)"),

        QStringLiteral(R"(CREATE TABLE rubric_dimensions (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1))
) STRICT)"),
        QStringLiteral("CREATE INDEX rubric_dimensions_position ON rubric_dimensions(position)"),
        QStringLiteral(R"(CREATE TABLE rubric_levels (
    dimension_id INTEGER NOT NULL REFERENCES rubric_dimensions(id) ON DELETE CASCADE,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    label TEXT NOT NULL CHECK (length(trim(label)) > 0),
    indicators TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (dimension_id, level)
) STRICT)"),

        QStringLiteral(R"(CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    dimension_id INTEGER NOT NULL REFERENCES rubric_dimensions(id) ON DELETE RESTRICT,
    cohort_id INTEGER REFERENCES cohorts(id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('self', 'pre', 'post', 'manager', 'annual')),
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
    assessed_on TEXT NOT NULL CHECK (date(assessed_on) IS assessed_on),
    note TEXT NOT NULL DEFAULT ''
) STRICT)"),
        QStringLiteral("CREATE INDEX assessments_participant ON assessments(participant_id, "
                       "dimension_id, kind, assessed_on)"),
        QStringLiteral(
            "CREATE INDEX assessments_dimension ON assessments(dimension_id, kind, assessed_on)"),
        QStringLiteral("CREATE INDEX assessments_cohort ON assessments(cohort_id, kind)"),

        // A required level per dimension for a role; role 'organisation' is the default that
        // applies to every role without its own target.
        QStringLiteral(R"(CREATE TABLE role_targets (
    id INTEGER PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('organisation', 'backend', 'frontend', 'fullstack', 'data',
                                       'platform', 'lead', 'other')),
    dimension_id INTEGER NOT NULL REFERENCES rubric_dimensions(id) ON DELETE CASCADE,
    required_level INTEGER NOT NULL CHECK (required_level BETWEEN 1 AND 4),
    criticality TEXT NOT NULL DEFAULT 'important'
        CHECK (criticality IN ('blocking', 'important', 'nice_to_have')),
    UNIQUE (role, dimension_id)
) STRICT)"),
        QStringLiteral("CREATE INDEX role_targets_dimension ON role_targets(dimension_id)"),
    };
}

} // namespace Upskill
