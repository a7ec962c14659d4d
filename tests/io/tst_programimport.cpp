// SPDX-License-Identifier: GPL-3.0-or-later
// Importing participants, assessments and survey responses into a fresh program each time:
// the same people in every encoding and delimiter, header matching, duplicates, all or nothing,
// cancelling, and what each kind of row becomes.
#include "importfields.h"
#include "importsettings.h"
#include "importvalues.h"
#include "programfile.h"
#include "programimport.h"
#include "readerconnection.h"

#include <QFile>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

using Rows = QList<QStringList>;

class TestProgramImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    int m_counter = 0;

    QString write(const QByteArray &bytes, const QString &name = QStringLiteral("data.csv"))
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2").arg(++m_counter).arg(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(bytes);
        return path;
    }

    ImportResult import(const QString &path, const ImportOptions &options,
                        ProgramImport::Mode mode = ProgramImport::Mode::Write,
                        const ProgramImport::Progress &progress = {})
    {
        ProgramImport import(m_file->database(), options);
        QString error;
        if (!import.open(path, &error)) {
            ImportResult result;
            result.error = error;
            return result;
        }
        return import.run(mode, progress);
    }

    ImportResult importParticipants(const QByteArray &csv, bool skipInvalid = false,
                                    bool update = false)
    {
        ImportOptions options;
        options.skipInvalid = skipInvalid;
        if (update)
            options.duplicates = ImportOptions::Duplicates::Update;
        return import(write(csv), options);
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(m_file->database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    Rows rows(const QString &sql) const
    {
        QSqlQuery query(m_file->database());
        Rows result;
        if (!query.exec(sql)) {
            qWarning() << query.lastError();
            return result;
        }
        while (query.next()) {
            QStringList row;
            for (int i = 0; i < query.record().count(); ++i)
                row.append(query.value(i).toString());
            result.append(row);
        }
        return result;
    }

    void exec(const QString &sql)
    {
        QSqlQuery query(m_file->database());
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
    }

    Rows people() const
    {
        return rows(QStringLiteral("SELECT email, name, role, team, manager, seniority, "
                                   "is_champion, is_mentor, is_alumnus, notes FROM participants "
                                   "ORDER BY email"));
    }

    // Two cohorts with sessions and three people, for assessments and surveys.
    void addCohorts()
    {
        exec(QStringLiteral("INSERT INTO participants (name, email) VALUES ('Ada Lovelace', "
                            "'ada@example.org'), ('Bo Berg', 'bo@example.org'), ('Cy Chen', "
                            "'cy@example.org')"));
        exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, end_date) "
                            "SELECT 'Foundations 2026-Q1', id, '2026-Q1', '2026-01-12', "
                            "'2026-02-06' FROM tracks ORDER BY id LIMIT 1"));
        exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter) SELECT 'Platform "
                            "2026-Q2', id, '2026-Q2' FROM tracks ORDER BY id LIMIT 1"));
        exec(QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, "
                            "format) SELECT id, 'Kick-off', '2026-01-12T09:00', 120, 'workshop' "
                            "FROM cohorts WHERE name = 'Foundations 2026-Q1'"));
        exec(QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, "
                            "format) SELECT id, 'Prompting lab', '2026-01-19T09:00', 120, "
                            "'workshop' FROM cohorts WHERE name = 'Foundations 2026-Q1'"));
        exec(QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, "
                            "format) SELECT id, 'Pairing', '2026-01-19T14:00', 90, "
                            "'pair_programming' FROM cohorts WHERE name = 'Foundations 2026-Q1'"));
    }

    static QByteArray utf16le(const QString &text)
    {
        QByteArray bytes("\xFF\xFE", 2);
        for (const QChar c : text) {
            bytes += char(c.unicode() & 0xFF);
            bytes += char(c.unicode() >> 8);
        }
        return bytes;
    }

