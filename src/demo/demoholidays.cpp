// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoholidays.h"

#include <algorithm>

namespace Upskill {

QList<QPair<QDate, QString>> DemoHolidays::forYears(int first, int last)
{
    QList<QPair<QDate, QString>> holidays;
    for (int year = first; year <= last; ++year) {
        const QDate easter = easterSunday(year);
        holidays.append({QDate(year, 1, 1), tr("New Year's Day")});
        holidays.append({easter.addDays(-2), tr("Good Friday")});
        holidays.append({easter.addDays(1), tr("Easter Monday")});
        holidays.append({QDate(year, 5, 1), tr("Labour Day")});
        holidays.append({easter.addDays(39), tr("Ascension Day")});
        holidays.append({easter.addDays(50), tr("Whit Monday")});
        holidays.append({QDate(year, 12, 25), tr("Christmas Day")});
        holidays.append({QDate(year, 12, 26), tr("Boxing Day")});
    }
    // Easter late in April can bring Ascension Day before Labour Day.
    std::stable_sort(holidays.begin(), holidays.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    // One day can be two holidays (Ascension Day on 1 May); the table keeps one per day.
    holidays.erase(std::unique(holidays.begin(), holidays.end(),
                               [](const auto &a, const auto &b) { return a.first == b.first; }),
                   holidays.end());
    return holidays;
}

QDate DemoHolidays::easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus, Jones, Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

} // namespace Upskill
