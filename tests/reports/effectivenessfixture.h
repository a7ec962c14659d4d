// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfilter.h"
#include "reportfixture.h"

namespace Upskill {

// A small program built by hand, with every figure worked out in the comments.
//
// Cohorts: Alpha (first track, 2026-Q1, completed 2026-02-06), Beta (second track, 2026-Q2,
// completed 2026-05-15), Delta (second track, 2026-Q2, completed, survey answers only) and
// Gamma (first track, 2026-Q3, running).
// People: Alpha P1–P10 (P1–P6 team Payments, P7–P10 team Search; P10 withdrew), Beta Q1–Q10
// (team Search; Q8–Q10 withdrew), Gamma R1–R6 (team Payments, active).
class EffectivenessFixture : public ReportFixture
{
public:
    // The program's ids, filled by buildProgram().
    qint64 trackA = 0;
    qint64 trackB = 0;
    qint64 alpha = 0;
    qint64 beta = 0;
    qint64 gamma = 0;
    qint64 delta = 0;
    QList<qint64> p; // P1..P10 at 0..9
    QList<qint64> q; // Q1..Q10
    QList<qint64> r; // R1..R6

    qint64 track(int position)
    {
        QSqlQuery query(db());
        query.prepare(
            QStringLiteral("SELECT id FROM tracks ORDER BY position, id LIMIT 1 OFFSET ?"));
        query.addBindValue(position);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : 0;
    }
    qint64 addCohort(const QString &name, qint64 track, const QString &quarter,
                     const QString &start, const QString &end, const QString &status)
    {
        run(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, "
                           "end_date, status) VALUES (?, ?, ?, ?, ?, ?)"),
            {name, track, quarter, start, end, status});
        return lastId();
    }
    bool addEnrollment(qint64 cohort, qint64 person, const QString &status,
                       const QVariant &completed = {}, const QVariant &firstContribution = {})
    {
        return run(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, "
                                  "status, completed_on, first_ai_contribution_on) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {cohort, person, status, completed, firstContribution});
    }
    qint64 session(qint64 cohort, const QString &startsAt, const QString &title)
    {
        run(QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, "
                           "duration_minutes, format) VALUES (?, ?, ?, 150, 'workshop')"),
            {cohort, title, startsAt});
        return lastId();
    }
    bool survey(const QString &kind, qint64 cohort, qint64 session, qint64 person,
                const QVariant &satisfaction, const QVariant &recommend = {})
    {
        return run(
            QStringLiteral("INSERT INTO survey_responses (kind, cohort_id, session_id, "
                           "participant_id, satisfaction, recommend) VALUES (?, ?, ?, ?, ?, ?)"),
            {kind, cohort ? QVariant(cohort) : QVariant(), session ? QVariant(session) : QVariant(),
             person ? QVariant(person) : QVariant(), satisfaction, recommend});
    }
    bool behaviour(qint64 person, qint64 cohort, int month, double usage, int experiments,
                   int commits, const QVariant &rating = {})
    {
        return run(QStringLiteral("INSERT INTO behaviour_metrics (participant_id, "
                                  "cohort_id, month_after, ai_tool_usage_pct, "
                                  "experiments, ai_commits, manager_rating) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?)"),
                   {person, cohort, month, usage, experiments, commits, rating});
    }
    bool impact(const QVariant &cohort, const QVariant &team, int quarter, const QVariant &features,
                const QVariant &hours, const QVariant &quality, const QVariant &cost,
                const QVariant &revenue, const QString &evidence)
    {
        return run(QStringLiteral("INSERT INTO impact_metrics (cohort_id, team, quarter_after, "
                                  "features_shipped, hours_saved, quality_improvement_pct, "
                                  "cost_reduction, revenue_impact, evidence) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {cohort, team, quarter, features, hours, quality, cost, revenue, evidence});
    }
    bool mentorship(qint64 mentor, qint64 mentee, qint64 cohort, const QVariant &satisfaction)
    {
        return run(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, "
                                  "cohort_id, mentor_satisfaction) VALUES (?, ?, ?, ?)"),
                   {mentor, mentee, cohort ? QVariant(cohort) : QVariant(), satisfaction});
    }
    bool protectedWeek(qint64 cohort, qint64 person, const QString &week, const QVariant &used)
    {
        return run(QStringLiteral("INSERT INTO protected_time (cohort_id, "
                                  "participant_id, week_start, hours_planned, "
                                  "hours_used) VALUES (?, ?, ?, 5, ?)"),
                   {cohort, person, week, used});
    }
    bool pair(qint64 person, qint64 cohort, int dimension, int pre, int post)
    {
        return assess(person, dimension, QStringLiteral("pre"), QStringLiteral("2026-01-05"), pre,
                      cohort) &&
               assess(person, dimension, QStringLiteral("post"), QStringLiteral("2026-06-01"), post,
                      cohort);
    }

    bool buildProgram()
    {
        p.clear();
        q.clear();
        r.clear();
        trackA = track(0);
        trackB = track(1);
        alpha = addCohort(QStringLiteral("Alpha"), trackA, QStringLiteral("2026-Q1"),
                          QStringLiteral("2026-01-12"), QStringLiteral("2026-02-06"),
                          QStringLiteral("completed"));
        beta = addCohort(QStringLiteral("Beta"), trackB, QStringLiteral("2026-Q2"),
                         QStringLiteral("2026-04-06"), QStringLiteral("2026-05-15"),
                         QStringLiteral("completed"));
        delta = addCohort(QStringLiteral("Delta"), trackB, QStringLiteral("2026-Q2"),
                          QStringLiteral("2026-05-04"), QStringLiteral("2026-06-19"),
                          QStringLiteral("completed"));
        gamma = addCohort(QStringLiteral("Gamma"), trackA, QStringLiteral("2026-Q3"),
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
            p.append(person(QStringLiteral("P%1").arg(i + 1), QStringLiteral("backend"),
                            i < 6 ? QStringLiteral("Payments") : QStringLiteral("Search")));
            if (i < 9)
                ok = ok && addEnrollment(alpha, p[i], completed, QStringLiteral("2026-02-06"),
                                         i < 5 ? QVariant(alphaFirst[i]) : QVariant());
            else
                ok = ok && addEnrollment(alpha, p[i], withdrawn, {}, QStringLiteral("2026-02-10"));
        }
        for (int i = 0; i < 10; ++i) {
            q.append(person(QStringLiteral("Q%1").arg(i + 1), QStringLiteral("data"),
                            QStringLiteral("Search")));
            if (i < 7)
                ok = ok && addEnrollment(beta, q[i], completed, QStringLiteral("2026-05-15"),
                                         i < 3 ? QVariant(betaFirst[i]) : QVariant());
            else
                ok = ok && addEnrollment(beta, q[i], withdrawn);
        }
        for (int i = 0; i < 6; ++i) {
            r.append(person(QStringLiteral("R%1").arg(i + 1), QStringLiteral("frontend"),
                            QStringLiteral("Payments")));
            ok = ok && addEnrollment(gamma, r[i], QStringLiteral("active"), {},
                                     i == 0 ? QVariant(QStringLiteral("2026-07-20")) : QVariant());
            // Waiting for their post assessment: no pair yet.
            ok = ok &&
                 assess(r[i], 0, QStringLiteral("pre"), QStringLiteral("2026-07-01"), 1, gamma);
        }

        // Pre/post pairs.
        // Dimension 0: Alpha P1–P9 1 → 2, Beta Q1–Q7 1 → 3: 16 pairs, pre 16, post 9·2 + 7·3 = 39.
        // Dimension 1: Alpha P1–P5 2 → 3, P6–P9 3 → 2: 9 pairs, pre 10 + 12 = 22, post 15 + 8 = 23.
        // In all 25 pairs gaining 23 + 1 = 24 levels: 0.96 on average, over 16 people.
        // Per person: P1–P5 gain 1 (bin 1, 5 people), P6–P9 (1 − 1) / 2 = 0 (bin 0, 4 people),
        // Q1–Q7 gain 2 (bin 2, 7 people).
        for (int i = 0; i < 9; ++i) {
            ok = ok && pair(p[i], alpha, 0, 1, 2);
            ok = ok && (i < 5 ? pair(p[i], alpha, 1, 2, 3) : pair(p[i], alpha, 1, 3, 2));
        }
        for (int i = 0; i < 7; ++i)
            ok = ok && pair(q[i], beta, 0, 1, 3);
        // An older pre of P1 at level 4 is superseded by the later one.
        ok = ok && assess(p[0], 0, QStringLiteral("pre"), QStringLiteral("2025-12-01"), 4, alpha);
        // P10 withdrew: their big jump does not count.
        ok = ok && pair(p[9], alpha, 0, 1, 4);

        // Mentor satisfaction: mentorships of P1–P4 rated 5, 4, 4, 3; a mentor survey of P5 rated
        // 5; an anonymous one for Beta rated 2; a mentorship of R1 without a cohort rated 1; and
        // one not rated. In all 7 answers summing to 24: 3.43.
        const qint64 mentor =
            person(QStringLiteral("Mentor"), QStringLiteral("backend"), QStringLiteral("Guild"));
        const int mentorRatings[] = {5, 4, 4, 3};
        for (int i = 0; i < 4; ++i)
            ok = ok && mentorship(mentor, p[i], alpha, mentorRatings[i]);
        ok = ok && mentorship(mentor, p[5], alpha, {});
        ok = ok && mentorship(mentor, r[0], 0, 1);
        ok = ok && survey(QStringLiteral("mentor"), alpha, 0, p[4], 5);
        ok = ok && survey(QStringLiteral("mentor"), beta, 0, 0, 2);

        // Manager satisfaction, anonymous: Alpha 5, 4, 4 and Beta 3, 4: 20 / 5 = 4.0.
        for (int rating : {5, 4, 4})
            ok = ok && survey(QStringLiteral("manager"), alpha, 0, 0, rating);
        for (int rating : {3, 4})
            ok = ok && survey(QStringLiteral("manager"), beta, 0, 0, rating);

        // Protected time: P1–P5 used 5 of 5 and then 3 of 5 hours; Q1, Q2 0 of 5; a week of P1
        // still ahead (no hours used) does not count. 40 of 60 hours: 66.7 %, 7 people.
        for (int i = 0; i < 5; ++i) {
            ok = ok && protectedWeek(alpha, p[i], QStringLiteral("2026-01-12"), 5.0);
            ok = ok && protectedWeek(alpha, p[i], QStringLiteral("2026-01-19"), 3.0);
        }
        ok = ok && protectedWeek(alpha, p[0], QStringLiteral("2026-01-26"), {});
        for (int i = 0; i < 2; ++i)
            ok = ok && protectedWeek(beta, q[i], QStringLiteral("2026-04-06"), 0.0);

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
            ok = ok && survey(end, alpha, 0, p[i], alphaSatisfaction[i], alphaRecommend[i]);
            ok =
                ok && survey(end, beta, 0, i < 5 ? q[i] : 0, betaSatisfaction[i], betaRecommend[i]);
        }
        const int deltaRecommend[] = {0, 5, 10};
        const int deltaSatisfaction[] = {1, 2, 5};
        for (int i = 0; i < 3; ++i)
            ok = ok && survey(end, delta, 0, 0, deltaSatisfaction[i], deltaRecommend[i]);

        // Sessions. Alpha: "Workshop 1" rated 5, 4, 4, 5, 3 by P1–P5 (21 / 5 = 4.2), "Workshop 2"
        // 4, 4, 2 (3 answers), "Showcase" 5, 5, 5, 4, 4, 4 (27 / 6 = 4.5): 14 answers summing to
        // 58. Beta: 3, 3, 4, 4, 5, 5, 4 (28 / 7 = 4.0). Gamma: 5 × 5.
        const QString sessionKind = QStringLiteral("session");
        const qint64 s1 =
            session(alpha, QStringLiteral("2026-01-13T10:00:00"), QStringLiteral("Workshop 1"));
        const qint64 s2 =
            session(alpha, QStringLiteral("2026-01-20T10:00:00"), QStringLiteral("Workshop 2"));
        const qint64 s3 =
            session(alpha, QStringLiteral("2026-01-27T10:00:00"), QStringLiteral("Showcase"));
        const qint64 s4 =
            session(beta, QStringLiteral("2026-04-07T10:00:00"), QStringLiteral("Workshop 1"));
        const qint64 s5 =
            session(gamma, QStringLiteral("2026-07-07T10:00:00"), QStringLiteral("Workshop 1"));
        session(alpha, QStringLiteral("2026-02-03T10:00:00"), QStringLiteral("Nobody answered"));
        const int s1Ratings[] = {5, 4, 4, 5, 3};
        for (int i = 0; i < 5; ++i)
            ok = ok && survey(sessionKind, alpha, s1, p[i], s1Ratings[i]);
        for (int rating : {4, 4, 2})
            ok = ok && survey(sessionKind, alpha, s2, 0, rating);
        for (int rating : {5, 5, 5, 4, 4, 4})
            ok = ok && survey(sessionKind, alpha, s3, 0, rating);
        for (int rating : {3, 3, 4, 4, 5, 5, 4})
            ok = ok && survey(sessionKind, beta, s4, 0, rating);
        for (int i = 0; i < 5; ++i)
            ok = ok && survey(sessionKind, gamma, s5, 0, 5);
        // A comment without a rating is no answer to average.
        ok = ok && survey(sessionKind, gamma, s5, 0, {});

        // Behaviour. Month 1: Alpha P1–P6 usage 40, 50, 60, 30, 20, 40 (240), experiments 1, 2,
        // 3, 0, 1, 2 (9), commits 5 each (30), manager's rating for P1–P3 only: 4, 3, 5 (12);
        // Beta Q1–Q7 usage 50 (350), experiments 1 (7), commits 10 (70), rating 4 for Q1–Q5 (20).
        // Month 2: Alpha P1–P4 usage 50, experiments 2, commits 6; Beta Q1–Q7 usage 60,
        // experiments 2, commits 12; no ratings.
        const double usage[] = {40, 50, 60, 30, 20, 40};
        const int experiments[] = {1, 2, 3, 0, 1, 2};
        const int alphaRatings[] = {4, 3, 5};
        for (int i = 0; i < 6; ++i)
            ok = ok && behaviour(p[i], alpha, 1, usage[i], experiments[i], 5,
                                 i < 3 ? QVariant(alphaRatings[i]) : QVariant());
        for (int i = 0; i < 7; ++i)
            ok = ok && behaviour(q[i], beta, 1, 50, 1, 10, i < 5 ? QVariant(4) : QVariant());
        for (int i = 0; i < 4; ++i)
            ok = ok && behaviour(p[i], alpha, 2, 50, 2, 6);
        for (int i = 0; i < 7; ++i)
            ok = ok && behaviour(q[i], beta, 2, 60, 2, 12);

        // Impact, in the order entered: Alpha Q+1 (2 features, 100 h, quality 10 %, cost 1000),
        // Alpha Q+2 (3, 150 h, 20 %, revenue 5000, no note), Beta Q+1 (1, 50 h, 4 %, cost 500),
        // team Payments Q+1 without a cohort (4 features, 200 h).
        ok = ok && impact(alpha, {}, 1, 2, 100.0, 10.0, 1000.0, {}, QStringLiteral("Alpha note"));
        ok = ok && impact(alpha, {}, 2, 3, 150.0, 20.0, {}, 5000.0, QStringLiteral(""));
        ok = ok && impact(beta, {}, 1, 1, 50.0, 4.0, 500.0, {}, QStringLiteral("Beta note"));
        ok = ok && impact({}, QStringLiteral("Payments"), 1, 4, 200.0, {}, {}, {},
                          QStringLiteral("Payments note"));
        return ok;
    }

    DashboardFilter filterNamed(const QString &name) const
    {
        DashboardFilter f;
        if (name == QLatin1String("track A"))
            f.trackId = trackA;
        else if (name == QLatin1String("track B"))
            f.trackId = trackB;
        else if (name == QLatin1String("cohort Alpha"))
            f.cohortId = alpha;
        else if (name == QLatin1String("cohort Beta"))
            f.cohortId = beta;
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
            f.trackId = trackA;
            f.team = QStringLiteral("Payments");
        }
        return f;
    }
};

// -1 stands for "no value" in the data rows.
inline constexpr double NoValue = -1;

inline bool nearly(double a, double b)
{
    return qAbs(a - b) < 1e-6;
}

inline QString valueText(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 10) : QStringLiteral("none");
}

} // namespace Upskill
