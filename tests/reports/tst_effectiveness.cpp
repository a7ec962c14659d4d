// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectiveness.h"
#include "reportfixture.h"

using namespace Upskill;

namespace {

// -1 stands for "no value" in the data rows.
constexpr double None = -1;

bool near(double a, double b)
{
    return qAbs(a - b) < 1e-6;
}

QString text(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 10) : QStringLiteral("none");
}

} // namespace

// A small program built by hand, with every figure worked out in the comments.
//
// Cohorts: Alpha (first track, 2026-Q1, completed 2026-02-06), Beta (second track, 2026-Q2,
// completed 2026-05-15), Delta (second track, 2026-Q2, completed, survey answers only) and
// Gamma (first track, 2026-Q3, running).
// People: Alpha P1–P10 (P1–P6 team Payments, P7–P10 team Search; P10 withdrew), Beta Q1–Q10
// (team Search; Q8–Q10 withdrew), Gamma R1–R6 (team Payments, active).
class TestEffectiveness : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;
    qint64 m_trackA = 0;
    qint64 m_trackB = 0;
    qint64 m_alpha = 0;
    qint64 m_beta = 0;
    qint64 m_gamma = 0;
    qint64 m_delta = 0;
    QList<qint64> m_p; // P1..P10 at 0..9
    QList<qint64> m_q; // Q1..Q10
    QList<qint64> m_r; // R1..R6

    qint64 track(int position)
    {
        QSqlQuery query(m_fixture.db());
        query.prepare(
            QStringLiteral("SELECT id FROM tracks ORDER BY position, id LIMIT 1 OFFSET ?"));
        query.addBindValue(position);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : 0;
    }
    qint64 cohort(const QString &name, qint64 track, const QString &quarter, const QString &start,
                  const QString &end, const QString &status)
    {
        m_fixture.run(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, "
                                     "end_date, status) VALUES (?, ?, ?, ?, ?, ?)"),
                      {name, track, quarter, start, end, status});
        return m_fixture.lastId();
    }
    bool enrol(qint64 cohort, qint64 person, const QString &status, const QVariant &completed = {},
               const QVariant &firstContribution = {})
    {
        return m_fixture.run(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, "
                                            "status, completed_on, first_ai_contribution_on) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {cohort, person, status, completed, firstContribution});
    }
    qint64 session(qint64 cohort, const QString &startsAt, const QString &title)
    {
        m_fixture.run(QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, "
                                     "duration_minutes, format) VALUES (?, ?, ?, 150, 'workshop')"),
                      {cohort, title, startsAt});
        return m_fixture.lastId();
    }
    bool survey(const QString &kind, qint64 cohort, qint64 session, qint64 person,
                const QVariant &satisfaction, const QVariant &recommend = {})
    {
        return m_fixture.run(
            QStringLiteral("INSERT INTO survey_responses (kind, cohort_id, session_id, "
                           "participant_id, satisfaction, recommend) VALUES (?, ?, ?, ?, ?, ?)"),
            {kind, cohort ? QVariant(cohort) : QVariant(), session ? QVariant(session) : QVariant(),
             person ? QVariant(person) : QVariant(), satisfaction, recommend});
    }
    bool behaviour(qint64 person, qint64 cohort, int month, double usage, int experiments,
                   int commits, const QVariant &rating = {})
    {
        return m_fixture.run(QStringLiteral("INSERT INTO behaviour_metrics (participant_id, "
                                            "cohort_id, month_after, ai_tool_usage_pct, "
                                            "experiments, ai_commits, manager_rating) VALUES "
                                            "(?, ?, ?, ?, ?, ?, ?)"),
                             {person, cohort, month, usage, experiments, commits, rating});
    }
    bool impact(const QVariant &cohort, const QVariant &team, int quarter, const QVariant &features,
                const QVariant &hours, const QVariant &quality, const QVariant &cost,
                const QVariant &revenue, const QString &evidence)
    {
        return m_fixture.run(
            QStringLiteral("INSERT INTO impact_metrics (cohort_id, team, quarter_after, "
                           "features_shipped, hours_saved, quality_improvement_pct, "
                           "cost_reduction, revenue_impact, evidence) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {cohort, team, quarter, features, hours, quality, cost, revenue, evidence});
    }
    bool mentorship(qint64 mentor, qint64 mentee, qint64 cohort, const QVariant &satisfaction)
    {
        return m_fixture.run(
            QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, "
                           "cohort_id, mentor_satisfaction) VALUES (?, ?, ?, ?)"),
            {mentor, mentee, cohort ? QVariant(cohort) : QVariant(), satisfaction});
    }
    bool protectedWeek(qint64 cohort, qint64 person, const QString &week, const QVariant &used)
    {
        return m_fixture.run(QStringLiteral("INSERT INTO protected_time (cohort_id, "
                                            "participant_id, week_start, hours_planned, "
                                            "hours_used) VALUES (?, ?, ?, 5, ?)"),
                             {cohort, person, week, used});
    }
    bool pair(qint64 person, qint64 cohort, int dimension, int pre, int post)
    {
        return m_fixture.assess(person, dimension, QStringLiteral("pre"),
                                QStringLiteral("2026-01-05"), pre, cohort) &&
               m_fixture.assess(person, dimension, QStringLiteral("post"),
                                QStringLiteral("2026-06-01"), post, cohort);
    }

    bool buildProgram();
    DashboardFilter filterNamed(const QString &name) const;

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
    void sessionsByQuarter();
    void sessionsOfOneCohort();
    void knowledge();
    void behaviour();
    void impact();
    void effectivenessWiresTheParts();
    void emptyProgram();
};

