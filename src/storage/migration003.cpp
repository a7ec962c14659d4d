// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 3: evaluating external training providers, the readiness check that comes
// before buying training, and the launch checklists with their template.
#include "migrations.h"

namespace Upskill {

QStringList migration003()
{
    return {
        QStringLiteral(R"(CREATE TABLE providers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    kind TEXT NOT NULL CHECK (kind IN ('elearning', 'cloud_certification', 'boutique_workshop',
                                       'bootcamp')),
    engagement_format TEXT NOT NULL DEFAULT '',
    price_model TEXT NOT NULL DEFAULT '',
    cost REAL CHECK (cost IS NULL OR cost >= 0),
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'considering'
        CHECK (status IN ('considering', 'shortlisted', 'contracted', 'rejected'))
) STRICT)"),
        QStringLiteral("CREATE INDEX providers_status ON providers(status)"),

        QStringLiteral(R"(CREATE TABLE provider_criteria (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    description TEXT NOT NULL DEFAULT '',
    criterion_group TEXT NOT NULL CHECK (criterion_group IN ('decision', 'capability',
                                                             'open_source')),
    weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE provider_scores (
    provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
    criterion_id INTEGER NOT NULL REFERENCES provider_criteria(id) ON DELETE CASCADE,
    score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (provider_id, criterion_id)
) STRICT)"),
        QStringLiteral("CREATE INDEX provider_scores_criterion ON provider_scores(criterion_id)"),

        QStringLiteral(R"(CREATE TABLE red_flags (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL UNIQUE CHECK (length(trim(title)) > 0),
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE provider_red_flags (
    provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
    red_flag_id INTEGER NOT NULL REFERENCES red_flags(id) ON DELETE CASCADE,
    ticked INTEGER NOT NULL DEFAULT 0 CHECK (ticked IN (0, 1)),
    evidence TEXT NOT NULL DEFAULT '',
    disqualifying INTEGER NOT NULL DEFAULT 0 CHECK (disqualifying IN (0, 1)),
    PRIMARY KEY (provider_id, red_flag_id)
) STRICT)"),
        QStringLiteral("CREATE INDEX provider_red_flags_flag ON provider_red_flags(red_flag_id)"),

        QStringLiteral(R"(CREATE TABLE signing_questions (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL UNIQUE CHECK (length(trim(question)) > 0),
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),
        QStringLiteral(R"(CREATE TABLE provider_answers (
    provider_id INTEGER NOT NULL REFERENCES providers(id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES signing_questions(id) ON DELETE CASCADE,
    answer TEXT NOT NULL DEFAULT '',
    satisfied INTEGER CHECK (satisfied IS NULL OR satisfied IN (0, 1)),
    PRIMARY KEY (provider_id, question_id)
) STRICT)"),
        QStringLiteral("CREATE INDEX provider_answers_question ON provider_answers(question_id)"),

        QStringLiteral(R"(CREATE TABLE readiness_questions (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL UNIQUE CHECK (length(trim(question)) > 0),
    answer INTEGER CHECK (answer IS NULL OR answer IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),

        // due_offset_days is relative to the cohort's start (negative: before it), so a cohort's
        // checklist gets real due dates when it is created from the template.
        QStringLiteral(R"(CREATE TABLE checklist_template_items (
    id INTEGER PRIMARY KEY,
    section TEXT NOT NULL CHECK (section IN ('pre_launch', 'infrastructure', 'measurement')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    default_owner TEXT NOT NULL DEFAULT '',
    due_offset_days INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),
        QStringLiteral("CREATE INDEX checklist_template_section ON "
                       "checklist_template_items(section, position)"),
        // cohort_id NULL: the program-wide checklist.
        QStringLiteral(R"(CREATE TABLE checklist_items (
    id INTEGER PRIMARY KEY,
    cohort_id INTEGER REFERENCES cohorts(id) ON DELETE CASCADE,
    section TEXT NOT NULL CHECK (section IN ('pre_launch', 'infrastructure', 'measurement')),
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    owner TEXT NOT NULL DEFAULT '',
    due_date TEXT CHECK (due_date IS NULL OR date(due_date) IS due_date),
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    done_on TEXT CHECK (done_on IS NULL OR date(done_on) IS done_on),
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
) STRICT)"),
        QStringLiteral(
            "CREATE INDEX checklist_items_cohort ON checklist_items(cohort_id, section, position)"),
        QStringLiteral("CREATE INDEX checklist_items_due ON checklist_items(due_date)"),
    };
}

} // namespace Upskill
