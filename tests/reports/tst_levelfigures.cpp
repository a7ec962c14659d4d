// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviourfigures.h"
#include "effectivenessfixture.h"
#include "impactfigures.h"
#include "knowledgefigures.h"
#include "satisfactionfigures.h"

using namespace Upskill;

// The four levels of the effectiveness dashboards, one by one, over the hand-built program
// of EffectivenessFixture: every number is worked out there.
class TestLevelFigures : public QObject
{
    Q_OBJECT

private:
    EffectivenessFixture m_fixture;

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void sessionsByQuarter();
    void sessionsOfOneCohort();
    void knowledge();
    void behaviour();
    void impact();
};

void TestLevelFigures::sessionsByQuarter()
{
    QVERIFY(m_fixture.buildProgram());
    QString error;
    const auto f = SatisfactionReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QVERIFY(!f->bySession);
    // Q1: Alpha's 14 answers (58), Q2: Beta's 7 (28), Q3: Gamma's 5 (25).
    QCOMPARE(f->sessions.size(), 3);
    QCOMPARE(f->sessions.at(0).label, QStringLiteral("2026-Q1"));
    QCOMPARE(f->sessions.at(0).date, QDate(2026, 1, 1));
    QCOMPARE(f->sessions.at(0).responses, 14);
    QVERIFY(nearly(f->sessions.at(0).average(), 58.0 / 14));
    QCOMPARE(f->sessions.at(1).label, QStringLiteral("2026-Q2"));
    QVERIFY(nearly(f->sessions.at(1).average(), 4.0));
    QCOMPARE(f->sessions.at(2).date, QDate(2026, 7, 1));
    QCOMPARE(f->sessions.at(2).responses, 5);
    for (const SatisfactionPoint &p : f->sessions)
        QCOMPARE(p.withheld, Withheld::No);
    QCOMPARE(f->sessionResponses, 26);
    QVERIFY(nearly(f->sessionSatisfactionSum, 111));
    QVERIFY(!f->isEmpty());
}

void TestLevelFigures::sessionsOfOneCohort()
{
    QVERIFY(m_fixture.buildProgram());
    DashboardFilter filter;
    filter.cohortId = m_fixture.alpha;
    QString error;
    const auto f = SatisfactionReport::compute(m_fixture.db(), filter, &error);
    QVERIFY2(f, qPrintable(error));
    QVERIFY(f->bySession);
    // Workshop 1 (5 answers), Workshop 2 (3: too few), Showcase (6); the session nobody rated
    // has no point. Hiding the 3 alone would leave it as 14 − 5 − 6: Workshop 1 goes too.
    QCOMPARE(f->sessions.size(), 3);
    QCOMPARE(f->sessions.at(0).date, QDate(2026, 1, 13));
    QVERIFY(f->sessions.at(0).label.contains(QLatin1String("Workshop 1")));
    QVERIFY(nearly(f->sessions.at(0).average(), 4.2));
    QCOMPARE(f->sessions.at(0).withheld, Withheld::Complementary);
    QVERIFY(f->sessions.at(1).label.contains(QLatin1String("Workshop 2")));
    QCOMPARE(f->sessions.at(1).responses, 3);
    QCOMPARE(f->sessions.at(1).withheld, Withheld::TooFew);
    QVERIFY(f->sessions.at(2).label.contains(QLatin1String("Showcase")));
    QVERIFY(nearly(f->sessions.at(2).average(), 4.5));
    QCOMPARE(f->sessions.at(2).withheld, Withheld::No);
    QCOMPARE(f->sessionResponses, 14);
    // The one cohort's end of program: 6 answers, 3 promoters and 2 detractors.
    QCOMPARE(f->cohorts.size(), 1);
    QCOMPARE(f->cohorts.at(0).withheld, Withheld::No);
    QVERIFY(nearly(f->cohorts.at(0).netPromoterScore(), 100.0 / 6));
    QVERIFY(nearly(f->cohorts.at(0).averageSatisfaction(), 23.0 / 6));
}

