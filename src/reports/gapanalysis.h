// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessmentscope.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Upskill {

// The rows of the heatmap: each person, or people grouped by role, team or cohort.
enum class GapGrouping { Person, Role, Team, Cohort };

struct SkillDimension
{
    qint64 id = 0;
    QString name;
};

// The figures of one group in one dimension, over the people of the group who were assessed
// in it and have a target for it. A gap is target minus level: positive means short of the
// target, zero or negative means the target is met.
struct GapFigures
{
    int people = 0;
    double gapSum = 0;       // sum of (target - level)
    double shortfallSum = 0; // sum of max(target - level, 0)
    int below = 0;           // people below their target
    double weightedShortfallSum = 0;
    double levelSum = 0;
    bool suppressed = false; // fewer people than the minimum group size

    double averageGap() const { return people ? gapSum / people : 0; }
    double averageShortfall() const { return people ? shortfallSum / people : 0; }
    double averageLevel() const { return people ? levelSum / people : 0; }
    // Average shortfall weighted by how critical the target is (blocking 3, important 2,
    // nice to have 1).
    double criticalScore() const { return people ? weightedShortfallSum / people : 0; }
    void add(const GapFigures &other);
};

struct GapGroup
{
    qint64 id = 0;           // person or cohort id; 0 for roles and teams
    QString key;             // role key, team name, cohort name or person name
    QString label;           // what the heatmap shows
    int people = 0;          // distinct people of the group with a gap figure in any dimension
    QList<GapFigures> cells; // one per dimension, in GapAnalysisResult::dimensions' order
};

// One dimension over everyone the analysis is about, with its place in each ranking.
struct DimensionGap
{
    SkillDimension dimension;
    GapFigures figures;
    QStringList blockingFor; // roles (keys; "organisation" for the default) whose target blocks
    int largestRank = 0;     // 1 = largest average shortfall; 0 = not ranked (suppressed)
    int commonRank = 0;      // 1 = most engineers below target
    int criticalRank = 0;    // 1 = highest criticality-weighted shortfall
    int priorityRank = 0;    // 1 = cover first; 0 = nobody below target or suppressed
};

struct GapAnalysisResult
{
    GapGrouping grouping = GapGrouping::Role;
    int minGroupSize = 5;
    QList<SkillDimension> dimensions; // the dimensions still asked, in rubric order
    QList<GapGroup> groups;           // heatmap rows; empty for GapGrouping::Person
    QList<DimensionGap> totals;       // one per dimension, same order
    int peopleAssessed = 0;           // distinct people with a current assessment
    bool totalsSuppressed = false;    // fewer people than the minimum group size overall

    // Indices into totals, best first; suppressed dimensions are left out.
    QList<int> largest() const;
    QList<int> mostCommon() const;
    QList<int> mostCritical() const;
    // The curriculum priority: dimensions with anyone below target, by their average place in
    // the three rankings (ties: the more critical first).
    QList<int> priority() const;
};

struct GapOptions
{
    GapGrouping grouping = GapGrouping::Role;
    AssessmentScope scope = AssessmentScope::current();
    PeopleFilter filter;
};

// One heatmap row of the per-person view (the coordinator's own view; never exported).
struct PersonGapRow
{
    qint64 id = 0;
    QString name;
    QString role;
    QString team;
    QList<int> gaps;   // per dimension; kNoGap where the person has no assessment or no target
    QList<int> levels; // per dimension; 0 where not assessed
    static constexpr int kNoGap = -99;
};

// The gap analysis: latest assessed level against the required level, computed by SQL over
// the latest assessment per person and dimension.
class GapAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(GapAnalysis)
public:
    static std::optional<GapAnalysisResult> compute(const QSqlDatabase &db,
                                                    const GapOptions &options, QString *error);

    // The per-person heatmap, a page at a time (ordered by name) so 100,000 people are never
    // loaded at once: people matching the filter with a current assessment.
    static qint64 personCount(const QSqlDatabase &db, const GapOptions &options, QString *error);
    static QList<PersonGapRow> personPage(const QSqlDatabase &db, const GapOptions &options,
                                          const QList<SkillDimension> &dimensions, int offset,
                                          int limit, QString *error);

    static QList<SkillDimension> activeDimensions(const QSqlDatabase &db, QString *error);
    static QString groupingName(GapGrouping grouping);
};

} // namespace Upskill
