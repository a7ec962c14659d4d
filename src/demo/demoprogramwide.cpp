// SPDX-License-Identifier: GPL-3.0-or-later
// What belongs to the program as a whole rather than to one cohort: mentorships, the
// community, the provider evaluation, the external learning log and the program checklist.
#include "demoprovidertexts.h"
#include "demowords.h"
#include "demowriter.h"
#include "readinggrouprules.h"

#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace Upskill {

namespace {

using W = DemoWords::List;

QDate nthWeekday(int year, int month, int weekday, int n)
{
    const QDate first(year, month, 1);
    return first.addDays((weekday - first.dayOfWeek() + 7) % 7 + 7 * (n - 1));
}

} // namespace

bool DemoWriter::writeMentorships()
{
    const QString mentorKind = QStringLiteral("mentor");
    for (const DemoMentorship &m : m_plan.mentorships) {
        const DemoCohort &cohort = m_plan.cohorts[m.cohort];
        const bool ended = m.ends < m_today;
        const QString reason =
            m.overCapacity ? tr("Only mentor with production LLM experience in this team's area.")
                           : QString();
        if (!m_mentorships->exec(
                {m_plan.people[m.mentor].id, m_plan.people[m.mentee].id, cohort.id, date(m.starts),
                 date(m.ends), int(m.overCapacity), reason,
                 ended ? QVariant(3 + m_random.weighted({15, 45, 40})) : QVariant(),
                 ended && m_random.percent() < 50 ? DemoWords::pick(W::MenteeFeedback, m_rng)
                                                  : QString()}))
            return false;
        // Mentors answer a short survey about the program when the mentorship ends.
        if (ended && m_random.percent() < 60) {
            const int satisfaction = 2 + m_random.weighted({10, 30, 35, 25});
            if (!m_surveys->exec(
                    {mentorKind, cohort.id, QVariant(), m_plan.people[m.mentor].id, satisfaction,
                     m_random.between(5, 10),
                     m_random.percent() < 50 ? DemoWords::pick(W::MentorComment, m_rng) : QString(),
                     date(std::min(m.ends.addDays(m_random.between(0, 10)), m_today))}))
                return false;
        }
    }
    return true;
}

bool DemoWriter::writeCommunity()
{
    struct Event
    {
        QString kind;
        QString title;
        QDate day;
        int attendancePct;
        bool alumniOnly;
    };
    QList<Event> events;
    const QDate first = m_plan.quarters[0].firstDay();
    const QDate last = m_plan.quarters[DemoPlan::RunningQuarter].lastDay();
    // The community of practice meets on the second Wednesday of every month.
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        events.append(
            {QStringLiteral("community_of_practice"),
             tr("Community of practice: %1").arg(DemoWords::pick(W::CommunityTopic, m_rng)),
             nthWeekday(month.year(), month.month(), 3, 2), 15, false});
    }
    for (int q = 0; q <= DemoPlan::RunningQuarter; ++q) {
        const Quarter &quarter = m_plan.quarters[q];
        events.append({QStringLiteral("meetup"), tr("AI meetup %1").arg(quarter.toString()),
                       nthWeekday(quarter.firstDay().year(), quarter.firstDay().month() + 1, 4, 3),
                       30, false});
        // Refreshers keep alumni from being one-and-done.
        if (q > 0)
            events.append(
                {QStringLiteral("refresher"),
                 tr("Refresher: %1").arg(DemoWords::pick(W::CommunityTopic, m_rng)),
                 nthWeekday(quarter.firstDay().year(), quarter.firstDay().month() + 2, 2, 1), 20,
                 true});
    }

    for (const Event &event : std::as_const(events)) {
        if (!m_events->exec({event.kind, event.title, date(event.day)}))
            return false;
        if (event.day >= m_today)
            continue;
        const qint64 eventId = m_events->lastId();
        // Whoever has started a cohort by then may come; refreshers are for alumni.
        for (const DemoPerson &person : m_plan.people) {
            if (!person.firstStart.isValid() || person.firstStart > event.day ||
                (event.alumniOnly && !person.alumnus) || m_random.percent() >= event.attendancePct)
                continue;
            if (!m_eventAttendance->exec({eventId, person.id}))
                return false;
        }
    }
    return true;
}