private Q_SLOTS:
    void initTestCase() { ImportValues::setDayFirst(true); }

    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("p%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
    }

    void cleanup() { m_file.reset(); }

    void sameRowsInEveryEncoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");

        const QString text =
            QStringLiteral("Email,Name,Team,Manager,Role\n"
                           "jurgen@example.org,Jürgen Müller,Plattform Köln,Käthe Weiß,Platform\n"
                           "zoe@example.org,Zoë Ångström,\"Data, Analytics\",Renée Côté,data\n");
        QTest::newRow("UTF-8") << text.toUtf8() << "UTF-8";
        QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8";
        QString tabbed = text;
        tabbed.replace(QLatin1Char(','), QLatin1Char('\t'));
        tabbed.replace(QStringLiteral("\"Data\t Analytics\""), QStringLiteral("Data, Analytics"));
        QTest::newRow("UTF-16LE with tabs (Excel's Unicode Text)") << utf16le(tabbed) << "UTF-16LE";
        QTest::newRow("Windows-1252") << text.toLatin1() << "Windows-1252";
        QString semicolons = text;
        semicolons.replace(QLatin1Char(','), QLatin1Char(';'));
        semicolons.replace(QStringLiteral("\"Data; Analytics\""),
                           QStringLiteral("Data, Analytics"));
        QTest::newRow("semicolons after sep=;")
            << QByteArray("sep=;\r\n") + semicolons.toUtf8() << "UTF-8";
    }

    void sameRowsInEveryEncoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const ImportResult result = importParticipants(bytes);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.problemCount, 0);
        QCOMPARE(people(), (Rows{{"jurgen@example.org", "Jürgen Müller", "platform",
                                  "Plattform Köln", "Käthe Weiß", "mid", "0", "0", "0", ""},
                                 {"zoe@example.org", "Zoë Ångström", "data", "Data, Analytics",
                                  "Renée Côté", "mid", "0", "0", "0", ""}}));
        ProgramImport probe(m_file->database(), {});
        QString error;
        QVERIFY(probe.open(write(bytes), &error));
        QCOMPARE(probe.reader()->encodingName(), encoding);
    }

    void headersMatched_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("fields"); // the field of each column, "" for none

        QTest::newRow("HR export")
            << int(ImportKind::Participants)
            << QStringList{"Employee ID", "Full name",    "E-mail Address",
                           "Department",  "Line manager", "Job level"}
            << QStringList{"", "name", "email", "team", "manager", "seniority"};
        QTest::newRow("our own export")
            << int(ImportKind::Participants)
            << QStringList{"email",     "name",        "role",      "team",       "manager",
                           "seniority", "is_champion", "is_mentor", "is_alumnus", "notes"}
            << QStringList{"email",     "name",        "role",      "team",       "manager",
                           "seniority", "is_champion", "is_mentor", "is_alumnus", "notes"};
        QTest::newRow("first and last name")
            << int(ImportKind::Participants)
            << QStringList{"First Name", "Last Name", "Email", "AI Champion"}
            << QStringList{"first_name", "last_name", "email", "is_champion"};
        QTest::newRow("Microsoft Forms self-assessment")
            << int(ImportKind::Assessments)
            << QStringList{"ID",
                           "Start time",
                           "Completion time",
                           "Email",
                           "Name",
                           "Rate yourself: AI/ML fundamentals",
                           "LLMs & prompt engineering",
                           "AI-assisted development",
                           "Data engineering for AI",
                           "AI in production"}
            << QStringList{"",
                           "",
                           "date",
                           "email",
                           "",
                           "dimension:AI/ML fundamentals",
                           "dimension:LLMs and prompt engineering",
                           "dimension:AI-assisted development",
                           "dimension:Data engineering for AI",
                           "dimension:AI in production"};
        QTest::newRow("our own assessments export")
            << int(ImportKind::Assessments)
            << QStringList{"participant_email", "participant", "dimension", "kind", "level",
                           "level_label",       "assessed_on", "cohort",    "note"}
            << QStringList{"email", "", "dimension", "kind", "level", "", "date", "cohort", "note"};
        QTest::newRow("Google Forms survey")
            << int(ImportKind::Surveys)
            << QStringList{"Timestamp",
                           "Email address",
                           "How satisfied were you with the session?",
                           "How likely are you to recommend this program to a colleague?",
                           "Anything else you want to tell us?",
                           "Cohort",
                           "Session"}
            << QStringList{"date",    "email",  "satisfaction", "recommend",
                           "comment", "cohort", "session"};
    }

    void headersMatched()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, fields);
        const QList<ImportField> all = ImportFields::fields(ImportKind(kind), m_file->database());
        const ColumnMapping mapping = ImportFields::match(ImportKind(kind), all, headers);
        QStringList matched(headers.size());
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
            matched[*it] = it.key();
        QCOMPARE(matched, fields);
    }

    void allOrNothing()
    {
        QByteArray csv = "email,name,team\r\n";
        for (int row = 2; row <= 1001; ++row) {
            // Line 731 has no email.
            const QByteArray email =
                row == 731 ? QByteArray() : "person" + QByteArray::number(row) + "@example.org";
            csv += email + ",Person " + QByteArray::number(row) + ",Team\r\n";
        }
        const QString path = write(csv);
        ImportOptions options;
        ImportResult result = import(path, options);
        QVERIFY(!result.ok);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.rows, 1000);
        QCOMPARE(result.refused, 1);
        QCOMPARE(result.refusedLines, QList<qint64>{731});
        QCOMPARE(result.problems.first().line, 731);
        QCOMPARE(result.problems.first().column, 1);
        QCOMPARE(result.problems.first().columnName, QStringLiteral("email"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), 0);
        QVERIFY(result.changes.inserted.isEmpty());

        options.skipInvalid = true;
        result = import(path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 999);
        QCOMPARE(result.refusedLines, QList<qint64>{731});
        QCOMPARE(result.changes.inserted.size(), 999);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), 999);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants WHERE name = 'Person "
                                       "731'")),
                 0);
    }

    void checkWritesNothingAndCountsTheSame()
    {
        const QByteArray csv = "email,name\na@example.org,A\nb@example.org,B\nA@Example.org ,A2\n";
        const QString path = write(csv);
        ImportResult checked = import(path, {}, ProgramImport::Mode::Check);
        QVERIFY(checked.ok);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), 0);
        ImportResult written = import(path, {});
        QVERIFY(written.ok);
        QCOMPARE(checked.inserted, written.inserted);
        QCOMPARE(checked.skipped, written.skipped);
        QCOMPARE(written.inserted, 2);
        QCOMPARE(written.skipped, 1);
    }

    void duplicates()
    {
        exec(QStringLiteral("INSERT INTO participants (name, email, team, manager, role) VALUES "
                            "('Ada Lovelace', 'ada@example.org', 'Core', 'Grace', 'backend')"));
        const QByteArray csv = "Email,Name,Team,Manager\n"
                               " ADA@example.ORG ,Ada L.,Platform,\n"
                               "bo@example.org,Bo Berg,Data,Eve\n"
                               "Bo@example.org,Bo B.,Data Science,\n";
        ImportResult skipped = importParticipants(csv);
        QVERIFY(skipped.ok);
        QCOMPARE(skipped.inserted, 1);
        QCOMPARE(skipped.skipped, 2);
        QCOMPARE(people().first().mid(1, 4),
                 (QStringList{"Ada Lovelace", "backend", "Core", "Grace"}));

        // Update: the non-empty cells win, the empty ones keep what is there; a second row for
        // Bo updates the first.
        ImportResult updated = importParticipants(csv, false, true);
        QVERIFY(updated.ok);
        QCOMPARE(updated.inserted, 0);
        QCOMPARE(updated.updated, 3);
        QCOMPARE(people(), (Rows{{"ada@example.org", "Ada L.", "backend", "Platform", "Grace",
                                  "mid", "0", "0", "0", ""},
                                 {"bo@example.org", "Bo B.", "other", "Data Science", "Eve", "mid",
                                  "0", "0", "0", ""}}));
        QCOMPARE(updated.changes.updated.size(), 3);
        const ImportedUpdate &ada = updated.changes.updated.first();
        QCOMPARE(ada.before.value(QStringLiteral("team")).toString(), QStringLiteral("Core"));
        QCOMPARE(ada.after.value(QStringLiteral("team")).toString(), QStringLiteral("Platform"));
        QVERIFY(!ada.after.contains(QStringLiteral("manager")));
    }

    void duplicatesInsideTheFile()
    {
        const ImportResult result =
            importParticipants("email,name\nx@example.org,X\ny@example.org,Y\nX@EXAMPLE.org,X2\n");
        QVERIFY(result.ok);
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.skipped, 1);
        QCOMPARE(people().first().at(1), QStringLiteral("X"));
    }

    void duplicatesCheckedAndWrittenAlike_data()
    {
        QTest::addColumn<bool>("update");
        QTest::addColumn<bool>("check");
        QTest::newRow("skip, check") << false << true;
        QTest::newRow("skip, write") << false << false;
        QTest::newRow("update, check") << true << true;
        QTest::newRow("update, write") << true << false;
    }

    // The email key folds every letter, where the email index (NOCASE) folds A to Z only:
    // "JÖRG" and "jörg", or a Kelvin sign and a k, are the same person too, in the program and
    // earlier in the file, and a check counts what a write does.
    void duplicatesCheckedAndWrittenAlike()
    {
        QFETCH(bool, update);
        QFETCH(bool, check);
        exec(QStringLiteral("INSERT INTO participants (name, email, team) VALUES ('Jörg', "
                            "'JÖRG@example.org', 'Core'), ('Ada', 'ada@example.org', 'Core'), "
                            "('Kim', '\u212Aim@example.org', 'Core')"));
        const QByteArray csv = "email,name,team\n"
                               "jörg@example.org,Jörg Berg,Data\n"   // the program's, folded
                               "ADA@example.org,Ada L.,Data\n"       // the program's, A to Z
                               "KIM@example.org,Kim K.,Data\n"       // the program's Kelvin K
                               "Émile@example.org,Émile,Data\n"      // new
                               "émile@EXAMPLE.org,Émile Zola,Data\n" // line 5's, folded
                               "bo@example.org,Bo,Data\n"            // new
                               " BO@example.org ,Bo Berg,\n"         // line 7's, A to Z
                               "eve@example.org,,Data\n";            // refused: new, no name
        ImportOptions options;
        options.skipInvalid = true;
        if (update)
            options.duplicates = ImportOptions::Duplicates::Update;
        const ImportResult result = import(
            write(csv), options, check ? ProgramImport::Mode::Check : ProgramImport::Mode::Write);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.skipped, update ? 0 : 5);
        QCOMPARE(result.updated, update ? 5 : 0);
        QCOMPARE(result.refusedLines, QList<qint64>{9});
        if (check) {
            QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), 3);
            return;
        }
        QCOMPARE(result.changes.inserted.size(), 2);
        // Undo restores the people who were there; those the import added it deletes.
        QCOMPARE(result.changes.updated.size(), update ? 3 : 0);
        for (const ImportedUpdate &change : result.changes.updated)
            QVERIFY(change.id <= 3);
        // By email as the column's NOCASE collation sorts: bytes but for A to Z.
        QCOMPARE(
            people(),
            update
                ? (Rows{
                      {"ada@example.org", "Ada L.", "other", "Data", "", "mid", "0", "0", "0", ""},
                      {"bo@example.org", "Bo Berg", "other", "Data", "", "mid", "0", "0", "0", ""},
                      {"JÖRG@example.org", "Jörg Berg", "other", "Data", "", "mid", "0", "0", "0",
                       ""},
                      {"Émile@example.org", "Émile Zola", "other", "Data", "", "mid", "0", "0", "0",
                       ""},
                      {"\u212Aim@example.org", "Kim K.", "other", "Data", "", "mid", "0", "0", "0",
                       ""}})
                : (Rows{
                      {"ada@example.org", "Ada", "other", "Core", "", "mid", "0", "0", "0", ""},
                      {"bo@example.org", "Bo", "other", "Data", "", "mid", "0", "0", "0", ""},
                      {"JÖRG@example.org", "Jörg", "other", "Core", "", "mid", "0", "0", "0", ""},
                      {"Émile@example.org", "Émile", "other", "Data", "", "mid", "0", "0", "0", ""},
                      {"\u212Aim@example.org", "Kim", "other", "Core", "", "mid", "0", "0", "0",
                       ""}}));
    }

    // A check on a connection of its own, read-only and with TEMP tables in memory, as the
    // import wizard's: duplicates inside the file are found all the same, and the connection
    // is left as it was.
    void checkOnAReaderConnection()
    {
        const QString path = write("email,name\nx@example.org,X\nÅsa@example.org,Åsa\n"
                                   "X@EXAMPLE.org,X2\nåsa@example.org,Åsa2\n");
        ReaderConnection reader(m_file->path());
        QVERIFY2(reader.isOpen(), qPrintable(reader.error()));
        for (int run = 0; run < 2; ++run) {
            ProgramImport check(reader.database(), {});
            QString error;
            QVERIFY2(check.open(path, &error), qPrintable(error));
            const ImportResult result = check.run(ProgramImport::Mode::Check);
            QVERIFY2(result.ok, qPrintable(result.error));
            QCOMPARE(result.inserted, 2);
            QCOMPARE(result.skipped, 2);
        }
        QSqlQuery query(reader.database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA temp_store")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_temp_master")) &&
                query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }

    void participantValues()
    {
        const QByteArray csv =
            "Email,First name,Last name,Role,Seniority,Champion,Mentor,Alumni,Notes\n"
            "a@example.org,Ana,Alves,Senior Backend Engineer,Sr.,yes,x,0,'=1+1\n"
            "b@example.org,Ben,,Engineering manager,staff,no,,✓,'@team\n";
        const ImportResult result = importParticipants(csv);
        QVERIFY2(result.ok, qPrintable(result.problems.value(0).message));
        QCOMPARE(people(),
                 (Rows{{"a@example.org", "Ana Alves", "backend", "", "", "senior", "1", "1", "0",
                        "=1+1"},
                       {"b@example.org", "Ben", "lead", "", "", "staff", "0", "0", "1", "@team"}}));
    }

    void rowProblems_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("no email") << QByteArray(",Ann,backend,yes") << 1 << "email is missing";
        QTest::newRow("not an email")
            << QByteArray("ann.example.org,Ann,backend,yes") << 1 << "not an email address";
        QTest::newRow("no name for someone new")
            << QByteArray("ann@example.org,,backend,yes") << 2 << "name is missing";
        QTest::newRow("unknown role") << QByteArray("ann@example.org,Ann,astronaut,yes") << 3
                                      << "\"astronaut\" is not a role";
        QTest::newRow("not yes or no")
            << QByteArray("ann@example.org,Ann,backend,maybe") << 4 << "neither yes nor no";
    }

    void rowProblems()
    {
        QFETCH(QByteArray, row);
        QFETCH(int, column);
        QFETCH(QString, message);
        const ImportResult result = importParticipants("email,name,role,mentor\n" + row + "\n");
        QVERIFY(!result.ok);
        QCOMPARE(result.problems.size(), 1);
        QCOMPARE(result.problems.first().line, 2);
        QCOMPARE(result.problems.first().column, column);
        QVERIFY2(result.problems.first().message.contains(message),
                 qPrintable(result.problems.first().message));
    }

    void unreadableFileWritesNothing()
    {
        const ImportResult result =
            importParticipants("email,name\na@example.org,A\nb@example.org,\"B\n", true);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("line 3, column 15")) &&
                     result.error.contains(QLatin1String("never closed")),
                 qPrintable(result.error));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), 0);
    }

    void cancelWritesNothing()
    {
        QByteArray csv = "email,name\n";
        for (int i = 0; i < 5000; ++i)
            csv += "p" + QByteArray::number(i) + "@example.org,P\n";
        int calls = 0;
        const ImportResult result =
            import(write(csv), {}, ProgramImport::Mode::Write, [&](double) { return ++calls < 3; });
        QVERIFY(result.cancelled);
        QVERIFY(!result.ok);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM participants")), 0);
        // The program is writable again at once: the transaction is gone.
        QVERIFY(importParticipants("email,name\nz@example.org,Z\n").ok);
    }

    void missingColumns()
    {
        ImportResult result = importParticipants("name,team\nAnn,Core\n");
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("Email")), qPrintable(result.error));
        result = importParticipants("");
        QVERIFY(result.error.contains(QLatin1String("is empty")));
        result = importParticipants("email,name\r\n");
        QVERIFY(result.ok);
        QCOMPARE(result.rows, 0);
    }

    void assessmentsOnePerDimension()
    {
        addCohorts();
        const QByteArray csv =
            "Email,Completion time,AI/ML fundamentals,LLMs and prompt engineering,AI in "
            "production,Cohort\n"
            "ada@example.org,15.01.2026 10:12,2,3 - Proficient,,Foundations 2026-Q1\n"
            "bo@example.org,2026-01-16,Expert,1,Aware,\n"
            "cy@example.org,2026-01-16,5,2,2,\n"
            "nobody@example.org,2026-01-16,2,2,2,\n"
            "bo@example.org,31.02.2026,2,2,2,\n"
            "ada@example.org,2026-01-17,2,2,2,Unknown cohort\n";
        ImportOptions options;
        options.kind = ImportKind::Assessments;
        options.defaultKind = QStringLiteral("self");
        options.skipInvalid = true;
        const ImportResult result = import(write(csv), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 5);
        QCOMPARE(result.refused, 4);
        QCOMPARE(result.refusedLines, (QList<qint64>{4, 5, 6, 7}));
        QStringList messages;
        for (const ImportProblem &p : result.problems)
            messages.append(QStringLiteral("%1:%2 %3").arg(p.line).arg(p.column).arg(p.message));
        QCOMPARE(messages.size(), 4);
        QVERIFY2(messages.at(0).startsWith(QLatin1String("4:3 level 5 is out of range")),
                 qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).startsWith(QLatin1String("5:1 no participant has the email")),
                 qPrintable(messages.at(1)));
        QVERIFY2(messages.at(2).startsWith(QLatin1String("6:2 \"31.02.2026\" is not a date")),
                 qPrintable(messages.at(2)));
        QVERIFY2(messages.at(3).startsWith(QLatin1String("7:6 there is no cohort named")),
                 qPrintable(messages.at(3)));
        QCOMPARE(
            rows(QStringLiteral(
                "SELECT p.email, d.name, a.kind, a.level, a.assessed_on, "
                "coalesce(c.name, '') FROM assessments a JOIN participants p ON p.id = "
                "a.participant_id JOIN rubric_dimensions d ON d.id = a.dimension_id LEFT "
                "JOIN cohorts c ON c.id = a.cohort_id ORDER BY p.email, d.position")),
            (Rows{{"ada@example.org", "AI/ML fundamentals", "self", "2", "2026-01-15",
                   "Foundations 2026-Q1"},
                  {"ada@example.org", "LLMs and prompt engineering", "self", "3", "2026-01-15",
                   "Foundations 2026-Q1"},
                  {"bo@example.org", "AI/ML fundamentals", "self", "4", "2026-01-16", ""},
                  {"bo@example.org", "LLMs and prompt engineering", "self", "1", "2026-01-16", ""},
                  {"bo@example.org", "AI in production", "self", "1", "2026-01-16", ""}}));
    }

    void assessmentDuplicates()
    {
        addCohorts();
        const QByteArray csv = "email,date,kind,AI/ML fundamentals,AI in production\n"
                               "ada@example.org,2026-01-15,pre,1,2\n";
        ImportOptions options;
        options.kind = ImportKind::Assessments;
        QCOMPARE(import(write(csv), options).inserted, 2);
        const QByteArray again = "email,date,kind,AI/ML fundamentals,AI in production\n"
                                 "ada@example.org,2026-01-15,Pre-program,3,\n";
        ImportResult result = import(write(again), options);
        QCOMPARE(result.skipped, 1);
        QCOMPARE(result.inserted, 0);
        options.duplicates = ImportOptions::Duplicates::Update;
        result = import(write(again), options);
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.changes.updated.first().before.value(QStringLiteral("level")).toInt(), 1);
        QCOMPARE(rows(QStringLiteral("SELECT level FROM assessments ORDER BY dimension_id")),
                 (Rows{{"3"}, {"2"}}));
    }

    void duplicatesInsideTheFileCheckedAndWrittenAlike_data()
    {
        QTest::addColumn<bool>("update");
        QTest::addColumn<bool>("check");
        QTest::newRow("skip, check") << false << true;
        QTest::newRow("skip, write") << false << false;
        QTest::newRow("update, check") << true << true;
        QTest::newRow("update, write") << true << false;
    }

    // Assessments and survey responses that an earlier row of the file adds: a check, which
    // writes nothing, finds them as a write does, and undo has no values of theirs to restore.
    void duplicatesInsideTheFileCheckedAndWrittenAlike()
    {
        QFETCH(bool, update);
        QFETCH(bool, check);
        addCohorts();
        ImportOptions options;
        if (update)
            options.duplicates = ImportOptions::Duplicates::Update;
        const ProgramImport::Mode mode =
            check ? ProgramImport::Mode::Check : ProgramImport::Mode::Write;
        options.kind = ImportKind::Assessments;
        ImportResult result = import(write("email,date,kind,AI/ML fundamentals\n"
                                           "ada@example.org,2026-01-15,pre,1\n"
                                           "ADA@example.org,15.01.2026,Pre-program,3\n"
                                           "ada@example.org,2026-01-16,pre,4\n"),
                                     options, mode);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.skipped, update ? 0 : 1);
        QCOMPARE(result.updated, update ? 1 : 0);
        QVERIFY(result.changes.updated.isEmpty());
        QCOMPARE(rows(QStringLiteral("SELECT level FROM assessments ORDER BY id")),
                 check ? Rows{} : (Rows{{update ? "3" : "1"}, {"4"}}));

        options.kind = ImportKind::Surveys;
        options.defaultKind = QStringLiteral("end of program");
        options.defaultCohort = QStringLiteral("Foundations 2026-Q1");
        result = import(write("email,satisfaction,recommend\nbo@example.org,4,8\n,3,3\n"
                              "Bo@Example.org,5,\n,3,3\n"),
                        options, mode);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 3); // the anonymous ones are never duplicates
        QCOMPARE(result.skipped, update ? 0 : 1);
        QCOMPARE(result.updated, update ? 1 : 0);
        QVERIFY(result.changes.updated.isEmpty());
        QCOMPARE(rows(QStringLiteral("SELECT satisfaction, recommend FROM survey_responses WHERE "
                                     "participant_id IS NOT NULL")),
                 check ? Rows{} : (Rows{{update ? "5" : "4", update ? "" : "8"}}));
    }

    void assessmentsNeedAKindAndADate()
    {
        addCohorts();
        ImportOptions options;
        options.kind = ImportKind::Assessments;
        ImportResult result = import(write("email,date,AI/ML fundamentals\nada@example.org,"
                                           "2026-01-01,2\n"),
                                     options);
        QVERIFY(result.error.contains(QLatin1String("kind of assessment")));
        options.defaultKind = QStringLiteral("annual");
        result = import(write("email,AI/ML fundamentals\nada@example.org,2\n"), options);
        QVERIFY(result.error.contains(QLatin1String("date")));
        options.defaultDate = QDate(2026, 1, 31);
        result = import(write("email,AI/ML fundamentals\nada@example.org,2\n"), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(rows(QStringLiteral("SELECT kind, assessed_on FROM assessments")),
                 (Rows{{"annual", "2026-01-31"}}));
    }

    void surveys()
    {
        addCohorts();
        const QByteArray csv =
            "Timestamp,Email address,Cohort,Session,How satisfied were you?,How likely are you "
            "to recommend it?,Comments\n"
            "2026-01-12 12:00,ada@example.org,Foundations 2026-Q1,Kick-off,Very satisfied,9,"
            "Great start\n"
            "2026-01-12 12:05,,Foundations 2026-Q1,2026-01-12,4,10,\n"
            "2026-01-19,bo@example.org,Foundations 2026-Q1,2026-01-19,3,7,\n"
            "2026-01-19,bo@example.org,Foundations 2026-Q1,Pairing,3,11,\n"
            "2026-01-19,bo@example.org,Foundations 2026-Q1,,,,\n"
            "2026-01-19,,,Kick-off,2,2,\n";
        ImportOptions options;
        options.kind = ImportKind::Surveys;
        options.defaultKind = QStringLiteral("session");
        options.skipInvalid = true;
        const ImportResult result = import(write(csv), options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.inserted, 2);
        QCOMPARE(result.refusedLines, (QList<qint64>{4, 5, 6, 7}));
        QStringList messages;
        for (const ImportProblem &p : result.problems)
            messages.append(p.message);
        QVERIFY2(messages.at(0).contains(QLatin1String("give the session's title")),
                 qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).contains(QLatin1String("out of range")),
                 qPrintable(messages.at(1)));
        QVERIFY2(messages.at(2).contains(QLatin1String("needs the session")),
                 qPrintable(messages.at(2)));
        QVERIFY2(messages.at(4).contains(QLatin1String("cohort is missing")) ||
                     messages.at(3).contains(QLatin1String("cohort is missing")),
                 qPrintable(messages.join(u'|')));
        QCOMPARE(
            rows(QStringLiteral(
                "SELECT r.kind, s.title, coalesce(p.email, 'anonymous'), r.satisfaction, "
                "r.recommend, r.comment, r.responded_on FROM survey_responses r JOIN "
                "sessions s ON s.id = r.session_id LEFT JOIN participants p ON p.id = "
                "r.participant_id ORDER BY r.id")),
            (Rows{{"session", "Kick-off", "ada@example.org", "5", "9", "Great start", "2026-01-12"},
                  {"session", "Kick-off", "anonymous", "4", "10", "", "2026-01-12"}}));
    }

    void endOfProgramSurveyDuplicates()
    {
        addCohorts();
        const QByteArray csv = "email,satisfaction,recommend\nada@example.org,4,8\n";
        ImportOptions options;
        options.kind = ImportKind::Surveys;
        options.defaultKind = QStringLiteral("end of program");
        options.defaultCohort = QStringLiteral("foundations 2026-q1");
        QCOMPARE(import(write(csv), options).inserted, 1);
        QCOMPARE(import(write(csv), options).skipped, 1);
        options.duplicates = ImportOptions::Duplicates::Update;
        const ImportResult result = import(write("email,recommend\nada@example.org,10\n"), options);
        QCOMPARE(result.updated, 1);
        QCOMPARE(rows(QStringLiteral("SELECT kind, satisfaction, recommend FROM survey_responses")),
                 (Rows{{"end_of_program", "4", "10"}}));
        options.defaultCohort = QStringLiteral("No such cohort");
        QVERIFY(import(write(csv), options).error.contains(QLatin1String("No such cohort")));
    }

    void clean_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("formula") << "'=SUM(A1)"
                                 << "=SUM(A1)";
        QTest::newRow("plus") << "'+49 30"
                              << "+49 30";
        QTest::newRow("minus") << "'-dash"
                               << "-dash";
        QTest::newRow("at") << "'@handle"
                            << "@handle";
        QTest::newRow("apostrophe kept before a letter") << "'quoted'"
                                                         << "'quoted'";
        QTest::newRow("spaces trimmed") << "  Ada  "
                                        << "Ada";
        QTest::newRow("lone apostrophe") << "'"
                                         << "'";
    }

    void clean()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QCOMPARE(ImportValues::clean(field), value);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("ISO") << "2026-03-15" << QDate(2026, 3, 15);
        QTest::newRow("ISO with time") << "2026-03-15T09:30:00Z" << QDate(2026, 3, 15);
        QTest::newRow("German") << "15.03.2026" << QDate(2026, 3, 15);
        QTest::newRow("German, short year") << "1.3.26" << QDate(2026, 3, 1);
        QTest::newRow("US, only one reading") << "3/15/2026 10:23:45" << QDate(2026, 3, 15);
        QTest::newRow("UK, only one reading") << "15/3/2026" << QDate(2026, 3, 15);
        QTest::newRow("slash, both fit: the locale's order") << "4/3/2026" << QDate(2026, 3, 4);
        QTest::newRow("month name") << "15 Mar 2026" << QDate(2026, 3, 15);
        QTest::newRow("month name first") << "March 15, 2026" << QDate(2026, 3, 15);
        QTest::newRow("day number") << "46096" << QDate(2026, 3, 15);
        QTest::newRow("not a day") << "2026-02-30" << QDate();
        QTest::newRow("words") << "next Tuesday" << QDate();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QDate parsed;
        QString error;
        QCOMPARE(ImportValues::parseDate(text, &parsed, &error), date.isValid());
        if (date.isValid())
            QCOMPARE(parsed, date);
        else
            QVERIFY(error.contains(QLatin1String("year-month-day")));
    }

    void rememberedMapping()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        ImportSettings store(&settings);
        const QStringList headers = {"Mail", "Who", "Squad"};
        QVERIFY(store.mapping(ImportKind::Participants, headers).isEmpty());
        const ColumnMapping chosen = {{"email", 0}, {"name", 1}, {"team", 2}};
        store.setMapping(ImportKind::Participants, headers,
                         ImportSettings::toHeaders(chosen, headers));
        // The same export with its columns in another order and spelling.
        const QStringList reordered = {"squad", "MAIL", "who"};
        const QHash<QString, QString> remembered =
            store.mapping(ImportKind::Participants, reordered);
        QCOMPARE(remembered.value(QStringLiteral("team")), QStringLiteral("Squad"));
        QVERIFY(store.mapping(ImportKind::Surveys, headers).isEmpty());
        const ColumnMapping columns =
            ImportSettings::toColumns(remembered, {"Who", "Squad", "Mail"});
        QCOMPARE(columns, (ColumnMapping{{"email", 2}, {"name", 0}, {"team", 1}}));
        store.setLastFolder(QStringLiteral("/data/hr"));
        QCOMPARE(ImportSettings(&settings).lastFolder(), QStringLiteral("/data/hr"));
    }
};

QTEST_GUILESS_MAIN(TestProgramImport)
#include "tst_programimport.moc"
