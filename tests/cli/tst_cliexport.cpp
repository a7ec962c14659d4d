// SPDX-License-Identifier: GPL-3.0-or-later
// `upskill-cli export` run as a script runs it: what it writes, its exit codes and messages,
// and an existing output that a failed call leaves alone.
#include "processrun.h"
#include "programfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestCliExport : public QObject
{
    Q_OBJECT

private:
    using Result = ProcessResult;

    QTemporaryDir m_dir;
    QString m_program;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Result run(const QStringList &arguments) { return runCli(arguments); }

    static QByteArray contentOf(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArrayLiteral("<missing>");
        return f.readAll();
    }

    qint64 rowsIn(const QString &table) const
    {
        QString error;
        const auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error);
        if (!file) {
            qWarning() << error;
            return -1;
        }
        QSqlQuery query(file->database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next()) {
            qWarning() << query.lastError();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    QStringList files() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(UPSKILL_CLI)).isExecutable(), UPSKILL_CLI);
        m_program = path(QStringLiteral("program.upskill"));
        const Result demo =
            run({QStringLiteral("demo"), m_program, QStringLiteral("--engineers"),
                 QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("2")});
        QCOMPARE(demo.exitCode, 0);
    }

    void writesEachTable_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("header");
        QTest::newRow("assessments")
            << QStringLiteral("assessments")
            << QStringLiteral("participant_email,participant,dimension,kind,level,level_label,"
                              "assessed_on,cohort,note");
        QTest::newRow("participants")
            << QStringLiteral("participants")
            << QStringLiteral("email,name,role,team,manager,seniority,is_champion,is_mentor,"
                              "is_alumnus,notes");
        QTest::newRow("cohorts") << QStringLiteral("cohorts") << QString();
        QTest::newRow("enrollments") << QStringLiteral("enrollments") << QString();
    }

    void writesEachTable()
    {
        QFETCH(QString, table);
        QFETCH(QString, header);
        const QString out = path(table + QStringLiteral(".csv"));
        const Result result = run({QStringLiteral("export"), QStringLiteral("csv"), table,
                                   m_program, QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const qint64 rows = rowsIn(table);
        QVERIFY(rows > 0);
        // What it wrote, where, and how many rows.
        QVERIFY2(result.out.contains(out), qPrintable(result.out));
        QVERIFY2(result.out.contains(table), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("rows: %1").arg(rows)), qPrintable(result.out));

        const QByteArray content = contentOf(out);
        QVERIFY(content.endsWith("\r\n"));
        // Demo data has no line breaks inside fields: one line per record.
        QCOMPARE(content.count("\r\n"), rows + 1);
        QCOMPARE(content.count('\n'), rows + 1);
        if (!header.isEmpty())
            QVERIFY2(content.startsWith(header.toUtf8() + "\r\n"), content.left(200).constData());
    }

    void replacesAnOldExport()
    {
        const QString out = path(QStringLiteral("again.csv"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export\r\n");
        old.close();
        const Result result =
            run({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("participants"),
                 m_program, QStringLiteral("--output"), out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(contentOf(out).startsWith("email,"));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions"); // the message names what went wrong
        const QString e = QStringLiteral("export");
        const QString csv = QStringLiteral("csv");
        const QString table = QStringLiteral("assessments");
        const QString program = QStringLiteral("%PROGRAM%");
        const QString o = QStringLiteral("-o");
        const QString out = QStringLiteral("%OUT%");

        QTest::newRow("unknown format")
            << QStringList{e, QStringLiteral("xls"), table, program, o, out} << 2
            << QStringLiteral("csv");
        QTest::newRow("unknown table")
            << QStringList{e, csv, QStringLiteral("secrets"), program, o, out} << 2
            << QStringLiteral("assessments, attendance, behaviour, checklist-items, cohorts");
        QTest::newRow("no table") << QStringList{e, csv, program, o, out} << 2
                                  << QStringLiteral("FORMAT KIND FILE");
        QTest::newRow("nothing") << QStringList{e} << 2 << QStringLiteral("FORMAT KIND FILE");
        QTest::newRow("one too many")
            << QStringList{e, csv, table, program, program, o, out} << 2 << program;
        QTest::newRow("no output")
            << QStringList{e, csv, table, program} << 2 << QStringLiteral("-o");
        QTest::newRow("unknown option") << QStringList{e,
                                                       csv,
                                                       table,
                                                       program,
                                                       o,
                                                       out,
                                                       QStringLiteral("--by"),
                                                       QStringLiteral("role")}
                                        << 2 << QStringLiteral("--by does not apply");
        QTest::newRow("missing program")
            << QStringList{e, csv, table, QStringLiteral("%DIR%/missing.upskill"), o, out} << 1
            << QStringLiteral("missing.upskill");
        QTest::newRow("text file as program")
            << QStringList{e, csv, table, QStringLiteral("%TEXT%"), o, out} << 1
            << QStringLiteral("not-a-program.txt");
        QTest::newRow("output in a missing folder")
            << QStringList{e, csv, table, program, o, QStringLiteral("%DIR%/missing/out.csv")} << 1
            << QStringLiteral("missing/out.csv");
        QTest::newRow("output is a folder")
            << QStringList{e, csv, table, program, o, QStringLiteral("%DIR%")} << 1
            << QStringLiteral("%DIR%");
        QTest::newRow("output is the program")
            << QStringList{e, csv, table, program, o, program} << 1 << program;
    }

    void failures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QString out = path(QStringLiteral("kept.csv"));
        const QString text = path(QStringLiteral("not-a-program.txt"));
        for (const auto &[file, content] : {std::pair{out, QByteArray("the last good export\r\n")},
                                            std::pair{text, QByteArray("id,name\n1,Ada\n")}}) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        auto expand = [&](QString s) {
            return s.replace(QStringLiteral("%PROGRAM%"), m_program)
                .replace(QStringLiteral("%OUT%"), out)
                .replace(QStringLiteral("%TEXT%"), text)
                .replace(QStringLiteral("%DIR%"), m_dir.path());
        };
        for (QString &argument : arguments)
            argument = expand(argument);
        const QByteArray programBefore = contentOf(m_program);
        const QStringList filesBefore = files();

        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
        // One line on stderr that says who is speaking and what is wrong.
        QVERIFY2(result.err.endsWith(QLatin1Char('\n')), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(result.err.startsWith(QStringLiteral("upskill-cli")), qPrintable(result.err));
        QVERIFY2(result.err.contains(expand(mentions)), qPrintable(result.err));
        // Nothing written, nothing replaced, no temporary file left behind.
        QCOMPARE(contentOf(out), QByteArray("the last good export\r\n"));
        QCOMPARE(contentOf(m_program), programBefore);
        QCOMPARE(files(), filesBefore);
    }

    void help()
    {
        const Result result = run({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        for (const char *text : {"upskill-cli export [options] FORMAT KIND FILE", "-o, --output",
                                 "csv assessments", "csv participants"})
            QVERIFY2(result.out.contains(QLatin1String(text)), text);

        const Result global = run({QStringLiteral("--help")});
        QCOMPARE(global.exitCode, 0);
        QVERIFY(global.out.contains(QStringLiteral("\n  export ")));
    }
};

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
