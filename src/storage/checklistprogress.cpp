// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistprogress.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

namespace {
// ISO dates compare as text, so the comparison stays in SQL and uses no date functions.
const char *const Counts = "count(*), coalesce(sum(done), 0), "
                           "coalesce(sum(done = 0 AND due_date IS NOT NULL AND due_date < ?), 0)";
} // namespace

bool ChecklistProgress::isOverdue(bool done, const QDate &due, const QDate &today)
{
    return !done && due.isValid() && due < today;
}

ChecklistProgress ChecklistProgress::of(const QSqlDatabase &db, const QVariant &cohortId,
                                        const QDate &today)
{
    QSqlQuery query(db);
    const QString where =
        cohortId.isNull() ? QStringLiteral("cohort_id IS NULL") : QStringLiteral("cohort_id = ?");
    query.prepare(QStringLiteral("SELECT %1 FROM checklist_items WHERE %2")
                      .arg(QLatin1String(Counts), where));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!cohortId.isNull())
        query.addBindValue(cohortId);
    ChecklistProgress progress;
    if (!query.exec() || !query.next()) {
        qCWarning(StorageLog) << "checklist progress failed" << query.lastError();
        return progress;
    }
    progress.total = query.value(0).toInt();
    progress.done = query.value(1).toInt();
    progress.overdue = query.value(2).toInt();
    return progress;
}

QHash<qint64, ChecklistProgress> ChecklistProgress::byCohort(const QSqlDatabase &db,
                                                             const QDate &today)
{
    QHash<qint64, ChecklistProgress> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT cohort_id, %1 FROM checklist_items "
                                 "WHERE cohort_id IS NOT NULL GROUP BY cohort_id")
                      .arg(QLatin1String(Counts)));
    query.addBindValue(today.toString(Qt::ISODate));
    if (!query.exec()) {
        qCWarning(StorageLog) << "checklist progress failed" << query.lastError();
        return result;
    }
    while (query.next())
        result.insert(query.value(0).toLongLong(),
                      {query.value(2).toInt(), query.value(1).toInt(), query.value(3).toInt()});
    return result;
}

} // namespace Upskill
