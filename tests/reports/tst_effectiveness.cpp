// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectiveness.h"
#include "effectivenessfixture.h"

using namespace Upskill;

// The key figures, the filter and the privacy rules over the hand-built program of
// EffectivenessFixture, and Effectiveness putting the parts together.
class TestEffectiveness : public QObject
{
    Q_OBJECT

private:
    EffectivenessFixture m_fixture;

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void kpis_data();
    void kpis();
    void kpiText();
    void medianDays_data();
    void medianDays();
    void npsAtTheMinimum_data();
    void npsAtTheMinimum();
    void cohortSatisfactionAtTheMinimum_data();
    void cohortSatisfactionAtTheMinimum();
    void complementaryCohorts();
    void filters_data();
    void filters();
    void describe_data();
    void describe();
    void effectivenessWiresTheParts();
    void emptyProgram();
};

void TestEffectiveness::kpis_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("people");
    QTest::addColumn<Rules::Standing>("standing");
    using S = Rules::Standing;
    // Defaults: targets 85 %, 1 level, 30 days, 4 / 5, 4 / 5, 80 %, +30.
    // 16 completed of 20 enrollments in Alpha and Beta (withdrawn ones count): 5 short of 85.
    QTest::newRow("completion rate") << int(Kpi::CompletionRate) << 80.0 << 20 << S::Amber;
    // 0.96 reads "1.0 levels" on the tile and is judged as it reads: on target.
    QTest::newRow("advancement") << int(Kpi::Advancement) << 0.96 << 16 << S::Green;
    // 3, 5, 8, 10 | 20, 30, 40, 60: the two middle values average to 15.
    QTest::newRow("days to first contribution")
        << int(Kpi::DaysToFirstContribution) << 15.0 << 8 << S::Green;
    QTest::newRow("mentor satisfaction") << int(Kpi::MentorSatisfaction) << 24.0 / 7 << 7 << S::Red;
    QTest::newRow("manager satisfaction") << int(Kpi::ManagerSatisfaction) << 4.0 << 5 << S::Green;
    QTest::newRow("protected time") << int(Kpi::ProtectedTime) << 200.0 / 3 << 7 << S::Red;
    QTest::newRow("net promoter score")
        << int(Kpi::NetPromoterScore) << 400.0 / 15 << 15 << S::Amber;
}

void TestEffectiveness::kpis()
{
    QFETCH(int, id);
    QFETCH(double, value);
    QFETCH(int, people);
    QFETCH(Rules::Standing, standing);
    QVERIFY(m_fixture.buildProgram());
    QString error;
    const auto summary = Kpis::compute(m_fixture.db(), {}, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->kpis.size(), 7);
    const Kpi &kpi = summary->kpi(Kpi::Id(id));
    QCOMPARE(int(kpi.id), id);
    QVERIFY2(kpi.value && nearly(*kpi.value, value), qPrintable(valueText(kpi.value)));
    QCOMPARE(kpi.people, people);
    QCOMPARE(kpi.withheld, Withheld::No);
    QCOMPARE(kpi.standing(), std::optional<Rules::Standing>(standing));
}

void TestEffectiveness::kpiText()
{
    QCOMPARE(Kpis::formatValue(Kpi::CompletionRate, 87.4), QStringLiteral("87 %"));
    QCOMPARE(Kpis::formatValue(Kpi::Advancement, 1.24), QStringLiteral("1.2 levels"));
    QCOMPARE(Kpis::formatValue(Kpi::MentorSatisfaction, 4.26), QStringLiteral("4.3 / 5"));
    QCOMPARE(Kpis::formatValue(Kpi::NetPromoterScore, 35.2), QStringLiteral("+35"));
    QCOMPARE(Kpis::formatValue(Kpi::NetPromoterScore, -12.6), QStringLiteral("-13"));
    QCOMPARE(Kpis::formatValue(Kpi::NetPromoterScore, 0), QStringLiteral("0"));
    QVERIFY(Kpis::formatValue(Kpi::DaysToFirstContribution, 20.6).startsWith(QLatin1String("21 ")));
    Kpi days;
    days.id = Kpi::DaysToFirstContribution;
    days.target = 30;
    days.higherIsBetter = false;
    QVERIFY(Kpis::formatTarget(days).startsWith(QLatin1String("Target at most 30 ")));
    Kpi completion;
    completion.target = 85;
    QCOMPARE(Kpis::formatTarget(completion), QStringLiteral("Target 85 %"));
    for (int id = Kpi::CompletionRate; id <= Kpi::NetPromoterScore; ++id)
        QVERIFY(!Kpis::name(Kpi::Id(id)).isEmpty());
    QVERIFY(!Kpi().standing());
}

