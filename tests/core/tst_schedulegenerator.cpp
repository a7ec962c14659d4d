// SPDX-License-Identifier: GPL-3.0-or-later
// A cohort's schedule generated from its track: the formats' norms, the weekdays chosen,
// weekends and holidays skipped, and every module kept in its own week.
#include "schedulegenerator.h"

#include <QTest>

using namespace Upskill;

namespace {

// 5 January 2026 is a Monday.
const QDate Monday(2026, 1, 5);

ScheduleModule module(qint64 id, int week, double instruction, double handsOn,
                      double presentation = 0)
{
    return {id, week, QStringLiteral("Module %1").arg(id), instruction, handsOn, presentation};
}

ScheduleOptions options(const QList<int> &weekdays, const QDate &start = Monday)
{
    ScheduleOptions o;
    o.start = start;
    o.weekdays = weekdays;
    o.pairProgramming = false;
    o.readingGroup = false;
    o.presentations = false;
    o.facilitator = QStringLiteral("Dana Ito");
    return o;
}

QStringList starts(const ScheduleResult &result)
{
    QStringList list;
    for (const PlannedSession &s : result.sessions)
        list.append(s.start.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    return list;
}

QStringList formats(const ScheduleResult &result)
{
    QStringList list;
    for (const PlannedSession &s : result.sessions)
        list.append(s.format);
    return list;
}

} // namespace

class TestScheduleGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Instruction and the hands-on time that goes with it (30/70) in workshops of 2–3 h;
    // what is left is practice for pair programming.
    void splitsModulesIntoWorkshops_data()
    {
        QTest::addColumn<double>("instruction");
        QTest::addColumn<double>("handsOn");
        QTest::addColumn<QList<int>>("workshops");
        QTest::addColumn<int>("practice");
        using L = QList<int>;
        QTest::newRow("foundational week 1: 2 + 3 h") << 2.0 << 3.0 << L{150, 150} << 0;
        QTest::newRow("specialized week: 1.5 + 3.5 h") << 1.5 << 3.5 << L{150, 150} << 0;
        // 1 h teaching holds 2 h 20 of practice: two workshops would be 1 h 40 each, so they
        // take more practice to reach 2 h, and the last hour goes to pair programming.
        QTest::newRow("1 + 4 h: raised to 2 h") << 1.0 << 4.0 << L{120, 120} << 60;
        QTest::newRow("capstone week: 0.5 + 3.5 h") << 0.5 << 3.5 << L{120} << 120;
        QTest::newRow("3 h of theory: one workshop") << 3.0 << 0.0 << L{180} << 0;
        QTest::newRow("4 h of theory: two of 2 h") << 4.0 << 0.0 << L{120, 120} << 0;
        QTest::newRow("10 h: four of 2.5 h") << 3.0 << 7.0 << L{150, 150, 150, 150} << 0;
        QTest::newRow("much practice") << 2.0 << 10.0 << L{135, 135, 135} << 315;
        QTest::newRow("practice only") << 0.0 << 2.0 << L{} << 120;
        QTest::newRow("half an hour: not stretched") << 0.5 << 0.0 << L{30} << 0;
        QTest::newRow("nothing") << 0.0 << 0.0 << L{} << 0;
    }
    void splitsModulesIntoWorkshops()
    {
        QFETCH(double, instruction);
        QFETCH(double, handsOn);
        QFETCH(QList<int>, workshops);
        QFETCH(int, practice);
        const WorkshopSplit split = ScheduleGenerator::splitWorkshops(instruction, handsOn);
        QCOMPARE(split.workshopMinutes, workshops);
        QCOMPARE(split.practiceMinutes, practice);
        for (int minutes : split.workshopMinutes)
            QVERIFY(minutes <= ScheduleGenerator::MaxWorkshopMinutes);
    }

