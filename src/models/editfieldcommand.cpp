// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfieldcommand.h"

#include "rowstore.h"

namespace Upskill {

EditFieldCommand::EditFieldCommand(EditHistory &history, const QString &table, qint64 id,
                                   const QString &column, const QVariant &value,
                                   const QString &text)
    : HistoryCommand(history, text), m_table(table), m_id(id), m_column(column), m_new(value)
{
    // Read the stored value rather than what a view showed: relation columns display a name
    // but store an id.
    m_old = RowStore(history.file()).value(table, id, column);
}

void EditFieldCommand::redo()
{
    QString error;
    const bool ok = RowStore(m_history.file()).update(m_table, m_id, m_column, m_new, &error);
    finish(ok, error);
}

void EditFieldCommand::undo()
{
    QString error;
    const bool ok = RowStore(m_history.file()).update(m_table, m_id, m_column, m_old, &error);
    finish(ok, error);
}

} // namespace Upskill