bool TestEffectiveness::buildProgram()
{
    m_trackA = track(0);
    m_trackB = track(1);
    m_alpha = cohort(QStringLiteral("Alpha"), m_trackA, QStringLiteral("2026-Q1"),
                     QStringLiteral("2026-01-12"), QStringLiteral("2026-02-06"),
                     QStringLiteral("completed"));
    m_beta = cohort(QStringLiteral("Beta"), m_trackB, QStringLiteral("2026-Q2"),
                    QStringLiteral("2026-04-06"), QStringLiteral("2026-05-15"),
                    QStringLiteral("completed"));
    m_delta = cohort(QStringLiteral("Delta"), m_trackB, QStringLiteral("2026-Q2"),
                     QStringLiteral("2026-05-04"), QStringLiteral("2026-06-19"),
                     QStringLiteral("completed"));
    m_gamma = cohort(QStringLiteral("Gamma"), m_trackA, QStringLiteral("2026-Q3"),
                     QStringLiteral("2026-07-06"), QStringLiteral("2026-08-14"),
                     QStringLiteral("running"));
    const QString completed = QStringLiteral("completed");
    const QString withdrawn = QStringLiteral("withdrawn");
    bool ok = true;

    // Enrollments. First AI contributions after completing: Alpha P1–P5 after 5, 10, 20, 30
    // and 40 days; Beta Q1–Q3 after 3, 8 and 60 days. P10 (withdrawn) and R1 (active) have
    // one too, which does not count.
    const QStringList alphaFirst = {QStringLiteral("2026-02-11"), QStringLiteral("2026-02-16"),
                                    QStringLiteral("2026-02-26"), QStringLiteral("2026-03-08"),
                                    QStringLiteral("2026-03-18")};
    const QStringList betaFirst = {QStringLiteral("2026-05-18"), QStringLiteral("2026-05-23"),
                                   QStringLiteral("2026-07-14")};
    for (int i = 0; i < 10; ++i) {
        m_p.append(m_fixture.person(QStringLiteral("P%1").arg(i + 1), QStringLiteral("backend"),
                                    i < 6 ? QStringLiteral("Payments") : QStringLiteral("Search")));
        if (i < 9)
            ok = ok && enrol(m_alpha, m_p[i], completed, QStringLiteral("2026-02-06"),
                             i < 5 ? QVariant(alphaFirst[i]) : QVariant());
        else
            ok = ok && enrol(m_alpha, m_p[i], withdrawn, {}, QStringLiteral("2026-02-10"));
    }
    for (int i = 0; i < 10; ++i) {
        m_q.append(m_fixture.person(QStringLiteral("Q%1").arg(i + 1), QStringLiteral("data"),
                                    QStringLiteral("Search")));
        if (i < 7)
            ok = ok && enrol(m_beta, m_q[i], completed, QStringLiteral("2026-05-15"),
                             i < 3 ? QVariant(betaFirst[i]) : QVariant());
        else
            ok = ok && enrol(m_beta, m_q[i], withdrawn);
    }
    for (int i = 0; i < 6; ++i) {
        m_r.append(m_fixture.person(QStringLiteral("R%1").arg(i + 1), QStringLiteral("frontend"),
                                    QStringLiteral("Payments")));
        ok = ok && enrol(m_gamma, m_r[i], QStringLiteral("active"), {},
                         i == 0 ? QVariant(QStringLiteral("2026-07-20")) : QVariant());
        // Waiting for their post assessment: no pair yet.
        ok = ok && m_fixture.assess(m_r[i], 0, QStringLiteral("pre"), QStringLiteral("2026-07-01"),
                                    1, m_gamma);
    }

    // Pre/post pairs.
    // Dimension 0: Alpha P1–P9 1 → 2, Beta Q1–Q7 1 → 3: 16 pairs, pre 16, post 9·2 + 7·3 = 39.
    // Dimension 1: Alpha P1–P5 2 → 3, P6–P9 3 → 2: 9 pairs, pre 10 + 12 = 22, post 15 + 8 = 23.
    // In all 25 pairs gaining 23 + 1 = 24 levels: 0.96 on average, over 16 people.
    // Per person: P1–P5 gain 1 (bin 1, 5 people), P6–P9 (1 − 1) / 2 = 0 (bin 0, 4 people),
    // Q1–Q7 gain 2 (bin 2, 7 people).
    for (int i = 0; i < 9; ++i) {
        ok = ok && pair(m_p[i], m_alpha, 0, 1, 2);
        ok = ok && (i < 5 ? pair(m_p[i], m_alpha, 1, 2, 3) : pair(m_p[i], m_alpha, 1, 3, 2));
    }
    for (int i = 0; i < 7; ++i)
        ok = ok && pair(m_q[i], m_beta, 0, 1, 3);
    // An older pre of P1 at level 4 is superseded by the later one.
    ok = ok && m_fixture.assess(m_p[0], 0, QStringLiteral("pre"), QStringLiteral("2025-12-01"), 4,
                                m_alpha);
    // P10 withdrew: their big jump does not count.
    ok = ok && pair(m_p[9], m_alpha, 0, 1, 4);

    // Mentor satisfaction: mentorships of P1–P4 rated 5, 4, 4, 3; a mentor survey of P5 rated
    // 5; an anonymous one for Beta rated 2; a mentorship of R1 without a cohort rated 1; and
    // one not rated. In all 7 answers summing to 24: 3.43.
    const qint64 mentor = m_fixture.person(QStringLiteral("Mentor"), QStringLiteral("backend"),
                                           QStringLiteral("Guild"));
    const int mentorRatings[] = {5, 4, 4, 3};
    for (int i = 0; i < 4; ++i)
        ok = ok && mentorship(mentor, m_p[i], m_alpha, mentorRatings[i]);
    ok = ok && mentorship(mentor, m_p[5], m_alpha, {});
    ok = ok && mentorship(mentor, m_r[0], 0, 1);
    ok = ok && survey(QStringLiteral("mentor"), m_alpha, 0, m_p[4], 5);
    ok = ok && survey(QStringLiteral("mentor"), m_beta, 0, 0, 2);

    // Manager satisfaction, anonymous: Alpha 5, 4, 4 and Beta 3, 4: 20 / 5 = 4.0.
    for (int rating : {5, 4, 4})
        ok = ok && survey(QStringLiteral("manager"), m_alpha, 0, 0, rating);
    for (int rating : {3, 4})
        ok = ok && survey(QStringLiteral("manager"), m_beta, 0, 0, rating);

    // Protected time: P1–P5 used 5 of 5 and then 3 of 5 hours; Q1, Q2 0 of 5; a week of P1
    // still ahead (no hours used) does not count. 40 of 60 hours: 66.7 %, 7 people.
    for (int i = 0; i < 5; ++i) {
        ok = ok && protectedWeek(m_alpha, m_p[i], QStringLiteral("2026-01-12"), 5.0);
        ok = ok && protectedWeek(m_alpha, m_p[i], QStringLiteral("2026-01-19"), 3.0);
    }
    ok = ok && protectedWeek(m_alpha, m_p[0], QStringLiteral("2026-01-26"), {});
    for (int i = 0; i < 2; ++i)
        ok = ok && protectedWeek(m_beta, m_q[i], QStringLiteral("2026-04-06"), 0.0);

    // End of program: Alpha 6 answers from P1–P6, recommend 10, 9, 9, 8, 6, 3 (3 promoters,
    // 1 passive, 2 detractors), satisfaction 5, 5, 4, 4, 3, 2; Beta 6 answers from Q1–Q5 and
    // one anonymous, recommend 10, 10, 10, 9, 7, 7 (4, 2, 0), satisfaction 5, 5, 5, 4, 4, 4;
    // Delta 3 anonymous, recommend 0, 5, 10 (1, 0, 2), satisfaction 1, 2, 5.
    // In all 15 answers, 8 promoters and 4 detractors: NPS (8 − 4) / 15 = 26.7.
    const int alphaRecommend[] = {10, 9, 9, 8, 6, 3};
    const int alphaSatisfaction[] = {5, 5, 4, 4, 3, 2};
    const int betaRecommend[] = {10, 10, 10, 9, 7, 7};
    const int betaSatisfaction[] = {5, 5, 5, 4, 4, 4};
    const QString end = QStringLiteral("end_of_program");
    for (int i = 0; i < 6; ++i) {
        ok = ok && survey(end, m_alpha, 0, m_p[i], alphaSatisfaction[i], alphaRecommend[i]);
        ok =
            ok && survey(end, m_beta, 0, i < 5 ? m_q[i] : 0, betaSatisfaction[i], betaRecommend[i]);
    }
    const int deltaRecommend[] = {0, 5, 10};
    const int deltaSatisfaction[] = {1, 2, 5};
    for (int i = 0; i < 3; ++i)
        ok = ok && survey(end, m_delta, 0, 0, deltaSatisfaction[i], deltaRecommend[i]);

    // Sessions. Alpha: "Workshop 1" rated 5, 4, 4, 5, 3 by P1–P5 (21 / 5 = 4.2), "Workshop 2"
    // 4, 4, 2 (3 answers), "Showcase" 5, 5, 5, 4, 4, 4 (27 / 6 = 4.5): 14 answers summing to
    // 58. Beta: 3, 3, 4, 4, 5, 5, 4 (28 / 7 = 4.0). Gamma: 5 × 5.
    const QString sessionKind = QStringLiteral("session");
    const qint64 s1 =
        session(m_alpha, QStringLiteral("2026-01-13T10:00:00"), QStringLiteral("Workshop 1"));
    const qint64 s2 =
        session(m_alpha, QStringLiteral("2026-01-20T10:00:00"), QStringLiteral("Workshop 2"));
    const qint64 s3 =
        session(m_alpha, QStringLiteral("2026-01-27T10:00:00"), QStringLiteral("Showcase"));
    const qint64 s4 =
        session(m_beta, QStringLiteral("2026-04-07T10:00:00"), QStringLiteral("Workshop 1"));
    const qint64 s5 =
        session(m_gamma, QStringLiteral("2026-07-07T10:00:00"), QStringLiteral("Workshop 1"));
    session(m_alpha, QStringLiteral("2026-02-03T10:00:00"), QStringLiteral("Nobody answered"));
    const int s1Ratings[] = {5, 4, 4, 5, 3};
    for (int i = 0; i < 5; ++i)
        ok = ok && survey(sessionKind, m_alpha, s1, m_p[i], s1Ratings[i]);
    for (int rating : {4, 4, 2})
        ok = ok && survey(sessionKind, m_alpha, s2, 0, rating);
    for (int rating : {5, 5, 5, 4, 4, 4})
        ok = ok && survey(sessionKind, m_alpha, s3, 0, rating);
    for (int rating : {3, 3, 4, 4, 5, 5, 4})
        ok = ok && survey(sessionKind, m_beta, s4, 0, rating);
    for (int i = 0; i < 5; ++i)
        ok = ok && survey(sessionKind, m_gamma, s5, 0, 5);
    // A comment without a rating is no answer to average.
    ok = ok && survey(sessionKind, m_gamma, s5, 0, {});

    // Behaviour. Month 1: Alpha P1–P6 usage 40, 50, 60, 30, 20, 40 (240), experiments 1, 2,
    // 3, 0, 1, 2 (9), commits 5 each (30), manager's rating for P1–P3 only: 4, 3, 5 (12);
    // Beta Q1–Q7 usage 50 (350), experiments 1 (7), commits 10 (70), rating 4 for Q1–Q5 (20).
    // Month 2: Alpha P1–P4 usage 50, experiments 2, commits 6; Beta Q1–Q7 usage 60,
    // experiments 2, commits 12; no ratings.
    const double usage[] = {40, 50, 60, 30, 20, 40};
    const int experiments[] = {1, 2, 3, 0, 1, 2};
    const int alphaRatings[] = {4, 3, 5};
    for (int i = 0; i < 6; ++i)
        ok = ok && behaviour(m_p[i], m_alpha, 1, usage[i], experiments[i], 5,
                             i < 3 ? QVariant(alphaRatings[i]) : QVariant());
    for (int i = 0; i < 7; ++i)
        ok = ok && behaviour(m_q[i], m_beta, 1, 50, 1, 10, i < 5 ? QVariant(4) : QVariant());
    for (int i = 0; i < 4; ++i)
        ok = ok && behaviour(m_p[i], m_alpha, 2, 50, 2, 6);
    for (int i = 0; i < 7; ++i)
        ok = ok && behaviour(m_q[i], m_beta, 2, 60, 2, 12);

    // Impact, in the order entered: Alpha Q+1 (2 features, 100 h, quality 10 %, cost 1000),
    // Alpha Q+2 (3, 150 h, 20 %, revenue 5000, no note), Beta Q+1 (1, 50 h, 4 %, cost 500),
    // team Payments Q+1 without a cohort (4 features, 200 h).
    ok = ok && impact(m_alpha, {}, 1, 2, 100.0, 10.0, 1000.0, {}, QStringLiteral("Alpha note"));
    ok = ok && impact(m_alpha, {}, 2, 3, 150.0, 20.0, {}, 5000.0, QStringLiteral(""));
    ok = ok && impact(m_beta, {}, 1, 1, 50.0, 4.0, 500.0, {}, QStringLiteral("Beta note"));
    ok = ok && impact({}, QStringLiteral("Payments"), 1, 4, 200.0, {}, {}, {},
                      QStringLiteral("Payments note"));
    return ok;
}

