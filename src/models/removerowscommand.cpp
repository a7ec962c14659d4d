// SPDX-License-Identifier: GPL-3.0-or-later
#include "removerowscommand.h"

namespace Upskill {

RemoveRowsCommand::RemoveRowsCommand(EditHistory &history, const QString &table,
                                     const QList<qint64> &ids, const QString &text)
    : HistoryCommand(history, text), m_table(table), m_ids(ids)
{}

void RemoveRowsCommand::redo()
{
    QString error;
    m_removed = {};
    const bool ok = RowStore(m_history.file()).remove(m_table, m_ids, &m_removed, &error);
    finish(ok, error);
}

void RemoveRowsCommand::undo()
{
    QString error;
    const bool ok = RowStore(m_history.file()).restore(m_removed, &error);
    finish(ok, error);
}

} // namespace Upskill