    void usesTheChosenWeekdays_data()
    {
        QTest::addColumn<QList<int>>("weekdays");
        QTest::addColumn<QStringList>("expected");
        using L = QList<int>;
        QTest::newRow("Tuesday and Thursday")
            << L{2, 4}
            << QStringList{QStringLiteral("2026-01-06 10:00"), QStringLiteral("2026-01-08 10:00")};
        // One day: the second workshop follows the first after an hour's break.
        QTest::newRow("Wednesday only")
            << L{3}
            << QStringList{QStringLiteral("2026-01-07 10:00"), QStringLiteral("2026-01-07 13:30")};
        QTest::newRow("every weekday: spread out")
            << L{1, 2, 3, 4, 5}
            << QStringList{QStringLiteral("2026-01-05 10:00"), QStringLiteral("2026-01-07 10:00")};
        QTest::newRow("order of the boxes does not matter")
            << L{4, 2}
            << QStringList{QStringLiteral("2026-01-06 10:00"), QStringLiteral("2026-01-08 10:00")};
    }
    void usesTheChosenWeekdays()
    {
        QFETCH(QList<int>, weekdays);
        QFETCH(QStringList, expected);
        const ScheduleResult result =
            ScheduleGenerator::generate({module(1, 1, 2, 3)}, options(weekdays));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(starts(result), expected);
        QCOMPARE(formats(result),
                 (QStringList{QStringLiteral("workshop"), QStringLiteral("workshop")}));
        QCOMPARE(result.sessions.at(0).title, QStringLiteral("Module 1 (1 of 2)"));
        QCOMPARE(result.sessions.at(1).minutes, 150);
        QCOMPARE(result.sessions.at(1).facilitator, QStringLiteral("Dana Ito"));
    }

    void skipsHolidays_data()
    {
        QTest::addColumn<QList<QDate>>("holidays");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("notes");
        using D = QList<QDate>;
        QTest::newRow("none") << D{}
                              << QStringList{QStringLiteral("2026-01-06 10:00"),
                                             QStringLiteral("2026-01-08 10:00"),
                                             QStringLiteral("2026-01-13 10:00")}
                              << 0;
        // The week keeps its sessions on the day left.
        QTest::newRow("the Tuesday")
            << D{QDate(2026, 1, 6)}
            << QStringList{QStringLiteral("2026-01-08 10:00"), QStringLiteral("2026-01-08 13:30"),
                           QStringLiteral("2026-01-13 10:00")}
            << 0;
        // No day left in the first week: everything moves on by a week.
        QTest::newRow("the whole first week")
            << D{QDate(2026, 1, 6), QDate(2026, 1, 8)}
            << QStringList{QStringLiteral("2026-01-13 10:00"), QStringLiteral("2026-01-15 10:00"),
                           QStringLiteral("2026-01-20 10:00")}
            << 1;
        QTest::newRow("a day nobody uses")
            << D{QDate(2026, 1, 7)}
            << QStringList{QStringLiteral("2026-01-06 10:00"), QStringLiteral("2026-01-08 10:00"),
                           QStringLiteral("2026-01-13 10:00")}
            << 0;
    }
    void skipsHolidays()
    {
        QFETCH(QList<QDate>, holidays);
        QFETCH(QStringList, expected);
        QFETCH(int, notes);
        ScheduleOptions o = options({2, 4});
        o.holidays = QSet<QDate>(holidays.cbegin(), holidays.cend());
        const ScheduleResult result =
            ScheduleGenerator::generate({module(1, 1, 2, 3), module(2, 2, 3, 0)}, o);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(starts(result), expected);
        QCOMPARE(result.notes.size(), notes);
        for (const PlannedSession &s : result.sessions)
            QVERIFY(!o.holidays.contains(s.start.date()));
    }

