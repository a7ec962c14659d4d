// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 2: delivery and measurement — sessions and attendance, holidays, the external
// learning log, application projects, mentorships, protected time, community events, surveys,
// and the behaviour and business-impact figures of the four-level evaluation.
#include "migrations.h"

namespace Upskill {

QStringList migration002()
{
    return {
        QStringLiteral(R"(CREATE TABLE holidays (
    day TEXT PRIMARY KEY CHECK (date(day) IS day),
    name TEXT NOT NULL DEFAULT ''
) STRICT)"),

        QStringLiteral(R"(CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    module_id INTEGER REFERENCES modules(id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    starts_at TEXT NOT NULL CHECK (datetime(starts_at) IS NOT NULL),
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 1440),
    format TEXT NOT NULL CHECK (format IN ('workshop', 'pair_programming', 'reading_group',
                                           'external_course', 'conference', 'showcase',
                                           'presentation')),
    facilitator TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    edited INTEGER NOT NULL DEFAULT 0 CHECK (edited IN (0, 1))
) STRICT)"),
        QStringLiteral("CREATE INDEX sessions_cohort ON sessions(cohort_id, starts_at)"),
        QStringLiteral("CREATE INDEX sessions_module ON sessions(module_id)"),
        QStringLiteral("CREATE INDEX sessions_starts ON sessions(starts_at)"),
        QStringLiteral("CREATE INDEX sessions_facilitator ON sessions(facilitator, starts_at)"),

        QStringLiteral(R"(CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
    PRIMARY KEY (session_id, participant_id)
) STRICT, WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX attendance_participant ON attendance(participant_id)"),

        QStringLiteral(R"(CREATE TABLE external_learning (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('course', 'conference', 'certification')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    provider TEXT NOT NULL DEFAULT '',
    start_date TEXT CHECK (start_date IS NULL OR date(start_date) IS start_date),
    end_date TEXT CHECK (end_date IS NULL OR date(end_date) IS end_date),
    cost REAL CHECK (cost IS NULL OR cost >= 0),
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    review TEXT NOT NULL DEFAULT '',
    recommended INTEGER CHECK (recommended IS NULL OR recommended IN (0, 1)),
    presented INTEGER NOT NULL DEFAULT 0 CHECK (presented IN (0, 1)),
    CHECK (start_date IS NULL OR end_date IS NULL OR end_date >= start_date)
) STRICT)"),
        QStringLiteral(
            "CREATE INDEX external_learning_participant ON external_learning(participant_id)"),
        QStringLiteral("CREATE INDEX external_learning_start ON external_learning(start_date)"),

        QStringLiteral(R"(CREATE TABLE application_projects (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    problem TEXT NOT NULL DEFAULT '',
    team TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'idea'
        CHECK (status IN ('idea', 'prototyping', 'showcased', 'in_production', 'dropped')),
    recorded_on TEXT CHECK (recorded_on IS NULL OR date(recorded_on) IS recorded_on),
    showcase_date TEXT CHECK (showcase_date IS NULL OR date(showcase_date) IS showcase_date),
    followthrough_days INTEGER NOT NULL DEFAULT 0 CHECK (followthrough_days >= 0)
) STRICT)"),
        QStringLiteral("CREATE INDEX application_projects_participant ON "
                       "application_projects(participant_id)"),
        QStringLiteral(
            "CREATE INDEX application_projects_cohort ON application_projects(cohort_id, status)"),
        QStringLiteral("CREATE INDEX application_projects_status ON application_projects(status)"),

        QStringLiteral(R"(CREATE TABLE mentorships (
    id INTEGER PRIMARY KEY,
    mentor_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    mentee_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    cohort_id INTEGER REFERENCES cohorts(id) ON DELETE SET NULL,
    starts_on TEXT CHECK (starts_on IS NULL OR date(starts_on) IS starts_on),
    ends_on TEXT CHECK (ends_on IS NULL OR date(ends_on) IS ends_on),
    over_capacity INTEGER NOT NULL DEFAULT 0 CHECK (over_capacity IN (0, 1)),
    override_reason TEXT NOT NULL DEFAULT '',
    mentor_satisfaction INTEGER CHECK (mentor_satisfaction IS NULL
                                       OR mentor_satisfaction BETWEEN 1 AND 5),
    mentee_feedback TEXT NOT NULL DEFAULT '',
    CHECK (mentor_id <> mentee_id),
    CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on)
) STRICT)"),
        QStringLiteral("CREATE INDEX mentorships_mentor ON mentorships(mentor_id, ends_on)"),
        QStringLiteral("CREATE INDEX mentorships_mentee ON mentorships(mentee_id)"),
        QStringLiteral("CREATE INDEX mentorships_cohort ON mentorships(cohort_id)"),

        QStringLiteral(R"(CREATE TABLE protected_time (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    week_start TEXT NOT NULL CHECK (date(week_start) IS week_start),
    hours_planned REAL NOT NULL DEFAULT 5 CHECK (hours_planned >= 0),
    hours_used REAL CHECK (hours_used IS NULL OR hours_used >= 0),
    reason TEXT CHECK (reason IS NULL OR reason IN ('sprint_work', 'incident', 'meeting', 'other')),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (cohort_id, participant_id, week_start)
) STRICT)"),
        QStringLiteral("CREATE INDEX protected_time_participant ON protected_time(participant_id)"),
        QStringLiteral("CREATE INDEX protected_time_week ON protected_time(cohort_id, week_start)"),

        QStringLiteral(R"(CREATE TABLE community_events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('community_of_practice', 'meetup', 'summit', 'refresher')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    held_on TEXT NOT NULL CHECK (date(held_on) IS held_on),
    notes TEXT NOT NULL DEFAULT ''
) STRICT)"),
        QStringLiteral("CREATE INDEX community_events_held ON community_events(held_on)"),
        QStringLiteral(R"(CREATE TABLE community_attendance (
    event_id INTEGER NOT NULL REFERENCES community_events(id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, participant_id)
) STRICT, WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX community_attendance_participant ON "
                       "community_attendance(participant_id)"),

        // Responses may be anonymous (participant_id NULL): privacy comes before traceability.
        QStringLiteral(R"(CREATE TABLE survey_responses (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('session', 'end_of_program', 'mentor', 'manager')),
    cohort_id INTEGER REFERENCES cohorts(id) ON DELETE CASCADE,
    session_id INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants(id) ON DELETE SET NULL,
    satisfaction INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    recommend INTEGER CHECK (recommend IS NULL OR recommend BETWEEN 0 AND 10),
    comment TEXT NOT NULL DEFAULT '',
    responded_on TEXT CHECK (responded_on IS NULL OR date(responded_on) IS responded_on),
    CHECK (kind <> 'session' OR session_id IS NOT NULL)
) STRICT)"),
        QStringLiteral("CREATE INDEX survey_responses_cohort ON survey_responses(cohort_id, kind)"),
        QStringLiteral("CREATE INDEX survey_responses_session ON survey_responses(session_id)"),
        QStringLiteral(
            "CREATE INDEX survey_responses_participant ON survey_responses(participant_id)"),
        QStringLiteral(
            "CREATE INDEX survey_responses_kind ON survey_responses(kind, responded_on)"),

        QStringLiteral(R"(CREATE TABLE behaviour_metrics (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    cohort_id INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    month_after INTEGER NOT NULL CHECK (month_after BETWEEN 1 AND 6),
    ai_tool_usage_pct REAL CHECK (ai_tool_usage_pct IS NULL OR ai_tool_usage_pct BETWEEN 0 AND 100),
    experiments INTEGER CHECK (experiments IS NULL OR experiments >= 0),
    ai_commits INTEGER CHECK (ai_commits IS NULL OR ai_commits >= 0),
    manager_rating INTEGER CHECK (manager_rating IS NULL OR manager_rating BETWEEN 1 AND 5),
    manager_observation TEXT NOT NULL DEFAULT '',
    UNIQUE (participant_id, cohort_id, month_after)
) STRICT)"),
        QStringLiteral(
            "CREATE INDEX behaviour_metrics_cohort ON behaviour_metrics(cohort_id, month_after)"),

        QStringLiteral(R"(CREATE TABLE impact_metrics (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER REFERENCES cohorts(id) ON DELETE CASCADE,
    team TEXT,
    quarter_after INTEGER NOT NULL CHECK (quarter_after BETWEEN 1 AND 4),
    features_shipped INTEGER CHECK (features_shipped IS NULL OR features_shipped >= 0),
    hours_saved REAL CHECK (hours_saved IS NULL OR hours_saved >= 0),
    quality_improvement_pct REAL,
    cost_reduction REAL,
    revenue_impact REAL,
    evidence TEXT NOT NULL DEFAULT '',
    CHECK (cohort_id IS NOT NULL OR team IS NOT NULL)
) STRICT)"),
        QStringLiteral(
            "CREATE INDEX impact_metrics_cohort ON impact_metrics(cohort_id, quarter_after)"),
        QStringLiteral("CREATE INDEX impact_metrics_team ON impact_metrics(team)"),
    };
}

} // namespace Upskill
