// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableexport.h"

#include "csvwriter.h"
#include "logging.h"
#include "sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>

#include <algorithm>

namespace Upskill {

namespace {

// The columns of an export are the names the query gives them, so the header and the
// values cannot drift apart. The queries are fixed text: a table name from the command line
// only ever selects an entry, and a cohort only ever reaches a bound parameter.
struct ExportableTable
{
    const char *name;
    const char *description;
    const char *columns; // the SELECT list; each column's name is its header
    const char *from;
    const char *order;
    // The condition for one cohort, each ? bound to its id; nullptr when a cohort does not
    // apply to the table.
    const char *cohort;
};

// People who are or were in the cohort: what "for one cohort" means for tables of people.
#define UPSKILL_IN_COHORT(column)                                                                  \
    column " IN (SELECT participant_id FROM enrollments WHERE cohort_id = ?)"

// Sorted by name. Adding a table to the exports is adding its entry here. The large tables
// are read in an order an index delivers, with a small sort per group at most (CROSS JOIN
// keeps the indexed table outside), so the first rows reach the file at once instead of after
// a sort of all of them: 0.1 s instead of 8 s for 424,000 protected-time weeks.
const ExportableTable exportableTables[] = {
    {"assessments",
     QT_TRANSLATE_NOOP("TableExport", "every assessment: person, rubric dimension, kind, level "
                                      "and date, with the cohort it belongs to"),
     R"(p.email AS participant_email, p.name AS participant, d.name AS dimension,
       a.kind AS kind, a.level AS level, l.label AS level_label, a.assessed_on AS assessed_on,
       c.name AS cohort, a.note AS note)",
     // Per person in email order, and within a person by the rubric's order and date. CROSS
     // JOIN keeps SQLite's join order: people outside along their email index, their
     // assessments inside, so only one person's rows are sorted at a time and the export
     // streams. Left to itself the planner sorts all assessments at once (15 times slower
     // at a million rows).
     R"(participants p
CROSS JOIN assessments a ON a.participant_id = p.id
JOIN rubric_dimensions d ON d.id = a.dimension_id
LEFT JOIN rubric_levels l ON l.dimension_id = a.dimension_id AND l.level = a.level
LEFT JOIN cohorts c ON c.id = a.cohort_id)",
     "p.email, d.position, d.id, a.assessed_on, a.id", "a.cohort_id = ?"},
    {"attendance",
     QT_TRANSLATE_NOOP("TableExport", "who was present, absent or excused at each session"),
     R"(c.name AS cohort, s.starts_at AS session_starts_at, s.title AS session,
       p.email AS participant_email, p.name AS participant, a.status AS status)",
     // Sessions in time order outside, each one's register inside: a sort per session only.
     R"(sessions s
CROSS JOIN attendance a ON a.session_id = s.id
JOIN participants p ON p.id = a.participant_id
JOIN cohorts c ON c.id = s.cohort_id)",
     "s.starts_at, s.id, p.email", "s.cohort_id = ?"},
    {"behaviour",
     QT_TRANSLATE_NOOP("TableExport", "the monthly follow-up after a cohort: AI tool usage, "
                                      "experiments, AI commits and the manager's rating"),
     R"(c.name AS cohort, p.email AS participant_email, p.name AS participant,
       b.month_after AS month_after, b.ai_tool_usage_pct AS ai_tool_usage_pct,
       b.experiments AS experiments, b.ai_commits AS ai_commits,
       b.manager_rating AS manager_rating, b.manager_observation AS manager_observation)",
     R"(cohorts c
CROSS JOIN behaviour_metrics b ON b.cohort_id = c.id
JOIN participants p ON p.id = b.participant_id)",
     "c.quarter, c.start_date, c.name, p.email, b.month_after", "b.cohort_id = ?"},
    {"checklist-items",
     QT_TRANSLATE_NOOP("TableExport", "the launch checklists, the program's first, then each "
                                      "cohort's: section, item, owner, due date and done"),
     R"(c.name AS cohort, i.section AS section, i.title AS item, i.owner AS owner,
       i.due_date AS due_date, i.done AS done, i.done_on AS done_on, i.note AS note)",
     R"(checklist_items i
LEFT JOIN cohorts c ON c.id = i.cohort_id)",
     R"(c.start_date IS NOT NULL, c.start_date, c.name,
       CASE i.section WHEN 'pre_launch' THEN 0 WHEN 'infrastructure' THEN 1 ELSE 2 END,
       i.position, i.id)",
     "i.cohort_id = ?"},
    {"cohorts",
     QT_TRANSLATE_NOOP("TableExport",
                       "every cohort with its track, quarter, dates, status and instructors"),
     R"(c.name AS name, t.name AS track, c.quarter AS quarter, c.start_date AS start_date,
       c.end_date AS end_date, c.status AS status, c.is_pilot AS is_pilot,
       c.instructors AS instructors, c.managers_briefed AS managers_briefed,
       c.managers_briefed_on AS managers_briefed_on, c.showcase_date AS showcase_date,
       c.notes AS notes)",
     R"(cohorts c