DashboardFilter TestEffectiveness::filterNamed(const QString &name) const
{
    DashboardFilter f;
    if (name == QLatin1String("track A"))
        f.trackId = m_trackA;
    else if (name == QLatin1String("track B"))
        f.trackId = m_trackB;
    else if (name == QLatin1String("cohort Alpha"))
        f.cohortId = m_alpha;
    else if (name == QLatin1String("cohort Beta"))
        f.cohortId = m_beta;
    else if (name == QLatin1String("2026-Q2 to 2026-Q3")) {
        f.from = Quarter(2026, 2);
        f.to = Quarter(2026, 3);
    } else if (name == QLatin1String("from 2026-Q3"))
        f.from = Quarter(2026, 3);
    else if (name == QLatin1String("up to 2026-Q1"))
        f.to = Quarter(2026, 1);
    else if (name == QLatin1String("team Payments"))
        f.team = QStringLiteral("Payments");
    else if (name == QLatin1String("team Search"))
        f.team = QStringLiteral("Search");
    else if (name == QLatin1String("track A, team Payments")) {
        f.trackId = m_trackA;
        f.team = QStringLiteral("Payments");
    }
    return f;
}

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
    QTest::newRow("advancement") << int(Kpi::Advancement) << 0.96 << 16 << S::Amber;
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
    QVERIFY(buildProgram());
    QString error;
    const auto summary = Kpis::compute(m_fixture.db(), {}, &error);
    QVERIFY2(summary, qPrintable(error));
    QCOMPARE(summary->kpis.size(), 7);
    const Kpi &kpi = summary->kpi(Kpi::Id(id));
    QCOMPARE(int(kpi.id), id);
    QVERIFY2(kpi.value && near(*kpi.value, value), qPrintable(text(kpi.value)));
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
    QTest::newRow("4 people: withheld") << QList<int>{1, 2, 3, 4} << None;
}