bool DemoWriter::writeProviders()
{
    using Answer = DemoProviderTexts::Answer;
    struct Provider
    {
        QString name;
        QString kind;
        QString format;
        QString price;
        double cost;
        QString contact;
        QString notes;
        QString status;
        int scoreLow;
        int scoreHigh;
        int flagPct;
        QList<int> certainFlags;    // red flags (by position) its offer certainly shows
        std::array<int, 3> answers; // weights of convincing, weak and vague answers
    };
    // Three providers of different kinds, so the comparison always has a spread to show.
    const QList<Provider> providers = {
        {QStringLiteral("Gradient Works Academy"),
         QStringLiteral("boutique_workshop"),
         tr("Four workshop days in our own environment, then office hours"),
         tr("Per cohort"),
         38000,
         QStringLiteral("training@gradientworks.example"),
         tr("Instructors have shipped retrieval and evaluation systems."),
         QStringLiteral("shortlisted"),
         3,
         5,
         10,
         {},
         {75, 5, 20}},
        {QStringLiteral("LearnScale Online"),
         QStringLiteral("elearning"),
         tr("Self-paced video courses with quizzes"),
         tr("Per seat per year"),
         450,
         QStringLiteral("sales@learnscale.example"),
         tr("Cheap, broad, shallow on LLMOps."),
         QStringLiteral("considering"),
         1,
         4,
         45,
         {3},
         {20, 55, 25}},
        {QStringLiteral("CloudPath Certifications"),
         QStringLiteral("cloud_certification"),
         tr("Exam preparation tracks for one cloud"),
         tr("Per exam voucher"),
         300,
         QStringLiteral("partners@cloudpath.example"),
         tr("Tied to a single vendor's services."),
         QStringLiteral("rejected"),
         2,
         4,
         35,
         {1},
         {40, 35, 25}},
    };
    for (const Provider &p : providers) {
        if (!m_providers->exec(
                {p.name, p.kind, p.format, p.price, p.cost, p.contact, p.notes, p.status}))
            return false;
        const qint64 id = m_providers->lastId();
        for (int c = 0; c < m_catalogue.criteria.size(); ++c) {
            const int score = m_random.between(p.scoreLow, p.scoreHigh);
            if (!m_scores->exec({id, m_catalogue.criteria.at(c), score,
                                 DemoProviderTexts::scoreNote(c, score, m_random.below(4))}))
                return false;
        }
        // The rejected provider was rejected for the flag its offer certainly shows.
        const bool rejected = p.status == QLatin1String("rejected");
        for (int f = 0; f < m_catalogue.redFlags.size(); ++f) {
            const bool certain = p.certainFlags.contains(f);
            const bool ticked = certain || m_random.percent() < p.flagPct;
            if (!m_flags->exec({id, m_catalogue.redFlags.at(f), int(ticked),
                                ticked ? DemoProviderTexts::evidence(f) : QString(),
                                int(certain && rejected)}))
                return false;
        }
        // A convincing answer satisfies, a weak one does not, a vague one waits for a better.
        for (int q = 0; q < m_catalogue.questions.size(); ++q) {
            const auto kind = Answer(m_random.weighted({p.answers[0], p.answers[1], p.answers[2]}));
            if (!m_answers->exec(
                    {id, m_catalogue.questions.at(q), DemoProviderTexts::answer(q, kind),
                     kind == Answer::Vague ? QVariant()
                                           : QVariant(int(kind == Answer::Convincing))}))
                return false;
        }
    }
    return true;
}

