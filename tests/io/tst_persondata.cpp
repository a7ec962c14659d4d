// SPDX-License-Identifier: GPL-3.0-or-later
// A person's data on request: the export holds their rows from every table that references
// them, and the erasure removes them from every table in one transaction, keeps everyone
// else's rows, and leaves neither their email nor their name anywhere in the file's bytes,
// its write-ahead log or its backups.
#include "backups.h"
#include "demoprogram.h"
#include "personerasure.h"
#include "personexport.h"
#include "programfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Upskill;

namespace {

struct Reference
{
    QString table;
    QString column;
};

QList<Reference> referencesToParticipants(const QSqlDatabase &db)
{
    QList<Reference> result;
    QSqlQuery query(db);
    query.exec(QStringLiteral(
        "SELECT m.name, f.\"from\" FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE "
        "m.type = 'table' AND f.\"table\" = 'participants' ORDER BY m.name, f.id"));
    while (query.next())
        result.append({query.value(0).toString(), query.value(1).toString()});
    return result;
}

} // namespace

class TestPersonData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QString m_path;
    std::unique_ptr<ProgramFile> m_file;
    qint64 m_person = 0;
    QString m_email;
    QString m_name;

    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning() << sql << query.lastError();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    bool exec(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (query.exec())
            return true;
        qWarning() << sql << query.lastError();
        return false;
    }

    bool hasTable(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                     "AND name = ?"),
                      {table}) > 0;
    }

    // Everything in the program's folder that belongs to it: the file, its -wal and -shm,
    // and every backup.
    QByteArray allBytes() const
    {
        QByteArray bytes;
        QDirIterator it(QFileInfo(m_path).absolutePath(), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (!QFileInfo(file).fileName().startsWith(QFileInfo(m_path).completeBaseName()))
                continue;
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        return bytes;
    }

    // A fingerprint of the rows of table that do not belong to the person.
    QByteArray othersRows(const QString &table, const QStringList &personColumns,
                          const QStringList &skipColumns = {}) const
    {
        QString condition;
        for (const QString &column : personColumns)
            condition += QStringLiteral(" AND %1 IS NOT %2").arg(column).arg(m_person);
        QSqlQuery query(m_file->database());
        query.exec(
            QStringLiteral("SELECT * FROM %1 WHERE 1%2 ORDER BY rowid").arg(table, condition));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        while (query.next()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i) {
                if (!skipColumns.contains(record.fieldName(i)))
                    hash.addData(query.value(i).toString().toUtf8() + '\x1f');
            }
            hash.addData("\x1e");
            ++rows;
        }
        return hash.result().toHex() + ':' + QByteArray::number(rows);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A demo program, and in it a person with rows in every table that references people
    // and named in the text fields that name people.
    void init()
    {
        QDir(m_dir.path()).mkdir(QString::number(++m_serial));
        m_path = m_dir.filePath(QStringLiteral("%1/demo.upskill").arg(m_serial));
        QString error;
        m_file = ProgramFile::open(m_path, ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 60;
        options.seed = 5;
        options.today = QDate(2026, 11, 2);
        QVERIFY2(DemoProgram::generate(*m_file, options, {}, &error), qPrintable(error));

        // Someone who completed a cohort, whose name is nobody else's and is part of no other
        // text by chance (so "not in the bytes" means what it says).
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT p.id, p.email, p.name FROM participants p JOIN enrollments e ON "
            "e.participant_id = p.id AND e.status = 'completed' WHERE NOT EXISTS (SELECT 1 FROM "
            "participants o WHERE o.id <> p.id AND (instr(o.name, p.name) > 0 OR instr(p.name, "
            "o.name) > 0 OR o.manager = p.name)) AND NOT EXISTS (SELECT 1 FROM sessions s WHERE "
            "s.facilitator = p.name) AND NOT EXISTS (SELECT 1 FROM cohorts c WHERE "
            "instr(c.instructors, p.name) > 0) ORDER BY (SELECT count(*) FROM assessments a WHERE "
            "a.participant_id = p.id) DESC, p.id LIMIT 1")));
        QVERIFY(query.next());
        m_person = query.value(0).toLongLong();
        m_email = query.value(1).toString();
        m_name = query.value(2).toString();
        query.finish();
        const qint64 other =
            scalar(QStringLiteral("SELECT min(id) FROM participants WHERE id <> ?"), {m_person});
        const qint64 cohort = scalar(QStringLiteral("SELECT min(cohort_id) FROM enrollments WHERE "
                                                    "participant_id = ?"),
                                     {m_person});
        const qint64 session =
            scalar(QStringLiteral("SELECT min(id) FROM sessions WHERE cohort_id = ?"), {cohort});
        QVERIFY(other > 0 && cohort > 0 && session > 0);

        // Top up what the demo happened not to give them.
        QVERIFY(exec(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, cohort_id) "
                                    "VALUES (?, ?, ?)"),
                     {m_person, other, cohort}));
        QVERIFY(exec(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, cohort_id, "
                                    "mentee_feedback) VALUES (?, ?, ?, 'Patient and clear')"),
                     {other, m_person, cohort}));
        QVERIFY(exec(QStringLiteral("INSERT INTO external_learning (participant_id, kind, title, "
                                    "cost) VALUES (?, 'course', 'Evaluating LLM systems', 450)"),
                     {m_person}));
        QVERIFY(exec(QStringLiteral("INSERT INTO survey_responses (kind, cohort_id, "
                                    "participant_id, satisfaction, recommend, comment, "
                                    "responded_on) VALUES ('end_of_program', ?, ?, 4, 8, 'More "
                                    "labs please', '2026-03-10')"),
                     {cohort, m_person}));
        QVERIFY(exec(QStringLiteral("INSERT OR IGNORE INTO community_attendance (event_id, "
                                    "participant_id) SELECT min(id), ? FROM community_events"),
                     {m_person}));
        QVERIFY(exec(QStringLiteral("INSERT OR IGNORE INTO behaviour_metrics (participant_id, "
                                    "cohort_id, month_after, experiments) VALUES (?, ?, 6, 2)"),
                     {m_person, cohort}));
        QVERIFY(exec(QStringLiteral("INSERT OR IGNORE INTO protected_time (cohort_id, "
                                    "participant_id, week_start, hours_used) VALUES (?, ?, "
                                    "'2030-01-07', 3)"),
                     {cohort, m_person}));
        QVERIFY(exec(QStringLiteral("INSERT INTO application_projects (participant_id, cohort_id, "
                                    "title) VALUES (?, ?, 'Triage assistant')"),
                     {m_person, cohort}));
        if (hasTable(QStringLiteral("reading_groups"))) {
            QVERIFY(exec(QStringLiteral("INSERT INTO reading_groups (name, cohort_id) VALUES "
                                        "('Papers club', ?)"),
                         {cohort}));
            const qint64 group = scalar(QStringLiteral("SELECT max(id) FROM reading_groups"));
            QVERIFY(exec(QStringLiteral("INSERT INTO reading_group_members (group_id, "
                                        "participant_id, position) VALUES (?, ?, 1)"),
                         {group, m_person}));
            QVERIFY(exec(QStringLiteral("INSERT INTO reading_group_members (group_id, "
                                        "participant_id, position) VALUES (?, ?, 2)"),
                         {group, other}));
            QVERIFY(exec(QStringLiteral("INSERT INTO reading_group_meetings (group_id, held_on, "
                                        "facilitator_id) VALUES (?, '2026-02-02', ?)"),
                         {group, m_person}));
        }
        // The text fields that name people.
        QVERIFY(exec(QStringLiteral("UPDATE sessions SET facilitator = ? WHERE id = ?"),
                     {m_name, session}));
        // Led with someone else, written as people write it, in another case.
        QVERIFY(exec(QStringLiteral("UPDATE sessions SET facilitator = 'Grace Hopper and ' || "
                                    "upper(?) WHERE id = (SELECT max(id) FROM sessions WHERE id "
                                    "<> ?)"),
                     {m_name, session}));
        QVERIFY(exec(QStringLiteral("UPDATE cohorts SET instructors = instructors || ', ' || ? "
                                    "WHERE id = ?"),
                     {m_name, cohort}));
        QVERIFY(exec(QStringLiteral("UPDATE participants SET manager = ? WHERE id = ?"),
                     {m_name, other}));
        QVERIFY(exec(QStringLiteral("UPDATE checklist_items SET owner = ? WHERE id = (SELECT "
                                    "min(id) FROM checklist_items)"),
                     {m_name}));

        for (const Reference &reference : referencesToParticipants(m_file->database()))
            QVERIFY2(scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                .arg(reference.table, reference.column),
                            {m_person}) > 0,
                     qPrintable(reference.table + QLatin1Char('.') + reference.column +
                                QStringLiteral(" needs a row in the fixture")));
    }

    void cleanup() { m_file.reset(); }

    void exportHoldsEveryTable()
    {
        QString error;
        const auto document = PersonExport::collect(m_file->database(), m_email, &error);
        QVERIFY2(document, qPrintable(error));
        const QJsonObject person = document->value(QStringLiteral("person")).toObject();
        QCOMPARE(person.value(QStringLiteral("email")).toString(), m_email);
        QCOMPARE(person.value(QStringLiteral("name")).toString(), m_name);
        QVERIFY(!person.contains(QStringLiteral("id")));

        const QList<Reference> references = referencesToParticipants(m_file->database());
        QVERIFY(references.size() >= 11);
        for (const Reference &reference : references) {
            const QString key = PersonExport::sectionOf(reference.table, reference.column);
            const qint64 rows = scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                           .arg(reference.table, reference.column),
                                       {m_person});
            QVERIFY2(document->value(key).isArray(), qPrintable(key));
            QCOMPARE(document->value(key).toArray().size(), rows);
            // Resolved for people, not raw: no ids of the schema's.
            const QJsonObject first = document->value(key).toArray().first().toObject();
            QVERIFY2(!first.contains(QStringLiteral("participant_id")), qPrintable(key));
        }
        // Values as the coordinator sees them, numbers as numbers.
        const QJsonArray learning = document->value(QStringLiteral("learning_log")).toArray();
        bool found = false;
        for (const QJsonValue &row : learning) {
            if (row.toObject().value(QStringLiteral("title")) ==
                QStringLiteral("Evaluating LLM systems")) {
                found = true;
                QCOMPARE(row.toObject().value(QStringLiteral("cost")).toDouble(), 450.0);
                QVERIFY(row.toObject().value(QStringLiteral("rating")).isNull());
            }
        }
        QVERIFY(found);
        const QJsonObject assessment =
            document->value(QStringLiteral("assessments")).toArray().first().toObject();
        QVERIFY(assessment.value(QStringLiteral("level")).isDouble());
        QVERIFY(!assessment.value(QStringLiteral("dimension")).toString().isEmpty());

        const QJsonObject namedIn = document->value(QStringLiteral("named_in")).toObject();
        QCOMPARE(namedIn.value(QStringLiteral("sessions_facilitated")).toArray().size(), 2);
        QCOMPARE(namedIn.value(QStringLiteral("cohorts_instructed")).toArray().size(), 1);
        QCOMPARE(namedIn.value(QStringLiteral("checklist_items_owned")).toArray().size(), 1);
        QCOMPARE(namedIn.value(QStringLiteral("people_with_them_as_manager")).toInt(), 1);

        // Nobody else's email is in it: other people appear only by name where the relation
        // is this person's own.
        const QByteArray json = QJsonDocument(*document).toJson();
        QSqlQuery others(m_file->database());
        QVERIFY(others.exec(
            QStringLiteral("SELECT email FROM participants WHERE id <> %1").arg(m_person)));
        while (others.next())
            QVERIFY2(!json.contains(others.value(0).toString().toUtf8()),
                     qPrintable(others.value(0).toString()));
    }

    void exportWritesAllOrNothing()
    {
        QString error;
        const QString path = m_dir.filePath(QStringLiteral("%1/person.json").arg(m_serial));
        QList<QPair<QString, qint64>> counts;
        QVERIFY2(
            PersonExport::writeJson(m_file->database(), m_email.toUpper(), path, &error, &counts),
            qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError parse;
        const QJsonDocument written = QJsonDocument::fromJson(file.readAll(), &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QCOMPARE(written.object()
                     .value(QStringLiteral("person"))
                     .toObject()
                     .value(QStringLiteral("email")),
                 QJsonValue(m_email));
        file.close();
        QVERIFY(!counts.isEmpty());

        // A write that fails half-way (the file size limit, as a full disk would) keeps the
        // previous file as it was.
        struct rlimit saved;
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = saved;
        limited.rlim_cur = 512;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        const QByteArray before = [&] {
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();
        const bool ok = PersonExport::writeJson(m_file->database(), m_email, path, &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("person.json")), qPrintable(error));
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), before);

        QVERIFY(!PersonExport::writeJson(m_file->database(), QStringLiteral("nobody@example.org"),
                                         path, &error));
        QVERIFY2(error.contains(QStringLiteral("nobody@example.org")), qPrintable(error));
        QVERIFY2(error.contains(m_path), qPrintable(error));
    }

    void eraseLeavesNoTrace()
    {
        // Before: the counts, everyone else's rows, and the person in the file's bytes.
        QString error;
        const auto backup = Backups::createFromFile(m_path, Backups::Kind::Manual, &error);
        QVERIFY2(backup, qPrintable(error));
        QVERIFY(allBytes().contains(m_email.toUtf8()));
        QVERIFY(allBytes().contains(m_name.toUtf8()));

        const QList<Reference> references = referencesToParticipants(m_file->database());
        QHash<QString, qint64> totals;
        QHash<QString, qint64> theirs;
        QHash<QString, QByteArray> others;
        QHash<QString, QStringList> columnsOf;
        for (const Reference &reference : references)
            columnsOf[reference.table].append(reference.column);
        for (const Reference &reference : references) {
            const QString key = reference.table + QLatin1Char('.') + reference.column;
            totals[reference.table] =
                scalar(QStringLiteral("SELECT count(*) FROM %1").arg(reference.table));
            theirs[key] = scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                     .arg(reference.table, reference.column),
                                 {m_person});
            others[reference.table] = othersRows(reference.table, columnsOf[reference.table]);
        }
        const qint64 people = scalar(QStringLiteral("SELECT count(*) FROM participants"));
        const QByteArray otherPeople = othersRows(
            QStringLiteral("participants"), {QStringLiteral("id")}, {QStringLiteral("manager")});
        const qint64 anonymous =
            scalar(QStringLiteral("SELECT count(*) FROM survey_responses WHERE participant_id IS "
                                  "NULL"));

        auto report = PersonErasure::erase(m_file->database(), m_email, &error);
        QVERIFY2(report, qPrintable(error));
        PersonErasure::eraseFromBackups(m_path, m_email, &*report);
        QVERIFY(report->compacted);
        QVERIFY(report->logEmptied);
        QCOMPARE(report->backupsCleaned, 1);
        QVERIFY2(report->backupProblems.isEmpty(),
                 qPrintable(report->backupProblems.join(QLatin1Char('\n'))));
        QVERIFY(report->mentions.isEmpty());
        QCOMPARE(report->person.email, m_email);
        QVERIFY(!report->removed.isEmpty());
        QVERIFY(report->namesCleared.size() >= 4);

        // Everyone else is as they were; anonymous answers stay anonymous.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), people - 1);
        QCOMPARE(othersRows(QStringLiteral("participants"), {QStringLiteral("id")},
                            {QStringLiteral("manager")}),
                 otherPeople);
        for (const Reference &reference : references) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?")
                                .arg(reference.table, reference.column),
                            {m_person}),
                     0);
            if (reference.table == QLatin1String("reading_group_meetings")) {
                // The group's history stays, without its facilitator.
                QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(reference.table)),
                         totals[reference.table]);
                continue;
            }
            qint64 removed = 0;
            for (const QString &column : columnsOf[reference.table])
                removed += theirs[reference.table + QLatin1Char('.') + column];
            // A row can name them twice (never here: mentor and mentee differ).
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM %1").arg(reference.table)),
                     totals[reference.table] - removed);
            QCOMPARE(othersRows(reference.table, columnsOf[reference.table]),
                     others[reference.table]);
        }
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM survey_responses WHERE "
                                       "participant_id IS NULL")),
                 anonymous);
        // Where they were named, they are not any more; the rest of a list stays.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE "
                                       "instr(lower(facilitator), lower(?)) > 0"),
                        {m_name}),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE facilitator = "
                                       "'Grace Hopper'")),
                 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participants WHERE manager = ?"), {m_name}),
            0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cohorts WHERE instr(instructors, ?) "
                                       "> 0"),
                        {m_name}),
                 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cohorts WHERE instructors = '' OR "
                                       "instructors LIKE '%,' OR instructors LIKE ', %'")),
                 0);
        QCOMPARE(m_file->integrityProblems(false), QStringList{QStringLiteral("ok")});
        QSqlQuery check(m_file->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!check.next());
        check.finish();

        // Nothing of them in any byte of the file, its log, or its backups.
        m_file.reset();
        const QByteArray bytes = allBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.toLower().contains(m_email.toLower().toUtf8()), qPrintable(m_email));
        QVERIFY2(!bytes.contains(m_name.toUtf8()), qPrintable(m_name));
        QCOMPARE(Backups::problemsOf(backup->path), QStringList{QStringLiteral("ok")});
        QCOMPARE(Backups::inspect(backup->path).participants, people - 1);
    }

    // While the window has the file open, with a model part-way through a large table, the
    // erasure runs on a connection of its own; once the views refresh, the log is emptied.
    void eraseBesideAnOpenWindow()
    {
        QSqlQueryModel model;
        model.setQuery(QStringLiteral("SELECT * FROM assessments"), m_file->database());
        QVERIFY(model.canFetchMore());
        QString error;
        const auto report = PersonErasure::eraseEverywhere(m_path, m_email, &error);
        QVERIFY2(report, qPrintable(error));
        QVERIFY(report->compacted);
        model.clear(); // what tablesChanged() makes every model do
        QVERIFY(PersonErasure::checkpoint(m_file->database()));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participants WHERE email = ?"), {m_email}),
            0);
        const QByteArray bytes = allBytes();
        QVERIFY2(!bytes.toLower().contains(m_email.toLower().toUtf8()), qPrintable(m_email));
        QVERIFY2(!bytes.contains(m_name.toUtf8()), qPrintable(m_name));
    }

    // One transaction: when any part is refused, nothing is erased.
    void eraseIsAllOrNothing()
    {
        QVERIFY(exec(QStringLiteral("CREATE TRIGGER refuse BEFORE DELETE ON protected_time BEGIN "
                                    "SELECT RAISE(ABORT, 'kept for the audit'); END")));
        const qint64 before = scalar(QStringLiteral("SELECT count(*) FROM assessments"));
        const qint64 secureDelete = scalar(QStringLiteral("PRAGMA secure_delete"));
        const qint64 facilitated =
            scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE facilitator = ?"), {m_name});
        QString error;
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("DELETE FROM participants.*audit")));
        QVERIFY(!PersonErasure::erase(m_file->database(), m_email, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing was changed")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("kept for the audit")), qPrintable(error));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participants WHERE id = ?"), {m_person}),
            1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assessments")), before);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE facilitator = ?"), {m_name}),
            facilitated);
        // The connection's setting as it was.
        QCOMPARE(scalar(QStringLiteral("PRAGMA secure_delete")), secureDelete);
    }

    // Free text is not guessed at: where it still mentions them, the report says where.
    void mentionsInFreeTextAreReported()
    {
        QVERIFY(exec(QStringLiteral("UPDATE cohorts SET notes = 'Ask ' || ? || ' about the labs' "
                                    "WHERE id = (SELECT min(id) FROM cohorts)"),
                     {m_name}));
        QString error;
        const auto report = PersonErasure::erase(m_file->database(), m_email, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->mentions.size(), 1);
        QCOMPARE(report->mentions.first().label, QStringLiteral("cohorts.notes"));
        QCOMPARE(report->mentions.first().rows, 1);
    }

    // A namesake could be the one a text field means: then no such field is touched.
    void namesakesKeepTheirNames()
    {
        QVERIFY(exec(QStringLiteral("UPDATE participants SET name = ? WHERE id = (SELECT max(id) "
                                    "FROM participants WHERE id <> ?)"),
                     {m_name, m_person}));
        QString error;
        const auto preview = PersonErasure::preview(m_file->database(), m_email, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->namesakes, 1);
        const auto report = PersonErasure::erase(m_file->database(), m_email, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->namesakes, 1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE facilitator = ?"), {m_name}),
            1);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participants WHERE manager = ?"), {m_name}),
            1);
        // The namesake's own name is not a mention of the erased person.
        for (const PersonErasure::Count &mention : report->mentions)
            QVERIFY2(!mention.label.startsWith(QStringLiteral("participants.name")),
                     qPrintable(mention.label));
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM participants WHERE name = ?"), {m_name}),
            1);
    }

    void unknownPersonChangesNothing()
    {
        const qint64 people = scalar(QStringLiteral("SELECT count(*) FROM participants"));
        QString error;
        QVERIFY(!PersonErasure::erase(m_file->database(), QStringLiteral("nobody@example.org"),
                                      &error));
        QVERIFY2(error.contains(QStringLiteral("nobody@example.org")), qPrintable(error));
        QVERIFY2(error.contains(m_path), qPrintable(error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), people);
    }
};

QTEST_GUILESS_MAIN(TestPersonData)
#include "tst_persondata.moc"
