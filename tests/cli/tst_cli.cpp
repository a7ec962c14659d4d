// SPDX-License-Identifier: GPL-3.0-or-later
// The real upskill-cli binary, run as a script would run it: exit codes, messages, and what
// the files it writes contain.
#include "migrations.h"
#include "processrun.h"
#include "programfile.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Upskill;

class TestCli : public QObject
{
    Q_OBJECT

private:
    using Result = ProcessResult;

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Result run(const QStringList &arguments) { return runCli(arguments); }

    static QByteArray hashOf(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // The "table  count" lines of `info`.
    static QMap<QString, qint64> counts(const QString &infoOutput)
    {
        static const QRegularExpression line(QStringLiteral("^\\s+(\\w+)\\s+(\\d+)$"),
                                             QRegularExpression::MultilineOption);
        QMap<QString, qint64> result;
        for (auto it = line.globalMatch(infoOutput); it.hasNext();) {
            const auto match = it.next();
            result.insert(match.captured(1), match.captured(2).toLongLong());
        }
        return result;
    }

    static qint64 scalar(ProgramFile &file, const QString &sql)
    {
        QSqlQuery query(file.database());
        query.prepare(sql);
        query.bindValue(QStringLiteral(":today"), QDate::currentDate().toString(Qt::ISODate));
        if (!query.exec() || !query.next()) {
            qWarning() << sql << query.lastError();
            return -1;
        }
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo(QStringLiteral(UPSKILL_CLI)).isExecutable(), UPSKILL_CLI);
    }

