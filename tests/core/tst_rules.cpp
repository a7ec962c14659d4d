// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"
#include "vocabulary.h"

#include <QTest>

using namespace Upskill;

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void email_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("plain") << "ada@example.org" << true;
        QTest::newRow("plus and dots") << "ada.l+ai@eng.example.co.uk" << true;
        QTest::newRow("padded") << "  ada@example.org " << true;
        QTest::newRow("no at") << "ada.example.org" << false;
        QTest::newRow("two ats") << "ada@@example.org" << false;
        QTest::newRow("no domain dot") << "ada@localhost" << false;
        QTest::newRow("space inside") << "ada lovelace@example.org" << false;
        QTest::newRow("empty") << "" << false;
    }
    void email()
    {
        QFETCH(QString, email);
        QFETCH(bool, plausible);
        QCOMPARE(Rules::isPlausibleEmail(email), plausible);
    }

    void emailKeyFoldsCaseAndSpace()
    {
        QCOMPARE(Rules::emailKey(QStringLiteral("  Ada@Example.ORG ")),
                 QStringLiteral("ada@example.org"));
    }

    void cohortSize_data()
    {
        QTest::addColumn<int>("enrolled");
        QTest::addColumn<bool>("warns");
        QTest::newRow("empty") << 0 << true;
        QTest::newRow("seven") << 7 << true;
        QTest::newRow("eight") << 8 << false;
        QTest::newRow("twelve") << 12 << false;
        QTest::newRow("thirteen") << 13 << true;
    }
    void cohortSize()
    {
        QFETCH(int, enrolled);
        QFETCH(bool, warns);
        QCOMPARE(!Rules::cohortSizeWarning(enrolled, 8, 12).isEmpty(), warns);
    }

    void handsOnShare()
    {
        QCOMPARE(Rules::handsOnShare(2, 3, 0), 0.6);
        QCOMPARE(Rules::handsOnShare(2, 2, 1), 0.4);
        QCOMPARE(Rules::handsOnShare(0, 0, 0), 0.0);
    }

    void dateOrder()
    {
        QVERIFY(Rules::dateOrderError(QDate(2026, 1, 5), QDate(2026, 1, 4))
                    .contains(QStringLiteral("before")));
        QVERIFY(Rules::dateOrderError(QDate(2026, 1, 5), QDate(2026, 1, 5)).isEmpty());
        QVERIFY(Rules::dateOrderError(QDate(), QDate(2026, 1, 5)).isEmpty());
    }

    void suppression_data()
    {
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("minGroupSize");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("none") << 0 << 5 << true;
        QTest::newRow("exactly 4 of 5") << 4 << 5 << true;
        QTest::newRow("exactly 5 of 5") << 5 << 5 << false;
        QTest::newRow("6 of 5") << 6 << 5 << false;
        QTest::newRow("1 of 1") << 1 << 1 << false;
        QTest::newRow("9 of 10") << 9 << 10 << true;
    }

    void suppression()
    {
        QFETCH(int, people);
        QFETCH(int, minGroupSize);
        QFETCH(bool, suppressed);
        QCOMPARE(Rules::isSuppressed(people, minGroupSize), suppressed);
        QVERIFY(Rules::suppressionReason(minGroupSize).contains(QString::number(minGroupSize)));
    }

    void criticalityWeights()
    {
        QCOMPARE(Rules::criticalityWeight(QStringLiteral("blocking")), 3);
        QCOMPARE(Rules::criticalityWeight(QStringLiteral("important")), 2);
        QCOMPARE(Rules::criticalityWeight(QStringLiteral("nice_to_have")), 1);
    }

    void vocabularyKeysAreUniqueAndLabelled()
    {
        for (Term term : Vocabulary::allTerms()) {
            const QStringList keys = Vocabulary::keys(term);
            QVERIFY(!keys.isEmpty());
            QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
            for (const QString &key : keys) {
                QVERIFY(!Vocabulary::label(term, key).isEmpty());
                QCOMPARE(Vocabulary::keyFor(term, Vocabulary::label(term, key)), key);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
