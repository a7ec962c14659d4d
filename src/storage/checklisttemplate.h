// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariantMap>

namespace Upskill {

class ProgramFile;

// The launch-checklist template turned into a real checklist: the program's own (cohort_id
// NULL) or a cohort's. A cohort's items fall due relative to its start (the template's
// due_offset_days, negative before it); the program's checklist, and a cohort without a start
// date, get no due dates, because there is no day to count from.
class ChecklistTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplate)
public:
    // The rows of a new checklist for checklist_items, in the template's order, without
    // cohort_id: the caller adds it (or a command fills it in for a cohort not written yet).
    // An invalid start leaves every due date empty.
    static QList<QVariantMap> items(const QSqlDatabase &db, const QDate &start, QString *error);
    // Writes the template into the checklist of cohortId (a null QVariant: the program's) in
    // one transaction, without undo: for a new file's content and for tools. A cohort's due
    // dates count from its start date as stored.
    static bool create(ProgramFile &file, const QVariant &cohortId, QString *error);
    // How many items the checklist has (a null cohortId: the program's); 0 means it has not
    // been created yet.
    static int itemCount(const QSqlDatabase &db, const QVariant &cohortId);
};

} // namespace Upskill