JOIN tracks t ON t.id = c.track_id)",
     "c.quarter, c.start_date, c.name", "c.id = ?"},
    {"community-attendance", QT_TRANSLATE_NOOP("TableExport", "who came to which community event"),
     R"(e.held_on AS held_on, e.kind AS kind, e.title AS event,
       p.email AS participant_email, p.name AS participant)",
     R"(community_events e
CROSS JOIN community_attendance a ON a.event_id = e.id
JOIN participants p ON p.id = a.participant_id)",
     "e.held_on, e.id, p.email", UPSKILL_IN_COHORT("a.participant_id")},
    {"community-events",
     QT_TRANSLATE_NOOP("TableExport", "community-of-practice meetings, meetups, summits and "
                                      "refreshers with how many came"),
     R"(e.held_on AS held_on, e.kind AS kind, e.title AS title,
       (SELECT count(*) FROM community_attendance a WHERE a.event_id = e.id) AS attendees,
       e.notes AS notes)",
     "community_events e", "e.held_on, e.id", nullptr},
    {"enrollments",
     QT_TRANSLATE_NOOP("TableExport", "who is or was in which cohort, with status and dates"),
     R"(c.name AS cohort, p.email AS participant_email, p.name AS participant,
       e.status AS status, e.placement AS placement, e.enrolled_on AS enrolled_on,
       e.completed_on AS completed_on, e.withdrawn_on AS withdrawn_on,
       e.first_ai_contribution_on AS first_ai_contribution_on,
       e.capstone_rating AS capstone_rating)",
     R"(cohorts c
CROSS JOIN enrollments e ON e.cohort_id = c.id
JOIN participants p ON p.id = e.participant_id)",
     "c.quarter, c.start_date, c.name, p.email", "e.cohort_id = ?"},
    {"impact",
     QT_TRANSLATE_NOOP("TableExport", "business impact per cohort or team in the quarters "
                                      "after: features, hours saved, quality, cost, revenue"),
     R"(c.name AS cohort, i.team AS team, i.quarter_after AS quarter_after,
       i.features_shipped AS features_shipped, i.hours_saved AS hours_saved,
       i.quality_improvement_pct AS quality_improvement_pct,
       i.cost_reduction AS cost_reduction, i.revenue_impact AS revenue_impact,
       i.evidence AS evidence)",
     R"(impact_metrics i
LEFT JOIN cohorts c ON c.id = i.cohort_id)",
     "c.quarter, c.name, i.team, i.quarter_after, i.id", "i.cohort_id = ?"},
    {"learning-log",
     QT_TRANSLATE_NOOP("TableExport", "external courses, conferences and certifications with "
                                      "cost, rating and review"),
     R"(p.email AS participant_email, p.name AS participant, x.kind AS kind, x.title AS title,
       x.provider AS provider, x.start_date AS start_date, x.end_date AS end_date,
       x.cost AS cost, x.rating AS rating, x.review AS review,
       x.recommended AS recommended, x.presented AS presented)",
     R"(participants p
CROSS JOIN external_learning x ON x.participant_id = p.id)",
     "p.email, x.start_date, x.id", UPSKILL_IN_COHORT("p.id")},
    {"mentorships",
     QT_TRANSLATE_NOOP("TableExport", "who mentors whom, in which cohort and until when"),
     R"(r.email AS mentor_email, r.name AS mentor, e.email AS mentee_email, e.name AS mentee,
       c.name AS cohort, m.starts_on AS starts_on, m.ends_on AS ends_on,
       m.over_capacity AS over_capacity, m.override_reason AS override_reason,
       m.mentor_satisfaction AS mentor_satisfaction, m.mentee_feedback AS mentee_feedback)",
     R"(participants r
CROSS JOIN mentorships m ON m.mentor_id = r.id
JOIN participants e ON e.id = m.mentee_id
LEFT JOIN cohorts c ON c.id = m.cohort_id)",
     "r.email, m.starts_on, e.email", "m.cohort_id = ?"},
    {"modules",
     QT_TRANSLATE_NOOP("TableExport", "each track's modules by week with instruction, hands-on "
                                      "and presentation hours"),
     R"(t.name AS track, m.week AS week, m.title AS title, m.topics AS topics,
       m.exercise AS exercise, m.instruction_hours AS instruction_hours,
       m.hands_on_hours AS hands_on_hours, m.presentation_hours AS presentation_hours,
       CASE WHEN m.instruction_hours + m.hands_on_hours + m.presentation_hours > 0
            THEN round(100.0 * m.hands_on_hours
                       / (m.instruction_hours + m.hands_on_hours + m.presentation_hours), 1)
       END AS hands_on_pct)",
     R"(modules m
