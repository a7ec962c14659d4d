// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Upskill {

// How sessions' days, times and lengths read everywhere they are shown: in the locale's
// words, a time of day never with seconds (some locales' short format has them).
class ScheduleText
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleText)
public:
    // "10:00", or "10:00 AM" where the locale says so.
    static QString time(const QTime &time);
    // The format of time(), for a time editor.
    static QString timeFormat();
    // "10:00–12:30".
    static QString timeRange(const QDateTime &start, int minutes);
    // "Tue 13/01/2026": the short date with the day of the week.
    static QString day(const QDate &date);
    // "2 h 30 min", "90 min", "3 h".
    static QString duration(int minutes);
};

} // namespace Upskill