void TestLevelFigures::knowledge()
{
    QVERIFY(m_fixture.buildProgram());
    QString error;
    const auto f = KnowledgeReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->dimensions.size(), 5);
    QCOMPARE(f->people, 16);
    QCOMPARE(f->pairs, 25);
    QVERIFY(nearly(f->averageAdvancement(), 0.96));
    QVERIFY(!f->suppressed);
    QCOMPARE(f->targetLevels, 1.0);
    // Dimension 0: pre 16 / 16, post 39 / 16. Dimension 1: pre 22 / 9, post 23 / 9.
    const DimensionAdvancement &d0 = f->dimensions.at(0);
    QCOMPARE(d0.dimension.id, m_fixture.dimension(0));
    QCOMPARE(d0.people, 16);
    QCOMPARE(d0.pairs, 16);
    QVERIFY(nearly(d0.averagePre(), 1.0));
    QVERIFY(nearly(d0.averagePost(), 39.0 / 16));
    QVERIFY(!d0.suppressed);
    const DimensionAdvancement &d1 = f->dimensions.at(1);
    QCOMPARE(d1.people, 9);
    QVERIFY(nearly(d1.averagePre(), 22.0 / 9));
    QVERIFY(nearly(d1.averagePost(), 23.0 / 9));
    QVERIFY(!d1.suppressed);
    QCOMPARE(f->dimensions.at(2).people, 0);
    QVERIFY(f->dimensions.at(2).suppressed);
    // Half-level bins: 0 → 4 people (too few), +1 → 5 (hidden with them: the difference would
    // give the 4 away), +2 or more → 7.
    QCOMPARE(f->distribution.size(), 6);
    const QList<double> levels = {-0.5, 0, 0.5, 1, 1.5, 2};
    const QList<int> people = {0, 4, 0, 5, 0, 7};
    const QList<Withheld> withheld = {Withheld::No, Withheld::TooFew,
                                      Withheld::No, Withheld::Complementary,
                                      Withheld::No, Withheld::No};
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(f->distribution.at(i).levels, levels.at(i));
        QCOMPARE(f->distribution.at(i).people, people.at(i));
        QCOMPARE(f->distribution.at(i).withheld, withheld.at(i));
    }

    // Three people of team Search with pairs in Alpha (P7–P9): too few.
    DashboardFilter few;
    few.cohortId = m_fixture.alpha;
    few.team = QStringLiteral("Search");
    const auto small = KnowledgeReport::compute(m_fixture.db(), few, &error);
    QVERIFY2(small, qPrintable(error));
    QCOMPARE(small->people, 3);
    QVERIFY(small->suppressed);
    QVERIFY(small->dimensions.at(0).suppressed);
    for (const AdvancementBin &bin : small->distribution)
        QCOMPARE(bin.withheld, bin.people > 0 ? Withheld::TooFew : Withheld::No);
}

void TestLevelFigures::behaviour()
{
    QVERIFY(m_fixture.buildProgram());
    QString error;
    const auto f = BehaviourReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QVERIFY(!f->isEmpty());
    QCOMPARE(f->cohortsInScope, 2);
    QCOMPARE(f->cohorts.size(), 2);
    QCOMPARE(f->cohorts.at(0).cohortId, m_fixture.alpha);
    QCOMPARE(f->cohorts.at(1).name, QStringLiteral("Beta"));

    // Month 1, all: usage (240 + 350) / 13, experiments 16 / 13, commits 100 / 13, rating
    // (12 + 20) / 8.
    const BehaviourMonth &all1 = f->all.months[0];
    QCOMPARE(all1.people, 13);
    QCOMPARE(all1.withheld, Withheld::No);
    QVERIFY(nearly(*all1.average(BehaviourMeasure::ToolUsage), 590.0 / 13));
    QVERIFY(nearly(*all1.average(BehaviourMeasure::Experiments), 16.0 / 13));
    QVERIFY(nearly(*all1.average(BehaviourMeasure::AiCommits), 100.0 / 13));
    QVERIFY(nearly(*all1.average(BehaviourMeasure::ManagerRating), 4.0));
    // Alpha month 1: 6 people, usage 40, experiments 1.5; its 3 ratings are too few, and
    // Beta's 5 go with them (all 8 are shown).
    const BehaviourMonth &alpha1 = f->cohorts.at(0).months[0];
    QCOMPARE(alpha1.people, 6);
    QCOMPARE(alpha1.withheld, Withheld::No);
    QVERIFY(nearly(*alpha1.average(BehaviourMeasure::ToolUsage), 40));
    QVERIFY(nearly(*alpha1.average(BehaviourMeasure::Experiments), 1.5));
    QCOMPARE(alpha1.ratingCount, 3);
    QCOMPARE(alpha1.withheldFor(BehaviourMeasure::ManagerRating), Withheld::TooFew);
    QVERIFY(!alpha1.average(BehaviourMeasure::ManagerRating));
    const BehaviourMonth &beta1 = f->cohorts.at(1).months[0];
    QCOMPARE(beta1.withheldFor(BehaviourMeasure::ManagerRating), Withheld::Complementary);
    QCOMPARE(beta1.withheldFor(BehaviourMeasure::ToolUsage), Withheld::No);
    QVERIFY(nearly(*beta1.average(BehaviourMeasure::AiCommits), 10));

    // Month 2: Alpha's 4 are too few, so Beta's 7 are hidden too; the 11 together are shown:
    // usage (200 + 420) / 11, commits (24 + 84) / 11, no ratings.
    QCOMPARE(f->cohorts.at(0).months[1].withheld, Withheld::TooFew);
    QCOMPARE(f->cohorts.at(1).months[1].withheld, Withheld::Complementary);
    QVERIFY(!f->cohorts.at(1).months[1].average(BehaviourMeasure::ToolUsage));
    QCOMPARE(f->cohorts.at(1).months[1].usageSum, 420.0);
    const BehaviourMonth &all2 = f->all.months[1];
    QCOMPARE(all2.people, 11);
    QCOMPARE(all2.withheld, Withheld::No);
    QVERIFY(nearly(*all2.average(BehaviourMeasure::ToolUsage), 620.0 / 11));
    QVERIFY(nearly(*all2.average(BehaviourMeasure::AiCommits), 108.0 / 11));
    QVERIFY(!all2.average(BehaviourMeasure::ManagerRating));
    QCOMPARE(f->all.months[2].people, 0);

    // Only the latest cohort on the chart: the month is still decided over both.
    const auto capped = BehaviourReport::compute(m_fixture.db(), {}, &error, 1);
    QVERIFY2(capped, qPrintable(error));
    QCOMPARE(capped->cohortsInScope, 2);
    QCOMPARE(capped->cohorts.size(), 1);
    QCOMPARE(capped->cohorts.at(0).cohortId, m_fixture.beta);
    QCOMPARE(capped->cohorts.at(0).months[1].withheld, Withheld::Complementary);

    // One team: P1–P6 in month 1, P1–P4 (too few) in month 2.
    DashboardFilter team;
    team.team = QStringLiteral("Payments");
    const auto payments = BehaviourReport::compute(m_fixture.db(), team, &error);
    QVERIFY2(payments, qPrintable(error));
    QCOMPARE(payments->cohortsInScope, 1);
    QCOMPARE(payments->all.months[0].people, 6);
    QCOMPARE(payments->all.months[1].people, 4);
    QCOMPARE(payments->all.months[1].withheld, Withheld::TooFew);
    QVERIFY(!payments->all.months[1].average(BehaviourMeasure::ToolUsage));

    for (int m = 0; m < 4; ++m)
        QVERIFY(!BehaviourReport::measureName(BehaviourMeasure(m)).isEmpty());
}

