// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

namespace Upskill {

// Inserts rows in one transaction; undo deletes them (and anything added under them since).
// Redo after undo re-inserts with the same ids, so later commands that refer to them still fit.
class AddRowsCommand : public HistoryCommand
{
public:
    AddRowsCommand(EditHistory &history, const QString &table, const QList<QVariantMap> &rows,
                   const QString &text);
    void redo() override;
    void undo() override;
    QList<qint64> ids() const { return m_ids; }

private:
    QString m_table;
    QList<QVariantMap> m_rows;
    QList<qint64> m_ids;
};

} // namespace Upskill