    void skipsWeekends_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QList<int>>("weekdays");
        QTest::addColumn<QStringList>("expected");
        using L = QList<int>;
        // Saturday and Sunday ticked by mistake are ignored.
        QTest::newRow("weekend ticked")
            << Monday << L{6, 7, 1}
            << QStringList{QStringLiteral("2026-01-05 10:00"), QStringLiteral("2026-01-12 10:00")};
        // A cohort starting on a Saturday begins on the Monday after.
        QTest::newRow("start on a Saturday")
            << QDate(2026, 1, 3) << L{1, 2, 3, 4, 5}
            << QStringList{QStringLiteral("2026-01-05 10:00"), QStringLiteral("2026-01-12 10:00")};
        // A week counts from the start date, so a Wednesday start has its Monday after.
        QTest::newRow("start on a Wednesday")
            << QDate(2026, 1, 7) << L{1}
            << QStringList{QStringLiteral("2026-01-12 10:00"), QStringLiteral("2026-01-19 10:00")};
    }
    void skipsWeekends()
    {
        QFETCH(QDate, start);
        QFETCH(QList<int>, weekdays);
        QFETCH(QStringList, expected);
        const ScheduleResult result = ScheduleGenerator::generate(
            {module(1, 1, 3, 0), module(2, 2, 3, 0)}, options(weekdays, start));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(starts(result), expected);
        for (const PlannedSession &s : result.sessions)
            QVERIFY(s.start.date().dayOfWeek() <= 5);
    }

    void refusesWithoutWorkingDays()
    {
        const ScheduleResult result =
            ScheduleGenerator::generate({module(1, 1, 3, 0)}, options({6, 7}));
        QVERIFY(result.sessions.isEmpty());
        QVERIFY(result.error.contains(QStringLiteral("weekday")));
        const ScheduleResult none = ScheduleGenerator::generate({}, options({1}));
        QVERIFY(none.error.contains(QStringLiteral("no modules")));
    }

    void refusesACalendarOfHolidays()
    {
        ScheduleOptions o = options({1});
        for (int i = 0; i < 70; ++i)
            o.holidays.insert(Monday.addDays(7 * i));
        const ScheduleResult result = ScheduleGenerator::generate({module(1, 1, 3, 0)}, o);
        QVERIFY(result.sessions.isEmpty());
        QVERIFY(result.error.contains(QStringLiteral("holiday")));
    }

    // Every module's sessions fall in its own week, counted from the start, with an empty
    // week in between left empty.
    void keepsModulesInTheirWeeks_data()
    {
        QTest::addColumn<QList<int>>("weekdays");
        QTest::newRow("Tuesday and Thursday") << QList<int>{2, 4};
        QTest::newRow("Friday only") << QList<int>{5};
        QTest::newRow("every day") << QList<int>{1, 2, 3, 4, 5};
    }
    void keepsModulesInTheirWeeks()
    {
        QFETCH(QList<int>, weekdays);
        ScheduleOptions o = options(weekdays);
        o.pairProgramming = true;
        o.presentations = true;
        const QList<ScheduleModule> modules{module(1, 1, 2, 3), module(2, 2, 1, 4),
                                            module(4, 4, 2, 2, 1)};
        const ScheduleResult result = ScheduleGenerator::generate(modules, o);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QHash<qint64, int> weekOf{{1, 1}, {2, 2}, {4, 4}};
        for (const PlannedSession &s : result.sessions) {
            QCOMPARE(s.week, weekOf.value(s.moduleId));
            const qint64 offset = Monday.daysTo(s.start.date());
            QVERIFY2(offset >= 7 * (s.week - 1) && offset < 7 * s.week,
                     qPrintable(s.title + QLatin1Char(' ') + s.start.toString(Qt::ISODate)));
        }
        // Week 3 has no module and stays free.
        for (const PlannedSession &s : result.sessions)
            QVERIFY(s.week != 3);
        // The sessions come in time order, none overlapping another.
        for (int i = 1; i < result.sessions.size(); ++i)
            QVERIFY(result.sessions.at(i - 1).end() <= result.sessions.at(i).start);
    }

    void addsTheExtrasChosen_data()
    {
        QTest::addColumn<bool>("pairs");
        QTest::addColumn<bool>("presentations");
        QTest::addColumn<QStringList>("expected");
        const QString w = QStringLiteral("workshop");
        const QString pp = QStringLiteral("pair_programming");
        const QString p = QStringLiteral("presentation");
        const QString s = QStringLiteral("showcase");
        // Module 1 has practice left over and a presentation; module 2, the last, a showcase.
        QTest::newRow("all") << true << true << QStringList{w, w, pp, p, w, w, s};
        QTest::newRow("no pair programming") << false << true << QStringList{w, w, p, w, w, s};
        QTest::newRow("no presentations") << true << false << QStringList{w, w, pp, w, w};
        QTest::newRow("workshops only") << false << false << QStringList{w, w, w, w};
    }
    void addsTheExtrasChosen()
    {
        QFETCH(bool, pairs);
        QFETCH(bool, presentations);
        QFETCH(QStringList, expected);
        ScheduleOptions o = options({2, 4});
        o.pairProgramming = pairs;
        o.presentations = presentations;
        const ScheduleResult result =
            ScheduleGenerator::generate({module(1, 1, 1, 4, 0.5), module(2, 2, 2, 2, 1)}, o);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(formats(result), expected);
        for (const PlannedSession &session : result.sessions) {
            if (session.format == QLatin1String("pair_programming"))
                QCOMPARE(session.minutes, 90);
            if (session.format == QLatin1String("presentation"))
                QCOMPARE(session.minutes, 30);
            if (session.format == QLatin1String("showcase")) {
                QCOMPARE(session.minutes, 60);
                QCOMPARE(session.title, QStringLiteral("Showcase: Module 2"));
            }
            if (session.format == QLatin1String("workshop"))
                QVERIFY(session.minutes >= 120 && session.minutes <= 180);
        }
    }

    // A reading group of an hour in weeks 1, 3 and 5, fourteen days apart on the week's last
    // session day, after that day's other sessions, led by the participants in turn.
    void holdsAReadingGroupEveryTwoWeeks_data()
    {
        QTest::addColumn<QList<int>>("weekdays");
        QTest::addColumn<QDate>("first");
        QTest::newRow("Tuesday and Thursday") << QList<int>{2, 4} << QDate(2026, 1, 8);
        QTest::newRow("Monday only") << QList<int>{1} << QDate(2026, 1, 5);
        QTest::newRow("every weekday") << QList<int>{1, 2, 3, 4, 5} << QDate(2026, 1, 9);
    }
    void holdsAReadingGroupEveryTwoWeeks()
    {
        QFETCH(QList<int>, weekdays);
        QFETCH(QDate, first);
        ScheduleOptions o = options(weekdays);
        o.readingGroup = true;
        o.readingGroupFacilitators = {QStringLiteral("Ana"), QStringLiteral("Bo")};
        QList<ScheduleModule> modules;
        for (int week = 1; week <= 6; ++week)
            modules.append(module(week, week, 1.5, 3.5));
        const ScheduleResult result = ScheduleGenerator::generate(modules, o);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QList<PlannedSession> groups;
        for (const PlannedSession &s : result.sessions) {
            if (s.format == QLatin1String("reading_group"))
                groups.append(s);
        }
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups.first().start.date(), first);
        for (int i = 1; i < groups.size(); ++i)
            QCOMPARE(groups.at(i - 1).start.daysTo(groups.at(i).start), 14);
        QCOMPARE(groups.at(0).facilitator, QStringLiteral("Ana"));
        QCOMPARE(groups.at(1).facilitator, QStringLiteral("Bo"));
        QCOMPARE(groups.at(2).facilitator, QStringLiteral("Ana"));
        QCOMPARE(groups.at(1).title, QStringLiteral("Reading group 2"));
        for (const PlannedSession &group : groups) {
            QCOMPARE(group.minutes, 60);
            QCOMPARE(group.moduleId, qint64(0));
            // Nothing else that day comes after it.
            for (const PlannedSession &s : result.sessions) {
                if (s.start.date() == group.start.date() && s.format != group.format)
                    QVERIFY(s.end() <= group.start);
            }
        }
    }

    void notesLateDays()
    {
        ScheduleOptions o = options({3});
        o.startTime = QTime(16, 0);
        const ScheduleResult late = ScheduleGenerator::generate({module(1, 1, 2, 3)}, o);
        QCOMPARE(late.notes.size(), 1);
        QVERIFY(late.notes.first().contains(QStringLiteral("18:00")));
        o.startTime = QTime(9, 0);
        QVERIFY(ScheduleGenerator::generate({module(1, 1, 2, 3)}, o).notes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestScheduleGenerator)
#include "tst_schedulegenerator.moc"