bool DemoWriter::writeExternalLearning()
{
    const QString kinds[] = {QStringLiteral("course"), QStringLiteral("conference"),
                             QStringLiteral("certification")};
    const W titles[] = {W::CourseTitle, W::ConferenceTitle, W::CertificationTitle};
    const QDate first = m_plan.quarters[0].firstDay();
    const int span = std::max(1, int(first.daysTo(m_today)));
    for (const DemoPerson &person : m_plan.people) {
        if (m_random.percent() >= 12)
            continue;
        const int entries = m_random.percent() < 25 ? 2 : 1;
        for (int i = 0; i < entries; ++i) {
            const int kind = m_random.weighted({60, 25, 15});
            const QDate start = first.addDays(m_random.below(span));
            const int days = kind == 0   ? m_random.between(14, 60)
                             : kind == 1 ? m_random.between(0, 2)
                                         : m_random.between(30, 90);
            const QDate end = start.addDays(days);
            const bool finished = end < m_today;
            const double cost = kind == 0   ? m_random.between(0, 16) * 50
                                : kind == 1 ? m_random.between(6, 20) * 100
                                            : m_random.between(3, 8) * 50;
            const QString &title = DemoWords::pick(titles[kind], m_rng);
            // Each course is mostly taken from the provider that runs it, now and then from
            // another, and some courses are better than others: the ranking has something to
            // rank. The draws are the same as ever, so a seed still gives the same program.
            const QString &drawn = DemoWords::pick(W::LearningProvider, m_rng);
            const QList<QString> &providers = DemoWords::words(W::LearningProvider);
            const int titleIndex = int(DemoWords::words(titles[kind]).indexOf(title));
            const QString &provider = providers.indexOf(drawn) < 4
                                          ? providers.at((titleIndex + kind) % providers.size())
                                          : drawn;
            const int drawnRating = finished ? 2 + m_random.weighted({10, 30, 40, 20}) : 0;
            const int rating = drawnRating ? std::clamp(drawnRating + titleIndex % 3 - 1, 1, 5) : 0;
            if (!m_learning->exec({person.id, kinds[kind], title, provider, date(start),
                                   finished ? QVariant(date(end)) : QVariant(), cost,
                                   rating ? QVariant(rating) : QVariant(),
                                   rating && m_random.percent() < 50
                                       ? DemoWords::pick(W::LearningReview, m_rng)
                                       : QString(),
                                   rating ? QVariant(int(rating >= 4)) : QVariant(),
                                   int(finished && m_random.percent() < 55)}))
                return false;
        }
    }
    return true;
}

bool DemoWriter::writeProgramChecklist()
{
    // The program's own checklist counts from the pilot's start.
    const QDate launch =
        m_plan.cohorts.empty() ? m_plan.quarters[0].firstDay() : m_plan.cohorts.front().start;
    // A new file has the program's checklist already, made from the template without dates.
    QSqlQuery existing(m_db);
    const bool exists =
        existing.exec(QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM checklist_items WHERE cohort_id IS NULL)")) &&
        existing.next() && existing.value(0).toBool();
    return writeChecklist(QVariant(), launch, tr("Program coordinator"), 95, exists);
}

