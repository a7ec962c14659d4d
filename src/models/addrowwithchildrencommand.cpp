// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrowwithchildrencommand.h"

#include "programfile.h"
#include "rowstore.h"
#include "writetransaction.h"

namespace Upskill {

AddRowWithChildrenCommand::AddRowWithChildrenCommand(
    EditHistory &history, const QString &table, const QVariantMap &row, const QString &childTable,
    const QString &parentField, const QList<QVariantMap> &children, const QString &text)
    : HistoryCommand(history, text), m_table(table), m_row(row), m_childTable(childTable),
      m_parentField(parentField), m_children(children)
{}

bool AddRowWithChildrenCommand::insert(QString *error)
{
    ProgramFile &file = m_history.file();
    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    RowStore store(file);
    QVariantMap row = m_row;
    if (m_id >= 0)
        row.insert(QStringLiteral("id"), m_id);
    QList<qint64> ids;
    if (!store.insert(m_table, {row}, &ids, error) || ids.isEmpty())
        return false;
    QList<QVariantMap> children = m_children;
    for (QVariantMap &child : children)
        child.insert(m_parentField, ids.first());
    if (!store.insert(m_childTable, children, nullptr, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    m_id = ids.first();
    return true;
}

void AddRowWithChildrenCommand::redo()
{
    QString error;
    const bool ok = insert(&error);
    if (!ok) {
        // The parent row was announced before the children failed and the whole was rolled
        // back: views showing it must read the table again.
        m_history.file().notifyChanged({m_table, m_childTable});
    }
    finish(ok, error);
}

void AddRowWithChildrenCommand::undo()
{
    QString error;
    const bool ok = RowStore(m_history.file()).remove(m_table, {m_id}, nullptr, &error);
    finish(ok, error);
}

} // namespace Upskill
