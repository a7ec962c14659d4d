// SPDX-License-Identifier: GPL-3.0-or-later
// A track's modules summed up and judged: the norm of its kind, the hands-on share against the
// program's minimum (on the whole percent it shows), the weekly load against protected time,
// and the line the Tracks area shows under the modules.
#include "trackplan.h"

#include <QLocale>
#include <QTest>

using namespace Upskill;

class TestTrackPlan : public QObject
{
    Q_OBJECT

    static TrackPlan plan(const char *kind, int modules, int weeks, double instruction,
                          double handsOn, double presentation)
    {
        TrackPlan p;
        p.kind = QString::fromLatin1(kind);
        p.modules = modules;
        p.weeks = weeks;
        p.instructionHours = instruction;
        p.handsOnHours = handsOn;
        p.presentationHours = presentation;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void normOfEachKind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("weeks");
        QTest::newRow("foundational") << "foundational" << 20.0 << 4;
        QTest::newRow("specialized") << "specialized" << 30.0 << 6;
        QTest::newRow("advanced: none") << "advanced" << 0.0 << 0;
    }
    void normOfEachKind()
    {
        QFETCH(QString, kind);
        QFETCH(double, hours);
        QFETCH(int, weeks);
        const TrackNorm norm = TrackPlan::normFor(kind);
        QCOMPARE(norm.hours, hours);
        QCOMPARE(norm.weeks, weeks);
        QCOMPARE(norm.isValid(), weeks > 0);
    }

    // Worked out by hand: share = hands-on / (instruction + hands-on + presentation).
    void handsOnShareAgainstTheMinimum_data()
    {
        QTest::addColumn<double>("instruction");
        QTest::addColumn<double>("handsOn");
        QTest::addColumn<double>("presentation");
        QTest::addColumn<double>("minimum");
        QTest::addColumn<int>("percent");
        QTest::addColumn<bool>("below");
        QTest::newRow("the foundational design: 8 + 12 = 60 %")
            << 8.0 << 12.0 << 0.0 << 60.0 << 60 << false;
        QTest::newRow("22 h, 12 hands-on: 54.5 % shows 55")
            << 9.0 << 12.0 << 1.0 << 60.0 << 55 << true;
        // 59.6 % shows as 60 %: a track shown at the minimum is not called below it.
        QTest::newRow("59.6 % rounds to the minimum") << 20.2 << 29.8 << 0.0 << 60.0 << 60 << false;
        QTest::newRow("59.4 % rounds below it") << 20.3 << 29.7 << 0.0 << 60.0 << 59 << true;
        QTest::newRow("a stricter program: 70 % of 30 h")
            << 9.0 << 21.0 << 0.0 << 75.0 << 70 << true;
        QTest::newRow("no hours: no verdict") << 0.0 << 0.0 << 0.0 << 60.0 << 0 << false;
    }
    void handsOnShareAgainstTheMinimum()
    {
        QFETCH(double, instruction);
        QFETCH(double, handsOn);
        QFETCH(double, presentation);
        QFETCH(double, minimum);
        QFETCH(int, percent);
        QFETCH(bool, below);
        const TrackPlan p = plan("specialized", 3, 3, instruction, handsOn, presentation);
        QCOMPARE(p.handsOnPercent(), percent);
        QCOMPARE(p.isBelowHandsOnMinimum(minimum), below);
        QCOMPARE(p.handsOnWarning(minimum).isEmpty(), !below);
        if (below) {
            QVERIFY(p.handsOnWarning(minimum).contains(QStringLiteral("Only %1 %").arg(percent)));
            QVERIFY(p.handsOnWarning(minimum).contains(
                QStringLiteral("move time from instruction to exercises")));
        }
    }

    void weeklyLoadAgainstProtectedTime_data()
    {
        QTest::addColumn<double>("hours");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<double>("protectedHours");
        QTest::addColumn<bool>("exceeds");
        QTest::newRow("20 h over 4 weeks is 5 h a week") << 20.0 << 4 << 5.0 << false;
        QTest::newRow("22 h over 4 weeks is 5.5") << 22.0 << 4 << 5.0 << true;
        QTest::newRow("5.04 h a week shows 5.0") << 20.16 << 4 << 5.0 << false;
        QTest::newRow("38 h over 6 weeks with 8 h protected") << 38.0 << 6 << 8.0 << false;
        QTest::newRow("no weeks") << 0.0 << 0 << 5.0 << false;
    }
    void weeklyLoadAgainstProtectedTime()
    {
        QFETCH(double, hours);
        QFETCH(int, weeks);
        QFETCH(double, protectedHours);
        QFETCH(bool, exceeds);
        const TrackPlan p = plan("foundational", weeks, weeks, 0, hours, 0);
        QCOMPARE(p.exceedsProtectedTime(protectedHours), exceeds);
        QCOMPARE(p.loadWarning(protectedHours).isEmpty(), !exceeds);
    }

    // Without the translations loaded, "%n week(s)" keeps its source form.
    void summaryLine_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("modules");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<double>("instruction");
        QTest::addColumn<double>("handsOn");
        QTest::addColumn<double>("presentation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("on the norm")
            << "foundational" << 4 << 4 << 8.0 << 12.0 << 0.0
            << "20 h over 4 week(s) (norm about 20 h over 4 week(s)) · hands-on 60 %";
        QTest::newRow("below the minimum and over the protected time")
            << "foundational" << 4 << 4 << 9.0 << 12.0 << 1.0
            << "22 h over 4 week(s) (norm about 20 h over 4 week(s)) · hands-on 55 % — below the "
               "60 % minimum: move time from instruction to exercises · 5.5 h a week — more "
               "than the 5 h of protected learning time";
        QTest::newRow("specialized, one week")
            << "specialized" << 1 << 1 << 1.5 << 3.5 << 0.0
            << "5 h over 1 week(s) (norm about 30 h over 6 week(s)) · hands-on 70 %";
        QTest::newRow("advanced")
            << "advanced" << 3 << 5 << 4.0 << 10.5 << 1.0
            << "15.5 h over 5 week(s) (advanced tracks have no norm) · hands-on 68 %";
        QTest::newRow("modules without hours")
            << "specialized" << 2 << 2 << 0.0 << 0.0 << 0.0
            << "0 h over 2 week(s) (norm about 30 h over 6 week(s)) · no hours entered yet";
        QTest::newRow("no modules")
            << "specialized" << 0 << 0 << 0.0 << 0.0 << 0.0
            << "No modules yet (norm about 30 h over 6 week(s)). Use “Add module” to plan the "
               "track week by week.";
    }
    void summaryLine()
    {
        QFETCH(QString, kind);
        QFETCH(int, modules);
        QFETCH(int, weeks);
        QFETCH(double, instruction);
        QFETCH(double, handsOn);
        QFETCH(double, presentation);
        QFETCH(QString, expected);
        const TrackPlan p =
            plan(qPrintable(kind), modules, weeks, instruction, handsOn, presentation);
        QCOMPARE(p.summary(60, 5), expected);
    }

    void hoursAsTheTablesShowThem()
    {
        QCOMPARE(TrackPlan::hoursText(22), QStringLiteral("22"));
        QCOMPARE(TrackPlan::hoursText(22.5), QStringLiteral("22.5"));
        // Sums of fractional hours lose their binary noise.
        QCOMPARE(TrackPlan::hoursText(0.1 + 0.2), QStringLiteral("0.3"));
    }
};

QTEST_GUILESS_MAIN(TestTrackPlan)
#include "tst_trackplan.moc"
