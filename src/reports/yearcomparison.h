// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gapanalysis.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// One dimension in one year: the latest assessment of the year per person.
struct YearFigures
{
    int people = 0;
    double levelSum = 0;
    int atTarget = 0; // people at or above their target (role's or the organisation's)
    int withTarget = 0;
    bool suppressed = false;
    double averageLevel() const { return people ? levelSum / people : 0; }
    double atTargetShare() const { return withTarget ? double(atTarget) / withTarget : 0; }
};

struct DimensionYears
{
    SkillDimension dimension;
    YearFigures earlier;
    YearFigures later;
    // Change of the average level; meaningful only when neither year is suppressed.
    double change() const { return later.averageLevel() - earlier.averageLevel(); }
    bool comparable() const
    {
        return !earlier.suppressed && !later.suppressed && earlier.people && later.people;
    }
};

struct YearComparisonResult
{
    int earlierYear = 0;
    int laterYear = 0;
    int minGroupSize = 5;
    QList<DimensionYears> dimensions;
};

// The yearly needs assessment: this year's assessments against last year's, per dimension.
// By default only the annual needs assessments count; scope.kinds can widen that.
class YearComparison
{
    Q_DECLARE_TR_FUNCTIONS(YearComparison)
public:
    static std::optional<YearComparisonResult> compute(const QSqlDatabase &db, int earlierYear,
                                                       int laterYear, const QStringList &kinds,
                                                       const PeopleFilter &filter, QString *error);
    // The years that have assessments of these kinds, newest first.
    static QList<int> yearsWithAssessments(const QSqlDatabase &db, const QStringList &kinds);
};

} // namespace Upskill
