// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gapanalysis.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// Pre against post in one dimension, over the people who have both.
struct DimensionAdvancement
{
    SkillDimension dimension;
    int people = 0; // distinct people with a pair
    int pairs = 0;  // pre/post pairs: more than people when everyone's cohorts are counted
    double preSum = 0;
    double postSum = 0;
    bool suppressed = false;
    double averagePre() const { return pairs ? preSum / pairs : 0; }
    double averagePost() const { return pairs ? postSum / pairs : 0; }
    double averageAdvancement() const { return pairs ? (postSum - preSum) / pairs : 0; }
};

struct AdvancementResult
{
    qint64 cohortId = 0; // 0: every cohort
    int minGroupSize = 5;
    double targetLevels = 1; // the program's advancement target
    QList<DimensionAdvancement> dimensions;
    int people = 0; // distinct people with at least one pre/post pair
    int pairs = 0;  // person × dimension pairs
    double advancementSum = 0;
    int awaitingPost = 0; // people with a pre assessment and no post yet
    bool suppressed = false;

    // Average advancement in levels over every pair.
    double averageAdvancement() const { return pairs ? advancementSum / pairs : 0; }
    bool meetsTarget() const
    {
        return !suppressed && pairs > 0 && averageAdvancement() >= targetLevels;
    }
};

// Knowledge gain: each person's latest pre and latest post assessment of a cohort (the
// assessments recorded for that cohort), compared per dimension. Withdrawn people are left out.
class Advancement
{
    Q_DECLARE_TR_FUNCTIONS(Advancement)
public:
    static std::optional<AdvancementResult> compute(const QSqlDatabase &db, qint64 cohortId,
                                                    QString *error);
};

} // namespace Upskill
