// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklisttemplate.h"

#include "programfile.h"
#include "rowstore.h"
#include "sqlerrors.h"
#include "writetransaction.h"

#include <QSqlQuery>

namespace Upskill {

QList<QVariantMap> ChecklistTemplate::items(const QSqlDatabase &db, const QDate &start,
                                            QString *error)
{
    QList<QVariantMap> rows;
    QSqlQuery query(db);
    // The sections in the order they are worked through, not alphabetically.
    if (!query.exec(QStringLiteral(
            "SELECT section, title, default_owner, due_offset_days, position "
            "FROM checklist_template_items ORDER BY CASE section WHEN 'pre_launch' THEN 1 "
            "WHEN 'infrastructure' THEN 2 ELSE 3 END, position, id"))) {
        *error = tr("The checklist template cannot be read: %1")
                     .arg(SqlErrors::explain(query.lastError()));
        return {};
    }
    while (query.next()) {
        const QVariant due =
            start.isValid() ? QVariant(start.addDays(query.value(3).toInt()).toString(Qt::ISODate))
                            : QVariant(QMetaType::fromType<QString>());
        rows.append({{QStringLiteral("section"), query.value(0)},
                     {QStringLiteral("title"), query.value(1)},
                     {QStringLiteral("owner"), query.value(2)},
                     {QStringLiteral("due_date"), due},
                     {QStringLiteral("position"), query.value(4)}});
    }
    return rows;
}

bool ChecklistTemplate::create(ProgramFile &file, const QVariant &cohortId, QString *error)
{
    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QDate start;
    if (!cohortId.isNull()) {
        QSqlQuery cohort(file.database());
        cohort.prepare(QStringLiteral("SELECT start_date FROM cohorts WHERE id = ?"));
        cohort.addBindValue(cohortId);
        if (!cohort.exec() || !cohort.next()) {
            *error = tr("The cohort of this checklist no longer exists.");
            return false;
        }
        start = QDate::fromString(cohort.value(0).toString(), Qt::ISODate);
    }
    QString problem;
    QList<QVariantMap> rows = items(file.database(), start, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (!cohortId.isNull()) {
        for (QVariantMap &row : rows)
            row.insert(QStringLiteral("cohort_id"), cohortId);
    }
    if (!RowStore(file).insert(QStringLiteral("checklist_items"), rows, nullptr, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

int ChecklistTemplate::itemCount(const QSqlDatabase &db, const QVariant &cohortId)
{
    QSqlQuery query(db);
    query.prepare(
        cohortId.isNull()
            ? QStringLiteral("SELECT count(*) FROM checklist_items WHERE cohort_id IS NULL")
            : QStringLiteral("SELECT count(*) FROM checklist_items WHERE cohort_id = ?"));
    if (!cohortId.isNull())
        query.addBindValue(cohortId);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace Upskill
