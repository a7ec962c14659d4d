// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"
#include "programfile.h"
#include "programsettings.h"
#include "vocabulary.h"
#include "writetransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestProgramFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QByteArray hashOf(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static int count(ProgramFile &file, const QString &sql)
    {
        QSqlQuery query(file.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    // A file at an older schema version, built the way that version's app built it.
    void makeFileAtVersion(const QString &file, int version)
    {
        const QString connection = QStringLiteral("fixture");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            for (int v = 1; v <= version; ++v) {
                QString error;
                QVERIFY2(Migrations::apply(db, v, &error), qPrintable(error));
            }
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(Migrations::ApplicationId)));
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO program_settings (id, organisation_name) "
                                          "VALUES (1, 'Fixture Org')")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO participants (name, email) VALUES "
                                              "('Ada Example', 'ada@example.org')")));
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newFileHasDefaults()
    {
        QString error;
        auto file = ProgramFile::open(path(QStringLiteral("new.upskill")),
                                      ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->schemaVersion(), Migrations::CurrentVersion);
        const ProgramSettings settings = ProgramSettings::load(file->database());
        QCOMPARE(settings.cohortSizeMin, 8);
        QCOMPARE(settings.cohortSizeMax, 12);
        QCOMPARE(settings.protectedHoursPerWeek, 5.0);
        QCOMPARE(settings.completionTargetPct, 85.0);
        QCOMPARE(settings.handsOnMinPct, 60.0);
        QCOMPARE(settings.mentorCapacity, 3);
        QCOMPARE(settings.minGroupSize, 5);
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM rubric_dimensions")), 5);
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM rubric_levels")), 20);
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM tracks WHERE kind = "
                                             "'foundational'")),
                 1);
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM tracks WHERE kind = "
                                             "'specialized'")),
                 5);
        // The foundational track: four weekly modules, 20 hours, mostly hands-on.
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM modules m JOIN tracks t ON "
                                             "t.id = m.track_id WHERE t.kind = 'foundational'")),
                 4);
        QCOMPARE(count(*file, QStringLiteral("SELECT sum(instruction_hours + hands_on_hours + "
                                             "presentation_hours) FROM modules m JOIN tracks t ON "
                                             "t.id = m.track_id WHERE t.kind = 'foundational'")),
                 20);
        QVERIFY(count(*file, QStringLiteral("SELECT count(*) FROM tracks WHERE capstone = '' AND "
                                            "kind = 'specialized'")) == 0);
        for (const QString &section :
             {QStringLiteral("pre_launch"), QStringLiteral("infrastructure"),
              QStringLiteral("measurement")}) {
            QVERIFY2(count(*file, QStringLiteral("SELECT count(*) FROM checklist_template_items "
                                                 "WHERE section = '%1'")
                                      .arg(section)) >= 3,
                     qPrintable(section));
        }
        QCOMPARE(count(*file, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(file->integrityProblems(false), QStringList{QStringLiteral("ok")});
    }

    void migratesFromVersionZero()
    {
        // Version 0 is an empty SQLite file, e.g. one a user created by hand.
        const QString file = path(QStringLiteral("zero.upskill"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QString error;
        auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(program, qPrintable(error));
        QCOMPARE(program->schemaVersion(), Migrations::CurrentVersion);
        QVERIFY(program->backupPath().isEmpty());
    }

    // Version 4 gives an existing program's foundational tracks the default target levels in
    // the dimensions still asked, and leaves other tracks and retired dimensions alone.
    void migrationToVersion4AddsFoundationalTargets()
    {
        const QString file = path(QStringLiteral("v3-targets.upskill"));
        makeFileAtVersion(file, 3);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3fill"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *sql :
                 {"INSERT INTO tracks (id, name, kind) VALUES (1, 'Basics', 'foundational')",
                  "INSERT INTO tracks (id, name, kind) VALUES (2, 'Apps', 'specialized')",
                  "INSERT INTO rubric_dimensions (id, name) VALUES (1, 'One')",
                  "INSERT INTO rubric_dimensions (id, name) VALUES (2, 'Two')",
                  "INSERT INTO rubric_dimensions (id, name, retired) VALUES (3, 'Old', 1)"})
                QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v3fill"));
        QString error;
        auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(program, qPrintable(error));
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM track_targets")), 2);
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM track_targets WHERE "
                                                "track_id = 1 AND required_level = 2")),
                 2);
    }

    // Version 5 gives an existing program the default targets of the dashboard's key figures
    // and keeps the settings it had.
    void migrationToVersion5AddsKpiTargets()
    {
        const QString file = path(QStringLiteral("v4-settings.upskill"));
        makeFileAtVersion(file, 4);
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v4fill"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("INSERT OR REPLACE INTO program_settings (id, "
                                              "completion_target_pct) VALUES (1, 90)")));
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v4fill"));
        QString error;
        auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(program, qPrintable(error));
        const ProgramSettings settings = ProgramSettings::load(program->database());
        QCOMPARE(settings.completionTargetPct, 90.0);
        QCOMPARE(settings.firstContributionTargetDays, 30.0);
        QCOMPARE(settings.mentorSatisfactionTarget, 4.0);
        QCOMPARE(settings.managerSatisfactionTarget, 4.0);
        QCOMPARE(settings.protectedTimeTargetPct, 80.0);
        QCOMPARE(settings.npsTarget, 30.0);
    }

    // Version 6 adds the reading groups to a program that has none, keeps what it had, and
    // their rows hang off the group and the person the way the schema promises.
    void migrationToVersion6AddsReadingGroups()
    {
        const QString file = path(QStringLiteral("v5-reading.upskill"));
        makeFileAtVersion(file, 5);
        QString error;
        auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(program, qPrintable(error));
        QCOMPARE(program->schemaVersion(), 6);
        for (const char *table : {"reading_groups", "reading_group_members",
                                  "reading_group_readings", "reading_group_meetings"}) {
            QVERIFY2(program->tables().contains(QString::fromLatin1(table)), table);
            QCOMPARE(
                count(*program,
                      QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))),
                0);
        }
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM participants")), 1);
        // Every foreign key of the new tables has an index that starts with it.
        QCOMPARE(
            count(*program,
                  QStringLiteral(
                      "SELECT count(*) FROM sqlite_schema s, pragma_foreign_key_list(s.name) "
                      "f WHERE s.type = 'table' AND s.name LIKE 'reading_group%' AND NOT "
                      "EXISTS (SELECT 1 FROM pragma_index_list(s.name) i, "
                      "pragma_index_info(i.name) c WHERE c.seqno = 0 AND c.name = f.\"from\")")),
            0);

        QSqlQuery query(program->database());
        const auto run = [&query](const char *sql) {
            const bool ok = query.exec(QString::fromLatin1(sql));
            return ok;
        };
        QVERIFY(run("INSERT INTO reading_groups (id, name) VALUES (1, 'Evaluation club')"));
        QVERIFY(run("INSERT INTO reading_group_members (group_id, participant_id, position, "
                    "joined_on) SELECT 1, id, 1, '2026-01-05' FROM participants"));
        QVERIFY(run("INSERT INTO reading_group_readings (id, group_id, title) VALUES (1, 1, "
                    "'Evaluating LLM features')"));
        QVERIFY(run("INSERT INTO reading_group_meetings (group_id, held_on, facilitator_id, "
                    "reading_id) SELECT 1, '2026-01-14', id, 1 FROM participants"));
        // Strict types, real dates, leaving after joining.
        QVERIFY(!run("INSERT INTO reading_group_meetings (group_id, held_on) VALUES (1, "
                     "'14 January')"));
        QVERIFY(!run("INSERT INTO reading_group_readings (group_id, title) VALUES ('one', 'x')"));
        QVERIFY(!run("UPDATE reading_group_members SET left_on = '2026-01-01'"));
        QVERIFY(!run("INSERT INTO reading_group_members (group_id, participant_id) SELECT 1, id "
                     "FROM participants"));
        // A reading dropped from the list and a person erased leave the meeting in place.
        QVERIFY(run("DELETE FROM reading_group_readings"));
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM reading_group_meetings "
                                                "WHERE reading_id IS NULL")),
                 1);
        QVERIFY(run("DELETE FROM participants"));
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM reading_group_members")), 0);
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM reading_group_meetings "
                                                "WHERE facilitator_id IS NULL")),
                 1);
        // The group takes the rest with it.
        QVERIFY(run("DELETE FROM reading_groups"));
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM reading_group_meetings")), 0);
        QCOMPARE(program->integrityProblems(false), QStringList{QStringLiteral("ok")});
    }

    void migratesOlderVersions_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrations::CurrentVersion; ++v)
            QTest::addRow("from %d", v) << v;
    }

    void migratesOlderVersions()
    {
        QFETCH(int, version);
        const QString file = path(QStringLiteral("v%1.upskill").arg(version));
        makeFileAtVersion(file, version);
        QString error;
        auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(program, qPrintable(error));
        QCOMPARE(program->schemaVersion(), Migrations::CurrentVersion);
        // The data survived and every table of the current schema exists.
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM participants")), 1);
        QVERIFY(program->tables().contains(QStringLiteral("checklist_items")));
        // A backup of the old version was written beside it before migrating.
        QVERIFY(!program->backupPath().isEmpty());
        QVERIFY(QFile::exists(program->backupPath()));
        QSqlDatabase backup =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backupcheck"));
        backup.setDatabaseName(program->backupPath());
        QVERIFY(backup.open());
        QSqlQuery query(backup);
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), version);
        query = QSqlQuery();
        backup.close();
        backup = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("backupcheck"));
    }

    void refusesNewerVersionAndLeavesItUnchanged()
    {
        const QString file = path(QStringLiteral("future.upskill"));
        {
            QString error;
            auto program = ProgramFile::open(file, ProgramFile::Mode::CreateNew, &error);
            QVERIFY2(program, qPrintable(error));
            QSqlQuery query(program->database());
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(Migrations::CurrentVersion + 1)));
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = hashOf(file);
        QString error;
        auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY(!program);
        QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
        QCOMPARE(hashOf(file), before);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text file") << QByteArray("name,email\nAda,ada@example.org\n")
                                   << QStringLiteral("not an Upskill Planner program file");
        QTest::newRow("binary junk")
            << QByteArray(4096, '\x7f') << QStringLiteral("not an Upskill Planner program file");
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString file = path(QStringLiteral("bad-%1.upskill").arg(QTest::currentDataTag()));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        QString error;
        auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY(!program);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(error.contains(file));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content);
    }

    void refusesDamagedFile_data()
    {
        QTest::addColumn<bool>("truncate");
        QTest::newRow("cut off half-way") << true;
        QTest::newRow("a page overwritten") << false;
    }

    void refusesDamagedFile()
    {
        QFETCH(bool, truncate);
        const QString file = path(QStringLiteral("damaged-%1.upskill").arg(truncate));
        {
            QString error;
            auto program = ProgramFile::open(file, ProgramFile::Mode::CreateNew, &error);
            QVERIFY2(program, qPrintable(error));
            QSqlQuery query(program->database());
            QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(file);
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        if (truncate) {
            QVERIFY(f.resize(size / 2));
        } else {
            // Garbage over the b-tree pages after the header page.
            QVERIFY(f.open(QIODevice::ReadWrite));
            for (qint64 page = 1; page < size / 4096; page += 2) {
                f.seek(page * 4096);
                f.write(QByteArray(64, '\xff'));
            }
            f.close();
        }
        const QByteArray before = hashOf(file);
        QString error;
        auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY(!program);
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
        QCOMPARE(hashOf(file), before);
    }

    void refusesAnotherProgramsDatabase()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE notes (x TEXT)")));
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        QString error;
        QVERIFY(!ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error));
        QVERIFY2(error.contains(QStringLiteral("another program")), qPrintable(error));
    }

    void createNewRefusesExistingAndOpenRefusesMissing()
    {
        QString error;
        QVERIFY(!ProgramFile::open(path(QStringLiteral("missing.upskill")),
                                   ProgramFile::Mode::OpenExisting, &error));
        QVERIFY(error.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path(QStringLiteral("missing.upskill"))));
        const QString file = path(QStringLiteral("exists.upskill"));
        QVERIFY(ProgramFile::open(file, ProgramFile::Mode::CreateNew, &error));
        QVERIFY(!ProgramFile::open(file, ProgramFile::Mode::CreateNew, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
    }

    void foreignKeysAreOnForEveryConnection()
    {
        const QString file = path(QStringLiteral("fk.upskill"));
        QString error;
        auto first = ProgramFile::open(file, ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(first, qPrintable(error));
        // One writer at a time: the second connection reads.
        auto second = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadOnly);
        QVERIFY2(second, qPrintable(error));
        for (ProgramFile *program : {first.get(), second.get()})
            QCOMPARE(count(*program, QStringLiteral("PRAGMA foreign_keys")), 1);
        QSqlQuery query(first->database());
        QVERIFY(!query.exec(QStringLiteral(
            "INSERT INTO enrollments (cohort_id, participant_id) VALUES (999, 999)")));
        QVERIFY(query.lastError().text().contains(QStringLiteral("FOREIGN KEY")));
        QSqlQuery mode(first->database());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void failingMultiRowWriteLeavesNothing()
    {
        QString error;
        auto program = ProgramFile::open(path(QStringLiteral("tx.upskill")),
                                         ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(program, qPrintable(error));
        {
            WriteTransaction transaction(*program);
            QVERIFY(transaction.isActive());
            QSqlQuery query(program->database());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO participants (name, email) VALUES ('A', 'a@example.org')")));
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO participants (name, email) VALUES ('B', 'b@example.org')")));
            // The third row repeats an email: the whole write must go.
            QVERIFY(!query.exec(QStringLiteral(
                "INSERT INTO participants (name, email) VALUES ('C', 'A@example.org')")));
        }
        QCOMPARE(count(*program, QStringLiteral("SELECT count(*) FROM participants")), 0);
    }

    void vocabularyMatchesTheSchema_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("term");
        QTest::addColumn<QString>("extra"); // other required columns
        const auto row = [](const char *tag, const char *table, const char *column, Term term,
                            const char *extra) {
            QTest::newRow(tag) << QString::fromLatin1(table) << QString::fromLatin1(column)
                               << int(term) << QString::fromLatin1(extra);
        };
        row("role", "participants", "role", Term::Role, "name, email|'P', 'p@example.org'");
        row("seniority", "participants", "seniority", Term::Seniority,
            "name, email|'P', 'p@example.org'");
        row("track kind", "tracks", "kind", Term::TrackKind, "name|'T'");
        row("provider kind", "providers", "kind", Term::ProviderKind, "name|'V'");
        row("provider status", "providers", "status", Term::ProviderStatus,
            "name, kind|'V', 'bootcamp'");
        row("checklist section", "checklist_template_items", "section", Term::ChecklistSection,
            "title|'X'");
        row("criterion group", "provider_criteria", "criterion_group", Term::CriterionGroup,
            "name|'C'");
        row("event kind", "community_events", "kind", Term::CommunityEventKind,
            "title, held_on|'E', '2026-01-01'");
    }

    // Every key the app offers must be accepted by the file's CHECK constraints, and a key
    // outside the set refused.
    void vocabularyMatchesTheSchema()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(int, term);
        QFETCH(QString, extra);
        QString error;
        auto program =
            ProgramFile::open(path(QStringLiteral("vocab-%1.upskill").arg(table + column)),
                              ProgramFile::Mode::OpenOrCreate, &error);
        QVERIFY2(program, qPrintable(error));
        const QString extraColumns = extra.section(QLatin1Char('|'), 0, 0);
        const QString extraValues = extra.section(QLatin1Char('|'), 1, 1);
        const QStringList keys = Vocabulary::keys(Term(term));
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys + QStringList{QStringLiteral("not-a-key")}) {
            WriteTransaction transaction(*program);
            QSqlQuery query(program->database());
            QVERIFY(query.prepare(QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (%4, ?)")
                                      .arg(table, extraColumns, column, extraValues)));
            query.addBindValue(key);
            const bool ok = query.exec();
            QVERIFY2(ok == (key != QLatin1String("not-a-key")),
                     qPrintable(key + QLatin1Char(' ') + query.lastError().text()));
            transaction.rollback();
        }
    }
};

QTEST_GUILESS_MAIN(TestProgramFile)
#include "tst_programfile.moc"
