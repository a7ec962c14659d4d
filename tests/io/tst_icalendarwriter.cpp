// SPDX-License-Identifier: GPL-3.0-or-later
// The iCalendar writer on its own: text escaping, folding at 75 octets without splitting a
// UTF-8 character, CRLF line ends, instants in UTC, and reading a session's wall-clock start
// in a time zone across the changes to and from summer time.
#include "calendarexport.h"
#include "icalendarwriter.h"

#include <QTest>
#include <QTimeZone>

using namespace Upskill;

class TestICalendarWriter : public QObject
{
    Q_OBJECT

    // The logical lines of a file: folded lines joined again, as RFC 5545 3.1 unfolds them.
    static QStringList unfolded(const QByteArray &bytes)
    {
        QStringList lines;
        for (const QByteArray &physical : bytes.split('\n')) {
            if (physical.isEmpty())
                continue;
            QByteArray line = physical;
            line.chop(1); // the \r
            if (line.startsWith(' ') && !lines.isEmpty())
                lines.last() += QString::fromUtf8(line.mid(1));
            else
                lines.append(QString::fromUtf8(line));
        }
        return lines;
    }

    static CalendarEvent sampleEvent()
    {
        CalendarEvent event;
        event.uid = QStringLiteral("session-7-cohort-2@upskill-planner");
        event.start = QDateTime(QDate(2026, 3, 10), QTime(9, 0), Qt::UTC);
        event.end = event.start.addSecs(150 * 60);
        event.summary = QStringLiteral("Prompts, tests; and \\ more\nfor the team");
        event.location = QStringLiteral("Room 4.12, Building B");
        event.description = QStringLiteral("Format: Instructor-led workshop\nFacilitator: Ada");
        return event;
    }

private Q_SLOTS:
    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << "Reading group"
                               << "Reading group";
        QTest::newRow("comma") << "Room 4, B"
                               << "Room 4\\, B";
        QTest::newRow("semicolon") << "a;b"
                                   << "a\\;b";
        QTest::newRow("backslash first") << "C:\\docs;x"
                                         << "C:\\\\docs\\;x";
        QTest::newRow("newline") << "one\ntwo"
                                 << "one\\ntwo";
        QTest::newRow("CRLF is one break") << "one\r\ntwo"
                                           << "one\\ntwo";
        QTest::newRow("CR alone") << "one\rtwo"
                                  << "one\\ntwo";
        QTest::newRow("colon and quotes stay") << "Note: \"x\""
                                               << "Note: \"x\"";
        QTest::newRow("control characters go") << QStringLiteral("a\x01\x1b"
                                                                 "b\tc")
                                               << QStringLiteral("ab\tc");
        QTest::newRow("all of them") << "Title, with; semi\\colon\nand more"
                                     << "Title\\, with\\; semi\\\\colon\\nand more";
    }
    void escapesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(ICalendarWriter::escapeText(text), escaped);
    }

    void foldsAt75Octets_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QList<int>>("octetsPerLine"); // without the CRLF
        QTest::newRow("75 fits") << QString(75, QLatin1Char('a')) << QList<int>{75};
        QTest::newRow("76 folds") << QString(76, QLatin1Char('a')) << QList<int>{75, 2};
        // Continuation lines give one octet to the leading space: 75 + 74 + 74 + 1.
        QTest::newRow("224") << QString(224, QLatin1Char('a')) << QList<int>{75, 75, 75, 2};
        // "é" is two octets: 74 ASCII octets and then é would end at octet 76, so it moves
        // to the next line whole.
        QTest::newRow("two-octet character at the edge")
            << QString(74, QLatin1Char('a')) + QStringLiteral("éb") << QList<int>{74, 4};
        // "€" is three octets: 73 + € = 76 again.
        QTest::newRow("three-octet character at the edge")
            << QString(73, QLatin1Char('a')) + QStringLiteral("€€") << QList<int>{73, 7};
        // A four-octet emoji (a surrogate pair in UTF-16).
        QTest::newRow("four-octet character at the edge")
            << QString(72, QLatin1Char('a')) + QStringLiteral("😀") << QList<int>{72, 5};
        QTest::newRow("only multi-byte characters")
            << QString(40, QChar(0x00FC)) << QList<int>{74, 7};
    }
    void foldsAt75Octets()
    {
        QFETCH(QString, line);
        QFETCH(QList<int>, octetsPerLine);
        const QByteArray folded = ICalendarWriter::foldLine(line);
        QVERIFY(folded.endsWith("\r\n"));
        QList<QByteArray> physical = folded.split('\n');
        QVERIFY(physical.takeLast().isEmpty());
        QList<int> lengths;
        QByteArray joined;
        for (int i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            QVERIFY2(part.endsWith('\r'), "every line ends in CRLF");
            part.chop(1);
            lengths.append(int(part.size()));
            QVERIFY2(part.size() <= ICalendarWriter::MaxLineOctets, part.constData());
            if (i > 0) {
                QVERIFY(part.startsWith(' '));
                part.remove(0, 1);
            }
            // Each physical line is valid UTF-8 on its own: no character was split.
            QCOMPARE(QString::fromUtf8(part).toUtf8(), part);
            QVERIFY(!QString::fromUtf8(part).contains(QChar::ReplacementCharacter));
            joined += part;
        }
        QCOMPARE(lengths, octetsPerLine);
        QCOMPARE(QString::fromUtf8(joined), line);
    }

    void writesAWholeCalendar()
    {
        ICalendarWriter writer;
        writer.setCalendarName(QStringLiteral("AI foundations, 2026-Q1"));
        writer.setStamp(QDateTime(QDate(2026, 2, 1), QTime(12, 30, 5), Qt::UTC));
        writer.addEvent(sampleEvent());
        CalendarEvent cancelled = sampleEvent();
        cancelled.uid = QStringLiteral("session-8-cohort-2@upskill-planner");
        cancelled.location = QStringLiteral("https://meet.example.org/ai-foundations");
        cancelled.url = cancelled.location;
        cancelled.description.clear();
        cancelled.cancelled = true;
        writer.addEvent(cancelled);
        const QByteArray bytes = writer.toByteArray();

        // CRLF after every line and nowhere a bare LF or CR.
        QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(bytes.count('\n'), bytes.count("\r\n"));
        QCOMPARE(bytes.count('\r'), bytes.count("\r\n"));

        const QStringList expected = {
            QStringLiteral("BEGIN:VCALENDAR"),
            QStringLiteral("VERSION:2.0"),
            QStringLiteral("PRODID:-//Upskill Planner//Upskill Planner//EN"),
            QStringLiteral("CALSCALE:GREGORIAN"),
            QStringLiteral("X-WR-CALNAME:AI foundations\\, 2026-Q1"),
            QStringLiteral("BEGIN:VEVENT"),
            QStringLiteral("UID:session-7-cohort-2@upskill-planner"),
            QStringLiteral("DTSTAMP:20260201T123005Z"),
            QStringLiteral("DTSTART:20260310T090000Z"),
            QStringLiteral("DTEND:20260310T113000Z"),
            QStringLiteral("SUMMARY:Prompts\\, tests\\; and \\\\ more\\nfor the team"),
            QStringLiteral("LOCATION:Room 4.12\\, Building B"),
            QStringLiteral("DESCRIPTION:Format: Instructor-led workshop\\nFacilitator: Ada"),
            QStringLiteral("END:VEVENT"),
            QStringLiteral("BEGIN:VEVENT"),
            QStringLiteral("UID:session-8-cohort-2@upskill-planner"),
            QStringLiteral("DTSTAMP:20260201T123005Z"),
            QStringLiteral("DTSTART:20260310T090000Z"),
            QStringLiteral("DTEND:20260310T113000Z"),
            QStringLiteral("SUMMARY:Prompts\\, tests\\; and \\\\ more\\nfor the team"),
            QStringLiteral("LOCATION:https://meet.example.org/ai-foundations"),
            QStringLiteral("URL:https://meet.example.org/ai-foundations"),
            QStringLiteral("STATUS:CANCELLED"),
            QStringLiteral("END:VEVENT"),
            QStringLiteral("END:VCALENDAR"),
        };
        QCOMPARE(unfolded(bytes), expected);
    }

    void longDescriptionFoldsAndUnfoldsToItself()
    {
        CalendarEvent event = sampleEvent();
        event.description = QStringLiteral("Bring your laptop, your team's repository; and a "
                                           "question — über die Fehlerfälle, 😀 — that you want "
                                           "answered by the end of the session.\nSecond line.");
        ICalendarWriter writer;
        writer.addEvent(event);
        const QByteArray bytes = writer.toByteArray();
        for (const QByteArray &line : bytes.split('\n'))
            QVERIFY2(line.size() <= ICalendarWriter::MaxLineOctets + 1, line.constData());
        const QStringList lines = unfolded(bytes);
        QVERIFY(lines.contains(QStringLiteral("DESCRIPTION:") +
                               ICalendarWriter::escapeText(event.description)));
        QVERIFY(bytes.count("\r\n ") >= 2);
    }

    void instantsAreWrittenInUtc()
    {
        const QTimeZone berlin("Europe/Berlin");
        QVERIFY2(berlin.isValid(), "the tz database is missing (Debian: tzdata)");
        QCOMPARE(ICalendarWriter::utcDateTime(QDateTime(QDate(2026, 7, 1), QTime(10, 0), berlin)),
                 QStringLiteral("20260701T080000Z"));
        QCOMPARE(ICalendarWriter::utcDateTime(QDateTime(QDate(2026, 1, 5), QTime(0, 30), berlin)),
                 QStringLiteral("20260104T233000Z"));
    }

    // Europe/Berlin 2026: summer time from 29 March 02:00 (clocks to 03:00) until 25 October
    // 03:00 (clocks back to 02:00). New York 2026: 8 March 02:00 to 1 November 02:00.
    void wallClockStartsAcrossSummerTime_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QString>("startsAt");
        QTest::addColumn<QString>("utc");
        QTest::newRow("winter: UTC+1") << QByteArray("Europe/Berlin") << "2026-03-24T10:00:00"
                                       << "20260324T090000Z";
        QTest::newRow("a week later, summer: UTC+2")
            << QByteArray("Europe/Berlin") << "2026-03-31T10:00:00"
            << "20260331T080000Z";
        QTest::newRow("space and no seconds") << QByteArray("Europe/Berlin") << "2026-03-31 10:00"
                                              << "20260331T080000Z";
        QTest::newRow("skipped hour moves forward")
            << QByteArray("Europe/Berlin") << "2026-03-29T02:30:00"
            << "20260329T013000Z";
        QTest::newRow("repeated hour: the first")
            << QByteArray("Europe/Berlin") << "2026-10-25T02:30:00"
            << "20261025T003000Z";
        QTest::newRow("after the autumn change")
            << QByteArray("Europe/Berlin") << "2026-10-27T10:00:00"
            << "20261027T090000Z";
        QTest::newRow("New York before the change")
            << QByteArray("America/New_York") << "2026-03-06T09:00:00"
            << "20260306T140000Z";
        QTest::newRow("New York after it")
            << QByteArray("America/New_York") << "2026-03-09T09:00:00"
            << "20260309T130000Z";
        QTest::newRow("an explicit offset wins")
            << QByteArray("America/New_York") << "2026-03-09T09:00:00+01:00"
            << "20260309T080000Z";
        QTest::newRow("Z wins") << QByteArray("Europe/Berlin") << "2026-03-31T10:00:00Z"
                                << "20260331T100000Z";
        QTest::newRow("a date alone is midnight") << QByteArray("Europe/Berlin") << "2026-06-01"
                                                  << "20260531T220000Z";
    }
    void wallClockStartsAcrossSummerTime()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QString, startsAt);
        QFETCH(QString, utc);
        const QTimeZone timeZone(zone);
        QVERIFY2(timeZone.isValid(), zone.constData());
        const auto start = CalendarExport::sessionStart(startsAt, timeZone);
        QVERIFY(start);
        QCOMPARE(ICalendarWriter::utcDateTime(*start), utc);
    }

    void refusesWhatIsNoStart_data()
    {
        QTest::addColumn<QString>("startsAt");
        QTest::newRow("empty") << "";
        QTest::newRow("words") << "next Tuesday";
        QTest::newRow("no such day") << "2026-02-30T10:00:00";
        QTest::newRow("no such hour") << "2026-03-10T25:00:00";
    }
    void refusesWhatIsNoStart()
    {
        QFETCH(QString, startsAt);
        QVERIFY(!CalendarExport::sessionStart(startsAt, QTimeZone("Europe/Berlin")));
    }

    void uidsAndFileNames()
    {
        QCOMPARE(CalendarExport::uidFor(12, 3),
                 QStringLiteral("session-12-cohort-3@upskill-planner"));
        QCOMPARE(CalendarExport::suggestedFileName(QStringLiteral("AI foundations 2026-Q2 #02")),
                 QStringLiteral("AI foundations 2026-Q2 #02.ics"));
        QCOMPARE(CalendarExport::suggestedFileName(QStringLiteral("Data/ML: pilot")),
                 QStringLiteral("Data-ML- pilot.ics"));
    }
};

QTEST_GUILESS_MAIN(TestICalendarWriter)
#include "tst_icalendarwriter.moc"
