// SPDX-License-Identifier: GPL-3.0-or-later
// `upskill-cli import` as scripts use it: exit codes, counts and line-numbered errors, all or
// nothing, --skip-invalid, Ctrl+C, a workbook, and the round trip through our own export with
// names a spreadsheet would take for formulas.
#include "processrun.h"
#include "programfile.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Upskill;

using Rows = QList<QStringList>;

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;
    int m_counter = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString write(const QByteArray &bytes, const QString &name)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(name));
        file.write(bytes);
        return file.fileName();
    }

    static Rows query(const QString &program, const QString &sql)
    {
        QString error;
        const auto file = ProgramFile::open(program, ProgramFile::Mode::OpenExisting, &error);
        if (!file) {
            qWarning() << error;
            return {};
        }
        QSqlQuery q(file->database());
        Rows rows;
        if (!q.exec(sql)) {
            qWarning() << q.lastError();
            return rows;
        }
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            rows.append(row);
        }
        return rows;
    }

    qint64 count(const QString &table) const
    {
        return query(m_program, QStringLiteral("SELECT count(*) FROM ") + table)
            .value(0)
            .value(0, QStringLiteral("-1"))
            .toLongLong();
    }

    QString newProgram()
    {
        const QString program = path(QStringLiteral("p%1.upskill").arg(++m_counter));
        const ProcessResult result = runCli({QStringLiteral("new"), program});
        if (result.exitCode != 0)
            qWarning() << result.err;
        return program;
    }