bool DemoWriter::writeReadingGroups()
{
    const QList<QString> &titles = DemoWords::words(W::ReadingTitle);
    const QList<QString> &slugs = DemoWords::words(W::ReadingSlug);
    const QString wiki = QStringLiteral("https://wiki.example.org/");
    // One group: its members in the order they lead, from when they meet and how often.
    struct Group
    {
        QString name;
        QVariant cohortId;
        QDate first;
        int meetings;
        QList<RotationMember> members;
    };
    const auto write = [&](Group group) -> bool {
        if (!m_readingGroups->exec({group.name, group.cohortId, QString()}))
            return false;
        const qint64 groupId = m_readingGroups->lastId();
        const QList<QDate> days = ReadingGroupRules::meetingDays(group.first, group.meetings);
        // Now and then someone leaves half-way, and the role passes them by from then on.
        if (group.members.size() > 4 && m_random.percent() < 15)
            group.members.last().leftOn = days.at(days.size() / 2);
        for (int i = 0; i < group.members.size(); ++i) {
            const RotationMember &m = group.members.at(i);
            if (!m_groupMembers->exec(
                    {groupId, m.participantId, i + 1, date(m.joinedOn), optionalDate(m.leftOn)}))
                return false;
        }
        QList<qint64> readings;
        const int first = m_random.below(int(titles.size()));
        const int count = std::min(int(titles.size()), group.meetings + m_random.between(0, 2));
        for (int i = 0; i < count; ++i) {
            const int r = (first + i) % int(titles.size());
            if (!m_groupReadings->exec({groupId, titles.at(r),
                                        wiki + QStringLiteral("reading/") + slugs.at(r), i + 1}))
                return false;
            readings.append(m_groupReadings->lastId());
        }
        const QList<qint64> leads = ReadingGroupRules::facilitators(group.members, 0, days);
        for (int i = 0; i < days.size(); ++i) {
            // Most meetings that took place have their summary; a few are still owed.
            const bool held = days.at(i) < m_today;
            const QString summary =
                held && m_random.percent() < 85
                    ? wiki +
                          QStringLiteral("reading-groups/%1/%2").arg(groupId).arg(date(days.at(i)))
                    : QString();
            if (!m_groupMeetings->exec(
                    {groupId, date(days.at(i)), leads.at(i) ? QVariant(leads.at(i)) : QVariant(),
                     i < readings.size() ? QVariant(readings.at(i)) : QVariant(), summary}))
                return false;
        }
        return true;
    };

    // About a third of the cohorts that have begun read together: half the cohort or so, on
    // the Wednesday of the first week and every other week until a month after the end.
    for (const DemoCohort &cohort : m_plan.cohorts) {
        if (cohort.phase == CohortPhase::Planned || cohort.enrollments.size() < 4 ||
            m_random.percent() >= 35)
            continue;
        Group group{tr("%1 reading group").arg(DemoWords::pick(W::ReadingGroupTopic, m_rng)),
                    cohort.id,
                    cohort.start.addDays(2),
                    int(cohort.start.daysTo(cohort.end) / 14) + 3,
                    {}};
        // Mostly the format's 4–6; a group that is too small or too big now and then.
        const int wanted =
            std::min(int(cohort.enrollments.size()), m_random.weighted({5, 30, 35, 25, 5}) + 3);
        const int offset = m_random.below(int(cohort.enrollments.size()));
        for (int i = 0; i < wanted; ++i) {
            const DemoEnrollment &en = m_plan.enrollments[cohort.enrollments.at(
                (offset + i) % int(cohort.enrollments.size()))];
            RotationMember member{m_plan.people[en.person].id, cohort.start, QDate()};
            if (en.state == EnrollmentState::Withdrawn && en.withdrawnOn.isValid())
                member.leftOn = std::max(en.withdrawnOn, cohort.start.addDays(1));
            group.members.append(member);
        }
        if (!write(group))
            return false;
    }

    // Alumni who keep reading after their cohorts: a group of its own, without a cohort.
    Group alumni{tr("Alumni paper club"), QVariant(), m_today.addDays(-7 * 16), 12, {}};
    for (const DemoPerson &person : m_plan.people) {
        if (alumni.members.size() == 6)
            break;
        if (person.alumnus && m_random.percent() < 30)
            alumni.members.append({person.id, alumni.first, QDate()});
    }
    return alumni.members.size() < 3 || write(alumni);
}

bool DemoWriter::writeSummit()
{
    // The annual summit, in the middle of the demo's year: whoever had started a cohort by
    // then may come, alumni more often.
    const Quarter &quarter = m_plan.quarters[2];
    const QDate day = nthWeekday(quarter.firstDay().year(), quarter.firstDay().month() + 1, 4, 2);
    if (!m_events->exec(
            {QStringLiteral("summit"), tr("Annual AI summit %1").arg(day.year()), date(day)}))
        return false;
    if (day >= m_today)
        return true;
    const qint64 eventId = m_events->lastId();
    for (const DemoPerson &person : m_plan.people) {
        if (!person.firstStart.isValid() || person.firstStart > day ||
            m_random.percent() >= (person.alumnus ? 50 : 30))
            continue;
        if (!m_eventAttendance->exec({eventId, person.id}))
            return false;
    }
    return true;
}

} // namespace Upskill