void TestEffectiveness::medianDays_data()
{
    QTest::addColumn<QList<int>>("days");
    QTest::addColumn<double>("median");
    QTest::newRow("odd count") << QList<int>{5, 10, 20, 30, 40} << 20.0;
    QTest::newRow("odd count, entered out of order") << QList<int>{10, 1, 5, 3, 2} << 3.0;
    QTest::newRow("even count: the middle two averaged") << QList<int>{1, 2, 3, 4, 100, 200} << 3.5;
    QTest::newRow("even count, far apart") << QList<int>{60, 3, 40, 8, 20, 10, 30, 5} << 15.0;
    QTest::newRow("all the same") << QList<int>{7, 7, 7, 7, 7} << 7.0;
    QTest::newRow("before completing counts as negative") << QList<int>{-4, -2, 0, 6, 9} << 0.0;
    QTest::newRow("4 people: withheld") << QList<int>{1, 2, 3, 4} << NoValue;
}

void TestEffectiveness::medianDays()
{
    QFETCH(QList<int>, days);
    QFETCH(double, median);
    const qint64 c = m_fixture.addCohort(QStringLiteral("Solo"), m_fixture.track(0),
                                         QStringLiteral("2026-Q1"), QStringLiteral("2026-01-12"),
                                         QStringLiteral("2026-02-06"), QStringLiteral("completed"));
    const QDate completed(2026, 2, 6);
    for (int i = 0; i < days.size(); ++i) {
        const qint64 p = m_fixture.person(QStringLiteral("D%1").arg(i));
        QVERIFY(m_fixture.addEnrollment(c, p, QStringLiteral("completed"),
                                        completed.toString(Qt::ISODate),
                                        completed.addDays(days.at(i)).toString(Qt::ISODate)));
    }
    // Completed without a contribution yet: not part of the median.
    QVERIFY(m_fixture.addEnrollment(c, m_fixture.person(QStringLiteral("Later")),
                                    QStringLiteral("completed"), completed.toString(Qt::ISODate)));
    QString error;
    const auto summary = Kpis::compute(m_fixture.db(), {}, &error);
    QVERIFY2(summary, qPrintable(error));
    const Kpi &kpi = summary->kpi(Kpi::DaysToFirstContribution);
    QCOMPARE(kpi.people, int(days.size()));
    if (median == NoValue) {
        QVERIFY(!kpi.value);
        QCOMPARE(kpi.withheld, Withheld::TooFew);
    } else {
        QVERIFY2(kpi.value && nearly(*kpi.value, median), qPrintable(valueText(kpi.value)));
        QCOMPARE(kpi.withheld, Withheld::No);
    }
}

void TestEffectiveness::npsAtTheMinimum_data()
{
    QTest::addColumn<int>("answers");
    QTest::addColumn<double>("nps");
    // One detractor and the rest promoters: with 5, (4 − 1) / 5 = +60.
    QTest::newRow("4 answers: withheld") << 4 << NoValue;
    QTest::newRow("5 answers: shown") << 5 << 60.0;
}

void TestEffectiveness::npsAtTheMinimum()
{
    QFETCH(int, answers);
    QFETCH(double, nps);
    const qint64 c = m_fixture.addCohort(QStringLiteral("Solo"), m_fixture.track(0),
                                         QStringLiteral("2026-Q1"), QStringLiteral("2026-01-12"),
                                         QStringLiteral("2026-02-06"), QStringLiteral("completed"));
    for (int i = 0; i < answers; ++i)
        QVERIFY(m_fixture.survey(QStringLiteral("end_of_program"), c, 0, 0, 4, i == 0 ? 3 : 10));
    // Without a would-recommend answer: not an NPS answer.
    QVERIFY(m_fixture.survey(QStringLiteral("end_of_program"), c, 0, 0, 4, {}));
    QString error;
    const auto summary = Kpis::compute(m_fixture.db(), {}, &error);
    QVERIFY2(summary, qPrintable(error));
    const Kpi &kpi = summary->kpi(Kpi::NetPromoterScore);
    QCOMPARE(kpi.people, answers);
    if (nps == NoValue) {
        QVERIFY(!kpi.value);
        QCOMPARE(kpi.withheld, Withheld::TooFew);
        QVERIFY(!kpi.standing());
    } else {
        QVERIFY2(kpi.value && nearly(*kpi.value, nps), qPrintable(valueText(kpi.value)));
        QCOMPARE(kpi.withheld, Withheld::No);
    }
}

