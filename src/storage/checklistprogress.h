// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace Upskill {

// How far a launch checklist is: items done out of all, and the items not done whose due date
// has passed. Counted by SQL, so a view never walks the items to show it.
struct ChecklistProgress
{
    int done = 0;
    int total = 0;
    int overdue = 0;

    // An item is overdue when it is not done and its due date is before today; an item without
    // a due date never is.
    static bool isOverdue(bool done, const QDate &due, const QDate &today);
    // One checklist: a null cohortId is the program's.
    static ChecklistProgress of(const QSqlDatabase &db, const QVariant &cohortId,
                                const QDate &today);
    // Every cohort's checklist by cohort id, in one aggregate; cohorts without a checklist are
    // left out.
    static QHash<qint64, ChecklistProgress> byCohort(const QSqlDatabase &db, const QDate &today);
};

} // namespace Upskill
