// SPDX-License-Identifier: GPL-3.0-or-later
#include "personerasure.h"

#include "backups.h"
#include "logging.h"
#include "sqlerrors.h"
#include "sqliteconnection.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace Upskill {

namespace {

struct Reference
{
    QString table;
    QString column;
    QString onDelete;
};

// Identifiers come from the file's own schema, never from the user, and are quoted anyway.
QString quoted(QString identifier)
{
    return QLatin1Char('"') + identifier.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
           QLatin1Char('"');
}

QList<Reference> referencesToParticipants(const QSqlDatabase &db)
{
    QList<Reference> result;
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT m.name, f.\"from\", upper(f.on_delete) FROM sqlite_schema m, "
                       "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND f.\"table\" = "
                       "'participants' ORDER BY m.name, f.id"));
    while (query.next())
        result.append(
            {query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return result;
}

bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    query.addBindValue(table);
    query.addBindValue(column);
    return query.exec() && query.next();
}

// What a reference means for the person, in the coordinator's words.
QString labelOf(const Reference &reference)
{
    const QString key = reference.table + QLatin1Char('.') + reference.column;
    static const struct
    {
        const char *key;
        const char *label;
    } labels[] = {
        {"enrollments.participant_id", QT_TRANSLATE_NOOP("PersonErasure", "Enrollments")},
        {"assessments.participant_id", QT_TRANSLATE_NOOP("PersonErasure", "Assessments")},
        {"attendance.participant_id", QT_TRANSLATE_NOOP("PersonErasure", "Session attendance")},
        {"survey_responses.participant_id",
         QT_TRANSLATE_NOOP("PersonErasure", "Survey answers given by name")},
        {"mentorships.mentor_id", QT_TRANSLATE_NOOP("PersonErasure", "Mentorships as mentor")},
        {"mentorships.mentee_id", QT_TRANSLATE_NOOP("PersonErasure", "Mentorships as mentee")},
        {"application_projects.participant_id",
         QT_TRANSLATE_NOOP("PersonErasure", "Application projects")},
        {"protected_time.participant_id",
         QT_TRANSLATE_NOOP("PersonErasure", "Protected learning time (weeks)")},
        {"external_learning.participant_id",
         QT_TRANSLATE_NOOP("PersonErasure", "External learning log")},
        {"community_attendance.participant_id",
         QT_TRANSLATE_NOOP("PersonErasure", "Community events attended")},
        {"behaviour_metrics.participant_id",
         QT_TRANSLATE_NOOP("PersonErasure", "Follow-up figures (behaviour)")},
        {"reading_group_members.participant_id",
         QT_TRANSLATE_NOOP("PersonErasure", "Reading group memberships")},
        {"reading_group_meetings.facilitator_id",
         QT_TRANSLATE_NOOP("PersonErasure", "Reading group meetings they led")},
    };
    for (const auto &entry : labels) {
        if (key == QLatin1String(entry.key))
            return PersonErasure::tr(entry.label);
    }
    return key;
}

// Deleted with the person rather than left to the schema: answers given by name would
// otherwise stay as anonymous answers with the person's own words in them.
bool deletedExplicitly(const Reference &reference)
{
    if (reference.table == QLatin1String("survey_responses"))
        return true;
    return reference.onDelete != QLatin1String("CASCADE") &&
           reference.onDelete != QLatin1String("SET NULL");
}

// Text fields that name a person by name rather than by reference.
struct NameField
{
    const char *table;
    const char *column;
    const char *label;
    bool list; // several names: "A, B", "A and B", "A & B", "A; B" or "A / B"
};

const NameField nameFields[] = {
    {"participants", "manager",
     QT_TRANSLATE_NOOP("PersonErasure", "People who have them as manager"), false},
    {"sessions", "facilitator", QT_TRANSLATE_NOOP("PersonErasure", "Sessions they facilitate"),
     true},
    {"cohorts", "instructors", QT_TRANSLATE_NOOP("PersonErasure", "Cohorts they instruct"), true},
    {"checklist_items", "owner", QT_TRANSLATE_NOOP("PersonErasure", "Checklist items they own"),
     false},
    {"checklist_template_items", "default_owner",
     QT_TRANSLATE_NOOP("PersonErasure", "Checklist template items they own"), false},
};