JOIN tracks t ON t.id = m.track_id)",
     "t.position, t.name, m.week, m.position, m.id",
     "m.track_id = (SELECT track_id FROM cohorts WHERE id = ?)"},
    {"participants",
     QT_TRANSLATE_NOOP("TableExport",
                       "every person with role, team, manager, seniority and program roles"),
     R"(email, name, role, team, manager, seniority, is_champion, is_mentor, is_alumnus,
       notes)",
     "participants", "email", UPSKILL_IN_COHORT("id")},
    {"projects",
     QT_TRANSLATE_NOOP("TableExport", "the application projects: problem, status, showcase and "
                                      "follow-through time"),
     R"(c.name AS cohort, p.email AS participant_email, p.name AS participant,
       j.title AS title, j.problem AS problem, j.team AS team, j.status AS status,
       j.recorded_on AS recorded_on, j.showcase_date AS showcase_date,
       j.followthrough_days AS followthrough_days)",
     R"(cohorts c
CROSS JOIN application_projects j ON j.cohort_id = c.id
JOIN participants p ON p.id = j.participant_id)",
     "c.quarter, c.start_date, c.name, p.email, j.id", "j.cohort_id = ?"},
    {"protected-time",
     QT_TRANSLATE_NOOP("TableExport", "protected learning time per person and week: planned, "
                                      "used and why it was taken"),
     R"(c.name AS cohort, p.email AS participant_email, p.name AS participant,
       t.week_start AS week_start, t.hours_planned AS hours_planned,
       t.hours_used AS hours_used, t.reason AS reason, t.note AS note)",
     R"(cohorts c
CROSS JOIN protected_time t ON t.cohort_id = c.id
JOIN participants p ON p.id = t.participant_id)",
     "c.quarter, c.start_date, c.name, p.email, t.week_start", "t.cohort_id = ?"},
    {"providers",
     QT_TRANSLATE_NOOP("TableExport", "training providers under evaluation with status, cost "
                                      "and how many red flags are ticked"),
     R"(v.name AS name, v.kind AS kind, v.status AS status,
       v.engagement_format AS engagement_format, v.price_model AS price_model,
       v.cost AS cost, v.contact AS contact,
       (SELECT count(*) FROM provider_red_flags f WHERE f.provider_id = v.id AND f.ticked = 1)
           AS red_flags_ticked,
       v.notes AS notes)",
     "providers v", "v.name", nullptr},
    {"sessions",
     QT_TRANSLATE_NOOP("TableExport", "every scheduled session with its module, format, "
                                      "facilitator, place and attendance"),
     R"(c.name AS cohort, s.starts_at AS starts_at, s.duration_minutes AS duration_minutes,
       s.title AS title, m.title AS module, s.format AS format,
       s.facilitator AS facilitator, s.location AS location,
       (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status = 'present')
           AS present,
       (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status = 'absent')
           AS absent,
       (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.status = 'excused')
           AS excused,
       s.notes AS notes)",
     R"(sessions s
JOIN cohorts c ON c.id = s.cohort_id
LEFT JOIN modules m ON m.id = s.module_id)",
     "s.starts_at, c.name, s.id", "s.cohort_id = ?"},
    // Answers without who gave them: survey data exists to improve the program, never to
    // judge a person (a person's own answers are in `person export`).
    {"surveys",
     QT_TRANSLATE_NOOP("TableExport", "survey answers (without who gave them): satisfaction, "
                                      "would-recommend score and comment"),
     R"(r.kind AS kind, coalesce(c.name, sc.name) AS cohort, s.starts_at AS session_starts_at,
       s.title AS session, r.satisfaction AS satisfaction, r.recommend AS recommend,
       r.comment AS comment, r.responded_on AS responded_on)",
     R"(survey_responses r
