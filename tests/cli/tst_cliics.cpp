// SPDX-License-Identifier: GPL-3.0-or-later
// `upskill-cli export ics` end to end: a demo cohort's sessions written as iCalendar and read
// back by an independent parser (Python's icalendar, through check_ics.py), every event
// compared with the session in the program file; plus the verb's calls and errors.
#include "processrun.h"
#include "programfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Upskill;

namespace {

struct ParsedEvent
{
    QString uid;
    QString stamp;
    QString start;
    QString end;
    QString summary;
    QString location;
    QString description;
};

// What the test expects for a session, worked out here from the row and Qt's own time zone
// conversion, not from the exporter's code.
struct Session
{
    qint64 id = 0;
    QDateTime start;
    QDateTime end;
    QString summary;
    QString location;
};

QString isoUtc(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

} // namespace

class TestCliIcs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_program;
    qint64 m_cohort = 0;
    QString m_cohortName;
    // The sessions the test adds to the demo cohort.
    QString m_trickyTitle;
    QString m_longNotes;

    // The Python that has Debian's python3-icalendar: the one on PATH, or the system's when
    // PATH leads to another (a pyenv shim) first.
    static QString &python()
    {
        static QString interpreter;
        return interpreter;
    }

    static QString script() { return QStringLiteral(CHECK_ICS_SCRIPT); }

    std::unique_ptr<ProgramFile> open() const
    {
        QString error;
        auto file = ProgramFile::open(m_program, ProgramFile::Mode::OpenExisting, &error);
        if (!file)
            qWarning() << error;
        return file;
    }

    // The events of an .ics file as the independent parser reads them; empty on failure (the
    // parser's complaint is in the test log).
    static QList<ParsedEvent> parse(const QString &ics, bool *ok)
    {
        const ProcessResult result = runProcess(python(), {script(), ics});
        *ok = result.exitCode == 0;
        if (!*ok) {
            qWarning().noquote() << "check_ics.py:" << result.exitCode << result.err;
            return {};
        }
        QList<ParsedEvent> events;
        for (const QString &line : result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            events.append({o.value(QLatin1String("uid")).toString(),
                           o.value(QLatin1String("stamp")).toString(),
                           o.value(QLatin1String("start")).toString(),
                           o.value(QLatin1String("end")).toString(),
                           o.value(QLatin1String("summary")).toString(),
                           o.value(QLatin1String("location")).toString(),
                           o.value(QLatin1String("description")).toString()});
        }
        return events;
    }

    QList<Session> sessions(const QTimeZone &zone) const
    {
        const auto file = open();
        if (!file)
            return {};
        QSqlQuery query(file->database());
        query.prepare(QStringLiteral(
            "SELECT s.id, s.starts_at, s.duration_minutes, s.title, m.title, s.location "
            "FROM sessions s LEFT JOIN modules m ON m.id = s.module_id WHERE s.cohort_id = ?"));
        query.addBindValue(m_cohort);
        if (!query.exec()) {
            qWarning() << query.lastError();
            return {};
        }
        QList<Session> list;
        while (query.next()) {
            Session s;
            s.id = query.value(0).toLongLong();
            const QDateTime local = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
            s.start = QDateTime(local.date(), local.time(), zone).toUTC();
            s.end = s.start.addSecs(query.value(2).toLongLong() * 60);
            QString title = query.value(3).toString();
            if (title.isEmpty())
                title = query.value(4).toString();
            s.summary = title + QStringLiteral(" — ") + m_cohortName;
            s.location = query.value(5).toString();
            list.append(s);
        }
        return list;
    }