void TestEffectiveness::medianDays()
{
    QFETCH(QList<int>, days);
    QFETCH(double, median);
    const qint64 c = cohort(QStringLiteral("Solo"), track(0), QStringLiteral("2026-Q1"),
                            QStringLiteral("2026-01-12"), QStringLiteral("2026-02-06"),
                            QStringLiteral("completed"));
    const QDate completed(2026, 2, 6);
    for (int i = 0; i < days.size(); ++i) {
        const qint64 p = m_fixture.person(QStringLiteral("D%1").arg(i));
        QVERIFY(enrol(c, p, QStringLiteral("completed"), completed.toString(Qt::ISODate),
                      completed.addDays(days.at(i)).toString(Qt::ISODate)));
    }
    // Completed without a contribution yet: not part of the median.
    QVERIFY(enrol(c, m_fixture.person(QStringLiteral("Later")), QStringLiteral("completed"),
                  completed.toString(Qt::ISODate)));
    QString error;
    const auto summary = Kpis::compute(m_fixture.db(), {}, &error);
    QVERIFY2(summary, qPrintable(error));
    const Kpi &kpi = summary->kpi(Kpi::DaysToFirstContribution);
    QCOMPARE(kpi.people, int(days.size()));
    if (median == None) {
        QVERIFY(!kpi.value);
        QCOMPARE(kpi.withheld, Withheld::TooFew);
    } else {
        QVERIFY2(kpi.value && near(*kpi.value, median), qPrintable(text(kpi.value)));
        QCOMPARE(kpi.withheld, Withheld::No);
    }
}

