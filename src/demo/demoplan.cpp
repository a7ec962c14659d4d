// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoplan.h"

#include "demoholidays.h"
#include "demowords.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace Upskill {

namespace {

using W = DemoWords::List;

const QString roleKeys[] = {QStringLiteral("backend"),   QStringLiteral("frontend"),
                            QStringLiteral("fullstack"), QStringLiteral("data"),
                            QStringLiteral("platform"),  QStringLiteral("lead"),
                            QStringLiteral("other")};
const QString seniorityKeys[] = {QStringLiteral("junior"), QStringLiteral("mid"),
                                 QStringLiteral("senior"), QStringLiteral("staff"),
                                 QStringLiteral("principal")};

QDate firstMondayFrom(const QDate &day)
{
    return day.addDays((8 - day.dayOfWeek()) % 7);
}

int seniorityRank(const QString &seniority)
{
    for (int i = 0; i < 5; ++i) {
        if (seniorityKeys[i] == seniority)
            return i;
    }
    return 1;
}

} // namespace

DemoPlan::DemoPlan(const DemoCatalogue &catalogue, int engineers, const QDate &today,
                   QRandomGenerator &rng)
    : m_catalogue(catalogue), m_today(today), m_rng(rng), m_random(rng), m_engineers(engineers)
{
    quarters[RunningQuarter] = Quarter::containing(today);
    for (int q = RunningQuarter - 1; q >= 0; --q)
        quarters[q] = quarters[q + 1].previous();
    quarters[RunningQuarter + 1] = quarters[RunningQuarter].next();
    holidays = DemoHolidays::forYears(quarters.front().firstDay().year(),
                                      quarters.back().lastDay().year());
    for (const auto &[day, name] : std::as_const(holidays))
        holidayDays.insert(day);

    organisation = DemoWords::pick(W::Organisation, m_rng);
    makeTeams();
    makePeople();
    // One instructor can run three or four cohorts a quarter, three of them at once (see
    // DemoSchedule), with one more for the weeks when most cohorts run; the settings' number
    // is the floor so a small program shows the instructors the coordinator said are available.
    const int instructorCount =
        std::max({1, m_catalogue.settings.instructorsAvailable, m_engineers / 150 + 2});
    for (int i = 0; i < instructorCount; ++i)
        instructors.append(personName());
    assignCohorts();
    chooseMentors();
    assignMentors();
    planAnnualAssessments();
}

QString DemoPlan::personName()
{
    const QString &first = DemoWords::pick(W::FirstName, m_rng);
    return first + QLatin1Char(' ') + DemoWords::pick(W::LastName, m_rng);
}

void DemoPlan::makeTeams()
{
    const QList<QString> &areas = DemoWords::words(W::TeamArea);
    const QList<QString> &suffixes = DemoWords::words(W::TeamSuffix);
    const int count = std::max(1, (m_engineers + 4) / 8);
    QList<int> order(areas.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::shuffle(order.begin(), order.end(), m_rng);

    QSet<QString> taken;
    teams.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int area = order.at(i % order.size());
        const int round = i / int(order.size());
        const QString base =
            areas.at(area) + QLatin1Char(' ') + suffixes.at((i + round) % suffixes.size());
        // Past every combination the names get a number, as large organisations do.
        QString name = base;
        for (int n = 2; taken.contains(name); ++n)
            name = base + QLatin1Char(' ') + QString::number(n);
        taken.insert(name);
        teams.append(name);
    }
}

