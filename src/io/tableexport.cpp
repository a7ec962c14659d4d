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
// only ever selects an entry, it never reaches SQL.
struct ExportableTable
{
    const char *name;
    const char *description;
    const char *sql;
};

// Sorted by name. Adding a table to the exports is adding its entry here.
const ExportableTable exportableTables[] = {
    {"assessments",
     QT_TRANSLATE_NOOP("TableExport", "every assessment: person, rubric dimension, kind, level "
                                      "and date, with the cohort it belongs to"),
     // Per person in email order, and within a person by the rubric's order and date. CROSS
     // JOIN keeps SQLite's join order: people outside along their email index, their
     // assessments inside, so only one person's rows are sorted at a time and the export
     // streams. Left to itself the planner sorts all assessments at once (15 times slower
     // at a million rows).
     R"(SELECT p.email AS participant_email, p.name AS participant, d.name AS dimension,
       a.kind AS kind, a.level AS level, l.label AS level_label, a.assessed_on AS assessed_on,
       c.name AS cohort, a.note AS note
FROM participants p
CROSS JOIN assessments a ON a.participant_id = p.id
JOIN rubric_dimensions d ON d.id = a.dimension_id
LEFT JOIN rubric_levels l ON l.dimension_id = a.dimension_id AND l.level = a.level
LEFT JOIN cohorts c ON c.id = a.cohort_id
ORDER BY p.email, d.position, d.id, a.assessed_on, a.id)"},
    {"cohorts",
     QT_TRANSLATE_NOOP("TableExport",
                       "every cohort with its track, quarter, dates, status and instructors"),
     R"(SELECT c.name AS name, t.name AS track, c.quarter AS quarter, c.start_date AS start_date,
       c.end_date AS end_date, c.status AS status, c.is_pilot AS is_pilot,
       c.instructors AS instructors, c.managers_briefed AS managers_briefed,
       c.managers_briefed_on AS managers_briefed_on, c.showcase_date AS showcase_date,
       c.notes AS notes
FROM cohorts c
JOIN tracks t ON t.id = c.track_id
ORDER BY c.quarter, c.start_date, c.name)"},
    {"enrollments",
     QT_TRANSLATE_NOOP("TableExport", "who is or was in which cohort, with status and dates"),
     R"(SELECT c.name AS cohort, p.email AS participant_email, p.name AS participant,
       e.status AS status, e.placement AS placement, e.enrolled_on AS enrolled_on,
       e.completed_on AS completed_on, e.withdrawn_on AS withdrawn_on,
       e.first_ai_contribution_on AS first_ai_contribution_on,
       e.capstone_rating AS capstone_rating
FROM enrollments e
JOIN cohorts c ON c.id = e.cohort_id
JOIN participants p ON p.id = e.participant_id
ORDER BY c.quarter, c.name, p.email)"},
    {"participants",
     QT_TRANSLATE_NOOP("TableExport",
                       "every person with role, team, manager, seniority and program roles"),
     R"(SELECT email, name, role, team, manager, seniority, is_champion, is_mentor, is_alumnus,
       notes
FROM participants
ORDER BY email)"},
};

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

bool TableExport::writeCsv(const QSqlDatabase &db, const QString &table, const QString &path,
                           qint64 *rows, QString *error, const Progress &progress)
{
    *rows = 0;
    const ExportableTable *entry = find(table);
    if (!entry) {
        *error = tr("There is no table '%1' to export; the tables are: %2.")
                     .arg(table, tables().join(QStringLiteral(", ")));
        return false;
    }

    QSqlQuery query(db);
    // Forward only: the driver keeps no rows behind the current one.
    query.setForwardOnly(true);
    if (!query.exec(QString::fromUtf8(entry->sql))) {
        *error = tr("Reading %1 for the export failed: %2")
                     .arg(table, SqlErrors::technical(query.lastError()));
        qCDebug(IoLog) << *error;
        return false;
    }

    CsvWriter writer(path);
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