void TestEffectiveness::npsAtTheMinimum_data()
{
    QTest::addColumn<int>("answers");
    QTest::addColumn<double>("nps");
    // One detractor and the rest promoters: with 5, (4 − 1) / 5 = +60.
    QTest::newRow("4 answers: withheld") << 4 << None;
    QTest::newRow("5 answers: shown") << 5 << 60.0;
}

void TestEffectiveness::npsAtTheMinimum()
{
    QFETCH(int, answers);
    QFETCH(double, nps);
    const qint64 c = cohort(QStringLiteral("Solo"), track(0), QStringLiteral("2026-Q1"),
                            QStringLiteral("2026-01-12"), QStringLiteral("2026-02-06"),
                            QStringLiteral("completed"));
    for (int i = 0; i < answers; ++i)
        QVERIFY(survey(QStringLiteral("end_of_program"), c, 0, 0, 4, i == 0 ? 3 : 10));
    // Without a would-recommend answer: not an NPS answer.
    QVERIFY(survey(QStringLiteral("end_of_program"), c, 0, 0, 4, {}));
    QString error;
    const auto summary = Kpis::compute(m_fixture.db(), {}, &error);
    QVERIFY2(summary, qPrintable(error));
    const Kpi &kpi = summary->kpi(Kpi::NetPromoterScore);
    QCOMPARE(kpi.people, answers);
    if (nps == None) {
        QVERIFY(!kpi.value);
        QCOMPARE(kpi.withheld, Withheld::TooFew);
        QVERIFY(!kpi.standing());
    } else {
        QVERIFY2(kpi.value && near(*kpi.value, nps), qPrintable(text(kpi.value)));
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
    const qint64 a = cohort(QStringLiteral("Small"), track(0), QStringLiteral("2026-Q1"),
                            QStringLiteral("2026-01-12"), QStringLiteral("2026-02-06"),
                            QStringLiteral("completed"));
    const qint64 b = cohort(QStringLiteral("Large"), track(0), QStringLiteral("2026-Q1"),
                            QStringLiteral("2026-01-12"), QStringLiteral("2026-03-06"),
                            QStringLiteral("completed"));
    for (int i = 0; i < responses; ++i)
        QVERIFY(survey(QStringLiteral("end_of_program"), a, 0, 0, 3, 8));
    for (int i = 0; i < 10; ++i)
        QVERIFY(survey(QStringLiteral("end_of_program"), b, 0, 0, 5, 10));
    QString error;
    const auto f = SatisfactionReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->cohorts.size(), 2);
    QCOMPARE(f->cohorts.at(0).cohortId, a); // ends first
    QCOMPARE(f->cohorts.at(0).responses, responses);
    QCOMPARE(f->cohorts.at(0).withheld, small);
    QCOMPARE(f->cohorts.at(1).withheld, large);
    // The sums stay; the charts go by `withheld`.
    QVERIFY(near(f->cohorts.at(0).averageSatisfaction(), 3.0));
    QCOMPARE(f->endOfProgram.responses, responses + 10);
    QCOMPARE(f->endOfProgram.withheld, Withheld::No);
}

