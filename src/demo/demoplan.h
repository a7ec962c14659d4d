// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "democatalogue.h"
#include "demorandom.h"
#include "quarter.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <array>
#include <initializer_list>
#include <vector>

namespace Upskill {

struct DemoPerson
{
    QString name;
    QString email;
    QString role;
    QString seniority;
    int team = 0;
    QString manager;
    bool champion = false;
    bool mentor = false;
    bool alumnus = false;
    QDate firstStart; // the start of the person's first cohort; invalid when never enrolled
    std::vector<qint8> levels; // the current level per rubric dimension
    qint64 id = 0;
};

enum class CohortPhase { Completed, Running, Planned };
enum class EnrollmentState { Enrolled, Active, Completed, Withdrawn };

struct DemoEnrollment
{
    int person = 0;
    int cohort = 0;
    EnrollmentState state = EnrollmentState::Enrolled;
    bool testedOut = false;
    QDate enrolledOn;
    QDate completedOn;
    QDate withdrawnOn;
    QDate firstContribution;
    int capstoneRating = 0;
    std::vector<qint8> pre;
    std::vector<qint8> post; // empty unless completed
};

struct DemoCohort
{
    int track = 0;
    int quarter = 0; // index into DemoPlan::quarters
    CohortPhase phase = CohortPhase::Planned;
    QString name;
    QDate start;
    QDate end;      // the last working day of its last week
    QDate showcase; // the day of its showcase session; set when its sessions are placed
    bool pilot = false;
    QString instructors;
    bool managersBriefed = false;
    QDate briefedOn;
    QList<int> enrollments;
    qint64 id = 0;
};

struct DemoMentorship
{
    int mentor = 0; // person index
    int mentee = 0;
    int cohort = 0;
    QDate starts;
    QDate ends;
    bool overCapacity = false;
};

// The yearly needs assessment of one person: every rubric dimension at the levels they had
// that day, whether or not they were ever enrolled.
struct DemoAnnual
{
    int person = 0;
    QDate on;
    std::vector<qint8> levels;
};

// The demo program's people and their way through the cohorts, decided in memory before
// anything is written: the alumni and mentor flags of a person depend on how their cohorts
// went, and the participants are written first. Pure computation, deterministic for a seed.
class DemoPlan
{
public:
    static constexpr int QuarterCount = 5; // three completed, the running one, the planned one
    static constexpr int RunningQuarter = 3;

    DemoPlan(const DemoCatalogue &catalogue, int engineers, const QDate &today,
             QRandomGenerator &rng);

    const DemoCatalogue &catalogue() const { return m_catalogue; }
    QDate today() const { return m_today; }
    std::array<Quarter, QuarterCount> quarters;
    // The public holidays of the quarters' years; no cohort ends on one.
    QList<QPair<QDate, QString>> holidays;
    QSet<QDate> holidayDays;
    QString organisation;
    QStringList teams;
    QStringList instructors;
    std::vector<DemoPerson> people;
    std::vector<DemoCohort> cohorts;
    std::vector<DemoEnrollment> enrollments;
    std::vector<DemoMentorship> mentorships;
    std::vector<DemoAnnual> annuals; // last year's campaign, then this year's

    // A plausible full name that is not necessarily a participant (managers, instructors).
    QString personName();

private:
    void makePeople();
    void makeTeams();
    void assignCohorts();
    struct Candidate
    {
        int person;
        bool testedOut;
    };

    void makeCohorts(int quarter, int track, QList<Candidate> members);
    void decideOutcomes(int cohort);
    int specializedTrackFor(const QString &role);
    void chooseMentors();
    void assignMentors();
    void scheduleDates(DemoCohort &cohort);
    void planAnnualAssessments();

    const DemoCatalogue &m_catalogue;
    QDate m_today;
    QRandomGenerator &m_rng;
    DemoRandom m_random;
    int m_engineers;
    // Who waits for which track in which quarter: m_waiting[quarter][track].
    std::array<QList<QList<Candidate>>, QuarterCount> m_waiting;
    std::array<bool, QuarterCount> m_unevenDone{};
};

} // namespace Upskill