void DemoPlan::makePeople()
{
    const int dimensions = int(m_catalogue.dimensions.size());
    people.resize(m_engineers);
    for (int i = 0; i < m_engineers; ++i) {
        DemoPerson &p = people[i];
        const QString &first = DemoWords::pick(W::FirstName, m_rng);
        const QString &last = DemoWords::pick(W::LastName, m_rng);
        p.name = first + QLatin1Char(' ') + last;
        // The running number keeps addresses unique however often a name repeats.
        p.email =
            QStringLiteral("%1.%2.%3@example.org").arg(first.toLower(), last.toLower()).arg(i + 1);
        p.role = roleKeys[m_random.weighted({30, 17, 17, 11, 10, 9, 6})];
        p.seniority = p.role == QLatin1String("lead")
                          ? seniorityKeys[2 + m_random.weighted({50, 35, 15})]
                          : seniorityKeys[m_random.weighted({15, 38, 30, 12, 5})];
        p.team = m_random.below(int(teams.size()));
        const int base = seniorityRank(p.seniority) >= 2 ? 2 : 1;
        p.levels.resize(dimensions);
        for (int d = 0; d < dimensions; ++d) {
            int level = base;
            if (m_random.percent() < 35)
                ++level;
            if (base > 1 && m_random.percent() < 20)
                --level;
            p.levels[d] = qint8(std::clamp(level, 1, 3));
        }
    }

    // A team's manager is its tech lead when it has one; the leads report to a director who
    // looks after about eight teams.
    QList<int> leadOfTeam(teams.size(), -1);
    for (int i = 0; i < m_engineers; ++i) {
        if (people[i].role == QLatin1String("lead") && leadOfTeam[people[i].team] < 0)
            leadOfTeam[people[i].team] = i;
    }
    QStringList directors;
    for (int i = 0; i < (int(teams.size()) + 7) / 8; ++i)
        directors.append(personName());
    QStringList managers;
    for (int t = 0; t < teams.size(); ++t)
        managers.append(leadOfTeam[t] >= 0 ? people[leadOfTeam[t]].name : personName());
    for (int i = 0; i < m_engineers; ++i) {
        DemoPerson &p = people[i];
        p.manager = leadOfTeam[p.team] == i ? directors.at(p.team / 8) : managers.at(p.team);
    }
}

int DemoPlan::specializedTrackFor(const QString &role)
{
    QList<int> matching;
    QList<int> all;
    for (int t = 0; t < m_catalogue.tracks.size(); ++t) {
        const DemoTrack &track = m_catalogue.tracks.at(t);
        if (track.foundational)
            continue;
        all.append(t);
        if (track.roles.contains(role))
            matching.append(t);
    }
    const QList<int> &from = matching.isEmpty() ? all : matching;
    return from.at(m_random.below(int(from.size())));
}

void DemoPlan::assignCohorts()
{
    const int trackCount = int(m_catalogue.tracks.size());
    QList<int> foundational;
    for (int t = 0; t < trackCount; ++t) {
        if (m_catalogue.tracks.at(t).foundational)
            foundational.append(t);
    }
    for (auto &quarter : m_waiting)
        quarter.resize(trackCount);

    // The program ramps up: few people in the first (pilot) quarter, most in the recent ones,
    // some still waiting, and a few experienced people who tested out of the foundations.
    for (int i = 0; i < m_engineers; ++i) {
        const int r = m_random.percent();
        if (r < 4) {
            const int quarter = m_random.weighted({10, 20, 25, 25, 20});
            for (qint8 &level : people[i].levels)
                level = std::max<qint8>(level, 2);
            m_waiting[quarter][specializedTrackFor(people[i].role)].append({i, true});
        } else if (r >= 16) {
            const int quarter = m_random.weighted({8, 20, 25, 25, 22});
            const int track = foundational.at(m_random.below(int(foundational.size())));
            m_waiting[quarter][track].append({i, false});
        }
    }

    const int minimumViable = std::max(3, m_catalogue.settings.cohortSizeMin - 2);
    for (int q = 0; q < QuarterCount; ++q) {
        const int firstCohort = int(cohorts.size());
        for (int t = 0; t < trackCount; ++t) {
            QList<Candidate> waiting = m_waiting[q][t];
            if (waiting.isEmpty())
                continue;
            // Too few for a cohort: they join the next one instead of waiting for a full group.
            if (waiting.size() < minimumViable) {
                if (q + 1 < QuarterCount) {
                    m_waiting[q + 1][t].append(waiting);
                    continue;
                }
                if (waiting.size() < 3)
                    continue;
            }
            makeCohorts(q, t, waiting);
        }
        for (int c = firstCohort; c < int(cohorts.size()); ++c)
            decideOutcomes(c);
    }
}

