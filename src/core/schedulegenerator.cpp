// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedulegenerator.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Upskill {

namespace {

int toMinutes(double hours)
{
    return hours > 0 ? int(std::lround(hours * 60)) : 0;
}

int roundToQuarterHour(double minutes)
{
    return std::max(15, int(std::lround(minutes / 15.0)) * 15);
}

// Hands-on time a workshop holds for its instruction: about 30 % instruction to 70 % practice.
int handsOnForInstruction(int instructionMinutes)
{
    return int(std::lround(instructionMinutes * 7.0 / 3.0));
}

} // namespace

WorkshopSplit ScheduleGenerator::splitWorkshops(double instructionHours, double handsOnHours)
{
    WorkshopSplit split;
    const int instruction = toMinutes(instructionHours);
    const int handsOn = toMinutes(handsOnHours);
    const int total = instruction + handsOn;
    if (instruction == 0) {
        // Nothing to teach: the module is practice only.
        split.practiceMinutes = handsOn;
        return split;
    }
    const int core = instruction + std::min(handsOn, handsOnForInstruction(instruction));
    const int count = std::max(1, (core + MaxWorkshopMinutes - 1) / MaxWorkshopMinutes);
    double length = double(core) / count;
    if (length < MinWorkshopMinutes)
        length = std::min<double>(MinWorkshopMinutes, double(total) / count);
    int rounded = roundToQuarterHour(length);
    // Rounding up must not invent time the module does not have.
    while (rounded > 15 && rounded * count > total)
        rounded -= 15;
    for (int i = 0; i < count; ++i)
        split.workshopMinutes.append(rounded);
    split.practiceMinutes = std::max(0, total - rounded * count);
    return split;
}

ScheduleResult ScheduleGenerator::generate(const QList<ScheduleModule> &modules,
                                           const ScheduleOptions &options)
{
    ScheduleResult result;
    if (!options.start.isValid()) {
        result.error = tr("Choose the date of the first week.");
        return result;
    }
    QList<int> usableWeekdays;
    for (int day : options.weekdays) {
        if (options.workingDays.contains(day) && !usableWeekdays.contains(day))
            usableWeekdays.append(day);
    }
    if (usableWeekdays.isEmpty()) {
        result.error = tr("Choose at least one weekday for the sessions; weekends are skipped.");
        return result;
    }
    if (modules.isEmpty()) {
        result.error = tr("The cohort's track has no modules yet. Add its modules under Tracks; "
                          "the schedule is made from them.");
        return result;
    }
    if (!options.startTime.isValid()) {
        result.error = tr("Choose the time the sessions start.");
        return result;
    }

    QList<ScheduleModule> ordered = modules;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const ScheduleModule &a, const ScheduleModule &b) {
                         return std::max(1, a.week) < std::max(1, b.week);
                     });
    const int weeks = std::max(1, ordered.last().week);
    const qint64 lastModuleId = ordered.last().id;

    int window = 0; // stretches of seven days from the start, skipped ones included
    int readingGroups = 0;
    int lateDays = 0;
    QList<QDate> skippedWeeks;
    for (int week = 1; week <= weeks; ++week) {
        QList<QDate> days;
        for (int skipped = 0; days.isEmpty(); ++window, ++skipped) {
            if (skipped > MaxSkippedWeeks) {
                result.error =
                    tr("From %1 on, %2 weeks in a row have no usable day (every chosen "
                       "weekday is a holiday). Check the holidays or the weekdays.")
                        .arg(QLocale().toString(options.start.addDays(7 * (window - skipped)),
                                                QLocale::ShortFormat))
                        .arg(MaxSkippedWeeks);
                result.sessions.clear();
                return result;
            }
            const QDate first = options.start.addDays(7 * window);
            for (int i = 0; i < 7; ++i) {
                const QDate day = first.addDays(i);
                if (usableWeekdays.contains(day.dayOfWeek()) && !options.holidays.contains(day))
                    days.append(day);
            }
            if (days.isEmpty())
                skippedWeeks.append(first);
        }

        QList<PlannedSession> items;
        auto plan = [&](qint64 moduleId, const QString &format, const QString &title, int minutes) {
            PlannedSession session;
            session.moduleId = moduleId;
            session.week = week;
            session.format = format;
            session.title = title;
            session.minutes = minutes;
            session.facilitator = options.facilitator;
            session.location = options.location;
            items.append(session);
        };
        for (const ScheduleModule &module : std::as_const(ordered)) {
            if (std::max(1, module.week) != week)
                continue;
            const WorkshopSplit split =
                splitWorkshops(module.instructionHours, module.handsOnHours);
            const int parts = int(split.workshopMinutes.size());
            for (int part = 0; part < parts; ++part) {
                plan(module.id, QStringLiteral("workshop"),
                     parts == 1 ? module.title
                                : tr("%1 (%2 of %3)").arg(module.title).arg(part + 1).arg(parts),
                     split.workshopMinutes.at(part));
            }
            if (options.pairProgramming && split.practiceMinutes >= 15)
                plan(module.id, QStringLiteral("pair_programming"),
                     tr("Pair programming: %1").arg(module.title), PairProgrammingMinutes);
            if (options.presentations && toMinutes(module.presentationHours) > 0) {
                const bool showcase = module.id == lastModuleId;
                plan(module.id,
                     showcase ? QStringLiteral("showcase") : QStringLiteral("presentation"),
                     showcase ? tr("Showcase: %1").arg(module.title)
                              : tr("Presentations: %1").arg(module.title),
                     roundToQuarterHour(toMinutes(module.presentationHours)));
            }
        }

        // Spread in order over the week's days: the first sessions on the first day, the
        // presentation after the workshops it presents.
        QList<QList<PlannedSession>> perDay(days.size());
        const int count = int(items.size());
        for (int i = 0; i < count; ++i)
            perDay[qsizetype(qint64(i) * days.size() / count)].append(items.at(i));
        if (options.readingGroup && week % 2 == 1) {
            PlannedSession session;
            session.week = week;
            session.format = QStringLiteral("reading_group");
            session.title = tr("Reading group %1").arg(++readingGroups);
            session.minutes = ReadingGroupMinutes;
            session.facilitator =
                options.readingGroupFacilitators.isEmpty()
                    ? options.facilitator
                    : options.readingGroupFacilitators.at((readingGroups - 1) %
                                                          options.readingGroupFacilitators.size());
            session.location = options.location;
            perDay.last().append(session);
        }
        for (int d = 0; d < days.size(); ++d) {
            QDateTime at(days.at(d), options.startTime);
            bool late = false;
            for (PlannedSession &session : perDay[d]) {
                session.start = at;
                at = session.end().addSecs(qint64(BreakMinutes) * 60);
                late = late || session.end() > QDateTime(days.at(d), QTime(18, 0)) ||
                       session.end().date() != days.at(d);
                result.sessions.append(session);
            }
            if (late)
                ++lateDays;
        }
    }

    for (const QDate &first : std::as_const(skippedWeeks))
        result.notes.append(tr("No chosen weekday in the week from %1 is free (holidays): the "
                               "schedule goes on a week later.")
                                .arg(QLocale().toString(first, QLocale::ShortFormat)));
    if (lateDays > 0)
        result.notes.append(tr("On %n day(s) the sessions run past 18:00. Choose an earlier start "
                               "time or more weekdays.",
                               nullptr, lateDays));
    return result;
}

} // namespace Upskill