private Q_SLOTS:
    void init() { m_program = newProgram(); }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --from") << QStringList{"participants"} << "--from";
        QTest::newRow("unknown kind") << QStringList{"people", "--from", "x.csv"} << "unknown kind";
        QTest::newRow("bad duplicate choice")
            << QStringList{"participants", "--from", "x.csv", "--on-duplicate", "merge"}
            << "skip or update";
        QTest::newRow("unknown encoding")
            << QStringList{"participants", "--from", "x.csv", "--encoding", "ebcdic"}
            << "unknown encoding";
        QTest::newRow("bad delimiter")
            << QStringList{"participants", "--from", "x.csv", "--delimiter", "two"}
            << "--delimiter";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const ProcessResult result =
            runCli(QStringList{"import"} + arguments + QStringList{m_program});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
    }

    void helpNamesTheOptions()
    {
        const ProcessResult result = runCli({"import", "--help"});
        QCOMPARE(result.exitCode, 0);
        for (const char *option : {"--from", "--dry-run", "--on-duplicate", "--skip-invalid",
                                   "--encoding", "--delimiter", "--sheet"})
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
        QVERIFY(runCli({"--help"}).out.contains(QLatin1String("import")));
    }

    void missingFileNamesIt()
    {
        const ProcessResult result = runCli(
            {"import", "participants", "--from", path(QStringLiteral("nope.csv")), m_program});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("nope.csv")), qPrintable(result.err));
    }

    void allOrNothingAndSkipInvalid()
    {
        QByteArray csv = "Email,Name,Team\r\n";
        for (int line = 2; line <= 1001; ++line) {
            const QByteArray email =
                line == 731 ? QByteArray() : "p" + QByteArray::number(line) + "@example.org";
            csv += email + ",Person " + QByteArray::number(line) + ",Core\r\n";
        }
        const QString data = write(csv, QStringLiteral("thousand.csv"));
        ProcessResult result = runCli({"import", "participants", "--from", data, m_program});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("thousand.csv: line 731, column 1 (Email): "
                                                   "the email is missing")),
                 qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("nothing was written")));
        QCOMPARE(count(QStringLiteral("participants")), 0);

        result = runCli({"import", "participants", "--from", data, "--dry-run", m_program});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(count(QStringLiteral("participants")), 0);

        result = runCli({"import", "participants", "--from", data, "--skip-invalid", m_program});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("imported\\s+999"))),
                 qPrintable(result.out));
        QVERIFY(result.out.contains(QLatin1String("line 731")));
        QVERIFY(result.err.contains(QLatin1String("line 731")));
        QCOMPARE(count(QStringLiteral("participants")), 999);

        // Again: everyone is already there.
        result = runCli({"import", "participants", "--from", data, "--skip-invalid", m_program});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(
            QRegularExpression(QStringLiteral("skipped \\(duplicates\\)\\s+999"))));
        result = runCli({"import", "participants", "--from", data, "--skip-invalid",
                         "--on-duplicate", "update", m_program});
        QVERIFY(result.out.contains(QRegularExpression(QStringLiteral("updated\\s+999"))));
    }

    // Duplicates inside the file, by the email with every letter folded ("Ö" and "ö" too): a
    // dry run counts them as the import does.
    void duplicatesDryRunAndImportAlike()
    {
        const QString data = write("Email,Name\n"
                                   "jörg@example.org,Jörg\n"
                                   "ann@example.org,Ann\n"
                                   "JÖRG@Example.org,Jörg B.\n"
                                   " ANN@example.org,Ann A.\n"
                                   "bo@example.org,Bo\n",
                                   QStringLiteral("duplicates.csv"));
        for (const char *dryRun : {"--dry-run", ""}) {
            QStringList arguments = {"import", "participants", "--from", data, m_program};
            if (*dryRun)
                arguments.insert(4, QString::fromLatin1(dryRun));
            const ProcessResult result = runCli(arguments);
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QVERIFY2(result.out.contains(QRegularExpression(QStringLiteral("imported\\s+3"))),
                     qPrintable(result.out));
            QVERIFY2(result.out.contains(
                         QRegularExpression(QStringLiteral("skipped \\(duplicates\\)\\s+2"))),
                     qPrintable(result.out));
        }
        QCOMPARE(
            query(m_program, QStringLiteral("SELECT email, name FROM participants ORDER BY id")),
            (Rows{{"jörg@example.org", "Jörg"},
                  {"ann@example.org", "Ann"},
                  {"bo@example.org", "Bo"}}));
    }

    void optionsChangeHowTheFileIsRead()
    {
        // A semicolon file in Windows-1252 without sep=, read with both given.
        const QString data = write("Mail;Wer;Abteilung\nk@example.org;K\xE4the;R\xFC"
                                   "ckbau\n",
                                   QStringLiteral("german.csv"));
        const ProcessResult result =
            runCli({"import", "participants", "--from", data, "--encoding", "cp1252", "--delimiter",
                    "semicolon", "--map", "email=Mail", "--map", "Name=2", "--map",
                    "team=Abteilung", m_program});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QLatin1String("read as: Windows-1252, semicolon-separated")),
                 qPrintable(result.out));
        QCOMPARE(query(m_program, QStringLiteral("SELECT email, name, team FROM participants")),
                 (Rows{{"k@example.org", "Käthe", "Rückbau"}}));
        // Without the options the same is detected, and said.
        const ProcessResult detected =
            runCli({"import", "participants", "--dry-run", "--from", data, "--map", "email=Mail",
                    "--map", "Name=2", m_program});
        QVERIFY2(detected.out.contains(QLatin1String("read as: Windows-1252, semicolon-separated")),
                 qPrintable(detected.out + detected.err));
        const ProcessResult bad =
            runCli({"import", "participants", "--from", data, "--map", "email=Nowhere", m_program});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QLatin1String("Mail, Wer, Abteilung")));
    }

    void exportRoundTrip()
    {
        // Names a spreadsheet would run as formulas, and everything CSV has to quote.
        const Rows people = {
            {"at@example.org", "@Ann Atkins", "backend", "Core, \"Platform\"", "=Boss()", "senior",
             "1", "0", "0", "line one\nline two"},
            {"eq@example.org", "=cmd|' /C calc'!A0", "data", "+Team", "-Minus", "mid", "0", "1",
             "0", ""},
            {"emoji@example.org", "Zoë 🚀 Ångström", "lead", "Plattform Köln", "Renée", "staff", "0",
             "0", "1", "Notes with \"quotes\", commas\r\nand CRLF"},
            {"minus@example.org", "-Dash", "other", "", "", "junior", "0", "0", "0", "+1"},
        };
        {
            QString error;
            const auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error);
            QVERIFY2(file, qPrintable(error));
            for (const QStringList &p : people) {
                QSqlQuery insert(file->database());
                insert.prepare(QStringLiteral(
                    "INSERT INTO participants (email, name, role, team, manager, seniority, "
                    "is_champion, is_mentor, is_alumnus, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    "?, ?)"));
                for (const QString &value : p)
                    insert.addBindValue(value);
                QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
            }
        }
        const QString csv = path(QStringLiteral("roundtrip.csv"));
        ProcessResult result = runCli({"export", "csv", "participants", m_program, "-o", csv});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile exported(csv);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        for (const char *prefixed :
             {"'@Ann Atkins", "'=cmd|", "'+Team", "'-Minus", "'-Dash", "'=Boss()", "'+1"})
            QVERIFY2(text.contains(prefixed), prefixed);

        const QString other = newProgram();
        result = runCli({"import", "participants", "--from", csv, other});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QString sql = QStringLiteral(
            "SELECT email, name, role, team, manager, seniority, is_champion, is_mentor, "
            "is_alumnus, notes FROM participants ORDER BY email");
        Rows expected = people;
        std::sort(expected.begin(), expected.end());
        QCOMPARE(query(other, sql), expected);
        QCOMPARE(query(m_program, sql), expected);
    }

    void assessmentsRoundTrip()
    {
        const QString demo = path(QStringLiteral("demo.upskill"));
        QCOMPARE(runCli({"demo", demo, "--engineers", "40"}).exitCode, 0);
        const QString people = path(QStringLiteral("demo-people.csv"));
        const QString assessments = path(QStringLiteral("demo-assessments.csv"));
        QCOMPARE(runCli({"export", "csv", "participants", demo, "-o", people}).exitCode, 0);
        QCOMPARE(runCli({"export", "csv", "assessments", demo, "-o", assessments}).exitCode, 0);

        const ProcessResult peopleResult =
            runCli({"import", "participants", "--from", people, m_program});
        QVERIFY2(peopleResult.exitCode == 0, qPrintable(peopleResult.err));
        // The cohorts are not in the new program: the cohort column is left out.
        const ProcessResult result =
            runCli({"import", "assessments", "--from", assessments, "--map", "cohort=", m_program});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err + result.out));
        const QString sql = QStringLiteral(
            "SELECT p.email, d.name, a.kind, a.level, a.assessed_on, a.note FROM assessments a "
            "JOIN participants p ON p.id = a.participant_id JOIN rubric_dimensions d ON d.id = "
            "a.dimension_id ORDER BY 1, 2, 3, 5, 4");
        const Rows original = query(demo, sql);
        QVERIFY(original.size() > 40);
        QCOMPARE(query(m_program, sql), original);
    }

    void workbook()
    {
        // The same workbook the reader's test writes with openpyxl.
        QString python;
        for (const QString &candidate :
             {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
            if (runProcess(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")})
                    .exitCode == 0) {
                python = candidate;
                break;
            }
        }
        if (python.isEmpty())
            QFAIL("python3 with openpyxl is needed to write the test workbook: run "
                  "packaging/install-deps (it installs python3-openpyxl)");
        QCOMPARE(runProcess(python, {QStringLiteral(UPSKILL_XLSX_FIXTURES), m_dir.path()}).exitCode,
                 0);
        const QString workbook = path(QStringLiteral("openpyxl.xlsx"));
        ProcessResult result = runCli({"import", "participants", "--from", workbook, m_program});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("row 4, column B (Name): the name is missing")),
                 qPrintable(result.err));
        result =
            runCli({"import", "participants", "--from", workbook, "--skip-invalid", m_program});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(
            query(m_program, QStringLiteral("SELECT email, name, is_champion FROM "
                                            "participants ORDER BY email")),
            (Rows{{"ada@example.org", "Ada Lovelace", "1"}, {"bo@example.org", "Bö Ünal", "0"}}));
        result =
            runCli({"import", "participants", "--from", workbook, "--sheet", "Nope", m_program});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QLatin1String("Responses, Scores")));
    }

    void interruptWritesNothing()
    {
        QByteArray csv = "email,name\n";
        for (int i = 0; i < 200000; ++i)
            csv += "ctrlc" + QByteArray::number(i) + "@example.org,Person\n";
        const QString data = write(csv, QStringLiteral("large.csv"));
        QProcess process;
        process.start(QStringLiteral(UPSKILL_CLI),
                      {"import", "participants", "--from", data, m_program});
        QVERIFY(process.waitForStarted());
        // Once it has started on the rows, Ctrl+C.
        QTest::qWait(2000);
        QVERIFY(process.state() == QProcess::Running);
        QVERIFY(process.processId() > 0);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(process.readAllStandardError().contains("cancelled"), "no word of cancelling");
        QCOMPARE(count(QStringLiteral("participants")), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
