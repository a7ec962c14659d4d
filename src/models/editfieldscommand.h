// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

namespace Upskill {

// Changes several fields, possibly of several rows, in one transaction: either all of them
// or none (two dimensions swapping places must never end up sharing one).
class EditFieldsCommand : public HistoryCommand
{
public:
    EditFieldsCommand(EditHistory &history, const QList<FieldChange> &changes, const QString &text);
    void redo() override;
    void undo() override;

private:
    bool apply(const QList<FieldChange> &changes, QString *error);

    QList<FieldChange> m_new;
    QList<FieldChange> m_old; // in reverse order, so undo retraces the steps
};

} // namespace Upskill
