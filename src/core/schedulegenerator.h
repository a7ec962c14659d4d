// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Upskill {

// A module of the track a schedule is made from; hours as the track's module editor keeps them.
struct ScheduleModule
{
    qint64 id = 0;
    int week = 1;
    QString title;
    double instructionHours = 0;
    double handsOnHours = 0;
    double presentationHours = 0;
};

// What the coordinator chose for a generated schedule.
struct ScheduleOptions
{
    QDate start;
    // Qt::DayOfWeek values (1 Monday … 7 Sunday) the sessions may fall on.
    QList<int> weekdays;
    // The days that are not weekend where the program runs; weekdays outside them are skipped.
    QList<int> workingDays = {1, 2, 3, 4, 5};
    QTime startTime = QTime(10, 0);
    bool pairProgramming = true;
    bool readingGroup = true;
    bool presentations = true;
    QSet<QDate> holidays;
    QString facilitator; // every session but the reading group
    // The reading group's facilitator rotates through these; empty: facilitator leads it.
    QStringList readingGroupFacilitators;
    QString location;
};

// One session the generator proposes; nothing is written until the coordinator accepts.
struct PlannedSession
{
    qint64 moduleId = 0; // 0: not tied to a module (the reading group)
    int week = 0;        // the cohort's week, from 1
    QString format;      // a SessionFormat key
    QString title;
    QDateTime start; // local time of the cohort's location
    int minutes = 0;
    QString facilitator;
    QString location;

    QDateTime end() const { return start.addSecs(qint64(minutes) * 60); }
};

struct ScheduleResult
{
    QList<PlannedSession> sessions;
    QStringList notes; // what the coordinator should know (a week moved for holidays, ...)
    QString error;     // nothing could be generated, and why
};

// How a split of a module's instruction and hands-on time into workshops turned out.
struct WorkshopSplit
{
    QList<int> workshopMinutes;
    int practiceMinutes = 0; // hands-on time left over for pair programming
};

// Turns a track's modules into a cohort's sessions following the delivery formats' norms:
// - instructor-led workshops of 2–3 h at about 30 % instruction to 70 % hands-on: a module's
//   instruction and the hands-on time that goes with it are split into equal workshops of at
//   most 3 h, and a workshop shorter than 2 h takes more hands-on time when the module has it;
// - pair programming, 90 min in the module's week, when hands-on time is left beyond the
//   workshops (the rest is the engineers' own practice in their protected time);
// - a reading group of 1 h every two weeks across the cohort, on the last session day of
//   weeks 1, 3, 5, …, its facilitator rotating;
// - for a module with presentation hours a presentation, or the showcase for the last module.
// Week n of the cohort is the n-th stretch of seven days from the start that has a usable day
// (a chosen weekday that is a working day and not a holiday); a week with none moves the rest
// of the schedule on by a week. A week's sessions are spread over its usable days in order;
// sessions on the same day follow each other with an hour's break.
class ScheduleGenerator
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleGenerator)
public:
    static constexpr int PairProgrammingMinutes = 90;
    static constexpr int ReadingGroupMinutes = 60;
    static constexpr int BreakMinutes = 60;
    static constexpr int MaxWorkshopMinutes = 180;
    static constexpr int MinWorkshopMinutes = 120;
    // A week with no usable day is skipped; this many in a row means the calendar is wrong.
    static constexpr int MaxSkippedWeeks = 8;

    static ScheduleResult generate(const QList<ScheduleModule> &modules,
                                   const ScheduleOptions &options);
    static WorkshopSplit splitWorkshops(double instructionHours, double handsOnHours);
};

} // namespace Upskill
