// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schedulegenerator.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace Upskill {

class EditHistory;

// What generating a cohort's schedule starts from: the cohort, its track's modules, the
// holidays, who leads it, and the pattern of the sessions it already has (so regenerating
// offers the same weekdays, time and place).
struct CohortScheduleInputs
{
    qint64 cohortId = -1;
    QString name;
    QString track;
    QDate start;
    QDate end;
    QString instructors;
    QStringList participants; // by name, for the reading group's rotating facilitator
    QList<ScheduleModule> modules;
    QSet<QDate> holidays;
    int sessions = 0; // already there
    int edited = 0;   // of them, added or changed by the coordinator
    QList<int> usualWeekdays;
    QTime usualTime;
    QString usualLocation;
};

// What regenerating would delete: the sessions replaced and what hangs off them.
struct ScheduleReplacement
{
    int sessions = 0;
    int attendanceMarks = 0;
    int surveyAnswers = 0;
};

// Reads a cohort's inputs for the generator and writes what it generated: the sessions that
// are replaced (all, or all but those the coordinator changed) go and the new ones come in one
// transaction and one undo step. A kept session takes the place of the generated one it came
// from (same module, format and title), so keeping changes does not double sessions.
class CohortSchedule
{
    Q_DECLARE_TR_FUNCTIONS(CohortSchedule)
public:
    static CohortScheduleInputs load(const QSqlDatabase &db, qint64 cohortId);
    static ScheduleReplacement replacement(const QSqlDatabase &db, qint64 cohortId,
                                           bool keepEdited);
    // planned without the sessions whose place a kept session takes.
    static QList<PlannedSession> withoutKept(const QSqlDatabase &db, qint64 cohortId,
                                             const QList<PlannedSession> &planned);
    // Replaces the cohort's sessions with planned (keeping the changed ones when keepEdited);
    // written receives how many sessions were added.
    static bool write(EditHistory &history, qint64 cohortId, const QList<PlannedSession> &planned,
                      bool keepEdited, int *written = nullptr);
};

} // namespace Upskill