void TestEffectiveness::cohortSatisfactionAtTheMinimum_data()
{
    QTest::addColumn<int>("responses");
    QTest::addColumn<Withheld>("small");
    QTest::addColumn<Withheld>("large");
    // With only two cohorts, hiding the small one means hiding the other as well.
    QTest::newRow("4 responses") << 4 << Withheld::TooFew << Withheld::Complementary;
    QTest::newRow("5 responses") << 5 << Withheld::No << Withheld::No;
}

void TestEffectiveness::cohortSatisfactionAtTheMinimum()
{
    QFETCH(int, responses);
    QFETCH(Withheld, small);
    QFETCH(Withheld, large);
    const qint64 a = m_fixture.addCohort(QStringLiteral("Small"), m_fixture.track(0),
                                         QStringLiteral("2026-Q1"), QStringLiteral("2026-01-12"),
                                         QStringLiteral("2026-02-06"), QStringLiteral("completed"));
    const qint64 b = m_fixture.addCohort(QStringLiteral("Large"), m_fixture.track(0),
                                         QStringLiteral("2026-Q1"), QStringLiteral("2026-01-12"),
                                         QStringLiteral("2026-03-06"), QStringLiteral("completed"));
    for (int i = 0; i < responses; ++i)
        QVERIFY(m_fixture.survey(QStringLiteral("end_of_program"), a, 0, 0, 3, 8));
    for (int i = 0; i < 10; ++i)
        QVERIFY(m_fixture.survey(QStringLiteral("end_of_program"), b, 0, 0, 5, 10));
    QString error;
    const auto f = SatisfactionReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->cohorts.size(), 2);
    QCOMPARE(f->cohorts.at(0).cohortId, a); // ends first
    QCOMPARE(f->cohorts.at(0).responses, responses);
    QCOMPARE(f->cohorts.at(0).withheld, small);
    QCOMPARE(f->cohorts.at(1).withheld, large);
    // The sums stay; the charts go by `withheld`.
    QVERIFY(nearly(f->cohorts.at(0).averageSatisfaction(), 3.0));
    QCOMPARE(f->endOfProgram.responses, responses + 10);
    QCOMPARE(f->endOfProgram.withheld, Withheld::No);
}

void TestEffectiveness::complementaryCohorts()
{
    QVERIFY(m_fixture.buildProgram());
    QString error;
    // Alpha 6, Beta 6 and Delta 3 end-of-program responses, in order of their end dates.
    const auto f = SatisfactionReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->cohortsInScope, 3);
    QCOMPARE(f->cohorts.size(), 3);
    QCOMPARE(f->cohorts.at(0).cohort, QStringLiteral("Alpha"));
    QCOMPARE(f->cohorts.at(1).cohort, QStringLiteral("Beta"));
    QCOMPARE(f->cohorts.at(2).cohort, QStringLiteral("Delta"));
    // Delta's 3 are too few; with the total shown, one of the 6s goes too (the first of equals).
    QCOMPARE(f->cohorts.at(2).withheld, Withheld::TooFew);
    QCOMPARE(f->cohorts.at(0).withheld, Withheld::Complementary);
    QCOMPARE(f->cohorts.at(1).withheld, Withheld::No);
    // Beta: satisfaction 27 / 6 = 4.5; 4 promoters, 2 passives: NPS 66.7.
    const CohortSatisfaction &beta = f->cohorts.at(1);
    QCOMPARE(beta.responses, 6);
    QCOMPARE(beta.rated, 6);
    QVERIFY(nearly(beta.averageSatisfaction(), 4.5));
    QCOMPARE(beta.promoters, 4);
    QCOMPARE(beta.passives, 2);
    QCOMPARE(beta.detractors, 0);
    QVERIFY(nearly(beta.netPromoterScore(), 200.0 / 3));
    QCOMPARE(beta.quarter, QStringLiteral("2026-Q2"));
    QCOMPARE(beta.endDate, QDate(2026, 5, 15));
    // All together: satisfaction (23 + 27 + 8) / 15, NPS (8 − 4) / 15.
    QCOMPARE(f->endOfProgram.responses, 15);
    QVERIFY(nearly(f->endOfProgram.averageSatisfaction(), 58.0 / 15));
    QVERIFY(nearly(f->endOfProgram.netPromoterScore(), 400.0 / 15));
    QCOMPARE(f->endOfProgram.withheld, Withheld::No);

    // Only the latest two on the chart: still decided over all three, so Beta stays visible
    // and Alpha, off the chart, keeps Delta's 3 from being worked out.
    const auto capped = SatisfactionReport::compute(m_fixture.db(), {}, &error, 2);
    QVERIFY2(capped, qPrintable(error));
    QCOMPARE(capped->cohortsInScope, 3);
    QCOMPARE(capped->cohorts.size(), 2);
    QCOMPARE(capped->cohorts.at(0).cohort, QStringLiteral("Beta"));
    QCOMPARE(capped->cohorts.at(0).withheld, Withheld::No);
    QCOMPARE(capped->cohorts.at(1).withheld, Withheld::TooFew);
}