LEFT JOIN sessions s ON s.id = r.session_id
LEFT JOIN cohorts sc ON sc.id = s.cohort_id
LEFT JOIN cohorts c ON c.id = r.cohort_id)",
     "r.responded_on, r.id", "(r.cohort_id = ? OR s.cohort_id = ?)"},
    {"tracks",
     QT_TRANSLATE_NOOP("TableExport", "the tracks with audience, topics, capstone, hours and "
                                      "weeks"),
     R"(t.name AS name, t.kind AS kind, t.audience AS audience,
       (SELECT group_concat(r.role, ', ') FROM track_roles r WHERE r.track_id = t.id) AS roles,
       t.topics AS topics, t.capstone AS capstone, t.nominal_hours AS nominal_hours,
       t.nominal_weeks AS nominal_weeks,
       (SELECT count(*) FROM modules m WHERE m.track_id = t.id) AS modules)",
     "tracks t", "t.position, t.name", "t.id = (SELECT track_id FROM cohorts WHERE id = ?)"},
};

#undef UPSKILL_IN_COHORT

QString sqlOf(const ExportableTable &table, bool forCohort)
{
    QString sql = QStringLiteral("SELECT ") + QString::fromUtf8(table.columns) +
                  QStringLiteral("\nFROM ") + QString::fromUtf8(table.from);
    if (forCohort && table.cohort)
        sql += QStringLiteral("\nWHERE ") + QString::fromUtf8(table.cohort);
    return sql + QStringLiteral("\nORDER BY ") + QString::fromUtf8(table.order);
}

const ExportableTable *find(const QString &name)
{
    for (const ExportableTable &table : exportableTables) {
        if (name == QLatin1String(table.name))
            return &table;
    }
    return nullptr;
}

// How often the caller hears the row count: often enough for a prompt Ctrl+C, rarely
// enough to cost nothing.
constexpr qint64 ProgressRows = 4096;

} // namespace

QStringList TableExport::tables()
{
    QStringList names;
    for (const ExportableTable &table : exportableTables)
        names.append(QString::fromLatin1(table.name));
    std::sort(names.begin(), names.end());
    return names;
}

QString TableExport::description(const QString &table)
{
    const ExportableTable *entry = find(table);
    return entry ? tr(entry->description) : QString();
}

bool TableExport::appliesToCohort(const QString &table)
{
    const ExportableTable *entry = find(table);
    return entry && entry->cohort;
}

bool TableExport::writeCsv(const QSqlDatabase &db, const QString &table, const QString &path,
                           qint64 *rows, QString *error, const Progress &progress,
                           const Options &options)
{
    *rows = 0;
    const ExportableTable *entry = find(table);
    if (!entry) {
        *error = tr("There is no table '%1' to export; the tables are: %2.")
                     .arg(table, tables().join(QStringLiteral(", ")));
        return false;
    }

    if (options.cohortId > 0 && !entry->cohort) {
        *error =
            tr("The %1 export cannot be limited to one cohort; leave the cohort out.").arg(table);
        return false;
    }
    const bool forCohort = options.cohortId > 0;
    QSqlQuery query(db);
    // Forward only: the driver keeps no rows behind the current one.
    query.setForwardOnly(true);
    const QString sql = sqlOf(*entry, forCohort);
    const bool prepared = query.prepare(sql);
    if (prepared && forCohort) {
        // The cohort condition is the only part with parameters.
        const qsizetype parameters = QByteArrayView(entry->cohort).count('?');
        for (qsizetype i = 0; i < parameters; ++i)
            query.addBindValue(options.cohortId);
    }
    if (!prepared || !query.exec()) {
        *error = tr("Reading %1 for the export failed: %2")
                     .arg(table, SqlErrors::technical(query.lastError()));
        qCDebug(IoLog) << *error;
        return false;
    }

    CsvWriter writer(path);
    writer.setByteOrderMark(options.byteOrderMark);
    if (!writer.open()) {
        *error = writer.errorString();
        return false;
    }
    const QSqlRecord record = query.record();
    QVariantList fields(record.count());
    for (int i = 0; i < record.count(); ++i)
        fields[i] = record.fieldName(i);
    if (!writer.writeRecord(fields)) {
        *error = writer.errorString();
        return false;
    }

    qint64 written = 0;
    while (query.next()) {
        for (int i = 0; i < fields.size(); ++i)
            fields[i] = query.value(i);
        if (!writer.writeRecord(fields)) {
            *error = writer.errorString();
            return false;
        }
        if (++written % ProgressRows == 0 && progress && !progress(written)) {
            *error = tr("The export of %1 was cancelled; %2 was not written.").arg(table, path);
            return false;
        }
    }
    // next() is also false when reading failed half-way; that must not pass for the end.
    if (query.lastError().isValid()) {
        *error = tr("Reading %1 for the export failed: %2")
                     .arg(table, SqlErrors::technical(query.lastError()));
        qCDebug(IoLog) << *error;
        return false;
    }
    query.finish();
    if (!writer.commit()) {
        *error = writer.errorString();
        return false;
    }
    *rows = written;
    return true;
}

} // namespace Upskill