void DemoPlan::makeCohorts(int quarter, int track, QList<Candidate> members)
{
    std::shuffle(members.begin(), members.end(), m_rng);
    const int n = int(members.size());
    const int low = std::max(1, m_catalogue.settings.cohortSizeMin);
    const int high = std::max(low, m_catalogue.settings.cohortSizeMax);
    const int fewest = (n + high - 1) / high;
    const int most = std::max(fewest, n / low);
    const int count = std::clamp(int(std::lround(n * 2.0 / (low + high))), fewest, most);

    QList<int> sizes(count, n / count);
    for (int i = 0; i < n % count; ++i)
        ++sizes[i];
    // Two cohorts in the demo are deliberately outside the size range (one in a completed
    // quarter, one running) so the size warnings have something to show.
    if ((quarter == 1 || quarter == RunningQuarter) && !m_unevenDone[quarter] && count >= 2 &&
        sizes.last() > 4) {
        sizes.first() += 3;
        sizes.last() -= 3;
        m_unevenDone[quarter] = true;
    }

    const DemoTrack &trackInfo = m_catalogue.tracks.at(track);
    int next = 0;
    for (int i = 0; i < count; ++i) {
        DemoCohort cohort;
        cohort.track = track;
        cohort.quarter = quarter;
        cohort.phase = quarter < RunningQuarter    ? CohortPhase::Completed
                       : quarter == RunningQuarter ? CohortPhase::Running
                                                   : CohortPhase::Planned;
        cohort.name = QStringLiteral("%1 %2 #%3")
                          .arg(trackInfo.name, quarters[quarter].toString())
                          .arg(i + 1, 2, 10, QLatin1Char('0'));
        cohort.pilot = cohorts.empty();
        scheduleDates(cohort);

        const int instructor = int(cohorts.size()) % int(instructors.size());
        cohort.instructors = instructors.at(instructor);
        if (instructors.size() > 1 && m_random.percent() < 15) {
            const int other = (instructor + 1 + m_random.below(int(instructors.size()) - 1)) %
                              int(instructors.size());
            cohort.instructors += QStringLiteral(", ") + instructors.at(other);
        }
        const int briefedPct = cohort.phase == CohortPhase::Completed ? 90
                               : cohort.phase == CohortPhase::Running ? 85
                                                                      : 45;
        if (m_random.percent() < briefedPct) {
            cohort.briefedOn = cohort.start.addDays(-7 - m_random.below(15));
            cohort.managersBriefed = cohort.briefedOn <= m_today;
            if (!cohort.managersBriefed)
                cohort.briefedOn = QDate();
        }

        const int cohortIndex = int(cohorts.size());
        for (int k = 0; k < sizes.at(i); ++k, ++next) {
            DemoEnrollment enrollment;
            enrollment.person = members.at(next).person;
            enrollment.testedOut = members.at(next).testedOut;
            enrollment.cohort = cohortIndex;
            cohort.enrollments.append(int(enrollments.size()));
            enrollments.push_back(std::move(enrollment));
        }
        cohorts.push_back(std::move(cohort));
    }
}

