// SPDX-License-Identifier: GPL-3.0-or-later
// The reading-group format: 4–6 members, a meeting every two weeks, and the facilitator's
// role passing from member to member, skipping anyone not in the group that day.
#include "readinggrouprules.h"

#include <QTest>

using namespace Upskill;

Q_DECLARE_METATYPE(Upskill::RotationMember)

class TestReadingGroupRules : public QObject
{
    Q_OBJECT

private:
    // Six meetings every two weeks from Wednesday 7 January 2026: 7 Jan, 21 Jan, 4 Feb,
    // 18 Feb, 4 Mar, 18 Mar.
    static QList<QDate> days() { return ReadingGroupRules::meetingDays(QDate(2026, 1, 7), 6); }
    static QDate meeting(int n) { return days().at(n - 1); }

private Q_SLOTS:
    void meetingDaysAreTwoWeeksApart()
    {
        const QList<QDate> d = days();
        QCOMPARE(d.size(), 6);
        QCOMPARE(d.first(), QDate(2026, 1, 7));
        QCOMPARE(d.at(1), QDate(2026, 1, 21));
        QCOMPARE(d.last(), QDate(2026, 3, 18));
        QVERIFY(ReadingGroupRules::meetingDays(QDate(), 3).isEmpty());
        QVERIFY(ReadingGroupRules::meetingDays(QDate(2026, 1, 7), 0).isEmpty());
    }

    void facilitatorsRotate_data()
    {
        // Members 1 Ada, 2 Ben, 3 Chloe, 4 Dara, in this order; joined and left as given.
        QTest::addColumn<QList<RotationMember>>("members");
        QTest::addColumn<qint64>("last");
        QTest::addColumn<QList<qint64>>("expected");
        const QList<RotationMember> everyone{{1, {}, {}}, {2, {}, {}}, {3, {}, {}}, {4, {}, {}}};
        QTest::newRow("first time, from the top")
            << everyone << qint64(0) << QList<qint64>{1, 2, 3, 4, 1, 2};
        QTest::newRow("after whoever led last")
            << everyone << qint64(3) << QList<qint64>{4, 1, 2, 3, 4, 1};
        QList<RotationMember> daraLeaves = everyone;
        daraLeaves[3].leftOn = meeting(3).addDays(3);
        QTest::newRow("a member leaves half-way")
            << daraLeaves << qint64(0) << QList<qint64>{1, 2, 3, 1, 2, 3};
        QList<RotationMember> leavesThatDay = everyone;
        leavesThatDay[3].leftOn = meeting(4);
        QTest::newRow("leaving on the meeting's day")
            << leavesThatDay << qint64(0) << QList<qint64>{1, 2, 3, 1, 2, 3};
        QList<RotationMember> leavesAfter = everyone;
        leavesAfter[3].leftOn = meeting(4).addDays(1);
        QTest::newRow("leaving the day after a turn")
            << leavesAfter << qint64(0) << QList<qint64>{1, 2, 3, 4, 1, 2};
        QList<RotationMember> chloeJoinsLater = everyone;
        chloeJoinsLater[2].joinedOn = meeting(4);
        QTest::newRow("a member joins later")
            << chloeJoinsLater << qint64(0) << QList<qint64>{1, 2, 4, 1, 2, 3};
        QList<RotationMember> lastLeft = everyone;
        lastLeft[1].leftOn = meeting(1).addDays(-1);
        QTest::newRow("the last facilitator has left since")
            << lastLeft << qint64(2) << QList<qint64>{3, 4, 1, 3, 4, 1};
        QTest::newRow("the last facilitator is no member at all")
            << everyone << qint64(99) << QList<qint64>{1, 2, 3, 4, 1, 2};
        QList<RotationMember> allGone = everyone;
        for (RotationMember &m : allGone)
            m.leftOn = meeting(1);
        QTest::newRow("everyone has left")
            << allGone << qint64(1) << QList<qint64>{0, 0, 0, 0, 0, 0};
        QTest::newRow("no members")
            << QList<RotationMember>{} << qint64(0) << QList<qint64>{0, 0, 0, 0, 0, 0};
        QTest::newRow("one member leads every time")
            << QList<RotationMember>{{7, {}, {}}} << qint64(7) << QList<qint64>{7, 7, 7, 7, 7, 7};
    }

    void facilitatorsRotate()
    {
        QFETCH(QList<RotationMember>, members);
        QFETCH(qint64, last);
        QFETCH(QList<qint64>, expected);
        QCOMPARE(ReadingGroupRules::facilitators(members, last, days()), expected);
    }

    void sizeWarnings_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<bool>("warned");
        for (int n = 0; n <= 8; ++n)
            QTest::addRow("%d members", n) << n << (n < 4 || n > 6);
    }

    void sizeWarnings()
    {
        QFETCH(int, members);
        QFETCH(bool, warned);
        const QString warning = ReadingGroupRules::sizeWarning(members);
        QCOMPARE(!warning.isEmpty(), warned);
        if (warned)
            QVERIFY(warning.contains(members < 4 ? QLatin1String("Add members")
                                                 : QLatin1String("Split the group")));
    }

    void links_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("web address") << QStringLiteral("https://wiki.example.org/rg/3") << true;
        QTest::newRow("without scheme") << QStringLiteral("wiki.example.org/rg/3") << true;
        QTest::newRow("shared file") << QStringLiteral("/srv/share/summaries/3.md") << true;
        QTest::newRow("words") << QStringLiteral("see the wiki page") << false;
        QTest::newRow("padded") << QStringLiteral("  https://example.org/x  ") << true;
    }

    void links()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QCOMPARE(ReadingGroupRules::linkProblem(text).isEmpty(), accepted);
        if (accepted && !text.isEmpty())
            QVERIFY(!ReadingGroupRules::openableLink(text).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadingGroupRules)
#include "tst_readinggrouprules.moc"
