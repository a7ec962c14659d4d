// SPDX-License-Identifier: GPL-3.0-or-later
#include "addrowscommand.h"

#include "rowstore.h"

namespace Upskill {

AddRowsCommand::AddRowsCommand(EditHistory &history, const QString &table,
                               const QList<QVariantMap> &rows, const QString &text)
    : HistoryCommand(history, text), m_table(table), m_rows(rows)
{}

void AddRowsCommand::redo()
{
    QString error;
    QList<qint64> ids;
    const bool ok = RowStore(m_history.file()).insert(m_table, m_rows, &ids, &error);
    if (ok && m_ids.isEmpty()) {
        m_ids = ids;
        for (int i = 0; i < m_rows.size() && i < ids.size(); ++i)
            m_rows[i].insert(QStringLiteral("id"), ids.at(i));
    }
    finish(ok, error);
}

void AddRowsCommand::undo()
{
    QString error;
    const bool ok = RowStore(m_history.file()).remove(m_table, m_ids, nullptr, &error);
    finish(ok, error);
}

} // namespace Upskill
