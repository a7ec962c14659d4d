// SPDX-License-Identifier: GPL-3.0-or-later
#include "demowriter.h"

#include "demowords.h"

#include <algorithm>

namespace Upskill {

namespace {

QString enrollmentStatus(EnrollmentState state)
{
    switch (state) {
    case EnrollmentState::Enrolled:
        return QStringLiteral("enrolled");
    case EnrollmentState::Active:
        return QStringLiteral("active");
    case EnrollmentState::Completed:
        return QStringLiteral("completed");
    case EnrollmentState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("enrolled");
}

QString cohortStatus(CohortPhase phase)
{
    switch (phase) {
    case CohortPhase::Completed:
        return QStringLiteral("completed");
    case CohortPhase::Running:
        return QStringLiteral("running");
    case CohortPhase::Planned:
        return QStringLiteral("planned");
    }
    return QStringLiteral("planned");
}

} // namespace

DemoWriter::DemoWriter(const QSqlDatabase &db, DemoPlan &plan, QRandomGenerator &rng)
    : m_db(db), m_plan(plan), m_catalogue(plan.catalogue()), m_rng(rng), m_random(rng),
      m_today(plan.today()), m_schedule(plan.catalogue(), plan.holidayDays)
{}

DemoWriter::~DemoWriter() = default;

DemoTable *DemoWriter::table(const QString &name, const QStringList &columns, int batchRows)
{
    m_tables.push_back(std::make_unique<DemoTable>(m_db, name, columns, batchRows));
    return m_tables.back().get();
}

bool DemoWriter::prepare()
{
    using S = QString;
    // Rows per statement for the tables whose ids nobody needs (see DemoTable).
    constexpr int Batch = 64;
    m_holidays = table(S("holidays"), {S("day"), S("name")}, Batch);
    m_participants = table(S("participants"),
                           {S("name"), S("email"), S("role"), S("team"), S("manager"),
                            S("seniority"), S("is_champion"), S("is_mentor"), S("is_alumnus")});
    m_cohorts =
        table(S("cohorts"), {S("name"), S("track_id"), S("quarter"), S("start_date"), S("end_date"),
                             S("status"), S("is_pilot"), S("instructors"), S("managers_briefed"),
                             S("managers_briefed_on"), S("showcase_date"), S("notes")});
    m_enrollments = table(S("enrollments"),
                          {S("cohort_id"), S("participant_id"), S("status"), S("placement"),
                           S("enrolled_on"), S("completed_on"), S("withdrawn_on"),
                           S("first_ai_contribution_on"), S("capstone_rating")},
                          Batch);
    // An assessment covers the whole rubric: one record per person, cohort, kind and day holds
    // every dimension's level as digits ("2313"), and the statement spreads them over the
    // dimensions in the rubric's order. Binding five values instead of one row's six per
    // dimension saves most of what binding costs for the largest table.
    m_tables.push_back(std::make_unique<DemoTable>(
        m_db, S("assessments"), 5, int(m_catalogue.dimensions.size()), Batch, [](int records) {
            QStringList values;
            for (int i = 0; i < records; ++i)
                values.append(S("(?, ?, ?, ?, ?)"));
            return S("WITH records (participant_id, cohort_id, kind, assessed_on, levels) AS "
                     "(VALUES %1), "
                     "rubric (n, dimension_id) AS (SELECT row_number() OVER (ORDER BY position, "
                     "id), id FROM rubric_dimensions WHERE retired = 0) "
                     "INSERT INTO assessments (participant_id, dimension_id, cohort_id, kind, "
                     "level, assessed_on) "
                     "SELECT r.participant_id, d.dimension_id, r.cohort_id, r.kind, "
                     "CAST(substr(r.levels, d.n, 1) AS INTEGER), r.assessed_on "
                     "FROM records r CROSS JOIN rubric d")
                .arg(values.join(S(", ")));
        }));
    m_assessments = m_tables.back().get();
    m_projects = table(S("application_projects"),
                       {S("participant_id"), S("cohort_id"), S("title"), S("problem"), S("team"),
                        S("status"), S("recorded_on"), S("showcase_date"), S("followthrough_days")},
                       Batch);
    m_sessions = table(S("sessions"), {S("cohort_id"), S("module_id"), S("title"), S("starts_at"),
                                       S("duration_minutes"), S("format"), S("facilitator"),
                                       S("location"), S("notes"), S("edited")});
    m_attendance =
        table(S("attendance"), {S("session_id"), S("participant_id"), S("status")}, Batch);
    m_surveys = table(S("survey_responses"),
                      {S("kind"), S("cohort_id"), S("session_id"), S("participant_id"),
                       S("satisfaction"), S("recommend"), S("comment"), S("responded_on")},
                      Batch);
    m_protectedTime = table(S("protected_time"),
                            {S("cohort_id"), S("participant_id"), S("week_start"),
                             S("hours_planned"), S("hours_used"), S("reason"), S("note")},
                            Batch);
    m_behaviour =
        table(S("behaviour_metrics"),
              {S("participant_id"), S("cohort_id"), S("month_after"), S("ai_tool_usage_pct"),
               S("experiments"), S("ai_commits"), S("manager_rating"), S("manager_observation")},
              Batch);
    m_impact = table(S("impact_metrics"),
                     {S("cohort_id"), S("quarter_after"), S("features_shipped"), S("hours_saved"),
                      S("quality_improvement_pct"), S("cost_reduction"), S("revenue_impact"),
                      S("evidence")},
                     Batch);
    m_checklist = table(S("checklist_items"),
                        {S("cohort_id"), S("section"), S("title"), S("owner"), S("due_date"),
                         S("done"), S("done_on"), S("position")},
                        Batch);
    m_mentorships = table(S("mentorships"),
                          {S("mentor_id"), S("mentee_id"), S("cohort_id"), S("starts_on"),
                           S("ends_on"), S("over_capacity"), S("override_reason"),
                           S("mentor_satisfaction"), S("mentee_feedback")},
                          Batch);
    m_events = table(S("community_events"), {S("kind"), S("title"), S("held_on")});
    m_eventAttendance =
        table(S("community_attendance"), {S("event_id"), S("participant_id")}, Batch);
    m_providers =
        table(S("providers"), {S("name"), S("kind"), S("engagement_format"), S("price_model"),
                               S("cost"), S("contact"), S("notes"), S("status")});
    m_scores =
        table(S("provider_scores"), {S("provider_id"), S("criterion_id"), S("score"), S("note")});
    m_flags = table(S("provider_red_flags"), {S("provider_id"), S("red_flag_id"), S("ticked"),
                                              S("evidence"), S("disqualifying")});
    m_answers = table(S("provider_answers"),
                      {S("provider_id"), S("question_id"), S("answer"), S("satisfied")});
    m_learning = table(S("external_learning"),
                       {S("participant_id"), S("kind"), S("title"), S("provider"), S("start_date"),
                        S("end_date"), S("cost"), S("rating"), S("review"), S("recommended"),
                        S("presented")},
                       Batch);
    m_readingGroups = table(S("reading_groups"), {S("name"), S("cohort_id"), S("notes")});
    m_groupMembers = table(
        S("reading_group_members"),
        {S("group_id"), S("participant_id"), S("position"), S("joined_on"), S("left_on")}, Batch);
    m_groupReadings =
        table(S("reading_group_readings"), {S("group_id"), S("title"), S("link"), S("position")});
    m_groupMeetings = table(
        S("reading_group_meetings"),
        {S("group_id"), S("held_on"), S("facilitator_id"), S("reading_id"), S("summary_link")},
        Batch);

    m_updates.push_back(std::make_unique<DemoTable>(
        m_db, S("program_settings"),
        S("UPDATE program_settings SET organisation_name = ?, scaling_phase = ? WHERE id = 1")));
    m_settings = m_updates.back().get();
    m_updates.push_back(std::make_unique<DemoTable>(
        m_db, S("readiness_questions"),
        S("UPDATE readiness_questions SET answer = ?, note = ? WHERE id = ?")));
    m_readiness = m_updates.back().get();
    m_updates.push_back(std::make_unique<DemoTable>(
        m_db, S("checklist_items"),
        S("UPDATE checklist_items SET owner = ?, due_date = ?, done = ?, done_on = ? "
          "WHERE cohort_id IS NULL AND section = ? AND position = ?")));
    m_programChecklist = m_updates.back().get();

    return std::all_of(m_tables.cbegin(), m_tables.cend(),
                       [](const auto &t) { return t->isPrepared(); }) &&
           std::all_of(m_updates.cbegin(), m_updates.cend(),
                       [](const auto &t) { return t->isPrepared(); });
}

bool DemoWriter::flush()
{
    return std::all_of(m_tables.cbegin(), m_tables.cend(),
                       [](const auto &t) { return t->flush(); });
}

QString DemoWriter::error() const
{
    for (const auto &t : m_tables) {
        if (!t->error().isEmpty())
            return t->error();
    }
    for (const auto &t : m_updates) {
        if (!t->error().isEmpty())
            return t->error();
    }
    return {};
}

QList<QPair<QString, qint64>> DemoWriter::rowsWritten() const
{
    QList<QPair<QString, qint64>> rows;
    for (const auto &t : m_tables)
        rows.append({t->table(), t->rows()});
    return rows;
}

QString DemoWriter::date(const QDate &day)
{
    // The same few hundred days are written millions of times.
    auto it = m_dates.constFind(day.toJulianDay());
    if (it == m_dates.constEnd())
        it = m_dates.insert(day.toJulianDay(), day.toString(Qt::ISODate));
    return it.value();
}

QVariant DemoWriter::optionalDate(const QDate &day)
{
    return day.isValid() ? QVariant(date(day)) : QVariant();
}

QString DemoWriter::comment(int satisfaction)
{
    using W = DemoWords::List;
    if (satisfaction >= 4)
        return DemoWords::pick(W::PositiveComment, m_rng);
    if (satisfaction == 3)
        return DemoWords::pick(W::MixedComment, m_rng);
    return DemoWords::pick(W::NegativeComment, m_rng);
}

bool DemoWriter::writeSettings()
{
    // The pilot quarter is behind the program; it now runs several cohorts a quarter.
    if (!m_settings->exec({m_plan.organisation, QStringLiteral("expansion")}))
        return false;
    for (qint64 id : m_catalogue.readinessQuestions) {
        const bool yes = m_random.percent() < 80;
        if (!m_readiness->exec(
                {int(yes), DemoWords::pick(DemoWords::List::ReadinessNote, m_rng), id}))
            return false;
    }
    return true;
}

bool DemoWriter::writeHolidays()
{
    for (const auto &[day, name] : std::as_const(m_plan.holidays)) {
        if (!m_holidays->exec({date(day), name}))
            return false;
    }
    return true;
}

bool DemoWriter::writePeople()
{
    for (DemoPerson &p : m_plan.people) {
        if (!m_participants->exec({p.name, p.email, p.role, m_plan.teams.at(p.team), p.manager,
                                   p.seniority, int(p.champion), int(p.mentor), int(p.alumnus)}))
            return false;
        p.id = m_participants->lastId();
    }
    return true;
}

bool DemoWriter::writeCohorts()
{
    // Every cohort's weekly pattern is chosen before any sessions are written: a session moved
    // onto another cohort's time needs that cohort's pattern.
    for (int i = 0; i < int(m_plan.cohorts.size()); ++i) {
        DemoCohort &c = m_plan.cohorts[i];
        m_schedule.choose(i, c, m_plan.instructors);
        c.showcase = m_schedule.showcase(i);
        if (!c.showcase.isValid())
            c.showcase = c.end;
        const QString notes =
            c.pilot ? tr("Pilot cohort: roles and seniority mixed on purpose.") : QString();
        if (!m_cohorts->exec(
                {c.name, m_catalogue.tracks.at(c.track).id, m_plan.quarters[c.quarter].toString(),
                 date(c.start), date(c.end), cohortStatus(c.phase), int(c.pilot), c.instructors,
                 int(c.managersBriefed), optionalDate(c.briefedOn), date(c.showcase), notes}))
            return false;
        c.id = m_cohorts->lastId();
    }
    return true;
}

bool DemoWriter::writeCohortActivity(int index)
{
    const DemoCohort &cohort = m_plan.cohorts[index];
    return writeEnrollments(cohort) && writeAssessments(cohort) && writeProjects(cohort) &&
           writeSessions(index) && writeProtectedTime(cohort) && writeCohortSurveys(cohort) &&
           writeFollowUp(cohort) &&
           writeChecklist(cohort.id, cohort.start,
                          cohort.instructors.section(QLatin1Char(','), 0, 0),
                          cohort.phase == CohortPhase::Completed ? 97
                          : cohort.phase == CohortPhase::Running ? 90
                                                                 : 70);
}

bool DemoWriter::writeEnrollments(const DemoCohort &cohort)
{
    const QString standard = QStringLiteral("standard");
    const QString testedOut = QStringLiteral("tested_out");
    for (int e : cohort.enrollments) {
        const DemoEnrollment &en = m_plan.enrollments[e];
        if (!m_enrollments->exec(
                {cohort.id, m_plan.people[en.person].id, enrollmentStatus(en.state),
                 en.testedOut ? testedOut : standard, optionalDate(en.enrolledOn),
                 optionalDate(en.completedOn), optionalDate(en.withdrawnOn),
                 optionalDate(en.firstContribution),
                 en.capstoneRating > 0 ? QVariant(en.capstoneRating) : QVariant()}))
            return false;
    }
    return true;
}

bool DemoWriter::writeAssessments(const DemoCohort &cohort)
{
    const QString pre = QStringLiteral("pre");
    const QString post = QStringLiteral("post");
    const QString self = QStringLiteral("self");
    const QString manager = QStringLiteral("manager");
    const int dimensions = int(m_catalogue.dimensions.size());
    auto write = [&](qint64 person, const QString &kind, const QDate &on, auto levelOf) {
        QString levels(dimensions, u'0');
        for (int d = 0; d < dimensions; ++d)
            levels[d] = QChar(u'0' + levelOf(d));
        return m_assessments->exec({person, cohort.id, kind, date(std::min(on, m_today)), levels});
    };

    for (int e : cohort.enrollments) {
        const DemoEnrollment &en = m_plan.enrollments[e];
        const qint64 person = m_plan.people[en.person].id;
        // Planned cohorts take the needs assessment a couple of weeks ahead.
        const QDate preOn = cohort.phase == CohortPhase::Planned
                                ? cohort.start.addDays(-14)
                                : cohort.start.addDays(-m_random.below(8));
        if (!write(person, pre, preOn, [&](int d) { return int(en.pre[d]); }))
            return false;
        if (en.post.empty())
            continue;
        if (!write(person, post, cohort.end.addDays(m_random.below(11)),
                   [&](int d) { return int(en.post[d]); }))
            return false;
        if (m_random.percent() < 25 &&
            !write(person, self, cohort.end.addDays(m_random.below(6)), [&](int d) {
                return std::clamp(int(en.post[d]) + m_random.weighted({20, 60, 20}) - 1, 1, 4);
            }))
            return false;
        const QDate managerOn = cohort.end.addDays(30);
        if (m_random.percent() < 15 && managerOn <= m_today &&
            !write(person, manager, managerOn, [&](int d) {
                return std::max(1, int(en.post[d]) - m_random.weighted({65, 35}));
            }))
            return false;
    }
    return true;
}

bool DemoWriter::writeAnnualAssessments()
{
    const QString annual = QStringLiteral("annual");
    const QVariant noCohort; // the yearly assessment belongs to the program, not a cohort
    for (const DemoAnnual &assessment : m_plan.annuals) {
        QString levels(qsizetype(assessment.levels.size()), u'0');
        for (size_t d = 0; d < assessment.levels.size(); ++d)
            levels[d] = QChar(u'0' + assessment.levels[d]);
        if (!m_assessments->exec({m_plan.people[assessment.person].id, noCohort, annual,
                                  date(assessment.on), levels}))
            return false;
    }
    return true;
}

} // namespace Upskill
