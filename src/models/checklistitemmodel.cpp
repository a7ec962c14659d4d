// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistitemmodel.h"

#include "checklisttemplate.h"
#include "edithistory.h"

#include <QColor>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

namespace {
const QString Table = QStringLiteral("checklist_items");
}

ChecklistItemModel::ChecklistItemModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, Table,
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("cohort_id"), ColumnKind::Hidden, tr("Cohort"), {}, false, false},
           {QStringLiteral("section"), ColumnKind::Choice, tr("Section"), Term::ChecklistSection,
            true},
           {QStringLiteral("title"), ColumnKind::Text, tr("Item"), {}, true},
           {QStringLiteral("owner"), ColumnKind::Text, tr("Owner")},
           {QStringLiteral("due_date"), ColumnKind::Date, tr("Due")},
           {QStringLiteral("done"), ColumnKind::Bool, tr("Done")},
           {QStringLiteral("done_on"), ColumnKind::Date, tr("Done on")},
           {QStringLiteral("note"), ColumnKind::Text, tr("Note")},
           {QStringLiteral("position"), ColumnKind::Hidden, tr("Position"), {}, false, false}},
          parent)
{
    // The program's own checklist until told otherwise; select() reads it.
    setCondition(QStringLiteral("cohort_id"), cohortValue());
}

void ChecklistItemModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    setCondition(QStringLiteral("cohort_id"), cohortValue());
    select();
}

void ChecklistItemModel::setProgram()
{
    setCohort(-1);
}

QVariant ChecklistItemModel::cohortValue() const
{
    // A null value of a valid type: the filter asks for "cohort_id IS NULL".
    return m_cohortId < 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(m_cohortId);
}

QString ChecklistItemModel::orderByClause() const
{
    // The sections in the order they are worked through, which is not alphabetical; the sort
    // is fixed, the header does not change it.
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    return QStringLiteral("ORDER BY CASE %1.section WHEN 'pre_launch' THEN 1 "
                          "WHEN 'infrastructure' THEN 2 ELSE 3 END, %1.position, %1.id")
        .arg(table);
}

void ChecklistItemModel::sort(int, Qt::SortOrder)
{
    // The order is the checklist's own (section, then position) and changes by moving items.
}

QStringList ChecklistItemModel::searchFields() const
{
    return {QStringLiteral("title"), QStringLiteral("owner"), QStringLiteral("note")};
}

QString ChecklistItemModel::sectionAt(int row) const
{
    return storedValue(row, QStringLiteral("section")).toString();
}

bool ChecklistItemModel::isDone(int row) const
{
    return storedValue(row, QStringLiteral("done")).toInt() != 0;
}

bool ChecklistItemModel::isOverdue(int row) const
{
    return ChecklistProgress::isOverdue(
        isDone(row),
        QDate::fromString(storedValue(row, QStringLiteral("due_date")).toString(), Qt::ISODate),
        QDate::currentDate());
}

ChecklistProgress ChecklistItemModel::progress() const
{
    return ChecklistProgress::of(database(), cohortValue(), QDate::currentDate());
}

QList<qint64> ChecklistItemModel::sectionOrder(const QString &section,
                                               QHash<qint64, int> *positions) const
{
    QList<qint64> order;
    QSqlQuery query(database());
    query.prepare(m_cohortId < 0 ? QStringLiteral("SELECT id, position FROM checklist_items "
                                                  "WHERE cohort_id IS NULL AND section = ? "
                                                  "ORDER BY position, id")
                                 : QStringLiteral("SELECT id, position FROM checklist_items "
                                                  "WHERE cohort_id = ? AND section = ? "
                                                  "ORDER BY position, id"));
    if (m_cohortId >= 0)
        query.addBindValue(m_cohortId);
    query.addBindValue(section);
    query.exec();
    while (query.next()) {
        order.append(query.value(0).toLongLong());
        if (positions)
            positions->insert(order.last(), query.value(1).toInt());
    }
    return order;
}

int ChecklistItemModel::nextPosition(const QString &section) const
{
    QSqlQuery query(database());
    query.prepare(m_cohortId < 0
                      ? QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM checklist_items "
                                       "WHERE cohort_id IS NULL AND section = ?")
                      : QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM checklist_items "
                                       "WHERE cohort_id = ? AND section = ?"));
    if (m_cohortId >= 0)
        query.addBindValue(m_cohortId);
    query.addBindValue(section);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 1;
}

bool ChecklistItemModel::addItem(const QString &section, const QString &title, qint64 *id)
{
    if (!Vocabulary::contains(Term::ChecklistSection, section)) {
        Q_EMIT editRefused(tr("“%1” is not a section of the launch checklist.").arg(section));
        return false;
    }
    QVariantMap record{
        {QStringLiteral("section"), section},
        {QStringLiteral("title"), title.trimmed().isEmpty() ? tr("New item") : title.trimmed()},
        {QStringLiteral("position"), nextPosition(section)}};
    if (m_cohortId >= 0)
        record.insert(QStringLiteral("cohort_id"), m_cohortId);
    return addRecord(record, tr("Add checklist item"), id);
}