QStringList namesIn(const QString &list)
{
    static const QRegularExpression separator(QStringLiteral(R"(\s*(?:[,;&/\n]|\band\b)\s*)"),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList names;
    for (const QString &part : list.split(separator, Qt::SkipEmptyParts)) {
        if (const QString name = part.simplified(); !name.isEmpty())
            names.append(name);
    }
    return names;
}

bool sameName(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

QString withoutName(const QString &names, const QString &name)
{
    QStringList kept;
    for (const QString &part : namesIn(names)) {
        if (!sameName(part, name))
            kept.append(part);
    }
    // Never a null string: the text columns are NOT NULL and an emptied list is "".
    return kept.isEmpty() ? QStringLiteral("") : kept.join(QStringLiteral(", "));
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = SqlErrors::technical(query.lastError());
    qCWarning(StorageLog) << query.lastQuery() << query.lastError();
    return false;
}

// Rows of a list field that name the person: the field contains the name as one element.
QList<QPair<qint64, QString>> listRowsNaming(const QSqlDatabase &db, const NameField &field,
                                             const QString &name)
{
    QList<QPair<qint64, QString>> rows;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT rowid, %1 FROM %2 WHERE instr(lower(%1), lower(?)) > 0")
                      .arg(quoted(QString::fromLatin1(field.column)),
                           quoted(QString::fromLatin1(field.table))));
    query.addBindValue(name);
    query.exec();
    while (query.next()) {
        const QString value = query.value(1).toString();
        const QStringList parts = namesIn(value);
        if (std::any_of(parts.cbegin(), parts.cend(),
                        [&](const QString &part) { return sameName(part, name); }))
            rows.append({query.value(0).toLongLong(), withoutName(value, name)});
    }
    return rows;
}

struct Pragma
{
    const QSqlDatabase &db;
    QVariant get(const QString &name) const
    {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("PRAGMA ") + name) && query.next())
            return query.value(0);
        return {};
    }
    bool set(const QString &name, const QVariant &value) const
    {
        QSqlQuery query(db);
        return query.exec(QStringLiteral("PRAGMA %1 = %2").arg(name, value.toString()));
    }
};

bool runStatement(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = SqlErrors::technical(query.lastError());
    return false;
}

// Text columns anywhere that still contain the name or the email.
QList<PersonErasure::Count> mentionsOf(const QSqlDatabase &db, const PersonErasure::Person &person)
{
    QList<PersonErasure::Count> result;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name"));
    QStringList tableNames;
    while (tables.next())
        tableNames.append(tables.value(0).toString());
    for (const QString &table : std::as_const(tableNames)) {
        QSqlQuery columns(db);
        columns.prepare(
            QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE upper(type) = 'TEXT'"));
        columns.addBindValue(table);
        columns.exec();
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            // Other people's own names and emails are theirs, even where they contain this
            // person's name (a namesake, "Ana Lee" in "Ana Leeson").
            if (table == QLatin1String("participants") &&
                (column == QLatin1String("name") || column == QLatin1String("email")))
                continue;
            QSqlQuery count(db);
            count.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE instr(%2, ?) > 0 OR "
                                         "instr(lower(%2), lower(?)) > 0")
                              .arg(quoted(table), quoted(column)));
            count.addBindValue(person.name);
            count.addBindValue(person.email);
            if (count.exec() && count.next() && count.value(0).toLongLong() > 0)
                result.append({table + QLatin1Char('.') + column, count.value(0).toLongLong()});
        }
    }
    return result;
}

} // namespace

std::optional<PersonErasure::Person> PersonErasure::find(const QSqlDatabase &db,
                                                         const QString &email, QString *error)
{
    QSqlQuery query(db);
    // email is COLLATE NOCASE in the schema: the unique index answers this.
    query.prepare(QStringLiteral("SELECT id, name, email FROM participants WHERE email = ?"));
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
    return Person{query.value(0).toLongLong(), query.value(1).toString(),
                  query.value(2).toString()};
}

