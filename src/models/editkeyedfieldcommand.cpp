// SPDX-License-Identifier: GPL-3.0-or-later
#include "editkeyedfieldcommand.h"

#include "rowstore.h"

namespace Upskill {

EditKeyedFieldCommand::EditKeyedFieldCommand(EditHistory &history, const QString &table,
                                             const QVariantMap &key, const QString &column,
                                             const QVariant &value, const QString &text)
    : HistoryCommand(history, text), m_table(table), m_key(key), m_column(column), m_new(value)
{
    m_old = RowStore(history.file()).valueByKey(table, key, column);
}

void EditKeyedFieldCommand::redo()
{
    QString error;
    const bool ok = RowStore(m_history.file()).updateByKey(m_table, m_key, m_column, m_new, &error);
    finish(ok, error);
}

void EditKeyedFieldCommand::undo()
{
    QString error;
    const bool ok = RowStore(m_history.file()).updateByKey(m_table, m_key, m_column, m_old, &error);
    finish(ok, error);
}

} // namespace Upskill