void TestEffectiveness::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<double>("completion");
    QTest::addColumn<int>("enrollments");
    QTest::addColumn<int>("advanced");   // people with a pre/post pair
    QTest::addColumn<int>("npsAnswers"); // end-of-program would-recommend answers
    QTest::addColumn<int>("sessionAnswers");
    QTest::addColumn<int>("followedUp"); // people in month 1 of the behaviour follow-up
    QTest::addColumn<int>("impactReports");

    QTest::newRow("no filter") << QString() << 80.0 << 20 << 16 << 15 << 26 << 13 << 4;
    // Alpha and Gamma (running: no completion, no pairs, its 5 session answers count).
    // The team's report has no cohort, so any cohort filter leaves it out.
    QTest::newRow("track A") << QStringLiteral("track A") << 90.0 << 10 << 9 << 6 << 19 << 6 << 2;
    // Beta and Delta (no enrollments, 3 answers).
    QTest::newRow("track B") << QStringLiteral("track B") << 70.0 << 10 << 7 << 9 << 7 << 7 << 1;
    QTest::newRow("cohort Alpha") << QStringLiteral("cohort Alpha") << 90.0 << 10 << 9 << 6 << 14
                                  << 6 << 2;
    // Beta, Delta (2026-Q2) and Gamma (2026-Q3).
    QTest::newRow("quarter range")
        << QStringLiteral("2026-Q2 to 2026-Q3") << 70.0 << 10 << 7 << 9 << 12 << 7 << 1;
    QTest::newRow("from a quarter")
        << QStringLiteral("from 2026-Q3") << NoValue << 0 << 0 << 0 << 5 << 0 << 0;
    QTest::newRow("up to a quarter")
        << QStringLiteral("up to 2026-Q1") << 90.0 << 10 << 9 << 6 << 14 << 6 << 2;
    // P1–P6 (all completed) and Gamma's people; only Workshop 1's answers are signed; the
    // team's own impact report.
    QTest::newRow("team Payments")
        << QStringLiteral("team Payments") << 100.0 << 6 << 6 << 6 << 5 << 6 << 1;
    // P7–P10 (3 of 4 completed) and Q1–Q10 (7 of 10): 10 of 14.
    QTest::newRow("team Search") << QStringLiteral("team Search") << 1000.0 / 14 << 14 << 10 << 5
                                 << 0 << 7 << 0;
    QTest::newRow("track and team")
        << QStringLiteral("track A, team Payments") << 100.0 << 6 << 6 << 6 << 5 << 6 << 0;
}

void TestEffectiveness::filters()
{
    QFETCH(QString, filter);
    QFETCH(double, completion);
    QFETCH(int, enrollments);
    QFETCH(int, advanced);
    QFETCH(int, npsAnswers);
    QFETCH(int, sessionAnswers);
    QFETCH(int, followedUp);
    QFETCH(int, impactReports);
    QVERIFY(m_fixture.buildProgram());
    const DashboardFilter f = m_fixture.filterNamed(filter);
    QCOMPARE(f == DashboardFilter(), filter.isEmpty());
    QString error;
    const auto all = Effectiveness::compute(m_fixture.db(), f, &error);
    QVERIFY2(all, qPrintable(error));
    const Kpi &rate = all->kpis.kpi(Kpi::CompletionRate);
    QCOMPARE(rate.people, enrollments);
    if (completion == NoValue)
        QVERIFY(!rate.value);
    else
        QVERIFY2(rate.value && nearly(*rate.value, completion), qPrintable(valueText(rate.value)));
    QCOMPARE(all->kpis.kpi(Kpi::Advancement).people, advanced);
    QCOMPARE(all->knowledge.people, advanced);
    QCOMPARE(all->kpis.kpi(Kpi::NetPromoterScore).people, npsAnswers);
    QCOMPARE(all->satisfaction.endOfProgram.recommendAnswers(), npsAnswers);
    QCOMPARE(all->satisfaction.sessionResponses, sessionAnswers);
    QCOMPARE(all->behaviour.all.months[0].people, followedUp);
    QCOMPARE(all->impact.reports, impactReports);
}

