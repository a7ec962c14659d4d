// SPDX-License-Identifier: GPL-3.0-or-later
#include "personexport.h"

#include "logging.h"
#include "sqlerrors.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Upskill {

namespace {

// One part of the export: the rows of one reference to the person, every ? bound to their id.
struct Section
{
    const char *key;
    const char *references; // table.column this section covers
    const char *sql;
};

const Section sections[] = {
    {"enrollments", "enrollments.participant_id",
     R"(SELECT c.name AS cohort, t.name AS track, c.quarter AS quarter, e.status AS status,
       e.placement AS placement, e.enrolled_on AS enrolled_on, e.completed_on AS completed_on,
       e.withdrawn_on AS withdrawn_on, e.first_ai_contribution_on AS first_ai_contribution_on,
       e.capstone_rating AS capstone_rating
FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id JOIN tracks t ON t.id = c.track_id
WHERE e.participant_id = ? ORDER BY c.quarter, c.name)"},
    {"assessments", "assessments.participant_id",
     R"(SELECT d.name AS dimension, a.kind AS kind, a.level AS level, l.label AS level_label,
       a.assessed_on AS assessed_on, c.name AS cohort, a.note AS note
FROM assessments a JOIN rubric_dimensions d ON d.id = a.dimension_id
LEFT JOIN rubric_levels l ON l.dimension_id = a.dimension_id AND l.level = a.level
LEFT JOIN cohorts c ON c.id = a.cohort_id
WHERE a.participant_id = ? ORDER BY d.position, d.id, a.assessed_on, a.id)"},
    {"attendance", "attendance.participant_id",
     R"(SELECT c.name AS cohort, s.starts_at AS session_starts_at, s.title AS session,
       a.status AS status
FROM attendance a JOIN sessions s ON s.id = a.session_id JOIN cohorts c ON c.id = s.cohort_id
WHERE a.participant_id = ? ORDER BY s.starts_at, s.id)"},
    {"survey_responses", "survey_responses.participant_id",
     R"(SELECT r.kind AS kind, coalesce(c.name, sc.name) AS cohort,
       s.starts_at AS session_starts_at, s.title AS session, r.satisfaction AS satisfaction,
       r.recommend AS recommend, r.comment AS comment, r.responded_on AS responded_on
FROM survey_responses r LEFT JOIN sessions s ON s.id = r.session_id
LEFT JOIN cohorts sc ON sc.id = s.cohort_id LEFT JOIN cohorts c ON c.id = r.cohort_id
WHERE r.participant_id = ? ORDER BY r.responded_on, r.id)"},
    {"mentorships_as_mentor", "mentorships.mentor_id",
     R"(SELECT e.name AS mentee, c.name AS cohort, m.starts_on AS starts_on, m.ends_on AS ends_on,
       m.over_capacity AS over_capacity, m.override_reason AS override_reason,
       m.mentor_satisfaction AS mentor_satisfaction
FROM mentorships m JOIN participants e ON e.id = m.mentee_id
LEFT JOIN cohorts c ON c.id = m.cohort_id
WHERE m.mentor_id = ? ORDER BY m.starts_on, m.id)"},
    {"mentorships_as_mentee", "mentorships.mentee_id",
     R"(SELECT r.name AS mentor, c.name AS cohort, m.starts_on AS starts_on, m.ends_on AS ends_on,
       m.mentee_feedback AS mentee_feedback
FROM mentorships m JOIN participants r ON r.id = m.mentor_id
LEFT JOIN cohorts c ON c.id = m.cohort_id
WHERE m.mentee_id = ? ORDER BY m.starts_on, m.id)"},
    {"application_projects", "application_projects.participant_id",
     R"(SELECT c.name AS cohort, j.title AS title, j.problem AS problem, j.team AS team,
       j.status AS status, j.recorded_on AS recorded_on, j.showcase_date AS showcase_date,
       j.followthrough_days AS followthrough_days
FROM application_projects j JOIN cohorts c ON c.id = j.cohort_id
WHERE j.participant_id = ? ORDER BY c.quarter, j.id)"},
    {"protected_time", "protected_time.participant_id",
     R"(SELECT c.name AS cohort, t.week_start AS week_start, t.hours_planned AS hours_planned,
       t.hours_used AS hours_used, t.reason AS reason, t.note AS note
FROM protected_time t JOIN cohorts c ON c.id = t.cohort_id
WHERE t.participant_id = ? ORDER BY t.week_start, c.name)"},
    {"learning_log", "external_learning.participant_id",
     R"(SELECT x.kind AS kind, x.title AS title, x.provider AS provider, x.start_date AS start_date,
       x.end_date AS end_date, x.cost AS cost, x.rating AS rating, x.review AS review,
       x.recommended AS recommended, x.presented AS presented
FROM external_learning x WHERE x.participant_id = ? ORDER BY x.start_date, x.id)"},
    {"community_events_attended", "community_attendance.participant_id",
     R"(SELECT e.held_on AS held_on, e.kind AS kind, e.title AS title
FROM community_attendance a JOIN community_events e ON e.id = a.event_id
WHERE a.participant_id = ? ORDER BY e.held_on, e.id)"},
    {"behaviour_followup", "behaviour_metrics.participant_id",
     R"(SELECT c.name AS cohort, b.month_after AS month_after,
       b.ai_tool_usage_pct AS ai_tool_usage_pct, b.experiments AS experiments,
       b.ai_commits AS ai_commits, b.manager_rating AS manager_rating,
       b.manager_observation AS manager_observation
FROM behaviour_metrics b JOIN cohorts c ON c.id = b.cohort_id
WHERE b.participant_id = ? ORDER BY c.quarter, c.name, b.month_after)"},
    {"reading_groups", "reading_group_members.participant_id",
     R"(SELECT g.name AS reading_group, c.name AS cohort, m.joined_on AS joined_on,
       m.left_on AS left_on
FROM reading_group_members m JOIN reading_groups g ON g.id = m.group_id
LEFT JOIN cohorts c ON c.id = g.cohort_id
WHERE m.participant_id = ? ORDER BY g.name, m.id)"},
    {"reading_group_meetings_led", "reading_group_meetings.facilitator_id",
     R"(SELECT g.name AS reading_group, m.held_on AS held_on, r.title AS reading,
       m.summary_link AS summary_link, m.notes AS notes
FROM reading_group_meetings m JOIN reading_groups g ON g.id = m.group_id
LEFT JOIN reading_group_readings r ON r.id = m.reading_id
WHERE m.facilitator_id = ? ORDER BY m.held_on, m.id)"},
};

// Other records that name the person in a text field rather than by reference.
struct Mention
{
    const char *key;
    const char *sql; // every ? bound to the person's name
};

// Facilitators and instructors are lists of names ("Emma Smith, Julia Murphy", "A and B",
// "A & B"): each is turned into ",a,b," so one whole name is found, never part of another.
const Mention mentions[] = {
    {"sessions_facilitated",
     R"(SELECT c.name AS cohort, s.starts_at AS starts_at, s.title AS title
FROM sessions s JOIN cohorts c ON c.id = s.cohort_id
WHERE ',' || replace(replace(replace(replace(replace(replace(lower(s.facilitator), ' and ', ','), ';', ','), '&', ','), '/', ','), ', ', ','), ' ,', ',') || ',' LIKE '%,' || lower(?) || ',%'
ORDER BY s.starts_at, s.id)"},
    {"cohorts_instructed",
     R"(SELECT c.name AS cohort, c.quarter AS quarter FROM cohorts c
WHERE ',' || replace(replace(replace(replace(replace(replace(lower(c.instructors), ' and ', ','), ';', ','), '&', ','), '/', ','), ', ', ','), ' ,', ',') || ',' LIKE '%,' || lower(?) || ',%'
ORDER BY c.quarter, c.name)"},
    {"checklist_items_owned",
     R"(SELECT c.name AS cohort, i.title AS item, i.due_date AS due_date, i.done AS done
FROM checklist_items i LEFT JOIN cohorts c ON c.id = i.cohort_id WHERE i.owner = ?
ORDER BY i.due_date, i.id)"},
};

QJsonValue jsonOf(const QVariant &value)
{
    // A NULL from SQLite arrives as a null QString, which QJsonValue would make "".
    if (value.isNull())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue::fromVariant(value);
}

bool rowsOf(QSqlQuery &query, QJsonArray *rows)
{
    if (!query.exec())
        return false;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), jsonOf(query.value(i)));
        rows->append(row);
    }
    return !query.lastError().isValid();
}

