// SPDX-License-Identifier: GPL-3.0-or-later
// What happens in and after one cohort: projects, sessions with attendance and feedback,
// protected time, the end-of-program surveys and the months of follow-up figures.
#include "demowords.h"
#include "demowriter.h"

#include <QSet>

#include <algorithm>

namespace Upskill {

namespace {

using W = DemoWords::List;

} // namespace

bool DemoWriter::writeProjects(const DemoCohort &cohort)
{
    const QString statuses[] = {QStringLiteral("idea"), QStringLiteral("prototyping"),
                                QStringLiteral("showcased"), QStringLiteral("in_production"),
                                QStringLiteral("dropped")};
    for (int e : cohort.enrollments) {
        const DemoEnrollment &en = m_plan.enrollments[e];
        const DemoPerson &person = m_plan.people[en.person];
        int status = 0;
        QDate recorded = cohort.start.addDays(m_random.below(5));
        int followthrough = 0;
        switch (cohort.phase) {
        case CohortPhase::Completed:
            status = en.state == EnrollmentState::Withdrawn
                         ? 4
                         : 1 + m_random.weighted({20, 40, 25, 15});
            if (status == 3)
                followthrough = m_random.percent() < 50 ? 10 : 20;
            else if (status == 2)
                followthrough = m_random.percent() < 50 ? 0 : 5;
            break;
        case CohortPhase::Running:
            // A few people still have no project after week 1: the "disconnected from real
            // work" warning should have something to point at.
            if (m_random.percent() < 3)
                continue;
            status = en.state == EnrollmentState::Withdrawn ? 4 : m_random.weighted({25, 75});
            break;
        case CohortPhase::Planned:
            if (m_random.percent() < 50)
                continue;
            recorded = cohort.start.addDays(-1 - m_random.below(14));
            break;
        }
        const bool showcased = status == 2 || status == 3;
        if (!m_projects->exec(
                {person.id, cohort.id, DemoWords::pick(W::ProjectTitle, m_rng),
                 DemoWords::pick(W::ProjectProblem, m_rng), m_plan.teams.at(person.team),
                 statuses[status], date(std::min(recorded, m_today)),
                 showcased ? QVariant(date(cohort.showcase)) : QVariant(), followthrough}))
            return false;
    }
    return true;
}

bool DemoWriter::writeSessions(int index)
{
    const DemoCohort &cohort = m_plan.cohorts[index];
    const QList<QString> &rooms = DemoWords::words(W::Room);
    const QString room = rooms.at(m_random.below(int(rooms.size())));
    const QString readingGroup = QStringLiteral("reading_group");
    const QString pairProgramming = QStringLiteral("pair_programming");
    const QString teamAreas = tr("Team areas");
    const QString moved = tr("Moved from its usual slot: the guest speaker could only come then.");
    // The instructors lead every session but the reading groups, which the participants lead
    // in turn as the schedule generator has it, passing over those who have left by then.
    int reader = 0;
    const auto readingGroupLead = [&](const QDate &day) {
        for (int tries = 0; tries < cohort.enrollments.size(); ++tries) {
            const DemoEnrollment &en =
                m_plan.enrollments[cohort.enrollments.at(reader++ % cohort.enrollments.size())];
            if (en.state != EnrollmentState::Withdrawn || en.withdrawnOn > day)
                return m_plan.people[en.person].name;
        }
        return cohort.instructors;
    };
    const QString present = QStringLiteral("present");
    const QString absent = QStringLiteral("absent");
    const QString excused = QStringLiteral("excused");
    const QString sessionKind = QStringLiteral("session");
    // People rate a module once, after its first workshop, and the showcase.
    qint64 ratedModule = -1;
    for (const DemoSession &s : m_schedule.sessions(index)) {
        const QString facilitator =
            s.format == readingGroup ? readingGroupLead(s.day) : cohort.instructors;
        if (!m_sessions->exec({cohort.id, s.moduleId ? QVariant(s.moduleId) : QVariant(), s.title,
                               s.start, s.minutes, s.format, facilitator,
                               s.format == pairProgramming ? teamAreas : room,
                               s.moved ? moved : QString(), int(s.moved)}))
            return false;
        const bool surveyed =
            (s.format == QLatin1String("workshop") && s.moduleId != ratedModule) ||
            s.format == QLatin1String("showcase");
        if (surveyed)
            ratedModule = s.moduleId;
        if (s.day >= m_today)
            continue;
        const qint64 sessionId = m_sessions->lastId();
        for (int e : cohort.enrollments) {
            const DemoEnrollment &en = m_plan.enrollments[e];
            if (en.state == EnrollmentState::Withdrawn && en.withdrawnOn <= s.day)
                continue;
            const qint64 person = m_plan.people[en.person].id;
            const int status = m_random.weighted({90, 6, 4});
            if (!m_attendance->exec({sessionId, person,
                                     status == 0   ? present
                                     : status == 1 ? absent
                                                   : excused}))
                return false;
            if (status != 0 || !surveyed || m_random.percent() >= 35)
                continue;
            const int satisfaction = 1 + m_random.weighted({2, 5, 15, 43, 35});
            if (!m_surveys->exec({sessionKind, cohort.id, sessionId,
                                  m_random.percent() < 50 ? QVariant(person) : QVariant(),
                                  satisfaction, QVariant(),
                                  m_random.percent() < 25 ? comment(satisfaction) : QString(),
                                  date(std::min(s.day.addDays(m_random.below(3)), m_today))}))
                return false;
        }
    }
    return true;
}

bool DemoWriter::writeProtectedTime(const DemoCohort &cohort)
{
    if (cohort.phase == CohortPhase::Planned)
        return true;
    const double planned = m_catalogue.settings.protectedHoursPerWeek;
    const QString reasons[] = {QStringLiteral("sprint_work"), QStringLiteral("incident"),
                               QStringLiteral("meeting"), QStringLiteral("other")};
    const int weeks = m_catalogue.tracks.at(cohort.track).weeks;
    for (int e : cohort.enrollments) {
        const DemoEnrollment &en = m_plan.enrollments[e];
        const qint64 person = m_plan.people[en.person].id;
        for (int w = 0; w < weeks; ++w) {
            const QDate week = cohort.start.addDays(7 * w);
            if (en.state == EnrollmentState::Withdrawn && en.withdrawnOn < week)
                break;
            QVariant used;
            QVariant reason;
            QString note;
            if (week <= m_today) {
                const int r = m_random.percent();
                if (r < 68) {
                    used = planned;
                } else {
                    used = r < 88 ? std::max(0.0, planned - m_random.between(1, 3))
                                  : double(m_random.between(0, 1));
                    reason = reasons[m_random.weighted({50, 20, 20, 10})];
                    if (m_random.percent() < 30)
                        note = DemoWords::pick(W::TimeNote, m_rng);
                }
            }
            if (!m_protectedTime->exec(
                    {cohort.id, person, date(week), planned, used, reason, note}))
                return false;
        }
    }
    return true;
}

bool DemoWriter::writeCohortSurveys(const DemoCohort &cohort)
{
    if (cohort.phase != CohortPhase::Completed)
        return true;
    const QString endKind = QStringLiteral("end_of_program");
    QSet<QString> managers;
    for (int e : cohort.enrollments) {
        const DemoEnrollment &en = m_plan.enrollments[e];
        if (en.state != EnrollmentState::Completed)
            continue;
        const DemoPerson &person = m_plan.people[en.person];
        managers.insert(person.manager);
        if (m_random.percent() >= 80)
            continue;
        const int satisfaction = 1 + m_random.weighted({1, 3, 12, 44, 40});
        const int recommend = satisfaction == 5   ? m_random.between(8, 10)
                              : satisfaction == 4 ? m_random.between(7, 10)
                              : satisfaction == 3 ? m_random.between(5, 8)
                                                  : m_random.between(0, 6);
        if (!m_surveys->exec({endKind, cohort.id, QVariant(),
                              m_random.percent() < 70 ? QVariant(person.id) : QVariant(),
                              satisfaction, recommend,
                              m_random.percent() < 60 ? comment(satisfaction) : QString(),
                              date(std::min(cohort.end.addDays(m_random.between(0, 7)), m_today))}))
            return false;
    }

    // Managers answer about the program, not about a person: no participant is linked.
    const QString managerKind = QStringLiteral("manager");
    const QDate answered = std::min(cohort.end.addDays(14), m_today);
    const int responses = std::min(3, int(managers.size()));
    for (int i = 0; i < responses; ++i) {
        if (m_random.percent() >= 70)
            continue;
        const int satisfaction = 3 + m_random.weighted({20, 45, 35});
        if (!m_surveys->exec(
                {managerKind, cohort.id, QVariant(), QVariant(), satisfaction,
                 m_random.between(6, 10),
                 m_random.percent() < 50 ? DemoWords::pick(W::ManagerComment, m_rng) : QString(),
                 date(answered)}))
            return false;
    }
    return true;
}

bool DemoWriter::writeFollowUp(const DemoCohort &cohort)
{
    if (cohort.phase != CohortPhase::Completed)
        return true;
    // Behaviour: monthly for six months after completion, as far as those months are past.
    for (int e : cohort.enrollments) {
        const DemoEnrollment &en = m_plan.enrollments[e];
        if (en.state != EnrollmentState::Completed)
            continue;
        const qint64 person = m_plan.people[en.person].id;
        const int usage = m_random.between(25, 60);
        for (int month = 1; month <= 6 && cohort.end.addMonths(month) <= m_today; ++month) {
            const bool rated = m_random.percent() < 50;
            if (!m_behaviour->exec(
                    {person, cohort.id, month,
                     double(std::min(100, usage + 6 * month + m_random.between(-5, 5))),
                     m_random.between(0, 2) + month / 2, m_random.between(1, 6) + 2 * month,
                     rated ? QVariant(3 + m_random.weighted({30, 45, 25})) : QVariant(),
                     rated && m_random.percent() < 40
                         ? DemoWords::pick(W::ManagerObservation, m_rng)
                         : QString()}))
                return false;
        }
    }
    // Business impact: quarterly for a year, per cohort.
    for (int quarter = 1; quarter <= 4 && cohort.end.addMonths(3 * quarter) <= m_today; ++quarter) {
        if (!m_impact->exec(
                {cohort.id, quarter, m_random.between(0, 2) + quarter / 2,
                 double(m_random.between(20, 120) * quarter), double(m_random.between(0, 12)),
                 m_random.percent() < 60 ? QVariant(double(m_random.between(1, 30) * 500))
                                         : QVariant(),
                 m_random.percent() < 30 ? QVariant(double(m_random.between(1, 20) * 2500))
                                         : QVariant(),
                 DemoWords::pick(W::ImpactEvidence, m_rng)}))
            return false;
    }
    return true;
}

bool DemoWriter::writeChecklist(const QVariant &cohortId, const QDate &start, const QString &owner,
                                int donePct, bool fillIn)
{
    for (const DemoTemplateItem &item : m_catalogue.checklistTemplate) {
        const QDate due = start.addDays(item.dueOffsetDays);
        // Items whose date has passed are mostly done; a few later ones already are.
        const bool done = m_random.percent() < (due < m_today ? donePct : 8);
        const QDate doneOn = std::min(due.addDays(-m_random.below(6)), m_today);
        const QString itemOwner = item.owner.isEmpty() ? owner : item.owner;
        const QVariant doneOnValue = done ? QVariant(date(doneOn)) : QVariant();
        const bool ok = fillIn
                            ? m_programChecklist->exec({itemOwner, date(due), int(done),
                                                        doneOnValue, item.section, item.position})
                            : m_checklist->exec({cohortId, item.section, item.title, itemOwner,
                                                 date(due), int(done), doneOnValue, item.position});
        if (!ok)
            return false;
    }
    return true;
}

} // namespace Upskill