void TestEffectiveness::describe_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("text");
    QTest::newRow("nothing") << QString() << QStringLiteral("All cohorts");
    QTest::newRow("quarter range")
        << QStringLiteral("2026-Q2 to 2026-Q3") << QStringLiteral("2026-Q2 to 2026-Q3");
    QTest::newRow("from") << QStringLiteral("from 2026-Q3") << QStringLiteral("From 2026-Q3");
    QTest::newRow("up to") << QStringLiteral("up to 2026-Q1") << QStringLiteral("Up to 2026-Q1");
    QTest::newRow("cohort") << QStringLiteral("cohort Beta") << QStringLiteral("Cohort Beta");
    QTest::newRow("team") << QStringLiteral("team Payments")
                          << QStringLiteral("All cohorts · Team Payments");
    QTest::newRow("track and team")
        << QStringLiteral("track A, team Payments") << QStringLiteral("%1 · Team Payments");
}

void TestEffectiveness::describe()
{
    QFETCH(QString, filter);
    QFETCH(QString, text);
    QVERIFY(m_fixture.buildProgram());
    QSqlQuery query(m_fixture.db());
    query.prepare(QStringLiteral("SELECT name FROM tracks WHERE id = ?"));
    query.addBindValue(m_fixture.trackA);
    QVERIFY(query.exec() && query.next());
    const QString expected =
        text.contains(QLatin1String("%1")) ? text.arg(query.value(0).toString()) : text;
    QCOMPARE(m_fixture.filterNamed(filter).describe(m_fixture.db()), expected);
}

void TestEffectiveness::effectivenessWiresTheParts()
{
    QVERIFY(m_fixture.buildProgram());
    DashboardFilter filter;
    filter.trackId = m_fixture.trackA;
    QString error;
    const auto f = Effectiveness::compute(m_fixture.db(), filter, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->filter, filter);
    QCOMPARE(f->scope, filter.describe(m_fixture.db()));
    // The key figures match the ones computed on their own, advancement included (taken from
    // the knowledge figures there): Alpha's 9 people gain (9 + 1) / 18 levels.
    const auto alone = Kpis::compute(m_fixture.db(), filter, &error);
    QVERIFY2(alone, qPrintable(error));
    QCOMPARE(f->kpis.kpis.size(), alone->kpis.size());
    for (qsizetype i = 0; i < alone->kpis.size(); ++i) {
        QCOMPARE(f->kpis.kpis.at(i).people, alone->kpis.at(i).people);
        QCOMPARE(f->kpis.kpis.at(i).withheld, alone->kpis.at(i).withheld);
        QCOMPARE(valueText(f->kpis.kpis.at(i).value), valueText(alone->kpis.at(i).value));
    }
    QVERIFY(nearly(*f->kpis.kpi(Kpi::Advancement).value, 10.0 / 18));
    QCOMPARE(f->knowledge.people, 9);
    QCOMPARE(f->satisfaction.sessionResponses, 19);
    QCOMPARE(f->satisfaction.cohortsInScope, 1);
    QCOMPARE(f->behaviour.cohortsInScope, 1);
    QCOMPARE(f->impact.reports, 2);
    // Median of Alpha's 5, 10, 20, 30, 40 days.
    QVERIFY(nearly(*f->kpis.kpi(Kpi::DaysToFirstContribution).value, 20));
    // Alpha's mentorships and P5's survey: 5, 4, 4, 3, 5.
    QVERIFY(nearly(*f->kpis.kpi(Kpi::MentorSatisfaction).value, 4.2));
    // Alpha's three manager answers are too few.
    QCOMPARE(f->kpis.kpi(Kpi::ManagerSatisfaction).withheld, Withheld::TooFew);
    QVERIFY(!f->kpis.kpi(Kpi::ManagerSatisfaction).value);
    // Alpha's P1–P5: 40 of 50 hours.
    QVERIFY(nearly(*f->kpis.kpi(Kpi::ProtectedTime).value, 80));
}

void TestEffectiveness::emptyProgram()
{
    QString error;
    const auto f = Effectiveness::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->scope, QStringLiteral("All cohorts"));
    for (const Kpi &kpi : f->kpis.kpis) {
        QVERIFY(!kpi.value);
        QCOMPARE(kpi.people, 0);
        QCOMPARE(kpi.withheld, Withheld::No);
    }
    QVERIFY(f->satisfaction.isEmpty());
    QVERIFY(f->satisfaction.sessions.isEmpty());
    QVERIFY(f->knowledge.isEmpty());
    QCOMPARE(f->knowledge.distribution.size(), 6);
    QVERIFY(f->behaviour.isEmpty());
    QVERIFY(f->impact.isEmpty());
}

QTEST_GUILESS_MAIN(TestEffectiveness)
#include "tst_effectiveness.moc"
