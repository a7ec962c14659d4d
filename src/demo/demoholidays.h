// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

namespace Upskill {

// The public holidays of the demo program: those most of Europe shares, on fixed dates or
// moving with Easter, so that the cohorts' schedules visibly go round them.
class DemoHolidays
{
    Q_DECLARE_TR_FUNCTIONS(DemoHolidays)
public:
    // Every holiday of the years first to last, in date order, with its name.
    static QList<QPair<QDate, QString>> forYears(int first, int last);
    // Easter Sunday in the Gregorian calendar.
    static QDate easterSunday(int year);
};

} // namespace Upskill
