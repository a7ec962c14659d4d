// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinggrouppartmodel.h"

#include "edithistory.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

ReadingGroupPartModel::ReadingGroupPartModel(EditHistory &history, const QString &table,
                                             const QList<ColumnSpec> &columns, QObject *parent)
    : ProgramTableModel(history, table, columns, parent)
{}

void ReadingGroupPartModel::setGroup(qint64 groupId)
{
    m_groupId = groupId;
    setCondition(QStringLiteral("group_id"), groupId);
    select();
}

QString ReadingGroupPartModel::orderByClause() const
{
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    return QStringLiteral("ORDER BY %1.position, %1.id").arg(table);
}

QList<qint64> ReadingGroupPartModel::order(QHash<qint64, int> *positions) const
{
    QList<qint64> ids;
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT id, position FROM %1 WHERE group_id = ? ORDER BY position, id")
            .arg(database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName)));
    query.addBindValue(m_groupId);
    if (query.exec()) {
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
            if (positions)
                positions->insert(query.value(0).toLongLong(), query.value(1).toInt());
        }
    }
    return ids;
}

int ReadingGroupPartModel::nextPosition() const
{
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM %1 WHERE group_id = ?")
            .arg(database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName)));
    query.addBindValue(m_groupId);
    return query.exec() && query.next() ? query.value(0).toInt() : 1;
}

bool ReadingGroupPartModel::canMove(int row, int delta) const
{
    if (row < 0 || row >= rowCount() || (delta != -1 && delta != 1) ||
        columnOf(QStringLiteral("position")) < 0)
        return false;
    const QList<qint64> ids = order();
    const int from = int(ids.indexOf(idAt(row)));
    return from >= 0 && from + delta >= 0 && from + delta < ids.size();
}

bool ReadingGroupPartModel::move(int row, int delta)
{
    if (!canMove(row, delta))
        return false;
    // Renumbered 1..n: positions that tie (rows added by another coordinator at the same
    // time) would otherwise not move at all.
    QHash<qint64, int> positionOf;
    QList<qint64> ids = order(&positionOf);
    const int from = int(ids.indexOf(idAt(row)));
    ids.swapItemsAt(from, from + delta);
    QList<FieldChange> changes;
    for (int i = 0; i < ids.size(); ++i) {
        if (positionOf.value(ids.at(i)) != i + 1)
            changes.append({tableName(), ids.at(i), QStringLiteral("position"), i + 1});
    }
    return m_history.editFields(changes, moveText(delta));
}

} // namespace Upskill
