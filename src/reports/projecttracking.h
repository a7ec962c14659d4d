// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

struct PersonWithoutProject
{
    qint64 participantId = 0;
    QString name;
    QString team;
    QString manager;
};

// The participants of a cohort who have not recorded an application project.
struct MissingProjects
{
    QDate due;            // the day after the cohort's first week; invalid without a start
    bool overdue = false; // today is on or after due: they are flagged
    int participants = 0; // in the cohort, withdrawn ones excepted
    QList<PersonWithoutProject> people;
};

struct CohortMissingProjects
{
    qint64 cohortId = 0;
    QString name;
    int participants = 0;
    int missing = 0;
};

// Application projects keep the program connected to real work: every participant brings a
// problem of their team in the cohort's first week. Someone without one after that week is
// flagged so the coordinator can follow up.
class ProjectTracking
{
    Q_DECLARE_TR_FUNCTIONS(ProjectTracking)
public:
    // The cohort a coordinator most likely works on today: the running one that started last,
    // else the next one to start, else the one that ended last; 0 when there is none.
    static qint64 currentCohort(const QSqlDatabase &db, const QDate &today);
    // The first day after the cohort's first week (start + 7 days).
    static QDate firstWeekOver(const QDate &cohortStart);
    static std::optional<MissingProjects> withoutProject(const QSqlDatabase &db, qint64 cohortId,
                                                         const QDate &today, QString *error);
    // Cohorts (not cancelled) past their first week on today with participants still
    // without a project, by start date: for the program's health.
    static std::optional<QList<CohortMissingProjects>> overdue(const QSqlDatabase &db,
                                                               const QDate &today, QString *error);
};

} // namespace Upskill
