// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortmodel.h"

#include "checklisttemplate.h"
#include "edithistory.h"
#include "programfile.h"
#include "programsettings.h"
#include "quarter.h"
#include "rules.h"

#include <QSqlQuery>

namespace Upskill {

CohortModel::CohortModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("cohorts"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("name"), ColumnKind::Text, tr("Cohort"), {}, true},
           {QStringLiteral("track_id"), ColumnKind::Relation, tr("Track"), {}, true},
           {QStringLiteral("quarter"), ColumnKind::Text, tr("Quarter"), {}, true},
           {QStringLiteral("start_date"), ColumnKind::Date, tr("Starts")},
           {QStringLiteral("end_date"), ColumnKind::Date, tr("Ends")},
           {QStringLiteral("status"), ColumnKind::Choice, tr("Status"), Term::CohortStatus, true},
           {QStringLiteral("is_pilot"), ColumnKind::Bool, tr("Pilot")},
           {QStringLiteral("instructors"), ColumnKind::Text, tr("Instructors")},
           {QStringLiteral("managers_briefed"), ColumnKind::Bool, tr("Managers briefed")},
           {QStringLiteral("managers_briefed_on"), ColumnKind::Date, tr("Briefed on")},
           {QStringLiteral("showcase_date"), ColumnKind::Date, tr("Showcase")},
           {QStringLiteral("notes"), ColumnKind::Text, tr("Notes")}},
          parent)
{
    setRelation(Track, QSqlRelation(QStringLiteral("tracks"), QStringLiteral("id"),
                                    QStringLiteral("name")));
    setWatchedTables({QStringLiteral("tracks")},
                     {QStringLiteral("enrollments"), QStringLiteral("program_settings"),
                      QStringLiteral("checklist_items")});
    setSort(StartDate, Qt::AscendingOrder);
}

void CohortModel::setQuarter(const QString &quarter)
{
    setCondition(QStringLiteral("quarter"), quarter.isEmpty() ? QVariant() : QVariant(quarter));
}

void CohortModel::setStatus(const QString &status)
{
    setCondition(QStringLiteral("status"), status.isEmpty() ? QVariant() : QVariant(status));
}

QStringList CohortModel::quarters() const
{
    QStringList result;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT DISTINCT quarter FROM cohorts ORDER BY quarter"));
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

QStringList CohortModel::searchFields() const
{
    return {QStringLiteral("name"), QStringLiteral("instructors"), QStringLiteral("quarter")};
}

QString CohortModel::validate(int row, int column, const QVariant &value) const
{
    if (column == Quarter && !Upskill::Quarter::parse(value.toString()).isValid())
        return tr("\"%1\" is not a quarter; write it like 2026-Q3.").arg(value.toString());
    if (column == StartDate || column == EndDate) {
        const QDate start = QDate::fromString(
            column == StartDate ? value.toString()
                                : storedValue(row, QStringLiteral("start_date")).toString(),
            Qt::ISODate);
        const QDate end = QDate::fromString(
            column == EndDate ? value.toString()
                              : storedValue(row, QStringLiteral("end_date")).toString(),
            Qt::ISODate);
        return Rules::dateOrderError(start, end);
    }
    return {};
}

QString CohortModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    if (!Upskill::Quarter::parse(values.value(QStringLiteral("quarter")).toString()).isValid())
        return tr("\"%1\" is not a quarter; write it like 2026-Q3.")
            .arg(values.value(QStringLiteral("quarter")).toString());
    return Rules::dateOrderError(
        QDate::fromString(values.value(QStringLiteral("start_date")).toString(), Qt::ISODate),
        QDate::fromString(values.value(QStringLiteral("end_date")).toString(), Qt::ISODate));
}