    ProcessResult exportIcs(const QString &out, const QStringList &extra = {}) const
    {
        return runCli(QStringList{QStringLiteral("export"), QStringLiteral("ics"), m_program,
                                  QStringLiteral("--cohort"), m_cohortName, QStringLiteral("-o"),
                                  out} +
                      extra);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Never skipped: without the independent parser the export is not checked at all.
        for (const QString &candidate : {QStandardPaths::findExecutable(QStringLiteral("python3")),
                                         QStringLiteral("/usr/bin/python3")}) {
            if (!candidate.isEmpty() && python().isEmpty() &&
                runProcess(candidate, {QStringLiteral("-c"), QStringLiteral("import icalendar")})
                        .exitCode == 0)
                python() = candidate;
        }
        QVERIFY2(!python().isEmpty(),
                 "python3-icalendar is missing: install it with 'sudo apt-get install "
                 "python3-icalendar' (packaging/install-deps does)");
        QVERIFY2(QFile::exists(script()), qPrintable(script()));
        // The CLI reads the sessions' wall-clock times in the computer's zone: the test fixes
        // it, so the instants below are known.
        qputenv("TZ", "Europe/Berlin");

        m_program = m_dir.filePath(QStringLiteral("program.upskill"));
        QCOMPARE(runCli({QStringLiteral("demo"), m_program, QStringLiteral("--engineers"),
                         QStringLiteral("120"), QStringLiteral("--seed"), QStringLiteral("5")})
                     .exitCode,
                 0);
        const auto file = open();
        QVERIFY(file);
        QSqlQuery query(file->database());
        QVERIFY(query.exec(QStringLiteral("SELECT c.id, c.name FROM cohorts c JOIN sessions s ON "
                                          "s.cohort_id = c.id GROUP BY c.id ORDER BY count(*) "
                                          "DESC, c.id LIMIT 1")) &&
                query.next());
        m_cohort = query.value(0).toLongLong();
        m_cohortName = query.value(1).toString();
        query.finish();

        // Sessions the demo does not write: a title with a comma, a semicolon, a backslash and
        // a line break; notes long enough to fold, with characters of two, three and four
        // octets; and two sessions at 10:00 on either side of the change to summer time.
        m_trickyTitle = QStringLiteral("Evals, guardrails; and C:\\tools\nsecond line");
        m_longNotes = QStringLiteral("Bring your laptop and a failing test from your team's "
                                     "repository — we debug it together. Über Fehlerfälle, "
                                     "€ costs and latency 😀; read the paper beforehand, please.");
        const QVariantList rows[] = {
            {m_cohort, m_trickyTitle, QStringLiteral("2026-03-24T10:00:00"), 150,
             QStringLiteral("workshop"), QStringLiteral("Ada Lovelace"),
             QStringLiteral("Room 4.12, Building B; 2nd floor"), m_longNotes},
            {m_cohort, QStringLiteral("After the change"), QStringLiteral("2026-03-31 10:00"), 90,
             QStringLiteral("pair_programming"), QStringLiteral(""),
             QStringLiteral("https://meet.example.org/ai?room=4"), QStringLiteral("")},
        };
        for (const QVariantList &row : rows) {
            QSqlQuery insert(file->database());
            insert.prepare(QStringLiteral(
                "INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, format, "
                "facilitator, location, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &value : row)
                insert.addBindValue(value);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
    }

    void everyEventMatchesItsSession()
    {
        const QString ics = m_dir.filePath(QStringLiteral("sessions.ics"));
        const ProcessResult result = exportIcs(ics);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        QVERIFY2(result.out.contains(m_cohortName), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("Europe/Berlin")), qPrintable(result.out));

        bool ok = false;
        const QList<ParsedEvent> events = parse(ics, &ok);
        QVERIFY(ok);
        const QList<Session> expected = sessions(QTimeZone("Europe/Berlin"));
        QVERIFY(expected.size() > 10);
        QCOMPARE(events.size(), expected.size());

        QSet<QString> uids;
        for (const ParsedEvent &event : events)
            uids.insert(event.uid);
        QCOMPARE(uids.size(), events.size());

        const QString stamp = events.constFirst().stamp;
        for (const Session &session : expected) {
            const QString uid = QStringLiteral("session-%1-cohort-%2@upskill-planner")
                                    .arg(session.id)
                                    .arg(m_cohort);
            const auto it = std::find_if(events.cbegin(), events.cend(),
                                         [&](const ParsedEvent &e) { return e.uid == uid; });
            QVERIFY2(it != events.cend(), qPrintable(uid));
            QCOMPARE(it->start, isoUtc(session.start));
            QCOMPARE(it->end, isoUtc(session.end));
            QCOMPARE(it->summary, session.summary);
            QCOMPARE(it->location, session.location);
            QCOMPARE(it->stamp, stamp);
        }

        // The hand-made sessions, with the instants worked out by hand: Berlin is UTC+1 until
        // 29 March 2026 and UTC+2 after.
        const auto byStart = [&](const QString &start) {
            return std::find_if(events.cbegin(), events.cend(),
                                [&](const ParsedEvent &e) { return e.start == start; });
        };
        const auto winter = byStart(QStringLiteral("2026-03-24T09:00:00Z"));
        QVERIFY(winter != events.cend());
        QCOMPARE(winter->end, QStringLiteral("2026-03-24T11:30:00Z"));
        QCOMPARE(winter->summary, m_trickyTitle + QStringLiteral(" — ") + m_cohortName);
        QCOMPARE(winter->location, QStringLiteral("Room 4.12, Building B; 2nd floor"));
        QVERIFY2(winter->description.contains(m_longNotes), qPrintable(winter->description));
        QVERIFY(winter->description.contains(QStringLiteral("Facilitator: Ada Lovelace")));
        const auto summer = byStart(QStringLiteral("2026-03-31T08:00:00Z"));
        QVERIFY(summer != events.cend());
        QCOMPARE(summer->end, QStringLiteral("2026-03-31T09:30:00Z"));

        // The raw file: the long notes did fold, and the tricky title is escaped.
        QFile file(ics);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("\r\n "));
        QVERIFY(bytes.contains("SUMMARY:Evals\\, guardrails\\; and C:\\\\tools\\nsecond line"));
    }

    void aSecondExportKeepsTheUids()
    {
        const QString first = m_dir.filePath(QStringLiteral("first.ics"));
        const QString second = m_dir.filePath(QStringLiteral("second.ics"));
        QCOMPARE(exportIcs(first).exitCode, 0);
        QTest::qWait(1100); // a new DTSTAMP second
        QCOMPARE(exportIcs(second).exitCode, 0);
        bool ok = false;
        const QList<ParsedEvent> a = parse(first, &ok);
        QVERIFY(ok);
        const QList<ParsedEvent> b = parse(second, &ok);
        QVERIFY(ok);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b.at(i).uid, a.at(i).uid);
            QCOMPARE(b.at(i).start, a.at(i).start);
        }
        QVERIFY(a.constFirst().stamp < b.constFirst().stamp);
    }

    void anotherTimeZoneMovesTheInstants()
    {
        const QString ics = m_dir.filePath(QStringLiteral("new-york.ics"));
        const ProcessResult result =
            exportIcs(ics, {QStringLiteral("--time-zone"), QStringLiteral("America/New_York")});
        QCOMPARE(result.exitCode, 0);
        bool ok = false;
        const QList<ParsedEvent> events = parse(ics, &ok);
        QVERIFY(ok);
        // 10:00 on 24 March 2026 in New York (summer time since 8 March, UTC-4).
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const ParsedEvent &e) {
            return e.start == QLatin1String("2026-03-24T14:00:00Z");
        }));
        const QList<Session> expected = sessions(QTimeZone("America/New_York"));
        QCOMPARE(events.size(), expected.size());
    }

    void callsAndErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString program = QStringLiteral("PROGRAM");
        const QString out = QStringLiteral("OUT");
        QTest::newRow("unknown cohort")
            << QStringList{"export", "ics", program, "--cohort", "No such cohort", "-o", out} << 1
            << "there is no cohort named \"No such cohort\"";
        QTest::newRow("no cohort")
            << QStringList{"export", "ics", program, "-o", out} << 2 << "needs --cohort NAME";
        QTest::newRow("a KIND given")
            << QStringList{"export", "ics", "sessions", program, "--cohort", "x", "-o", out} << 2
            << "'ics' takes no KIND";
        QTest::newRow("bad zone") << QStringList{"export",       "ics",    program,
                                                 "--cohort",     "COHORT", "--time-zone",
                                                 "Mars/Olympus", "-o",     out}
                                  << 2 << "--time-zone takes a zone";
        QTest::newRow("an option of another format")
            << QStringList{"export", "ics",  program, "--cohort", "COHORT",
                           "--by",   "team", "-o",    out}
            << 2 << "--by does not apply";
        QTest::newRow("missing file") << QStringList{"export", "ics"} << 2 << "FILE";
        // The other formats still take their KIND.
        QTest::newRow("csv still has tables")
            << QStringList{"export", "csv", "sessions", program, "-o", out} << 0 << "";
        QTest::newRow("pdf still checks its kinds")
            << QStringList{"export", "pdf", "nonsense", program, "-o", out} << 2
            << "unknown pdf export 'nonsense'";
        QTest::newRow("the time zone is ics's own")
            << QStringList{"export", "csv", "sessions", program, "--time-zone", "UTC", "-o", out}
            << 2 << "--time-zone does not apply";
    }
    void callsAndErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString out =
            m_dir.filePath(QStringLiteral("call-%1.out").arg(QTest::currentDataTag()));
        QFile::remove(out);
        for (QString &argument : arguments) {
            if (argument == QLatin1String("PROGRAM"))
                argument = m_program;
            else if (argument == QLatin1String("OUT"))
                argument = out;
            else if (argument == QLatin1String("COHORT"))
                argument = m_cohortName;
        }
        const ProcessResult result = runCli(arguments);
        QCOMPARE(result.exitCode, exitCode);
        if (exitCode == 0)
            return;
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.count(QLatin1Char('\n')) == 1, qPrintable(result.err));
        QVERIFY2(!QFile::exists(out), "a failed export left a file");
        if (exitCode == 1)
            QVERIFY2(result.err.contains(m_program), "the message names the program file");
    }

    void helpShowsTheShapeWithoutKind()
    {
        const ProcessResult ics =
            runCli({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("--help")});
        QCOMPARE(ics.exitCode, 0);
        QVERIFY2(ics.out.contains(QStringLiteral("FORMAT FILE")), qPrintable(ics.out));
        QVERIFY2(ics.out.contains(QStringLiteral("--time-zone")), qPrintable(ics.out));
        const ProcessResult all = runCli({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains(QStringLiteral("FORMAT KIND FILE")));
        QVERIFY2(all.out.contains(QStringLiteral("  ics ")), qPrintable(all.out));
    }
};

QTEST_GUILESS_MAIN(TestCliIcs)
#include "tst_cliics.moc"