void DemoPlan::scheduleDates(DemoCohort &cohort)
{
    const int weeks = m_catalogue.tracks.at(cohort.track).weeks;
    // Monday of the first week to Friday of the last.
    const int lastDay = weeks * 7 - 3;
    const Quarter &quarter = quarters[cohort.quarter];
    const QDate firstMonday = firstMondayFrom(quarter.firstDay());
    switch (cohort.phase) {
    case CohortPhase::Completed: {
        // Start within the quarter's first eight weeks, ended before today.
        int choices = 0;
        while (choices < 8 && firstMonday.addDays(choices * 7 + lastDay) < m_today)
            ++choices;
        cohort.start = firstMonday.addDays(7 * m_random.below(std::max(choices, 1)));
        break;
    }
    case CohortPhase::Running: {
        // Started this quarter and still under way today.
        const QDate earliest = std::max(quarter.firstDay(), m_today.addDays(-(lastDay - 1)));
        const QDate monday = firstMondayFrom(earliest);
        if (monday > m_today)
            cohort.start = earliest;
        else
            cohort.start = monday.addDays(7 * m_random.below(int(monday.daysTo(m_today) / 7 + 1)));
        break;
    }
    case CohortPhase::Planned:
        cohort.start = firstMonday.addDays(7 * m_random.below(6));
        break;
    }
    // The last working day: the Friday, or the day before when that is a holiday. A running
    // cohort does not end before today, so it ends after the holiday instead.
    const QDate nominal = cohort.start.addDays(lastDay);
    const auto offDay = [this](const QDate &day) {
        return day.dayOfWeek() > 5 || holidayDays.contains(day);
    };
    cohort.end = nominal;
    while (offDay(cohort.end) && cohort.end > cohort.start)
        cohort.end = cohort.end.addDays(-1);
    if (cohort.phase == CohortPhase::Running && cohort.end < m_today) {
        cohort.end = nominal;
        while (offDay(cohort.end))
            cohort.end = cohort.end.addDays(1);
    }
}

void DemoPlan::decideOutcomes(int c)
{
    DemoCohort &cohort = cohorts[c];
    const bool foundational = m_catalogue.tracks.at(cohort.track).foundational;
    // Completion varies by cohort around the 85 % target; drawing the number of leavers
    // instead of a coin per person keeps even a small demo close to what programs report.
    const int size = int(cohort.enrollments.size());
    const int leavers = int(std::lround(size * (8 + m_random.below(13)) / 100.0));
    std::vector<char> leaves(size, 0);
    std::fill_n(leaves.begin(), leavers, 1);
    std::shuffle(leaves.begin(), leaves.end(), m_rng);
    for (int k = 0; k < size; ++k) {
        DemoEnrollment &enrollment = enrollments[cohort.enrollments.at(k)];
        DemoPerson &person = people[enrollment.person];
        enrollment.pre = person.levels;
        enrollment.enrolledOn = cohort.start.addDays(-10 - m_random.below(21));
        if (cohort.phase != CohortPhase::Planned &&
            (!person.firstStart.isValid() || cohort.start < person.firstStart))
            person.firstStart = cohort.start;

        switch (cohort.phase) {
        case CohortPhase::Planned:
            enrollment.state = EnrollmentState::Enrolled;
            break;
        case CohortPhase::Running: {
            const int elapsed = int(cohort.start.daysTo(m_today));
            if (elapsed >= 7 && m_random.percent() < 4) {
                enrollment.state = EnrollmentState::Withdrawn;
                enrollment.withdrawnOn = cohort.start.addDays(3 + m_random.below(elapsed - 2));
            } else {
                enrollment.state = EnrollmentState::Active;
                const QDate first = cohort.start.addDays(5 + m_random.below(25));
                if (m_random.percent() < 25 && first <= m_today)
                    enrollment.firstContribution = first;
            }
            break;
        }
        case CohortPhase::Completed:
            if (leaves[k]) {
                enrollment.state = EnrollmentState::Withdrawn;
                const int span = std::max(1, int(cohort.start.daysTo(cohort.end)) - 4);
                enrollment.withdrawnOn = cohort.start.addDays(3 + m_random.below(span));
                break;
            }
            enrollment.state = EnrollmentState::Completed;
            enrollment.completedOn = cohort.end;
            enrollment.capstoneRating = 1 + m_random.weighted({2, 6, 25, 42, 25});
            enrollment.post = enrollment.pre;
            for (qint8 &level : enrollment.post) {
                // Mostly one level up, sometimes none or two; never past Expert.
                level = qint8(std::min(4, level + m_random.weighted({15, 72, 13})));
            }
            person.levels = enrollment.post;
            person.alumnus = true;
            if (m_random.percent() < 75) {
                const QDate first = cohort.start.addDays(5 + m_random.below(60));
                if (first <= m_today)
                    enrollment.firstContribution = first;
            }
            // Each engineer should take a specialized track within the year.
            if (foundational && m_random.percent() < 80) {
                const int next = cohort.quarter + (m_random.percent() < 75 ? 1 : 2);
                if (next < QuarterCount)
                    m_waiting[next][specializedTrackFor(person.role)].append(
                        {enrollment.person, false});
            }
            break;
        }
    }
}