std::optional<PersonErasure::Report> PersonErasure::preview(const QSqlDatabase &db,
                                                            const QString &email, QString *error)
{
    const auto person = find(db, email, error);
    if (!person)
        return std::nullopt;
    Report report;
    report.person = *person;
    for (const Reference &reference : referencesToParticipants(db)) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                          .arg(quoted(reference.table), quoted(reference.column)));
        query.addBindValue(person->id);
        if (!exec(query, error) || !query.next())
            return std::nullopt;
        const qint64 rows = query.value(0).toLongLong();
        if (rows == 0)
            continue;
        const bool removed =
            deletedExplicitly(reference) || reference.onDelete == QLatin1String("CASCADE");
        (removed ? report.removed : report.namesCleared).append({labelOf(reference), rows});
    }
    QSqlQuery namesakes(db);
    namesakes.prepare(
        QStringLiteral("SELECT count(*) FROM participants WHERE name = ? AND id <> ?"));
    namesakes.addBindValue(person->name);
    namesakes.addBindValue(person->id);
    if (!exec(namesakes, error) || !namesakes.next())
        return std::nullopt;
    report.namesakes = namesakes.value(0).toLongLong();
    namesakes.finish();
    // A field that names someone by name cannot tell namesakes apart: it may mean another
    // person, so it is left for the coordinator.
    for (const NameField &field : nameFields) {
        if (report.namesakes > 0)
            break;
        const QString table = QString::fromLatin1(field.table);
        const QString column = QString::fromLatin1(field.column);
        if (!hasColumn(db, table, column))
            continue;
        qint64 rows = 0;
        if (field.list) {
            rows = listRowsNaming(db, field, person->name).size();
        } else {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?%3")
                              .arg(quoted(table), quoted(column),
                                   table == QLatin1String("participants")
                                       ? QStringLiteral(" AND id <> ?")
                                       : QString()));
            query.addBindValue(person->name);
            if (table == QLatin1String("participants"))
                query.addBindValue(person->id);
            if (!exec(query, error) || !query.next())
                return std::nullopt;
            rows = query.value(0).toLongLong();
        }
        if (rows > 0)
            report.namesCleared.append({tr(field.label), rows});
    }
    return report;
}

bool PersonErasure::checkpoint(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    // TRUNCATE waits for readers (busy timeout) and then empties the log file: what the
    // log held of the old pages is gone from disk, not just marked as used.
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !query.next())
        return false;
    return query.value(0).toInt() == 0;
}

