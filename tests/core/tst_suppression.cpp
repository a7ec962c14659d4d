// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"
#include "suppression.h"

#include <QTest>

using namespace Upskill;

namespace {

constexpr Withheld No = Withheld::No;
constexpr Withheld Few = Withheld::TooFew;
constexpr Withheld Compl = Withheld::Complementary;

} // namespace

class TestSuppression : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void withhold_data()
    {
        QTest::addColumn<QList<int>>("people");
        QTest::addColumn<int>("minimum");
        QTest::addColumn<QList<Withheld>>("expected");

        QTest::newRow("no groups") << QList<int>{} << 5 << QList<Withheld>{};
        QTest::newRow("nothing withheld")
            << QList<int>{6, 7, 8} << 5 << QList<Withheld>{No, No, No};
        // 3 hidden alone: total − 8 − 6 − 9 gives it back, so the smallest visible (6) goes too.
        QTest::newRow("one small group: the smallest visible one too")
            << QList<int>{3, 8, 6, 9} << 5 << QList<Withheld>{Few, No, Compl, No};
        // 2 + 2 = 4 hidden people are still fewer than 5 together: a third group is needed.
        QTest::newRow("two small groups under the minimum together: a third")
            << QList<int>{2, 2, 6, 7} << 5 << QList<Withheld>{Few, Few, Compl, No};
        // 3 + 3 = 6 hidden people in two groups already cover the minimum.
        QTest::newRow("two small groups reaching the minimum together: no third")
            << QList<int>{3, 3, 6, 7} << 5 << QList<Withheld>{Few, Few, No, No};
        QTest::newRow("two small groups only, both too few")
            << QList<int>{4, 4} << 5 << QList<Withheld>{Few, Few};
        // 1 + 2 + 1 = 4 people in all: even the total says too much.
        QTest::newRow("total under the minimum: all")
            << QList<int>{1, 2, 1} << 5 << QList<Withheld>{Few, Few, Few};
        QTest::newRow("one group under the minimum") << QList<int>{4} << 5 << QList<Withheld>{Few};
        QTest::newRow("one group at the minimum") << QList<int>{5} << 5 << QList<Withheld>{No};
        QTest::newRow("zero-size groups ignored")
            << QList<int>{0, 3, 6, 0, 7} << 5 << QList<Withheld>{No, Few, Compl, No, No};
        QTest::newRow("only zero-size groups") << QList<int>{0, 0} << 5 << QList<Withheld>{No, No};
        QTest::newRow("4 people at minimum 5")
            << QList<int>{4, 10, 12} << 5 << QList<Withheld>{Few, Compl, No};
        QTest::newRow("5 people at minimum 5")
            << QList<int>{5, 10, 12} << 5 << QList<Withheld>{No, No, No};
        // Equal sizes: the first of them in the list is the one hidden.
        QTest::newRow("tie for the smallest visible")
            << QList<int>{6, 6, 3} << 5 << QList<Withheld>{Compl, No, Few};
        QTest::newRow("a larger minimum")
            << QList<int>{9, 12, 15, 20} << 10 << QList<Withheld>{Few, Compl, No, No};
        QTest::newRow("minimum of one: nothing ever withheld")
            << QList<int>{1, 1, 2} << 1 << QList<Withheld>{No, No, No};
    }

    void withhold()
    {
        QFETCH(QList<int>, people);
        QFETCH(int, minimum);
        QFETCH(QList<Withheld>, expected);
        QCOMPARE(Suppression::withhold(people, minimum), expected);
    }

    void reason()
    {
        QVERIFY(Suppression::reason(Withheld::No, 5).isEmpty());
        QVERIFY(Suppression::reason(Withheld::TooFew, 5).contains(QLatin1String("5")));
        QVERIFY(Suppression::reason(Withheld::Complementary, 5).contains(QLatin1String("5")));
        QVERIFY(Suppression::reason(Withheld::TooFew, 5) !=
                Suppression::reason(Withheld::Complementary, 5));
    }

    void netPromoterScore_data()
    {
        QTest::addColumn<int>("promoters");
        QTest::addColumn<int>("passives");
        QTest::addColumn<int>("detractors");
        QTest::addColumn<double>("score");

        QTest::newRow("all promoters") << 10 << 0 << 0 << 100.0;
        QTest::newRow("all detractors") << 0 << 0 << 7 << -100.0;
        QTest::newRow("no answers") << 0 << 0 << 0 << 0.0;
        QTest::newRow("all passives") << 0 << 5 << 0 << 0.0;
        // 6 of 10 promote, 1 of 10 detracts: 60 % − 10 % = 50 points.
        QTest::newRow("mixed, positive") << 6 << 3 << 1 << 50.0;
        // 2 of 8 promote, 3 of 8 detract: 25 % − 37.5 % = −12.5 points.
        QTest::newRow("mixed, negative") << 2 << 3 << 3 << -12.5;
        // Passives count in the denominator: 1 of 3 promotes, none detracts.
        QTest::newRow("passives dilute") << 1 << 2 << 0 << 100.0 / 3;
    }

    void netPromoterScore()
    {
        QFETCH(int, promoters);
        QFETCH(int, passives);
        QFETCH(int, detractors);
        QFETCH(double, score);
        QVERIFY(qAbs(Rules::netPromoterScore(promoters, passives, detractors) - score) < 1e-9);
    }

    void standing_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("target");
        QTest::addColumn<double>("margin");
        QTest::addColumn<bool>("higherIsBetter");
        QTest::addColumn<Rules::Standing>("standing");

        using S = Rules::Standing;
        QTest::newRow("on target") << 85.0 << 85.0 << 10.0 << true << S::Green;
        QTest::newRow("past target") << 92.0 << 85.0 << 10.0 << true << S::Green;
        QTest::newRow("a rounding hair short") << 84.9999999999 << 85.0 << 10.0 << true << S::Green;
        QTest::newRow("short, within the margin") << 80.0 << 85.0 << 10.0 << true << S::Amber;
        QTest::newRow("short by exactly the margin") << 75.0 << 85.0 << 10.0 << true << S::Amber;
        QTest::newRow("short beyond the margin") << 74.9 << 85.0 << 10.0 << true << S::Red;
        QTest::newRow("levels, amber") << 0.8 << 1.0 << 0.25 << true << S::Amber;
        QTest::newRow("levels, red") << 0.7 << 1.0 << 0.25 << true << S::Red;
        QTest::newRow("NPS below zero") << -10.0 << 30.0 << 20.0 << true << S::Red;
        QTest::newRow("NPS within the margin") << 15.0 << 30.0 << 20.0 << true << S::Amber;
        QTest::newRow("days: fewer is green") << 20.0 << 30.0 << 15.0 << false << S::Green;
        QTest::newRow("days: on target") << 30.0 << 30.0 << 15.0 << false << S::Green;
        QTest::newRow("days: a little over") << 40.0 << 30.0 << 15.0 << false << S::Amber;
        QTest::newRow("days: over by the margin") << 45.0 << 30.0 << 15.0 << false << S::Amber;
        QTest::newRow("days: far over") << 46.0 << 30.0 << 15.0 << false << S::Red;
    }

    void standing()
    {
        QFETCH(double, value);
        QFETCH(double, target);
        QFETCH(double, margin);
        QFETCH(bool, higherIsBetter);
        QFETCH(Rules::Standing, standing);
        QCOMPARE(Rules::standing(value, target, margin, higherIsBetter), standing);
    }
};

QTEST_GUILESS_MAIN(TestSuppression)
#include "tst_suppression.moc"
