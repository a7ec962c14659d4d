// SPDX-License-Identifier: GPL-3.0-or-later
#include "suppression.h"

#include <algorithm>
#include <numeric>

namespace Upskill {

QList<Withheld> Suppression::withhold(const QList<int> &people, int minGroupSize)
{
    QList<Withheld> result(people.size(), Withheld::No);
    const int total = std::accumulate(people.cbegin(), people.cend(), 0);
    int withheldPeople = 0;
    int withheldGroups = 0;
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (people.at(i) > 0 && (people.at(i) < minGroupSize || total < minGroupSize)) {
            result[i] = Withheld::TooFew;
            withheldPeople += people.at(i);
            ++withheldGroups;
        }
    }
    if (withheldGroups == 0)
        return result;
    // The visible groups, smallest first: hiding a small one costs the least information.
    QList<qsizetype> visible;
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (result.at(i) == Withheld::No && people.at(i) > 0)
            visible.append(i);
    }
    std::stable_sort(visible.begin(), visible.end(),
                     [&](qsizetype a, qsizetype b) { return people.at(a) < people.at(b); });
    for (const qsizetype i : std::as_const(visible)) {
        if (withheldGroups >= 2 && withheldPeople >= minGroupSize)
            break;
        result[i] = Withheld::Complementary;
        withheldPeople += people.at(i);
        ++withheldGroups;
    }
    return result;
}

QString Suppression::reason(Withheld withheld, int minGroupSize)
{
    switch (withheld) {
    case Withheld::No:
        return {};
    case Withheld::TooFew:
        return tr("withheld: fewer than %n people", nullptr, minGroupSize);
    case Withheld::Complementary:
        return tr("withheld: with the total it would reveal a group of fewer than %n people",
                  nullptr, minGroupSize);
    }
    return {};
}

} // namespace Upskill