void DemoPlan::chooseMentors()
{
    // Mentors are mostly alumni of the early cohorts and senior people; a few champions more.
    const int wanted = std::max(1, int(std::lround(m_engineers * 0.08)));
    std::vector<std::pair<double, int>> scores;
    scores.reserve(people.size());
    for (int i = 0; i < int(people.size()); ++i) {
        const DemoPerson &p = people[i];
        double score = seniorityRank(p.seniority) * 0.5 + m_rng.bounded(1.5);
        if (p.alumnus)
            score += p.firstStart < quarters[2].firstDay() ? 4 : 2;
        scores.emplace_back(-score, i);
    }
    const auto middle = scores.begin() + std::min<qsizetype>(wanted, qsizetype(scores.size()));
    std::partial_sort(scores.begin(), middle, scores.end());
    for (auto it = scores.begin(); it != middle; ++it)
        people[it->second].mentor = true;
    for (DemoPerson &p : people)
        p.champion = p.mentor ? m_random.percent() < 50 : m_random.percent() < 3;
}

void DemoPlan::assignMentors()
{
    QList<int> mentors;
    for (int i = 0; i < int(people.size()); ++i) {
        if (people[i].mentor)
            mentors.append(i);
    }
    if (mentors.isEmpty())
        return;
    const int capacity = std::max(1, m_catalogue.settings.mentorCapacity);
    const int followup = m_catalogue.settings.mentorshipFollowupMonths;

    QList<int> order;
    for (int c = 0; c < int(cohorts.size()); ++c) {
        if (cohorts[c].phase != CohortPhase::Planned)
            order.append(c);
    }
    std::stable_sort(order.begin(), order.end(),
                     [this](int a, int b) { return cohorts[a].start < cohorts[b].start; });

    // Taking cohorts in start order, a mentor's mentorships that end before the new start
    // are over for good, so counting the remaining ones bounds the load at every moment.
    std::vector<QList<QDate>> running(people.size());
    auto load = [&](int mentor, const QDate &from) {
        QList<QDate> &ends = running[mentor];
        ends.removeIf([&](const QDate &end) { return end < from; });
        return int(ends.size());
    };
    auto inCohort = [&](int person, const DemoCohort &cohort) {
        return std::any_of(cohort.enrollments.cbegin(), cohort.enrollments.cend(),
                           [&](int e) { return enrollments[e].person == person; });
    };

    int cursor = 0;
    for (int c : std::as_const(order)) {
        const DemoCohort &cohort = cohorts[c];
        const QDate ends = cohort.end.addMonths(followup);
        for (int e : cohort.enrollments) {
            const DemoEnrollment &enrollment = enrollments[e];
            if (enrollment.state == EnrollmentState::Withdrawn || m_random.percent() >= 45)
                continue;
            for (int attempt = 0; attempt < std::min(40, int(mentors.size())); ++attempt) {
                const int mentor = mentors.at(cursor % mentors.size());
                if (mentor == enrollment.person || inCohort(mentor, cohort) ||
                    load(mentor, cohort.start) >= capacity) {
                    ++cursor;
                    continue;
                }
                running[mentor].append(ends);
                mentorships.push_back({mentor, enrollment.person, c, cohort.start, ends, false});
                // Engaged mentors take two or three mentees rather than one each.
                if (m_random.percent() < 40)
                    ++cursor;
                break;
            }
        }
    }

    // One mentor of a running cohort takes a mentee beyond the capacity with a recorded
    // reason, the case the overload warning lets a coordinator accept knowingly.
    for (int c : std::as_const(order)) {
        const DemoCohort &cohort = cohorts[c];
        if (cohort.phase != CohortPhase::Running)
            continue;
        for (int e : cohort.enrollments) {
            const DemoEnrollment &enrollment = enrollments[e];
            const bool mentored =
                std::any_of(mentorships.cbegin(), mentorships.cend(), [&](const DemoMentorship &m) {
                    return m.cohort == c && m.mentee == enrollment.person;
                });
            if (enrollment.state == EnrollmentState::Withdrawn || mentored)
                continue;
            for (int mentor : std::as_const(mentors)) {
                if (mentor != enrollment.person && !inCohort(mentor, cohort) &&
                    load(mentor, m_today) == capacity) {
                    mentorships.push_back({mentor, enrollment.person, c, cohort.start,
                                           cohort.end.addMonths(followup), true});
                    return;
                }
            }
            return;
        }
    }
}

