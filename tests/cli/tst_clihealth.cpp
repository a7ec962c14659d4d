// SPDX-License-Identifier: GPL-3.0-or-later
// `upskill-cli health` end to end: one line per warning of the library's report for the same
// file and day, exit 0 with or without warnings, and the file left as it was.
#include "processrun.h"
#include "programfile.h"
#include "programhealth.h"
#include "translations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestCliHealth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_today;

    // The report the CLI should print, computed here for the same file and day.
    std::optional<HealthReport> expectedReport(const QString &path, int limit)
    {
        QString error;
        const auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        if (!file) {
            qWarning() << error;
            return std::nullopt;
        }
        return ProgramHealth::compute(file->database(),
                                      {QDate::fromString(m_today, Qt::ISODate), limit}, &error);
    }

    static QStringList linesOf(const QString &text)
    {
        return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static QByteArray hashOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The CLI prints translated texts (the English plural forms); so does this test.
        installTranslations();
        m_today = QDate::currentDate().toString(Qt::ISODate);
        m_demo = m_dir.filePath(QStringLiteral("demo.upskill"));
        const ProcessResult demo =
            runCli({QStringLiteral("demo"), m_demo, QStringLiteral("--engineers"),
                    QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void printsOneLinePerWarning_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("limit");
        QTest::newRow("the worst of each check") << QStringList{} << 10;
        QTest::newRow("every warning") << QStringList{QStringLiteral("--all")} << 0;
        // A cut as small as 10 must still list the rest as a count, never drop it silently.
    }

    void printsOneLinePerWarning()
    {
        QFETCH(QStringList, options);
        QFETCH(int, limit);
        const ProcessResult result = runCli(
            QStringList{QStringLiteral("health"), m_demo, QStringLiteral("--date"), m_today} +
            options);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        const auto report = expectedReport(m_demo, limit);
        QVERIFY(report);
        QStringList expected;
        for (const HealthGroup &group : report->groups) {
            for (const HealthWarning &w : group.warnings)
                expected.append(ProgramHealth::line(w));
            if (group.more() > 0)
                expected.append(
                    ProgramHealth::moreLine(group) +
                    QCoreApplication::translate("HealthCommand", " (--all lists them)"));
        }
        const QStringList lines = linesOf(result.out);
        QCOMPARE(lines, expected);
        if (limit == 0)
            QCOMPARE(lines.size(), report->total());
        // Each warning line: severity, check, the numbers, and where to fix it.
        static const QRegularExpression shape(
            QStringLiteral("^(critical|warning|notice): [^—]+ — .*\\d.* \\[.+\\]$"));
        for (const QString &line : lines) {
            if (!line.startsWith(QStringLiteral("…")))
                QVERIFY2(shape.match(line).hasMatch(), qPrintable(line));
        }
    }

    // The demo program is made to break several rules, so the page is never empty on first
    // look.
    void demoTriggersSeveralChecks()
    {
        const auto report = expectedReport(m_demo, 0);
        QVERIFY(report);
        QVERIFY2(report->failingChecks() >= 4, qPrintable(ProgramHealth::summary(*report)));
        // Not only notices: something a coordinator is asked to act on.
        bool actionable = false;
        for (const HealthGroup &group : report->groups)
            actionable =
                actionable || (group.total > 0 && group.worst() >= HealthSeverity::Warning);
        QVERIFY(actionable);
    }

    // A program without problems says so in one line, still with exit 0.
    void cleanProgramPrintsTheNoWarningsLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("clean.upskill"));
        QCOMPARE(runCli({QStringLiteral("new"), path}).exitCode, 0);
        {
            QString error;
            const auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
            QVERIFY2(file, qPrintable(error));
            // The default foundational track's last week is under the hands-on minimum.
            QSqlQuery query(file->database());
            QVERIFY(query.exec(QStringLiteral(
                "UPDATE modules SET hands_on_hours = 3, presentation_hours = 0 WHERE week = 4 "
                "AND track_id IN (SELECT id FROM tracks WHERE kind = 'foundational')")));
        }
        const ProcessResult result = runCli({QStringLiteral("health"), path});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(linesOf(result.out), QStringList{ProgramHealth::noWarningsLine()});
        QVERIFY(result.out.startsWith(QStringLiteral("No warnings: ")));
    }

    // Reading is all the verb does: a file of this version is byte for byte the same after.
    void leavesTheFileAsItWas()
    {
        const QByteArray before = hashOf(m_demo);
        QVERIFY(!before.isEmpty());
        QCOMPARE(runCli({QStringLiteral("health"), m_demo}).exitCode, 0);
        QCOMPARE(hashOf(m_demo), before);
    }

    void readsAFileTheWindowHasOpen()
    {
        // The window holds the file's lock while it is open; a health check only reads.
        QString error;
        const auto open = ProgramFile::open(m_demo, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(open, qPrintable(error));
        QVERIFY(!open->isReadOnly());
        const ProcessResult result = runCli({QStringLiteral("health"), m_demo});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(!result.out.isEmpty());
    }

    void refusesWhatItCannotRead_data()
    {
        QTest::addColumn<QStringList>("arguments"); // after the verb; FILE is the placeholder
        QTest::addColumn<QByteArray>("content");    // of FILE; null: FILE does not exist
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such file") << QStringList{QStringLiteral("FILE")} << QByteArray() << 1
                                      << QStringLiteral("does not exist");
        QTest::newRow("not a program file")
            << QStringList{QStringLiteral("FILE")} << QByteArray("name,email\nA,a@example.org\n")
            << 1 << QStringLiteral("not an Upskill Planner program file");
        QTest::newRow("a date that is not one")
            << QStringList{QStringLiteral("FILE"), QStringLiteral("--date"),
                           QStringLiteral("2026-02-30")}
            << QByteArray() << 2 << QStringLiteral("2026-02-30");
        QTest::newRow("no file given") << QStringList{} << QByteArray() << 2 << QString();
    }

    void refusesWhatItCannotRead()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(
            QStringLiteral("refused-%1.upskill")
                .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), u'-')));
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        arguments.replaceInStrings(QStringLiteral("FILE"), path);
        const ProcessResult result = runCli(QStringList{QStringLiteral("health")} + arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        if (exitCode == 1)
            QVERIFY2(result.err.contains(path), qPrintable(result.err));
        if (!content.isNull()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), content); // refused and left as it was
        }
    }

    void help()
    {
        const ProcessResult result = runCli({QStringLiteral("health"), QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const QString &option :
             {QStringLiteral("--all"), QStringLiteral("--date"), QStringLiteral("FILE")})
            QVERIFY2(result.out.contains(option), qPrintable(result.out));
        const ProcessResult verbs = runCli({QStringLiteral("--help")});
        QVERIFY(verbs.out.contains(QStringLiteral("health")));
    }
};

QTEST_GUILESS_MAIN(TestCliHealth)
#include "tst_clihealth.moc"
