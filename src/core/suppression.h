// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Upskill {

// Why a figure about a group is not shown.
enum class Withheld {
    No,
    TooFew,        // the group has fewer people than the minimum group size
    Complementary, // shown, it would let a withheld group be worked out from the total
};

// Privacy for figures shown group by group beside their total (NPS per cohort and the
// program's NPS, behaviour per cohort and for all cohorts). Hiding the small groups is not
// enough: with the total and every other group visible, a hidden group is the difference.
// So more groups are hidden, smallest first, until the hidden ones together cover at least
// the minimum group size and there are at least two of them.
class Suppression
{
    Q_DECLARE_TR_FUNCTIONS(Suppression)
public:
    // For groups of the given sizes (people or responses; 0 = the group has no figure at all)
    // whose total is shown: which are withheld and why. When the total itself is too small,
    // every group is withheld.
    static QList<Withheld> withhold(const QList<int> &people, int minGroupSize);
    // What a withheld figure shows instead, e.g. "withheld: fewer than 5 people".
    static QString reason(Withheld withheld, int minGroupSize);
};

} // namespace Upskill
