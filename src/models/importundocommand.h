// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"
#include "programimport.h"
#include "rowstore.h"

namespace Upskill {

// An import that already happened (on a worker thread, in one transaction of its own) as
// one step of the edit history: undo removes the rows it added and puts back what it changed
// in rows that were there before; redo brings both back. Only ids and the changed values are
// kept, so even a 100,000-row import costs little memory until it is undone.
class ImportUndoCommand : public HistoryCommand
{
public:
    ImportUndoCommand(EditHistory &history, const ImportChanges &changes, const QString &text);

    // Puts the already written import on the history's stack, announcing the changed table.
    static void push(EditHistory &history, const ImportChanges &changes, const QString &text);

    void redo() override;
    void undo() override;

private:
    bool apply(bool after, QString *error);

    ImportChanges m_changes;
    RemovedRows m_removed;
    bool m_firstRun = true;
};

} // namespace Upskill