void TestEffectiveness::complementaryCohorts()
{
    QVERIFY(buildProgram());
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
    QVERIFY(near(beta.averageSatisfaction(), 4.5));
    QCOMPARE(beta.promoters, 4);
    QCOMPARE(beta.passives, 2);
    QCOMPARE(beta.detractors, 0);
    QVERIFY(near(beta.netPromoterScore(), 200.0 / 3));
    QCOMPARE(beta.quarter, QStringLiteral("2026-Q2"));
    QCOMPARE(beta.endDate, QDate(2026, 5, 15));
    // All together: satisfaction (23 + 27 + 8) / 15, NPS (8 − 4) / 15.
    QCOMPARE(f->endOfProgram.responses, 15);
    QVERIFY(near(f->endOfProgram.averageSatisfaction(), 58.0 / 15));
    QVERIFY(near(f->endOfProgram.netPromoterScore(), 400.0 / 15));
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
        << QStringLiteral("from 2026-Q3") << None << 0 << 0 << 0 << 5 << 0 << 0;
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
    QVERIFY(buildProgram());
    const DashboardFilter f = filterNamed(filter);
    QCOMPARE(f == DashboardFilter(), filter.isEmpty());
    QString error;
    const auto all = Effectiveness::compute(m_fixture.db(), f, &error);
    QVERIFY2(all, qPrintable(error));
    const Kpi &rate = all->kpis.kpi(Kpi::CompletionRate);
    QCOMPARE(rate.people, enrollments);
    if (completion == None)
        QVERIFY(!rate.value);
    else
        QVERIFY2(rate.value && near(*rate.value, completion), qPrintable(text(rate.value)));
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
    QVERIFY(buildProgram());
    QSqlQuery query(m_fixture.db());
    query.prepare(QStringLiteral("SELECT name FROM tracks WHERE id = ?"));
    query.addBindValue(m_trackA);
    QVERIFY(query.exec() && query.next());
    const QString expected =
        text.contains(QLatin1String("%1")) ? text.arg(query.value(0).toString()) : text;
    QCOMPARE(filterNamed(filter).describe(m_fixture.db()), expected);
}

void TestEffectiveness::sessionsByQuarter()
{
    QVERIFY(buildProgram());
    QString error;
    const auto f = SatisfactionReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QVERIFY(!f->bySession);
    // Q1: Alpha's 14 answers (58), Q2: Beta's 7 (28), Q3: Gamma's 5 (25).
    QCOMPARE(f->sessions.size(), 3);
    QCOMPARE(f->sessions.at(0).label, QStringLiteral("2026-Q1"));
    QCOMPARE(f->sessions.at(0).date, QDate(2026, 1, 1));
    QCOMPARE(f->sessions.at(0).responses, 14);
    QVERIFY(near(f->sessions.at(0).average(), 58.0 / 14));
    QCOMPARE(f->sessions.at(1).label, QStringLiteral("2026-Q2"));
    QVERIFY(near(f->sessions.at(1).average(), 4.0));
    QCOMPARE(f->sessions.at(2).date, QDate(2026, 7, 1));
    QCOMPARE(f->sessions.at(2).responses, 5);
    for (const SatisfactionPoint &p : f->sessions)
        QCOMPARE(p.withheld, Withheld::No);
    QCOMPARE(f->sessionResponses, 26);
    QVERIFY(near(f->sessionSatisfactionSum, 111));
    QVERIFY(!f->isEmpty());
}

