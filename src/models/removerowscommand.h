// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"
#include "rowstore.h"

namespace Upskill {

// Deletes rows with everything that cascades from them; undo restores all of it exactly.
class RemoveRowsCommand : public HistoryCommand
{
public:
    RemoveRowsCommand(EditHistory &history, const QString &table, const QList<qint64> &ids,
                      const QString &text);
    void redo() override;
    void undo() override;

private:
    QString m_table;
    QList<qint64> m_ids;
    RemovedRows m_removed;
};

} // namespace Upskill