    void newCreatesTheDefaultProgram()
    {
        const QString file = path(QStringLiteral("new.upskill"));
        const Result created = run({QStringLiteral("new"), file});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(created.err.isEmpty());
        QVERIFY(QFileInfo::exists(file));

        const Result info = run({QStringLiteral("info"), file});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QRegularExpression(
                     QStringLiteral("Schema version:\\s+%1\\n").arg(Migrations::CurrentVersion))),
                 qPrintable(info.out));
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Integrity check:\\s+ok\\n"))),
                 qPrintable(info.out));
        const auto rows = counts(info.out);
        QCOMPARE(rows.value(QStringLiteral("rubric_dimensions")), 5);
        QCOMPARE(rows.value(QStringLiteral("program_settings")), 1);
        QVERIFY(rows.value(QStringLiteral("tracks")) > 0);
        QCOMPARE(rows.value(QStringLiteral("participants")), 0);
        // Every table of the schema has its line.
        QVERIFY(rows.contains(QStringLiteral("attendance")));
        QVERIFY(rows.contains(QStringLiteral("checklist_template_items")));
    }

    void newRefusesAnExistingFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("program file") << QByteArray();
        QTest::newRow("text file") << QByteArray("not a program\n");
    }

    void newRefusesAnExistingFile()
    {
        QFETCH(QByteArray, content);
        const QString file = path(QStringLiteral("existing-%1.upskill")
                                      .arg(QString::fromLatin1(QTest::currentDataTag())
                                               .replace(QLatin1Char(' '), QLatin1Char('-'))));
        if (content.isEmpty()) {
            QCOMPARE(run({QStringLiteral("new"), file}).exitCode, 0);
        } else {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = hashOf(file);

        const Result again = run({QStringLiteral("new"), file});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.out.isEmpty());
        QCOMPARE(again.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(again.err.startsWith(QStringLiteral("upskill-cli: ")), qPrintable(again.err));
        QVERIFY2(again.err.contains(file), qPrintable(again.err));
        QCOMPARE(hashOf(file), before);
    }

    void demoIsDeterministicPerSeed()
    {
        QMap<QString, qint64> first;
        for (const QString &name :
             {QStringLiteral("demo-a.upskill"), QStringLiteral("demo-b.upskill")}) {
            const QString file = path(name);
            const Result demo =
                run({QStringLiteral("demo"), file, QStringLiteral("--engineers"),
                     QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("7")});
            QCOMPARE(demo.exitCode, 0);
            // Progress goes to a terminal only; the summary counts go to stdout.
            QVERIFY2(demo.err.isEmpty(), qPrintable(demo.err));
            QVERIFY(demo.out.contains(QStringLiteral("Elapsed:")));
            QCOMPARE(counts(demo.out).value(QStringLiteral("participants")), 60);

            const Result info = run({QStringLiteral("info"), file});
            QCOMPARE(info.exitCode, 0);
            QVERIFY(
                info.out.contains(QRegularExpression(QStringLiteral("Integrity check:\\s+ok"))));
            const auto rows = counts(info.out);
            QCOMPARE(rows.value(QStringLiteral("participants")), 60);
            for (const char *table :
                 {"cohorts", "enrollments", "assessments", "sessions", "attendance",
                  "survey_responses", "application_projects", "mentorships", "protected_time",
                  "checklist_items", "community_events", "providers", "provider_scores"})
                QVERIFY2(rows.value(QString::fromLatin1(table)) > 0, table);
            if (first.isEmpty())
                first = rows;
            else
                QCOMPARE(rows, first);
        }
    }

    void demoFollowsTheDomainRules()
    {
        const QString file = path(QStringLiteral("rules.upskill"));
        QCOMPARE(run({QStringLiteral("demo"), file, QStringLiteral("--engineers"),
                      QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("3")})
                     .exitCode,
                 0);
        QString error;
        const auto program = ProgramFile::open(file, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(program, qPrintable(error));
        ProgramFile &p = *program;

        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM participants")), 400);
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) - count(DISTINCT lower(email)) "
                                          "FROM participants")),
                 0);
        QVERIFY(scalar(p, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")) == 0);

        // Cohorts: dates in order and a status that fits today.
        QCOMPARE(
            scalar(p, QStringLiteral("SELECT count(*) FROM cohorts WHERE end_date < start_date")),
            0);
        QCOMPARE(
            scalar(p, QStringLiteral(
                          "SELECT count(*) FROM cohorts WHERE "
                          "(status = 'completed' AND end_date >= :today) "
                          "OR (status = 'running' AND (start_date > :today OR end_date < :today)) "
                          "OR (status = 'planned' AND start_date <= :today)")),
            0);
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM cohorts WHERE is_pilot = 1")), 1);
        for (const char *status : {"completed", "running", "planned"})
            QVERIFY2(scalar(p, QStringLiteral("SELECT count(*) FROM cohorts WHERE status = '%1'")
                                   .arg(QLatin1String(status))) > 0,
                     status);
        // Most cohorts within the size range, and a couple deliberately outside it.
        const QString sizes = QStringLiteral(
            "SELECT count(*) FROM (SELECT count(*) AS n FROM enrollments GROUP BY cohort_id) "
            "WHERE n %1 BETWEEN (SELECT cohort_size_min FROM program_settings) "
            "AND (SELECT cohort_size_max FROM program_settings)");
        const qint64 inside = scalar(p, sizes.arg(QString()));
        const qint64 outside = scalar(p, sizes.arg(QStringLiteral("NOT")));
        QVERIFY(outside >= 2);
        QVERIFY2(inside > 2 * outside,
                 qPrintable(QStringLiteral("%1 / %2").arg(inside).arg(outside)));

        // Enrollments fit their cohort's status; completion of past cohorts near the target.
        QCOMPARE(
            scalar(p,
                   QStringLiteral(
                       "SELECT count(*) FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id "
                       "WHERE (c.status = 'planned' AND e.status <> 'enrolled') "
                       "OR (c.status = 'running' AND e.status NOT IN ('active', 'withdrawn')) "
                       "OR (c.status = 'completed' AND e.status NOT IN ('completed', 'withdrawn')) "
                       "OR (e.status = 'completed' AND e.completed_on IS NULL) "
                       "OR (e.status = 'withdrawn' AND e.withdrawn_on IS NULL)")),
            0);
        const qint64 completionPct =
            scalar(p, QStringLiteral(
                          "SELECT 100 * sum(e.status = 'completed') / count(*) FROM enrollments e "
                          "JOIN cohorts c ON c.id = e.cohort_id WHERE c.status = 'completed'"));
        QVERIFY2(completionPct >= 80 && completionPct <= 95,
                 qPrintable(QString::number(completionPct)));

        // Assessments: a pre assessment on every dimension for every enrollment, a post one
        // for every completer and nobody else, levels 1..4 that never go down.
        QCOMPARE(
            scalar(p, QStringLiteral(
                          "SELECT count(*) FROM enrollments e CROSS JOIN rubric_dimensions d "
                          "WHERE d.retired = 0 AND NOT EXISTS (SELECT 1 FROM assessments a "
                          "WHERE a.participant_id = e.participant_id AND a.cohort_id = e.cohort_id "
                          "AND a.dimension_id = d.id AND a.kind = 'pre')")),
            0);
        QCOMPARE(
            scalar(p, QStringLiteral(
                          "SELECT count(*) FROM enrollments e WHERE (e.status = 'completed') <> "
                          "EXISTS (SELECT 1 FROM assessments a WHERE a.participant_id = "
                          "e.participant_id AND a.cohort_id = e.cohort_id AND a.kind = 'post')")),
            0);
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'post' "
                                          "AND (level < 1 OR level > 4)")),
                 0);
        QCOMPARE(
            scalar(
                p,
                QStringLiteral(
                    "SELECT count(*) FROM assessments post JOIN assessments pre ON "
                    "pre.participant_id = post.participant_id AND pre.cohort_id = post.cohort_id "
                    "AND pre.dimension_id = post.dimension_id AND pre.kind = 'pre' "
                    "WHERE post.kind = 'post' AND post.level < pre.level")),
            0);
        QCOMPARE(scalar(p, QStringLiteral(
                               "SELECT count(*) FROM assessments WHERE assessed_on > :today")),
                 0);

        // Sessions inside their cohort; attendance only of its members and only in the past.
        QCOMPARE(
            scalar(p, QStringLiteral(
                          "SELECT count(*) FROM sessions s JOIN cohorts c ON c.id = s.cohort_id "
                          "WHERE date(s.starts_at) NOT BETWEEN c.start_date AND c.end_date")),
            0);
        QCOMPARE(
            scalar(p,
                   QStringLiteral(
                       "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
                       "WHERE date(s.starts_at) >= :today OR NOT EXISTS (SELECT 1 FROM "
                       "enrollments e WHERE e.cohort_id = s.cohort_id "
                       "AND e.participant_id = a.participant_id)")),
            0);

        // Mentors: flagged as such, not beyond capacity unless the override is recorded, and
        // the mentorship runs on for the follow-up month after the cohort.
        QVERIFY(scalar(p, QStringLiteral("SELECT count(*) FROM mentorships")) > 0);
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM mentorships m JOIN participants p "
                                          "ON p.id = m.mentor_id WHERE p.is_mentor = 0")),
                 0);
        QCOMPARE(
            scalar(p, QStringLiteral(
                          "SELECT count(*) FROM (SELECT mentor_id, count(*) AS active, "
                          "max(over_capacity) AS overridden FROM mentorships "
                          "WHERE starts_on <= :today AND ends_on >= :today GROUP BY mentor_id) "
                          "WHERE active > (SELECT mentor_capacity FROM program_settings) "
                          "AND overridden = 0")),
            0);
        QCOMPARE(
            scalar(p, QStringLiteral(
                          "SELECT count(*) FROM mentorships m JOIN cohorts c ON c.id = m.cohort_id "
                          "WHERE m.over_capacity = 1 AND m.override_reason = ''")),
            0);
        QCOMPARE(
            scalar(p,
                   QStringLiteral(
                       "SELECT count(*) FROM mentorships m JOIN cohorts c ON c.id = m.cohort_id "
                       "WHERE julianday(m.ends_on) - julianday(c.end_date) NOT BETWEEN 28 AND 31")),
            0);

        // Protected time: a reason exactly when hours were lost, never used in the future.
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM protected_time WHERE "
                                          "(hours_used < hours_planned) <> (reason IS NOT NULL) "
                                          "OR (week_start > :today AND hours_used IS NOT NULL)")),
                 0);
        // Follow-up figures only for completers, and only for months that are over.
        QCOMPARE(scalar(p, QStringLiteral(
                               "SELECT count(*) FROM behaviour_metrics b JOIN enrollments e ON "
                               "e.participant_id = b.participant_id AND e.cohort_id = b.cohort_id "
                               "JOIN cohorts c ON c.id = b.cohort_id WHERE e.status <> 'completed' "
                               "OR date(c.end_date, '+' || b.month_after || ' months') > :today")),
                 0);
        // Every criterion scored for every provider; checklist items come from the template.
        QCOMPARE(scalar(p, QStringLiteral("SELECT count(*) FROM providers p CROSS JOIN "
                                          "provider_criteria c WHERE NOT EXISTS (SELECT 1 FROM "
                                          "provider_scores s WHERE s.provider_id = p.id AND "
                                          "s.criterion_id = c.id)")),
                 0);
        QCOMPARE(scalar(p, QStringLiteral(
                               "SELECT count(*) FROM checklist_items i WHERE NOT EXISTS (SELECT 1 "
                               "FROM checklist_template_items t WHERE t.title = i.title)")),
                 0);
        QCOMPARE(scalar(p, QStringLiteral(
                               "SELECT count(*) FROM checklist_items WHERE cohort_id IS NULL")),
                 scalar(p, QStringLiteral("SELECT count(*) FROM checklist_template_items")));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("fileContent"); // written to %FILE% first when not empty
        QTest::addColumn<int>("exitCode");
        const QString file = QStringLiteral("%FILE%");
        const QString demo = QStringLiteral("demo");
        const QString engineers = QStringLiteral("--engineers");

        QTest::newRow("no command") << QStringList() << QByteArray() << 2;
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QByteArray() << 2;
        QTest::newRow("new without a file")
            << QStringList{QStringLiteral("new")} << QByteArray() << 2;
        QTest::newRow("new with two files")
            << QStringList{QStringLiteral("new"), file, file} << QByteArray() << 2;
        QTest::newRow("new in a missing folder")
            << QStringList{QStringLiteral("new"), QStringLiteral("%DIR%/missing/x.upskill")}
            << QByteArray() << 1;
        QTest::newRow("info on a missing file")
            << QStringList{QStringLiteral("info"), file} << QByteArray() << 1;
        QTest::newRow("info on a text file")
            << QStringList{QStringLiteral("info"), file} << QByteArray("id,name\n1,Ada\n") << 1;
        QTest::newRow("info with an unknown option")
            << QStringList{QStringLiteral("info"), file, QStringLiteral("--frobnicate")}
            << QByteArray() << 2;
        QTest::newRow("demo engineers abc")
            << QStringList{demo, file, engineers, QStringLiteral("abc")} << QByteArray() << 2;
        QTest::newRow("demo engineers 0")
            << QStringList{demo, file, engineers, QStringLiteral("0")} << QByteArray() << 2;
        QTest::newRow("demo engineers too many")
            << QStringList{demo, file, engineers, QStringLiteral("1000001")} << QByteArray() << 2;
        QTest::newRow("demo engineers missing value")
            << QStringList{demo, file, engineers} << QByteArray() << 2;
        QTest::newRow("demo seed -1")
            << QStringList{demo, file, QStringLiteral("--seed"), QStringLiteral("-1")}
            << QByteArray() << 2;
        QTest::newRow("demo on an existing file")
            << QStringList{demo, file} << QByteArray("keep me\n") << 1;
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fileContent);
        QFETCH(int, exitCode);
        static int serial = 0;
        const QString file = path(QStringLiteral("case-%1.upskill").arg(++serial));
        if (!fileContent.isEmpty()) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(fileContent);
        }
        for (QString &argument : arguments)
            argument.replace(QStringLiteral("%FILE%"), file)
                .replace(QStringLiteral("%DIR%"), m_dir.path());

        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        // One line on stderr that says who is speaking.
        QVERIFY2(result.err.endsWith(QLatin1Char('\n')), qPrintable(result.err));
        QCOMPARE(result.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(result.err.startsWith(QStringLiteral("upskill-cli")), qPrintable(result.err));
        // A refused call leaves the file as it was: absent, or with its old content.
        if (fileContent.isEmpty()) {
            QVERIFY(!QFileInfo::exists(file));
        } else {
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), fileContent);
        }
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("usage");
        QTest::newRow("global") << QStringList{QStringLiteral("--help")}
                                << QStringLiteral("upskill-cli COMMAND");
        for (const QString &verb :
             {QStringLiteral("new"), QStringLiteral("demo"), QStringLiteral("info")})
            QTest::newRow(qPrintable(verb)) << QStringList{verb, QStringLiteral("--help")}
                                            << QStringLiteral("upskill-cli %1 ").arg(verb);
    }

    void help()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, usage);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        QVERIFY2(result.out.contains(usage), qPrintable(result.out));
        if (arguments.first() == QLatin1String("demo")) {
            QVERIFY(result.out.contains(QStringLiteral("--engineers")));
            QVERIFY(result.out.contains(QStringLiteral("--seed")));
        }
    }

    void interruptedDemoLeavesNoFile()
    {
        const QString file = path(QStringLiteral("interrupted.upskill"));
        QProcess process;
        process.start(
            QStringLiteral(UPSKILL_CLI),
            {QStringLiteral("demo"), file, QStringLiteral("--engineers"), QStringLiteral("30000")});
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(file), 10000);
        // Past the creation of the file, inside the generation.
        QThread::msleep(600);
        QCOMPARE(process.state(), QProcess::Running);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("cancelled")), qPrintable(err));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-wal")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