bool CohortModel::insertRecords(const QList<QVariantMap> &records, const QString &description,
                                QList<qint64> *ids)
{
    // Each cohort is written together with its checklist in one transaction, so undoing the
    // new cohort takes its checklist with it (through the cascade) and redo brings both back.
    auto addOne = [this](const QVariantMap &record, const QString &text, qint64 *id) {
        QString error;
        const QList<QVariantMap> items = ChecklistTemplate::items(
            database(),
            QDate::fromString(record.value(QStringLiteral("start_date")).toString(), Qt::ISODate),
            &error);
        if (!error.isEmpty()) {
            Q_EMIT editRefused(error);
            return false;
        }
        return m_history.addRowWithChildren(tableName(), record, QStringLiteral("checklist_items"),
                                            QStringLiteral("cohort_id"), items, text, id);
    };
    if (records.size() == 1) {
        qint64 id = -1;
        if (!addOne(records.first(), description, &id))
            return false;
        if (ids)
            *ids = {id};
        return true;
    }
    // Several cohorts at once (nothing in the window does this yet) stay one undo step.
    m_history.stack()->beginMacro(description);
    bool ok = true;
    for (const QVariantMap &record : records) {
        qint64 id = -1;
        ok = addOne(record, description, &id);
        if (!ok)
            break;
        if (ids)
            ids->append(id);
    }
    m_history.stack()->endMacro();
    return ok;
}

QVariant CohortModel::computedHeader(int computedColumn) const
{
    switch (computedColumn) {
    case 0:
        return tr("Enrolled");
    case 1:
        return tr("Withdrawn");
    default:
        return tr("Checklist");
    }
}

ChecklistProgress CohortModel::checklistProgress(int row) const
{
    return m_checklists.value(idAt(row));
}

QVariant CohortModel::computedData(int row, int computedColumn, int role) const
{
    if (computedColumn == Checklist - Enrolled) {
        if (role != Qt::DisplayRole)
            return {};
        const ChecklistProgress progress = checklistProgress(row);
        if (progress.total == 0)
            return tr("none");
        const QString count = tr("%1/%2").arg(progress.done).arg(progress.total);
        return progress.overdue > 0 ? tr("%1 · %n overdue", nullptr, progress.overdue).arg(count)
                                    : count;
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const Counts counts = m_counts.value(idAt(row));
    return computedColumn == 0 ? counts.enrolled : counts.withdrawn;
}

QString CohortModel::sizeWarning(int row) const
{
    // A cancelled cohort's size no longer matters.
    if (storedValue(row, QStringLiteral("status")).toString() == QLatin1String("cancelled"))
        return {};
    // The size rule is about the group that is formed: once a cohort has started, people who
    // dropped out still count (attrition shows in the completion rate instead); while it is
    // planned, only those still enrolled make up the group.
    const Counts counts = m_counts.value(idAt(row));
    const bool started =
        storedValue(row, QStringLiteral("status")).toString() != QLatin1String("planned");
    return Rules::cohortSizeWarning(started ? counts.enrolled + counts.withdrawn : counts.enrolled,
                                    m_sizeMin, m_sizeMax);
}

QVariant CohortModel::cellHint(int row, int column, int role) const
{
    if ((column == Name || column == Enrolled) &&
        (role == WarningRole || role == Qt::ToolTipRole)) {
        const QString warning = sizeWarning(row);
        return warning.isEmpty() ? QVariant() : QVariant(warning);
    }
    if (column == Checklist && (role == WarningRole || role == Qt::ToolTipRole)) {
        const ChecklistProgress progress = checklistProgress(row);
        if (progress.overdue > 0)
            return tr("%n launch checklist item(s) overdue.", nullptr, progress.overdue);
        if (role == WarningRole)
            return {};
        return progress.total == 0 ? tr("This cohort has no launch checklist yet.")
                                   : tr("%1 of %2 launch checklist items done.")
                                         .arg(progress.done)
                                         .arg(progress.total);
    }
    return {};
}

void CohortModel::refreshComputed()
{
    const ProgramSettings settings = ProgramSettings::load(database());
    m_sizeMin = settings.cohortSizeMin;
    m_sizeMax = settings.cohortSizeMax;
    m_counts.clear();
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT cohort_id, sum(status <> 'withdrawn'), "
                              "sum(status = 'withdrawn') FROM enrollments GROUP BY cohort_id"));
    while (query.next())
        m_counts.insert(query.value(0).toLongLong(),
                        {query.value(1).toInt(), query.value(2).toInt()});
    m_checklists = ChecklistProgress::byCohort(database(), QDate::currentDate());
}

} // namespace Upskill
