// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Upskill {

// The program's rules that do not need the database: what counts as a valid email, when a
// cohort's size deserves a warning, how much of a module is hands-on.
class Rules
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
public:
    static bool isPlausibleEmail(const QString &email);
    // The key duplicates are matched on: trimmed and case-folded.
    static QString emailKey(const QString &email);

    // Empty when the size is inside [min, max], otherwise a sentence saying what is wrong.
    static QString cohortSizeWarning(int enrolled, int minSize, int maxSize);

    // Share of hands-on hours in all hours, 0..1; 0 when there are no hours at all.
    static double handsOnShare(double instructionHours, double handsOnHours,
                               double presentationHours);

    // Empty when the dates are in order (or either is missing), otherwise a message.
    static QString dateOrderError(const QDate &start, const QDate &end);

    // Privacy: a figure about fewer people than the program's minimum group size is never
    // shown, because with small groups an "average" points at individuals.
    static bool isSuppressed(int people, int minGroupSize) { return people < minGroupSize; }
    // What a suppressed figure shows instead, e.g. "fewer than 5 people".
    static QString suppressionReason(int minGroupSize);

    // Net Promoter Score from would-recommend answers (0–10): the share of promoters (9–10)
    // minus the share of detractors (0–6), in points from -100 to 100; 0 with no answers.
    static double netPromoterScore(int promoters, int passives, int detractors);

    // How a key figure stands against its target: green on or past it, amber within the
    // margin short of it, red beyond that.
    enum class Standing { Green, Amber, Red };
    static Standing standing(double value, double target, double margin, bool higherIsBetter);

    // How much a gap in a dimension weighs in the "most critical" ranking: a gap that blocks a
    // high-priority AI project counts three times a nice-to-have one.
    static int criticalityWeight(const QString &criticality);
};

} // namespace Upskill
