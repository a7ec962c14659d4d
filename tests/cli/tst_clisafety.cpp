// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI and the program file's safety, run as scripts run it: `person export` and
// `person erase`, the verbs that write refusing a file another window has open (naming who)
// while the ones that read go ahead, CSV options for Excel and one cohort, and an export
// whose write fails half-way leaving the previous file as it was.
#include "processrun.h"
#include "programfile.h"
#include "programlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Upskill;

class TestCliSafety : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;
    int m_serial = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray contentOf(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return QByteArrayLiteral("<missing>");
        return f.readAll();
    }

    // A copy of the demo program in a folder of its own (its backups go beside it).
    QString copyOfProgram()
    {
        const QString folder = path(QStringLiteral("copy%1").arg(++m_serial));
        QDir().mkpath(folder);
        const QString copy = folder + QStringLiteral("/program.upskill");
        QString error;
        auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error,
                                      ProgramFile::LockPolicy::ReadOnly);
        if (!file || !file->saveCopyAs(copy, &error))
            qWarning() << error;
        return copy;
    }

    static qint64 scalar(const QString &program, const QString &sql, const QVariant &value = {})
    {
        QString error;
        auto file = ProgramFile::open(program, ProgramFile::Mode::OpenExisting, &error,
                                      ProgramFile::LockPolicy::ReadOnly);
        if (!file)
            return -1;
        QSqlQuery query(file->database());
        query.prepare(sql);
        if (value.isValid())
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QString someEmail() const
    {
        QString error;
        auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error,
                                      ProgramFile::LockPolicy::ReadOnly);
        QSqlQuery query(file->database());
        query.exec(QStringLiteral("SELECT p.email FROM participants p ORDER BY (SELECT count(*) "
                                  "FROM assessments a WHERE a.participant_id = p.id) DESC, p.id "
                                  "LIMIT 1"));
        return query.next() ? query.value(0).toString() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(UPSKILL_CLI)).isExecutable(), UPSKILL_CLI);
        m_program = path(QStringLiteral("program.upskill"));
        const ProcessResult demo =
            runCli({QStringLiteral("demo"), m_program, QStringLiteral("--engineers"),
                    QStringLiteral("40"), QStringLiteral("--seed"), QStringLiteral("4")});
        QCOMPARE(demo.exitCode, 0);
    }

    void personExport()
    {
        const QString email = someEmail();
        const QString out = path(QStringLiteral("person.json"));
        const ProcessResult result =
            runCli({QStringLiteral("person"), QStringLiteral("export"), m_program,
                    QStringLiteral("--email"), email.toUpper(), QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY2(result.out.contains(out), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("assessments")), qPrintable(result.out));
        const QJsonObject json = QJsonDocument::fromJson(contentOf(out)).object();
        QCOMPARE(json.value(QStringLiteral("person"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 email);
        QVERIFY(json.value(QStringLiteral("assessments")).isArray());
    }

    void personFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        const QString person = QStringLiteral("person");
        const QString program = QStringLiteral("%PROGRAM%");
        const QString email = QStringLiteral("--email");
        QTest::newRow("nobody") << QStringList{person,
                                               QStringLiteral("export"),
                                               program,
                                               email,
                                               QStringLiteral("nobody@example.org"),
                                               QStringLiteral("-o"),
                                               QStringLiteral("%OUT%")}
                                << 1 << QStringLiteral("nobody@example.org");
        QTest::newRow("erase nobody")
            << QStringList{person, QStringLiteral("erase"), program, email,
                           QStringLiteral("nobody@example.org")}
            << 1 << QStringLiteral("no participant with the email address");
        QTest::newRow("no email") << QStringList{person, QStringLiteral("export"), program,
                                                 QStringLiteral("-o"), QStringLiteral("%OUT%")}
                                  << 2 << QStringLiteral("--email");
        QTest::newRow("no output") << QStringList{person, QStringLiteral("export"), program, email,
                                                  QStringLiteral("a@example.org")}
                                   << 2 << QStringLiteral("-o OUT.json");
        QTest::newRow("unknown action") << QStringList{person, QStringLiteral("forget"), program,
                                                       email, QStringLiteral("a@example.org")}
                                        << 2 << QStringLiteral("export, erase");
        QTest::newRow("missing file") << QStringList{person,
                                                     QStringLiteral("export"),
                                                     QStringLiteral("/nonexistent/x.upskill"),
                                                     email,
                                                     QStringLiteral("a@example.org"),
                                                     QStringLiteral("-o"),
                                                     QStringLiteral("%OUT%")}
                                      << 1 << QStringLiteral("/nonexistent/x.upskill");
    }

    void personFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const QString out = path(QStringLiteral("never.json"));
        arguments.replaceInStrings(QStringLiteral("%PROGRAM%"), m_program);
        arguments.replaceInStrings(QStringLiteral("%OUT%"), out);
        const qint64 people =
            scalar(m_program, QStringLiteral("SELECT count(*) FROM participants"));
        const ProcessResult result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(mentions), qPrintable(result.err));
        QCOMPARE(result.err.count(QLatin1Char('\n')), 1);
        QVERIFY(!QFileInfo::exists(out));
        QCOMPARE(scalar(m_program, QStringLiteral("SELECT count(*) FROM participants")), people);
    }

    void personErase()
    {
        const QString program = copyOfProgram();
        const QString email = someEmail();
        const qint64 people = scalar(program, QStringLiteral("SELECT count(*) FROM participants"));
        const qint64 theirAssessments =
            scalar(program,
                   QStringLiteral("SELECT count(*) FROM assessments a JOIN participants p ON "
                                  "p.id = a.participant_id WHERE p.email = ?"),
                   email);
        QVERIFY(theirAssessments > 0);
        const ProcessResult result = runCli({QStringLiteral("person"), QStringLiteral("erase"),
                                             program, QStringLiteral("--email"), email});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("Erased %1").arg(email)),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QRegularExpression(
                     QStringLiteral("Assessments\\s+%1\\n").arg(theirAssessments))),
                 qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Backups cleaned")), qPrintable(result.out));
        QCOMPARE(scalar(program, QStringLiteral("SELECT count(*) FROM participants")), people - 1);
        QVERIFY(!contentOf(program).contains(email.toUtf8()));
        // Once erased, there is nothing left to export.
        const ProcessResult again = runCli(
            {QStringLiteral("person"), QStringLiteral("export"), program, QStringLiteral("--email"),
             email, QStringLiteral("-o"), path(QStringLiteral("gone.json"))});
        QCOMPARE(again.exitCode, 1);
    }

    // One writer: the writing verbs refuse a file another window has, naming who has it; the
    // reading ones go ahead beside it.
    void writersRefuseALockedFile()
    {
        const QString program = copyOfProgram();
        QString error;
        auto window = ProgramFile::open(program, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(window, qPrintable(error));
        const auto owner = ProgramLock::ownerOf(program);
        QVERIFY(owner.has_value());
        const QString who = owner->user + QLatin1Char('@') + owner->host;

        const ProcessResult erase = runCli({QStringLiteral("person"), QStringLiteral("erase"),
                                            program, QStringLiteral("--email"), someEmail()});
        QCOMPARE(erase.exitCode, 1);
        QVERIFY2(erase.err.contains(QStringLiteral("open in another window")),
                 qPrintable(erase.err));
        QVERIFY2(erase.err.contains(who), qPrintable(erase.err));

        for (const QStringList &reader :
             {QStringList{QStringLiteral("info"), program},
              QStringList{QStringLiteral("export"), QStringLiteral("csv"),
                          QStringLiteral("participants"), program, QStringLiteral("-o"),
                          path(QStringLiteral("locked.csv"))},
              QStringList{QStringLiteral("person"), QStringLiteral("export"), program,
                          QStringLiteral("--email"), someEmail(), QStringLiteral("-o"),
                          path(QStringLiteral("locked.json"))}}) {
            const ProcessResult result = runCli(reader);
            QVERIFY2(result.exitCode == 0, qPrintable(reader.first() + result.err));
        }
        window.reset();

        // Creating a program takes the lock too.
        const QString fresh = path(QStringLiteral("fresh.upskill"));
        ProgramLock lock(fresh);
        QCOMPARE(lock.tryLock(), ProgramLock::Result::Acquired);
        for (const QString &verb : {QStringLiteral("demo"), QStringLiteral("new")}) {
            const ProcessResult result = runCli({verb, fresh});
            QCOMPARE(result.exitCode, 1);
            QVERIFY2(result.err.contains(who), qPrintable(result.err));
            QVERIFY(!QFileInfo::exists(fresh));
        }
    }

    void csvOptions()
    {
        const QString out = path(QStringLiteral("options.csv"));
        ProcessResult result =
            runCli({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("enrollments"),
                    m_program, QStringLiteral("-o"), out, QStringLiteral("--bom")});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(contentOf(out).startsWith("\xEF\xBB\xBF"
                                          "cohort,participant_email,"));

        const QString cohort = [this] {
            QString error;
            auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error,
                                          ProgramFile::LockPolicy::ReadOnly);
            QSqlQuery query(file->database());
            query.exec(QStringLiteral("SELECT c.name FROM cohorts c JOIN enrollments e ON "
                                      "e.cohort_id = c.id GROUP BY c.id ORDER BY count(*) DESC "
                                      "LIMIT 1"));
            return query.next() ? query.value(0).toString() : QString();
        }();
        const qint64 rows = scalar(m_program,
                                   QStringLiteral("SELECT count(*) FROM enrollments e JOIN cohorts "
                                                  "c ON c.id = e.cohort_id WHERE c.name = ?"),
                                   cohort);
        QVERIFY(rows > 0);
        result =
            runCli({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("enrollments"),
                    m_program, QStringLiteral("-o"), out, QStringLiteral("--cohort"), cohort});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("rows: %1").arg(rows)), qPrintable(result.out));
        QCOMPARE(contentOf(out).count("\r\n"), rows + 1);

        result =
            runCli({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("providers"),
                    m_program, QStringLiteral("-o"), out, QStringLiteral("--cohort"), cohort});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--cohort")), qPrintable(result.err));
        result = runCli({QStringLiteral("export"), QStringLiteral("csv"),
                         QStringLiteral("enrollments"), m_program, QStringLiteral("-o"), out,
                         QStringLiteral("--cohort"), QStringLiteral("No such cohort")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("No such cohort")), qPrintable(result.err));
    }

    // The file size limit stands in for a full disk: the write fails half-way, and the
    // previous export is exactly as it was, with no temporary file left beside it.
    void failedWriteKeepsThePreviousFile()
    {
        const QString folder = path(QStringLiteral("limited"));
        QDir().mkpath(folder);
        const QString out = folder + QStringLiteral("/assessments.csv");
        {
            QFile old(out);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export\r\n");
        }
        QProcess process;
        process.setChildProcessModifier([] {
            std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit;
            getrlimit(RLIMIT_FSIZE, &limit);
            // Room for SQLite's 32 KB shared-memory index, not for the export.
            limit.rlim_cur = 48 * 1024;
            setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(QStringLiteral(UPSKILL_CLI),
                      {QStringLiteral("export"), QStringLiteral("csv"),
                       QStringLiteral("assessments"), m_program, QStringLiteral("-o"), out});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(out), qPrintable(err));
        QCOMPARE(contentOf(out), QByteArray("the previous export\r\n"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("assessments.csv")});
        // Without the limit the same export is larger than it allowed.
        const ProcessResult result =
            runCli({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("assessments"),
                    m_program, QStringLiteral("-o"), out});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(QFileInfo(out).size() > 48 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
