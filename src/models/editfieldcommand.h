// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

#include <QVariant>

namespace Upskill {

// Changes one field of one row; undo puts the previous value back.
class EditFieldCommand : public HistoryCommand
{
public:
    EditFieldCommand(EditHistory &history, const QString &table, qint64 id, const QString &column,
                     const QVariant &value, const QString &text);
    void redo() override;
    void undo() override;

private:
    QString m_table;
    qint64 m_id;
    QString m_column;
    QVariant m_old;
    QVariant m_new;
};

} // namespace Upskill