void TestEffectiveness::sessionsOfOneCohort()
{
    QVERIFY(buildProgram());
    DashboardFilter filter;
    filter.cohortId = m_alpha;
    QString error;
    const auto f = SatisfactionReport::compute(m_fixture.db(), filter, &error);
    QVERIFY2(f, qPrintable(error));
    QVERIFY(f->bySession);
    // Workshop 1 (5 answers), Workshop 2 (3: too few), Showcase (6); the session nobody rated
    // has no point. Hiding the 3 alone would leave it as 14 − 5 − 6: Workshop 1 goes too.
    QCOMPARE(f->sessions.size(), 3);
    QCOMPARE(f->sessions.at(0).date, QDate(2026, 1, 13));
    QVERIFY(f->sessions.at(0).label.contains(QLatin1String("Workshop 1")));
    QVERIFY(near(f->sessions.at(0).average(), 4.2));
    QCOMPARE(f->sessions.at(0).withheld, Withheld::Complementary);
    QVERIFY(f->sessions.at(1).label.contains(QLatin1String("Workshop 2")));
    QCOMPARE(f->sessions.at(1).responses, 3);
    QCOMPARE(f->sessions.at(1).withheld, Withheld::TooFew);
    QVERIFY(f->sessions.at(2).label.contains(QLatin1String("Showcase")));
    QVERIFY(near(f->sessions.at(2).average(), 4.5));
    QCOMPARE(f->sessions.at(2).withheld, Withheld::No);
    QCOMPARE(f->sessionResponses, 14);
    // The one cohort's end of program: 6 answers, 3 promoters and 2 detractors.
    QCOMPARE(f->cohorts.size(), 1);
    QCOMPARE(f->cohorts.at(0).withheld, Withheld::No);
    QVERIFY(near(f->cohorts.at(0).netPromoterScore(), 100.0 / 6));
    QVERIFY(near(f->cohorts.at(0).averageSatisfaction(), 23.0 / 6));
}

void TestEffectiveness::knowledge()
{
    QVERIFY(buildProgram());
    QString error;
    const auto f = KnowledgeReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->dimensions.size(), 5);
    QCOMPARE(f->people, 16);
    QCOMPARE(f->pairs, 25);
    QVERIFY(near(f->averageAdvancement(), 0.96));
    QVERIFY(!f->suppressed);
    QCOMPARE(f->targetLevels, 1.0);
    // Dimension 0: pre 16 / 16, post 39 / 16. Dimension 1: pre 22 / 9, post 23 / 9.
    const DimensionAdvancement &d0 = f->dimensions.at(0);
    QCOMPARE(d0.dimension.id, m_fixture.dimension(0));
    QCOMPARE(d0.people, 16);
    QCOMPARE(d0.pairs, 16);
    QVERIFY(near(d0.averagePre(), 1.0));
    QVERIFY(near(d0.averagePost(), 39.0 / 16));
    QVERIFY(!d0.suppressed);
    const DimensionAdvancement &d1 = f->dimensions.at(1);
    QCOMPARE(d1.people, 9);
    QVERIFY(near(d1.averagePre(), 22.0 / 9));
    QVERIFY(near(d1.averagePost(), 23.0 / 9));
    QVERIFY(!d1.suppressed);
    QCOMPARE(f->dimensions.at(2).people, 0);
    QVERIFY(f->dimensions.at(2).suppressed);
    // Bins: 0 → 4 people (too few), 1 → 5 (hidden with them: the difference would give the
    // 4 away), 2 → 7.
    QCOMPARE(f->distribution.size(), 5);
    const QList<int> levels = {-1, 0, 1, 2, 3};
    const QList<int> people = {0, 4, 5, 7, 0};
    const QList<Withheld> withheld = {Withheld::No, Withheld::TooFew, Withheld::Complementary,
                                      Withheld::No, Withheld::No};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(f->distribution.at(i).levels, levels.at(i));
        QCOMPARE(f->distribution.at(i).people, people.at(i));
        QCOMPARE(f->distribution.at(i).withheld, withheld.at(i));
    }

    // Three people of team Search with pairs in Alpha (P7–P9): too few.
    DashboardFilter few;
    few.cohortId = m_alpha;
    few.team = QStringLiteral("Search");
    const auto small = KnowledgeReport::compute(m_fixture.db(), few, &error);
    QVERIFY2(small, qPrintable(error));
    QCOMPARE(small->people, 3);
    QVERIFY(small->suppressed);
    QVERIFY(small->dimensions.at(0).suppressed);
    for (const AdvancementBin &bin : small->distribution)
        QCOMPARE(bin.withheld, bin.people > 0 ? Withheld::TooFew : Withheld::No);
}