std::optional<PersonErasure::Report> PersonErasure::erase(const QSqlDatabase &db,
                                                          const QString &email, QString *error)
{
    auto report = preview(db, email, error);
    if (!report)
        return std::nullopt;
    const Person person = report->person;
    const Pragma pragma{db};
    const QVariant secureDelete = pragma.get(QStringLiteral("secure_delete"));
    // Deleted content is overwritten with zeros in the pages it leaves, not just unlinked.
    pragma.set(QStringLiteral("secure_delete"), 1);
    auto done = [&](bool ok) {
        pragma.set(QStringLiteral("secure_delete"),
                   secureDelete.isValid() ? secureDelete.toInt() : 0);
        return ok;
    };

    if (!runStatement(db, QStringLiteral("BEGIN IMMEDIATE"), error)) {
        *error = tr("%1 cannot be changed now: %2").arg(db.databaseName(), *error);
        done(false);
        return std::nullopt;
    }
    auto fail = [&](const QString &what) {
        runStatement(db, QStringLiteral("ROLLBACK"), error);
        *error = tr("%1: %2 was not erased, nothing was changed: %3")
                     .arg(db.databaseName(), person.email, what);
        done(false);
        return std::nullopt;
    };
    QString technical;
    const QList<Reference> references = referencesToParticipants(db);
    for (const Reference &reference : references) {
        if (!deletedExplicitly(reference))
            continue;
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?")
                          .arg(quoted(reference.table), quoted(reference.column)));
        query.addBindValue(person.id);
        if (!exec(query, &technical))
            return fail(technical);
    }
    for (const NameField &field : nameFields) {
        if (report->namesakes > 0)
            break;
        const QString table = QString::fromLatin1(field.table);
        const QString column = QString::fromLatin1(field.column);
        if (!hasColumn(db, table, column))
            continue;
        QSqlQuery query(db);
        if (field.list) {
            query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE rowid = ?")
                              .arg(quoted(table), quoted(column)));
            for (const auto &[rowid, kept] : listRowsNaming(db, field, person.name)) {
                query.bindValue(0, kept);
                query.bindValue(1, rowid);
                if (!exec(query, &technical))
                    return fail(technical);
            }
            continue;
        }
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = '' WHERE %2 = ?")
                          .arg(quoted(table), quoted(column)));
        query.addBindValue(person.name);
        if (!exec(query, &technical))
            return fail(technical);
    }
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("DELETE FROM participants WHERE id = ?"));
        query.addBindValue(person.id);
        if (!exec(query, &technical))
            return fail(technical);
    }
    // The cascades did their work: nothing may still point at the person.
    for (const Reference &reference : references) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                          .arg(quoted(reference.table), quoted(reference.column)));
        query.addBindValue(person.id);
        if (!exec(query, &technical) || !query.next())
            return fail(technical);
        if (query.value(0).toLongLong() != 0)
            return fail(tr("%1 still refers to them").arg(reference.table));
    }
    if (!runStatement(db, QStringLiteral("COMMIT"), &technical))
        return fail(technical);

    // Index statistics may hold sample keys (sqlite_stat4): they are rebuilt without them.
    QSqlQuery stats(db);
    if (stats.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name LIKE "
                                  "'sqlite_stat%'")) &&
        stats.next() && stats.value(0).toInt() > 0) {
        stats.finish();
        runStatement(db, QStringLiteral("ANALYZE"), &technical);
    }
    stats.finish();
    // Rebuilt page by page, the file keeps no free page with their rows in it.
    report->compacted = runStatement(db, QStringLiteral("VACUUM"), &technical);
    if (!report->compacted)
        qCWarning(StorageLog) << "VACUUM after an erasure failed:" << technical;
    report->logEmptied = checkpoint(db);
    report->mentions = mentionsOf(db, person);
    done(true);
    qCInfo(StorageLog) << "erased a participant from" << db.databaseName();
    return report;
}

void PersonErasure::eraseFromBackups(const QString &programPath, const QString &email,
                                     Report *report)
{
    for (const Backups::Info &backup : Backups(programPath).list(false)) {
        const QString name = QFileInfo(backup.path).fileName();
        SqliteConnection connection(backup.path, SqliteConnection::Access::ReadWrite);
        if (!connection.isOpen()) {
            report->backupProblems.append(connection.error());
            continue;
        }
        QString error;
        QSqlQuery probe(connection.database());
        probe.prepare(QStringLiteral("SELECT count(*) FROM participants WHERE email = ?"));
        probe.addBindValue(email.trimmed());
        if (!probe.exec() || !probe.next()) {
            report->backupProblems.append(
                tr("%1 cannot be read: %2").arg(name, SqlErrors::technical(probe.lastError())));
            continue;
        }
        const bool holdsThem = probe.value(0).toLongLong() > 0;
        probe.finish();
        if (!holdsThem)
            continue;
        if (erase(connection.database(), email, &error))
            ++report->backupsCleaned;
        else
            report->backupProblems.append(error);
    }
}

std::optional<PersonErasure::Report>
PersonErasure::eraseEverywhere(const QString &programPath, const QString &email, QString *error)
{
    std::optional<Report> report;
    {
        SqliteConnection connection(programPath, SqliteConnection::Access::ReadWrite);
        if (!connection.isOpen()) {
            *error = connection.error();
            return std::nullopt;
        }
        report = erase(connection.database(), email, error);
    }
    if (report)
        eraseFromBackups(programPath, email, &*report);
    return report;
}

} // namespace Upskill
