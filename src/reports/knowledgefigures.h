// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "advancement.h"
#include "dashboardfilter.h"
#include "suppression.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// People whose average advancement over their dimensions rounds to `levels`, to the nearest
// half level (the first bin
// also holds everything below, the last everything above).
struct AdvancementBin
{
    // -0.5, 0, 0.5, 1, 1.5, 2: half levels, because most people gain about one level and
    // whole-level bins would put nearly everyone in one bin and withhold the rest.
    double levels = 0;
    int people = 0;
    Withheld withheld = Withheld::No;
};

// Level 2, knowledge: pre against post per dimension over the cohorts in the filter, and how
// many people advanced by how much.
struct KnowledgeFigures
{
    int minGroupSize = 5;
    double targetLevels = 1;
    // Per active rubric dimension, in rubric order; a dimension with fewer people than the
    // minimum group size is marked suppressed (DimensionAdvancement::suppressed).
    QList<DimensionAdvancement> dimensions;
    int people = 0; // distinct people with at least one pre/post pair
    int pairs = 0;
    double advancementSum = 0;
    QList<AdvancementBin> distribution; // always the six bins -0.5..2; withheld over the bins
    bool suppressed = false;            // fewer than the minimum group size in all
    double averageAdvancement() const { return pairs ? advancementSum / pairs : 0; }
    bool isEmpty() const { return people == 0; }
};

class KnowledgeReport
{
    Q_DECLARE_TR_FUNCTIONS(KnowledgeReport)
public:
    // Pairs are each person's latest pre and latest post assessment recorded for the same
    // cohort in the same dimension; withdrawn enrollments are left out.
    static std::optional<KnowledgeFigures> compute(const QSqlDatabase &db,
                                                   const DashboardFilter &filter, QString *error);
};

} // namespace Upskill