bool bindAll(QSqlQuery &query, const QString &sql, const QVariant &value)
{
    if (!query.prepare(sql))
        return false;
    for (qsizetype i = 0, n = sql.count(QLatin1Char('?')); i < n; ++i)
        query.addBindValue(value);
    return true;
}

QString quoted(QString identifier)
{
    return QLatin1Char('"') + identifier.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

} // namespace

QString PersonExport::sectionOf(const QString &table, const QString &column)
{
    const QString reference = table + QLatin1Char('.') + column;
    for (const Section &section : sections) {
        if (reference == QLatin1String(section.references))
            return QString::fromLatin1(section.key);
    }
    return reference;
}

std::optional<QJsonObject> PersonExport::collect(const QSqlDatabase &db, const QString &email,
                                                 QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, email, role, team, manager, seniority, "
                                 "is_champion, is_mentor, is_alumnus, notes FROM participants "
                                 "WHERE email = ?"));
    query.addBindValue(email.trimmed());
    if (!query.exec()) {
        *error = tr("%1: the participants cannot be read: %2")
                     .arg(db.databaseName(), SqlErrors::technical(query.lastError()));
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("%1: there is no participant with the email address \"%2\"")
                     .arg(db.databaseName(), email.trimmed());
        return std::nullopt;
    }
    const qint64 id = query.value(0).toLongLong();
    const QString name = query.value(1).toString();
    QJsonObject person;
    const QSqlRecord record = query.record();
    for (int i = 1; i < record.count(); ++i)
        person.insert(record.fieldName(i), jsonOf(query.value(i)));
    query.finish();

    QJsonObject document;
    document.insert(QStringLiteral("exported_at"),
                    QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    document.insert(QStringLiteral("program_file"), QFileInfo(db.databaseName()).fileName());
    if (query.exec(QStringLiteral("SELECT organisation_name FROM program_settings")) &&
        query.next())
        document.insert(QStringLiteral("organisation"), query.value(0).toString());
    document.insert(QStringLiteral("person"), person);

    // Every reference to participants, each in its own section: the curated one where the
    // schema is the one it was written for, the table's own columns otherwise.
    QSqlQuery references(db);
    references.exec(QStringLiteral(
        "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE "
        "m.type = 'table' AND f.\"table\" = 'participants' ORDER BY m.name, f.id"));
    QList<QPair<QString, QString>> referencing;
    while (references.next())
        referencing.append({references.value(0).toString(), references.value(1).toString()});
    for (const auto &[table, column] : std::as_const(referencing)) {
        const QString key = sectionOf(table, column);
        QJsonArray rows;
        QSqlQuery section(db);
        bool ok = false;
        for (const Section &known : sections) {
            if (key == QLatin1String(known.key))
                ok = bindAll(section, QString::fromUtf8(known.sql), id) && rowsOf(section, &rows);
        }
        if (!ok) {
            rows = QJsonArray();
            const QString sql =
                QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(quoted(table), quoted(column));
            if (!bindAll(section, sql, id) || !rowsOf(section, &rows)) {
                *error = tr("%1: the %2 of %3 cannot be read: %4")
                             .arg(db.databaseName(), table, email.trimmed(),
                                  SqlErrors::technical(section.lastError()));
                return std::nullopt;
            }
        }
        document.insert(key, rows);
    }

    QJsonObject namedIn;
    for (const Mention &mention : mentions) {
        QJsonArray rows;
        QSqlQuery section(db);
        // A table this file does not have (an older format) simply names nobody.
        if (bindAll(section, QString::fromUtf8(mention.sql), name) && rowsOf(section, &rows))
            namedIn.insert(QString::fromLatin1(mention.key), rows);
    }
    QSqlQuery managed(db);
    managed.prepare(
        QStringLiteral("SELECT count(*) FROM participants WHERE manager = ? AND id <> ?"));
    managed.addBindValue(name);
    managed.addBindValue(id);
    if (managed.exec() && managed.next())
        namedIn.insert(QStringLiteral("people_with_them_as_manager"),
                       managed.value(0).toLongLong());
    document.insert(QStringLiteral("named_in"), namedIn);
    return document;
}

bool PersonExport::writeJson(const QSqlDatabase &db, const QString &email, const QString &path,
                             QString *error, QList<QPair<QString, qint64>> *counts)
{
    const auto document = collect(db, email, error);
    if (!document)
        return false;
    if (counts) {
        counts->clear();
        for (auto it = document->begin(); it != document->end(); ++it) {
            if (it.value().isArray())
                counts->append({it.key(), it.value().toArray().size()});
        }
    }
    const QByteArray bytes = QJsonDocument(*document).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error =
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        qCDebug(IoLog) << *error;
        return false;
    }
    return true;
}

} // namespace Upskill
