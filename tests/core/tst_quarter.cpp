// SPDX-License-Identifier: GPL-3.0-or-later
#include "quarter.h"

#include <QTest>

using namespace Upskill;

class TestQuarter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("canonical") << "2026-Q3"
                                   << "2026-Q3";
        QTest::newRow("space") << "2026 Q1"
                               << "2026-Q1";
        QTest::newRow("lower case") << "2026-q4"
                                    << "2026-Q4";
        QTest::newRow("quarter first") << "Q2 2027"
                                       << "2027-Q2";
        QTest::newRow("quarter 5") << "2026-Q5"
                                   << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("words") << "next spring"
                               << "";
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Quarter::parse(text).toString(), expected);
    }

    void boundaries_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("quarter");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("new year") << QDate(2026, 1, 1) << "2026-Q1" << QDate(2026, 1, 1)
                                  << QDate(2026, 3, 31);
        QTest::newRow("end of march")
            << QDate(2026, 3, 31) << "2026-Q1" << QDate(2026, 1, 1) << QDate(2026, 3, 31);
        QTest::newRow("july") << QDate(2026, 7, 15) << "2026-Q3" << QDate(2026, 7, 1)
                              << QDate(2026, 9, 30);
        QTest::newRow("december") << QDate(2026, 12, 31) << "2026-Q4" << QDate(2026, 10, 1)
                                  << QDate(2026, 12, 31);
    }
    void boundaries()
    {
        QFETCH(QDate, date);
        QFETCH(QString, quarter);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        const Quarter q = Quarter::containing(date);
        QCOMPARE(q.toString(), quarter);
        QCOMPARE(q.firstDay(), first);
        QCOMPARE(q.lastDay(), last);
    }

    void stepsAcrossYears()
    {
        QCOMPARE(Quarter(2026, 4).next(), Quarter(2027, 1));
        QCOMPARE(Quarter(2027, 1).previous(), Quarter(2026, 4));
        QVERIFY(Quarter(2026, 4) < Quarter(2027, 1));
        QVERIFY(!Quarter().next().isValid());
    }
};

QTEST_GUILESS_MAIN(TestQuarter)
#include "tst_quarter.moc"
