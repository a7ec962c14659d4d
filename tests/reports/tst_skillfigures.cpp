// SPDX-License-Identifier: GPL-3.0-or-later
#include "advancement.h"
#include "placement.h"
#include "reportfixture.h"
#include "yearcomparison.h"

using namespace Upskill;

class TestSkillFigures : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;

    qint64 foundational() { return Placement::foundationalTrack(m_fixture.db()); }

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void advancement_data()
    {
        QTest::addColumn<QList<int>>("pre");  // one level per person, dimension 0
        QTest::addColumn<QList<int>>("post"); // 0: no post assessment yet
        QTest::addColumn<bool>("suppressed");
        QTest::addColumn<double>("average");
        QTest::addColumn<bool>("meetsTarget");
        QTest::addColumn<int>("awaitingPost");

        QTest::newRow("one level each")
            << QList<int>{1, 1, 2, 2, 3} << QList<int>{2, 2, 3, 3, 4} << false << 1.0 << true << 0;
        QTest::newRow("below the target")
            << QList<int>{1, 1, 2, 2, 3} << QList<int>{2, 1, 2, 3, 3} << false << 0.4 << false << 0;
        QTest::newRow("mixed up and down")
            << QList<int>{2, 2, 2, 2, 2, 2} << QList<int>{4, 3, 2, 1, 2, 3} << false << 0.5 << false
            << 0;
        QTest::newRow("exactly 4 people: suppressed")
            << QList<int>{1, 1, 1, 1} << QList<int>{3, 3, 3, 3} << true << 2.0 << false << 0;
        QTest::newRow("5 with pairs, 1 still waiting")
            << QList<int>{1, 1, 1, 1, 1, 1} << QList<int>{2, 3, 2, 3, 2, 0} << false << 1.4 << true
            << 1;
        QTest::newRow("only 4 pairs of 6")
            << QList<int>{1, 1, 1, 1, 1, 1} << QList<int>{2, 2, 2, 2, 0, 0} << true << 1.0 << false
            << 2;
    }

    void advancement()
    {
        QFETCH(QList<int>, pre);
        QFETCH(QList<int>, post);
        QFETCH(bool, suppressed);
        QFETCH(double, average);
        QFETCH(bool, meetsTarget);
        QFETCH(int, awaitingPost);

        const qint64 cohort = m_fixture.cohort(QStringLiteral("Pilot"));
        const qint64 other = m_fixture.cohort(QStringLiteral("Other"));
        for (int i = 0; i < pre.size(); ++i) {
            const qint64 id = m_fixture.person(QStringLiteral("A%1").arg(i));
            QVERIFY(m_fixture.enrol(cohort, id, QStringLiteral("active")));
            // An older pre, superseded by the later one.
            QVERIFY(m_fixture.assess(id, 0, QStringLiteral("pre"), QStringLiteral("2025-12-01"), 4,
                                     cohort));
            QVERIFY(m_fixture.assess(id, 0, QStringLiteral("pre"), QStringLiteral("2026-01-05"),
                                     pre.at(i), cohort));
            if (post.at(i))
                QVERIFY(m_fixture.assess(id, 0, QStringLiteral("post"),
                                         QStringLiteral("2026-03-01"), post.at(i), cohort));
            // Another cohort's post is not this cohort's result.
            QVERIFY(m_fixture.assess(id, 0, QStringLiteral("post"), QStringLiteral("2026-09-01"), 1,
                                     other));
        }
        // A withdrawn participant's big jump does not count.
        const qint64 gone = m_fixture.person(QStringLiteral("Gone"));
        QVERIFY(m_fixture.enrol(cohort, gone, QStringLiteral("withdrawn")));
        QVERIFY(m_fixture.assess(gone, 0, QStringLiteral("pre"), QStringLiteral("2026-01-05"), 1,
                                 cohort));
        QVERIFY(m_fixture.assess(gone, 0, QStringLiteral("post"), QStringLiteral("2026-03-01"), 4,
                                 cohort));

        QString error;
        const auto result = Advancement::compute(m_fixture.db(), cohort, &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->suppressed, suppressed);
        QCOMPARE(result->dimensions.at(0).suppressed, suppressed);
        QVERIFY(qAbs(result->averageAdvancement() - average) < 1e-9);
        QCOMPARE(result->meetsTarget(), meetsTarget);
        QCOMPARE(result->awaitingPost, awaitingPost);
        QCOMPARE(result->targetLevels, 1.0);
        QCOMPARE(result->dimensions.at(1).people, 0);
    }

    void placement_data()
    {
        QTest::addColumn<QList<int>>("levels");  // one per dimension (five)
        QTest::addColumn<QString>("enrollment"); // "", "enrolled", "completed", "tested_out"
        QTest::addColumn<bool>("listed");

        QTest::newRow("practicing everywhere") << QList<int>{2, 2, 2, 2, 2} << QString() << true;
        QTest::newRow("above everywhere") << QList<int>{4, 3, 4, 3, 2} << QString() << true;
        QTest::newRow("one dimension short") << QList<int>{3, 3, 3, 3, 1} << QString() << false;
        QTest::newRow("one dimension not assessed")
            << QList<int>{3, 3, 3, 3, 0} << QString() << false;
        QTest::newRow("enrolled: the suggestion is shown")
            << QList<int>{2, 2, 2, 2, 2} << QStringLiteral("enrolled") << true;
        QTest::newRow("already completed the track")
            << QList<int>{2, 2, 2, 2, 2} << QStringLiteral("completed") << false;
        QTest::newRow("already tested out elsewhere")
            << QList<int>{2, 2, 2, 2, 2} << QStringLiteral("tested_out") << false;
    }

    void placement()
    {
        QFETCH(QList<int>, levels);
        QFETCH(QString, enrollment);
        QFETCH(bool, listed);

        const qint64 track = foundational();
        QVERIFY(track > 0);
        const qint64 ada = m_fixture.person(QStringLiteral("Ada"));
        for (int d = 0; d < levels.size(); ++d) {
            if (levels.at(d))
                QVERIFY(m_fixture.assess(ada, d, QStringLiteral("self"),
                                         QStringLiteral("2026-01-05"), levels.at(d)));
        }
        // Manager ratings are not part of the default scope, so a high one changes nothing.
        QVERIFY(
            m_fixture.assess(ada, 4, QStringLiteral("manager"), QStringLiteral("2026-06-05"), 4));
        qint64 open = 0;
        if (!enrollment.isEmpty()) {
            const qint64 cohort = m_fixture.cohort(QStringLiteral("Basics 1"), track);
            if (enrollment == QLatin1String("tested_out")) {
                // Tested out of an earlier cohort; now sitting in a new one by mistake.
                QVERIFY(m_fixture.enrol(cohort, ada, QStringLiteral("withdrawn"),
                                        QStringLiteral("tested_out")));
            } else {
                QVERIFY(m_fixture.enrol(cohort, ada, enrollment));
                open = enrollment == QLatin1String("enrolled") ? m_fixture.lastId() : 0;
            }
        }

        QString error;
        const auto result =
            Placement::canTestOut(m_fixture.db(), track, AssessmentScope::current(), &error);
        QVERIFY2(result, qPrintable(error));
        QCOMPARE(result->targetDimensions, 5);
        QCOMPARE(result->candidates.size(), listed ? 1 : 0);
        if (listed) {
            QCOMPARE(result->candidates.first().id, ada);
            QCOMPARE(result->candidates.first().enrollmentId, open);
        }
        const QSet<qint64> ready = Placement::meetingTargets(
            m_fixture.db(), track, AssessmentScope::current(), {ada}, &error);
        const bool meets = !levels.contains(0) && !levels.contains(1);
        QCOMPARE(ready.contains(ada), meets);
    }

    void placementIgnoresRetiredDimensions()
    {
        const qint64 track = foundational();
        const qint64 ada = m_fixture.person(QStringLiteral("Ada"));
        for (int d = 0; d < 4; ++d)
            QVERIFY(
                m_fixture.assess(ada, d, QStringLiteral("pre"), QStringLiteral("2026-01-05"), 2));
        QString error;
        auto result =
            Placement::canTestOut(m_fixture.db(), track, AssessmentScope::current(), &error);
        QCOMPARE(result->candidates.size(), 0);
        QVERIFY(
            m_fixture.run(QStringLiteral("UPDATE rubric_dimensions SET retired = 1 WHERE id = ?"),
                          {m_fixture.dimension(4)}));
        result = Placement::canTestOut(m_fixture.db(), track, AssessmentScope::current(), &error);
        QCOMPARE(result->targetDimensions, 4);
        QCOMPARE(result->candidates.size(), 1);
    }

    void trackWithoutTargetsListsNobody()
    {
        QVERIFY(m_fixture.run(QStringLiteral("DELETE FROM track_targets")));
        const qint64 ada = m_fixture.person(QStringLiteral("Ada"));
        QVERIFY(m_fixture.assess(ada, 0, QStringLiteral("pre"), QStringLiteral("2026-01-05"), 4));
        QString error;
        const auto result = Placement::canTestOut(m_fixture.db(), foundational(),
                                                  AssessmentScope::current(), &error);
        QCOMPARE(result->targetDimensions, 0);
        QVERIFY(result->candidates.isEmpty());
    }

    void yearComparison_data()
    {
        QTest::addColumn<int>("lastYearPeople");
        QTest::addColumn<int>("thisYearPeople");
        QTest::addColumn<bool>("comparable");
        QTest::newRow("both years large enough") << 5 << 6 << true;
        QTest::newRow("last year only 4") << 4 << 6 << false;
        QTest::newRow("this year only 4") << 6 << 4 << false;
    }

    // Last year everyone was at 1 and then 2 (the later annual counts); this year at 3.
    // The organisation target of 2 is met by everyone this year and by everyone last year.
    void yearComparison()
    {
        QFETCH(int, lastYearPeople);
        QFETCH(int, thisYearPeople);
        QFETCH(bool, comparable);
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 0, 3));
        const int people = std::max(lastYearPeople, thisYearPeople);
        for (int i = 0; i < people; ++i) {
            const qint64 id = m_fixture.person(QStringLiteral("Y%1").arg(i));
            if (i < lastYearPeople) {
                QVERIFY(m_fixture.assess(id, 0, QStringLiteral("annual"),
                                         QStringLiteral("2025-03-01"), 1));
                QVERIFY(m_fixture.assess(id, 0, QStringLiteral("annual"),
                                         QStringLiteral("2025-11-10"), 2));
            }
            if (i < thisYearPeople)
                QVERIFY(m_fixture.assess(id, 0, QStringLiteral("annual"),
                                         QStringLiteral("2026-11-09"), 3));
            // A pre assessment is not part of the yearly needs assessment.
            QVERIFY(
                m_fixture.assess(id, 0, QStringLiteral("pre"), QStringLiteral("2026-05-01"), 4));
        }
        QCOMPARE(YearComparison::yearsWithAssessments(m_fixture.db(), {QStringLiteral("annual")}),
                 (QList<int>{2026, 2025}));
        QString error;
        const auto result = YearComparison::compute(m_fixture.db(), 2025, 2026,
                                                    {QStringLiteral("annual")}, {}, &error);
        QVERIFY2(result, qPrintable(error));
        const DimensionYears &d = result->dimensions.at(0);
        QCOMPARE(d.earlier.people, lastYearPeople);
        QCOMPARE(d.later.people, thisYearPeople);
        QCOMPARE(d.earlier.averageLevel(), 2.0);
        QCOMPARE(d.later.averageLevel(), 3.0);
        QCOMPARE(d.earlier.atTargetShare(), 0.0);
        QCOMPARE(d.later.atTargetShare(), 1.0);
        QCOMPARE(d.comparable(), comparable);
        QCOMPARE(d.change(), 1.0);
        QCOMPARE(result->dimensions.at(1).earlier.people, 0);
        QVERIFY(!result->dimensions.at(1).comparable());
    }
};

QTEST_GUILESS_MAIN(TestSkillFigures)
#include "tst_skillfigures.moc"