void TestLevelFigures::impact()
{
    QVERIFY(m_fixture.buildProgram());
    QString error;
    const auto f = ImpactReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->reports, 4);
    // Q+1: Alpha, Beta and the team: 2 + 1 + 4 features, 100 + 50 + 200 hours, quality
    // (10 + 4) / 2, cost 1000 + 500, no revenue.
    const ImpactQuarter &q1 = f->quarters[0];
    QCOMPARE(q1.rows, 3);
    QCOMPARE(q1.value(ImpactMeasure::FeaturesShipped), std::optional<double>(7));
    QCOMPARE(q1.value(ImpactMeasure::HoursSaved), std::optional<double>(350));
    QCOMPARE(q1.value(ImpactMeasure::QualityImprovement), std::optional<double>(7));
    QCOMPARE(q1.value(ImpactMeasure::CostReduction), std::optional<double>(1500));
    QVERIFY(!q1.value(ImpactMeasure::RevenueImpact));
    const ImpactQuarter &q2 = f->quarters[1];
    QCOMPARE(q2.rows, 1);
    QCOMPARE(q2.value(ImpactMeasure::QualityImprovement), std::optional<double>(20));
    QCOMPARE(q2.value(ImpactMeasure::RevenueImpact), std::optional<double>(5000));
    QVERIFY(!q2.value(ImpactMeasure::CostReduction));
    QCOMPARE(f->quarters[2].rows, 0);
    QVERIFY(!f->quarters[3].value(ImpactMeasure::HoursSaved));
    // The notes entered last first; the report without one is left out.
    QCOMPARE(f->evidence.size(), 3);
    QCOMPARE(f->evidence.at(0).who, QStringLiteral("Payments"));
    QCOMPARE(f->evidence.at(0).text, QStringLiteral("Payments note"));
    QCOMPARE(f->evidence.at(1).who, QStringLiteral("Beta"));
    QCOMPARE(f->evidence.at(2).who, QStringLiteral("Alpha"));
    QCOMPARE(f->evidence.at(2).quarterAfter, 1);

    DashboardFilter alpha;
    alpha.cohortId = m_fixture.alpha;
    const auto one = ImpactReport::compute(m_fixture.db(), alpha, &error);
    QVERIFY2(one, qPrintable(error));
    QCOMPARE(one->reports, 2);
    QCOMPARE(one->quarters[0].value(ImpactMeasure::HoursSaved), std::optional<double>(100));
    QCOMPARE(one->quarters[1].value(ImpactMeasure::FeaturesShipped), std::optional<double>(3));
    QCOMPARE(one->evidence.size(), 1);

    for (int m = 0; m < 5; ++m) {
        QVERIFY(!ImpactReport::measureName(ImpactMeasure(m)).isEmpty());
        QVERIFY(!ImpactReport::unit(ImpactMeasure(m)).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestLevelFigures)
#include "tst_levelfigures.moc"