void DemoPlan::planAnnualAssessments()
{
    // About 70 % of the engineers take each year's needs assessment. Last year's campaign
    // falls before the program's first quarter began, so it shows where people started;
    // this year's shows what the cohorts completed in between added.
    const int count = int(people.size());
    // Before any cohort a person has the levels their first pre assessment recorded; a
    // person never enrolled still has them.
    std::vector<int> firstEnrollment(count, -1);
    for (int e = 0; e < int(enrollments.size()); ++e) {
        int &first = firstEnrollment[enrollments[e].person];
        if (first < 0)
            first = e;
    }
    std::vector<QDate> takenOn(count);
    std::vector<int> latestCompleted(count);
    for (const QDate &anniversary : {m_today.addYears(-1), m_today}) {
        // Four weeks of campaign that closed a few days before the anniversary, on workdays.
        // Reports compare calendar years, so a campaign never straddles a new year: in early
        // January it is the previous December's.
        QDate last = anniversary.addDays(-5);
        if (last.addDays(-27).year() != last.year())
            last = QDate(last.year() - 1, 12, 31);
        for (int i = 0; i < count; ++i) {
            takenOn[i] = QDate();
            if (m_random.percent() >= 70)
                continue;
            do
                takenOn[i] = last.addDays(-m_random.below(28));
            while (takenOn[i].dayOfWeek() > 5);
        }
        std::fill(latestCompleted.begin(), latestCompleted.end(), -1);
        for (int e = 0; e < int(enrollments.size()); ++e) {
            const DemoEnrollment &enrollment = enrollments[e];
            const QDate &on = takenOn[enrollment.person];
            int &latest = latestCompleted[enrollment.person];
            if (enrollment.state == EnrollmentState::Completed && on.isValid() &&
                enrollment.completedOn <= on &&
                (latest < 0 || enrollments[latest].completedOn < enrollment.completedOn))
                latest = e;
        }
        for (int i = 0; i < count; ++i) {
            if (!takenOn[i].isValid())
                continue;
            const std::vector<qint8> &levels =
                latestCompleted[i] >= 0   ? enrollments[latestCompleted[i]].post
                : firstEnrollment[i] >= 0 ? enrollments[firstEnrollment[i]].pre
                                          : people[i].levels;
            annuals.push_back({i, takenOn[i], levels});
        }
    }
}

} // namespace Upskill
