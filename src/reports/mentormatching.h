// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentorload.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

// A dimension in which a mentee is short of the level their role needs.
struct SkillNeed
{
    qint64 dimensionId = 0;
    QString dimension;
    int level = 0;  // the mentee's latest assessed level
    int target = 0; // the level their role needs
    int gap() const { return target - level; }
};

struct MenteeNeeds
{
    qint64 id = 0;
    QString name;
    QString manager;        // the manager's name as the participant record holds it
    QList<SkillNeed> needs; // gaps above zero, largest first, then in rubric order
    int totalGap() const;
};

// Someone who can mentor: an alumnus of an earlier cohort, an AI champion or a declared
// mentor, with their latest assessed levels and their load during the period asked about.
struct MentorCandidate
{
    qint64 id = 0;
    QString name;
    QString team;
    bool alumnus = false;
    bool champion = false;
    int load = 0;
    QHash<qint64, int> levels; // dimension id → latest assessed level
};

// A gap of the mentee that the mentor's level helps with.
struct CoveredNeed
{
    QString dimension;
    int mentorLevel = 0;
    int gap = 0;
    bool fully = false; // the mentor is at or above the level the mentee needs
};

struct MentorSuggestion
{
    qint64 mentorId = 0;
    QString mentorName;
    int load = 0;
    int capacity = 3;
    int score = 0;
    QList<CoveredNeed> covered;
    QString reason; // "Covers LLMs (3 vs gap 2) and Data (4 vs gap 1) · alumnus · 1 of 3 mentees"
};

struct ProposedPairing
{
    qint64 menteeId = 0;
    QString menteeName;
    qint64 mentorId = 0;
    QString mentorName;
    int score = 0;
    QString reason;
};

// A full assignment for a cohort's mentees without a mentor, for the coordinator to accept
// or change.
struct CohortPairing
{
    MentorshipPeriod period;
    int capacity = 3;
    QList<ProposedPairing> pairs; // in the order of the mentees' names
    QList<MenteeNeeds> unpaired;  // no mentor with room was left for them
    // Per mentee id, the mentors that could take them instead, best first.
    QHash<qint64, QList<MentorSuggestion>> alternatives;
};

// Finds mentors for mentees: a mentor is worth more the more of the mentee's largest gaps
// their own latest levels cover. Mentors at capacity, the mentee themself and the mentee's
// own manager are never suggested (a manager is a different relationship). Every result
// says why, in the coordinator's words.
class MentorMatching
{
    Q_DECLARE_TR_FUNCTIONS(MentorMatching)
public:
    // The rules on data already read, so they can be tested without a database.
    static bool isManagerOf(const MentorCandidate &mentor, const MenteeNeeds &mentee);
    // Why the mentor cannot be suggested; empty when they can.
    static QString exclusion(const MenteeNeeds &mentee, const MentorCandidate &mentor,
                             int capacity);
    // Each needed level the mentor is above the mentee counts, up to the gap, weighted by
    // the gap: a large gap covered weighs more than a small one.
    static int score(const MenteeNeeds &mentee, const MentorCandidate &mentor,
                     QList<CoveredNeed> *covered = nullptr);
    static QString reason(const MenteeNeeds &mentee, const MentorCandidate &mentor,
                          const QList<CoveredNeed> &covered, int capacity);
    // Mentors for mentee, best first (score, then fewer mentees, then name); limit <= 0: all.
    static QList<MentorSuggestion> rank(const MenteeNeeds &mentee,
                                        const QList<MentorCandidate> &mentors, int capacity,
                                        int limit = 0);
    // One mentor for each mentee where one with room is left: repeatedly the best-scoring
    // pair, ties to the mentor with fewer mentees so far, then to the mentee with the larger
    // gaps. Nobody ends up above capacity. Deterministic for the same input.
    static CohortPairing pairAll(const QList<MenteeNeeds> &mentees,
                                 const QList<MentorCandidate> &mentors, int capacity);

    // From the file. Mentors are the alumni, champions and declared mentors not taking part
    // in the cohort, with their load during period; levels only when withLevels.
    static std::optional<QList<MentorCandidate>> mentors(const QSqlDatabase &db, qint64 cohortId,
                                                         const MentorshipPeriod &period,
                                                         bool withLevels, QString *error);
    // Up to limit mentors whose name contains text (any case), with their load but without
    // levels: what a search box offers while the coordinator types.
    static std::optional<QList<MentorCandidate>>
    findMentors(const QSqlDatabase &db, qint64 cohortId, const MentorshipPeriod &period,
                const QString &text, int limit, QString *error);
    static std::optional<QList<MenteeNeeds>>
    mentees(const QSqlDatabase &db, const QList<qint64> &participantIds, QString *error);
    // The cohort's participants (withdrawn ones excepted) who have no mentor in it yet.
    static std::optional<QList<qint64>> unmentored(const QSqlDatabase &db, qint64 cohortId,
                                                   QString *error);
    static std::optional<QList<MentorSuggestion>>
    suggest(const QSqlDatabase &db, qint64 cohortId, qint64 menteeId, int limit, QString *error);
    static std::optional<CohortPairing> proposeForCohort(const QSqlDatabase &db, qint64 cohortId,
                                                         QString *error);

    // How many alternatives the pairing keeps per mentee.
    static constexpr int AlternativeCount = 10;

private:
    static std::optional<QList<MentorCandidate>> pool(const QSqlDatabase &db, qint64 cohortId,
                                                      const MentorshipPeriod &period,
                                                      bool withLevels, const QString &text,
                                                      int limit, QString *error);
};

} // namespace Upskill