bool ChecklistItemModel::removeItems(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n checklist item(s)", nullptr, int(ids.size())));
}

bool ChecklistItemModel::canMove(int row, int delta) const
{
    if (row < 0 || row >= rowCount() || (delta != -1 && delta != 1))
        return false;
    // Read from the file: the neighbour may not have been fetched yet, or be filtered out.
    const QList<qint64> order = sectionOrder(sectionAt(row), nullptr);
    const int from = int(order.indexOf(idAt(row)));
    return from >= 0 && from + delta >= 0 && from + delta < order.size();
}

bool ChecklistItemModel::move(int row, int delta)
{
    if (!canMove(row, delta))
        return false;
    // Renumbered 1..n within the section: positions that tie (items added by hand, by another
    // coordinator) would otherwise not move at all.
    QHash<qint64, int> positionOf;
    QList<qint64> order = sectionOrder(sectionAt(row), &positionOf);
    const int from = int(order.indexOf(idAt(row)));
    order.swapItemsAt(from, from + delta);
    QList<FieldChange> changes;
    for (int i = 0; i < order.size(); ++i) {
        if (positionOf.value(order.at(i)) != i + 1)
            changes.append({Table, order.at(i), QStringLiteral("position"), i + 1});
    }
    return m_history.editFields(changes, delta < 0 ? tr("Move checklist item up")
                                                   : tr("Move checklist item down"));
}

bool ChecklistItemModel::createFromTemplate()
{
    if (progress().total > 0) {
        Q_EMIT editRefused(tr("This checklist has items already; the template only fills an "
                              "empty one."));
        return false;
    }
    QDate start;
    if (m_cohortId >= 0) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT start_date FROM cohorts WHERE id = ?"));
        query.addBindValue(m_cohortId);
        if (query.exec() && query.next())
            start = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    }
    QString error;
    QList<QVariantMap> items = ChecklistTemplate::items(database(), start, &error);
    if (!error.isEmpty()) {
        Q_EMIT editRefused(error);
        return false;
    }
    if (items.isEmpty()) {
        Q_EMIT editRefused(tr("The checklist template has no items."));
        return false;
    }
    if (m_cohortId >= 0) {
        for (QVariantMap &item : items)
            item.insert(QStringLiteral("cohort_id"), m_cohortId);
    }
    return m_history.addRows(Table, items, tr("Create checklist from template"));
}

QString ChecklistItemModel::validate(int row, int column, const QVariant &value) const
{
    if (column == DoneOn && !value.isNull() && !isDone(row))
        return tr("Tick the item first; the day it was done is recorded then.");
    if (column == DoneOn && value.isNull() && isDone(row))
        return tr("A done item keeps the day it was done; untick it to clear the day.");
    return {};
}

QString ChecklistItemModel::describeEdit(int row, int column) const
{
    if (column == Done)
        return isDone(row) ? tr("Mark checklist item not done") : tr("Mark checklist item done");
    return ProgramTableModel::describeEdit(row, column);
}

bool ChecklistItemModel::writeField(int row, const QString &field, const QVariant &value,
                                    const QString &description)
{
    const qint64 id = idAt(row);
    if (field == QLatin1String("done")) {
        // The day it was done goes with the tick, so one undo takes back both.
        const bool done = value.toInt() != 0;
        return m_history.editFields({{Table, id, QStringLiteral("done"), done ? 1 : 0},
                                     {Table, id, QStringLiteral("done_on"),
                                      done ? QVariant(QDate::currentDate().toString(Qt::ISODate))
                                           : QVariant(QMetaType::fromType<QString>())}},
                                    description);
    }
    if (field == QLatin1String("section")) {
        // An item moved to another section goes to that section's end.
        return m_history.editFields(
            {{Table, id, QStringLiteral("section"), value},
             {Table, id, QStringLiteral("position"), nextPosition(value.toString())}},
            description);
    }
    return ProgramTableModel::writeField(row, field, value, description);
}

QVariant ChecklistItemModel::cellHint(int row, int column, int role) const
{
    if (column == DueDate && (role == WarningRole || role == Qt::ToolTipRole) && isOverdue(row)) {
        const QDate due =
            QDate::fromString(storedValue(row, QStringLiteral("due_date")).toString(), Qt::ISODate);
        return tr("Overdue: due %1 and not done yet.")
            .arg(QLocale().toString(due, QLocale::ShortFormat));
    }
    // The whole text, which a narrow column cuts short, and the note with it.
    if ((column == Title || column == Note) && role == Qt::ToolTipRole) {
        const QString title = storedValue(row, QStringLiteral("title")).toString();
        const QString note = storedValue(row, QStringLiteral("note")).toString();
        return note.isEmpty() ? title : title + QStringLiteral("\n\n") + note;
    }
    // A done item steps back in mid grey, which reads as "finished" on light and dark palettes
    // alike and needs no application palette (models also run headless).
    if (role == Qt::ForegroundRole && column != Done && column != Section && isDone(row))
        return QColor(128, 128, 128);
    return {};
}

} // namespace Upskill
