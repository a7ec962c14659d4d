// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

#include <QVariant>

namespace Upskill {

// Changes one field of a row that has no id of its own and is named by its key columns
// instead (a rubric level is its dimension and level number). The key survives the row being
// deleted and put back by other undo steps, which a rowid would not.
class EditKeyedFieldCommand : public HistoryCommand
{
public:
    EditKeyedFieldCommand(EditHistory &history, const QString &table, const QVariantMap &key,
                          const QString &column, const QVariant &value, const QString &text);
    void redo() override;
    void undo() override;

private:
    QString m_table;
    QVariantMap m_key;
    QString m_column;
    QVariant m_old;
    QVariant m_new;
};

} // namespace Upskill
