// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

// Protected learning time used against the time planned, over the weeks whose hours used
// are recorded (a week still ahead has a plan but nothing used yet, which is no erosion).
struct TimeUse
{
    qint64 id = 0; // the person or cohort; 0 for teams and managers
    QString key;   // name, team or manager as stored; empty for "no team" or "no manager"
    double planned = 0;
    double used = 0;
    int weeks = 0;     // weeks with hours used recorded
    int belowPlan = 0; // of those, weeks below the plan
    QString team;      // for people: their team and manager
    QString manager;

    bool hasFigures() const { return weeks > 0; }
    // Used over planned, 0..1 and above; 1 when nothing was planned.
    double utilisation() const { return planned > 0 ? used / planned : 1.0; }
};

// A week in which someone used less protected time than planned: what the coordinator
// raises with the manager.
struct ProtectedTimeViolation
{
    qint64 entryId = 0;
    qint64 participantId = 0;
    QString name;
    QString team;
    QString manager;
    QDate week;
    double planned = 0;
    double used = 0;
    QString reason; // a TimeReason key, or empty when none was recorded
    QString note;
};

struct CohortProtectedTime
{
    qint64 cohortId = 0;
    QList<QDate> weeks; // the cohort's weeks, first day of each
    TimeUse cohort;
    QList<TimeUse> people;                    // by name
    QList<TimeUse> teams;                     // by team
    QList<TimeUse> managers;                  // by manager
    QList<ProtectedTimeViolation> violations; // newest week first, then by name
};

// One cohort's protected time in the program-wide list.
struct CohortTimeUse
{
    qint64 cohortId = 0;
    QString name;
    TimeUse use;
    int peopleRepeatedlyBelow = 0; // people with two or more weeks below the plan
};

// Protected learning time: the weekly hours each participant may spend on the program, and
// how much of it their work left them. Figures are SQL aggregates over the rows recorded.
class ProtectedTime
{
    Q_DECLARE_TR_FUNCTIONS(ProtectedTime)
public:
    // A week is a violation when its hours used are recorded and below the plan.
    static bool isViolation(double planned, const QVariant &used);
    // The first day of every week from start to end: start, start + 7 days, ... up to end.
    static QList<QDate> weeksBetween(const QDate &start, const QDate &end);
    // The cohort's weeks from its dates, together with any other week that has entries.
    static std::optional<QList<QDate>> weeks(const QSqlDatabase &db, qint64 cohortId,
                                             QString *error);
    static std::optional<CohortProtectedTime> compute(const QSqlDatabase &db, qint64 cohortId,
                                                      QString *error);
    // Every cohort with protected time recorded, by start date: for the program's health.
    static std::optional<QList<CohortTimeUse>> perCohort(const QSqlDatabase &db, QString *error);
    // "84 %"
    static QString percent(double ratio);
};

} // namespace Upskill