void TestEffectiveness::behaviour()
{
    QVERIFY(buildProgram());
    QString error;
    const auto f = BehaviourReport::compute(m_fixture.db(), {}, &error);
    QVERIFY2(f, qPrintable(error));
    QVERIFY(!f->isEmpty());
    QCOMPARE(f->cohortsInScope, 2);
    QCOMPARE(f->cohorts.size(), 2);
    QCOMPARE(f->cohorts.at(0).cohortId, m_alpha);
    QCOMPARE(f->cohorts.at(1).name, QStringLiteral("Beta"));

    // Month 1, all: usage (240 + 350) / 13, experiments 16 / 13, commits 100 / 13, rating
    // (12 + 20) / 8.
    const BehaviourMonth &all1 = f->all.months[0];
    QCOMPARE(all1.people, 13);
    QCOMPARE(all1.withheld, Withheld::No);
    QVERIFY(near(*all1.average(BehaviourMeasure::ToolUsage), 590.0 / 13));
    QVERIFY(near(*all1.average(BehaviourMeasure::Experiments), 16.0 / 13));
    QVERIFY(near(*all1.average(BehaviourMeasure::AiCommits), 100.0 / 13));
    QVERIFY(near(*all1.average(BehaviourMeasure::ManagerRating), 4.0));
    // Alpha month 1: 6 people, usage 40, experiments 1.5; its 3 ratings are too few, and
    // Beta's 5 go with them (all 8 are shown).
    const BehaviourMonth &alpha1 = f->cohorts.at(0).months[0];
    QCOMPARE(alpha1.people, 6);
    QCOMPARE(alpha1.withheld, Withheld::No);
    QVERIFY(near(*alpha1.average(BehaviourMeasure::ToolUsage), 40));
    QVERIFY(near(*alpha1.average(BehaviourMeasure::Experiments), 1.5));
    QCOMPARE(alpha1.ratingCount, 3);
    QCOMPARE(alpha1.withheldFor(BehaviourMeasure::ManagerRating), Withheld::TooFew);
    QVERIFY(!alpha1.average(BehaviourMeasure::ManagerRating));
    const BehaviourMonth &beta1 = f->cohorts.at(1).months[0];
    QCOMPARE(beta1.withheldFor(BehaviourMeasure::ManagerRating), Withheld::Complementary);
    QCOMPARE(beta1.withheldFor(BehaviourMeasure::ToolUsage), Withheld::No);
    QVERIFY(near(*beta1.average(BehaviourMeasure::AiCommits), 10));

    // Month 2: Alpha's 4 are too few, so Beta's 7 are hidden too; the 11 together are shown:
    // usage (200 + 420) / 11, commits (24 + 84) / 11, no ratings.
    QCOMPARE(f->cohorts.at(0).months[1].withheld, Withheld::TooFew);
    QCOMPARE(f->cohorts.at(1).months[1].withheld, Withheld::Complementary);
    QVERIFY(!f->cohorts.at(1).months[1].average(BehaviourMeasure::ToolUsage));
    QCOMPARE(f->cohorts.at(1).months[1].usageSum, 420.0);
    const BehaviourMonth &all2 = f->all.months[1];
    QCOMPARE(all2.people, 11);
    QCOMPARE(all2.withheld, Withheld::No);
    QVERIFY(near(*all2.average(BehaviourMeasure::ToolUsage), 620.0 / 11));
    QVERIFY(near(*all2.average(BehaviourMeasure::AiCommits), 108.0 / 11));
    QVERIFY(!all2.average(BehaviourMeasure::ManagerRating));
    QCOMPARE(f->all.months[2].people, 0);

    // Only the latest cohort on the chart: the month is still decided over both.
    const auto capped = BehaviourReport::compute(m_fixture.db(), {}, &error, 1);
    QVERIFY2(capped, qPrintable(error));
    QCOMPARE(capped->cohortsInScope, 2);
    QCOMPARE(capped->cohorts.size(), 1);
    QCOMPARE(capped->cohorts.at(0).cohortId, m_beta);
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

void TestEffectiveness::impact()
{
    QVERIFY(buildProgram());
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
    alpha.cohortId = m_alpha;
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

void TestEffectiveness::effectivenessWiresTheParts()
{
    QVERIFY(buildProgram());
    DashboardFilter filter;
    filter.trackId = m_trackA;
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
        QCOMPARE(text(f->kpis.kpis.at(i).value), text(alone->kpis.at(i).value));
    }
    QVERIFY(near(*f->kpis.kpi(Kpi::Advancement).value, 10.0 / 18));
    QCOMPARE(f->knowledge.people, 9);
    QCOMPARE(f->satisfaction.sessionResponses, 19);
    QCOMPARE(f->satisfaction.cohortsInScope, 1);
    QCOMPARE(f->behaviour.cohortsInScope, 1);
    QCOMPARE(f->impact.reports, 2);
    // Median of Alpha's 5, 10, 20, 30, 40 days.
    QVERIFY(near(*f->kpis.kpi(Kpi::DaysToFirstContribution).value, 20));
    // Alpha's mentorships and P5's survey: 5, 4, 4, 3, 5.
    QVERIFY(near(*f->kpis.kpi(Kpi::MentorSatisfaction).value, 4.2));
    // Alpha's three manager answers are too few.
    QCOMPARE(f->kpis.kpi(Kpi::ManagerSatisfaction).withheld, Withheld::TooFew);
    QVERIFY(!f->kpis.kpi(Kpi::ManagerSatisfaction).value);
    // Alpha's P1–P5: 40 of 50 hours.
    QVERIFY(near(*f->kpis.kpi(Kpi::ProtectedTime).value, 80));
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
    QCOMPARE(f->knowledge.distribution.size(), 5);
    QVERIFY(f->behaviour.isEmpty());
    QVERIFY(f->impact.isEmpty());
}

QTEST_GUILESS_MAIN(TestEffectiveness)
#include "tst_effectiveness.moc"
