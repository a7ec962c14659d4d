// SPDX-License-Identifier: GPL-3.0-or-later
#include "editfieldscommand.h"

#include "programfile.h"
#include "rowstore.h"
#include "writetransaction.h"

namespace Upskill {

EditFieldsCommand::EditFieldsCommand(EditHistory &history, const QList<FieldChange> &changes,
                                     const QString &text)
    : HistoryCommand(history, text), m_new(changes)
{
    const RowStore store(history.file());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        m_old.append({it->table, it->id, it->column, store.value(it->table, it->id, it->column)});
}

bool EditFieldsCommand::apply(const QList<FieldChange> &changes, QString *error)
{
    ProgramFile &file = m_history.file();
    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    RowStore store(file);
    bool ok = true;
    for (const FieldChange &change : changes) {
        if (!store.update(change.table, change.id, change.column, change.value, error)) {
            ok = false;
            break;
        }
    }
    if (ok && !transaction.commit()) {
        ok = false;
        *error = transaction.error();
    }
    if (!ok)
        transaction.rollback();
    // Rows were announced one by one as they changed; a change of several rows can move them
    // (positions) and a rollback takes them back, so the tables are announced as a whole.
    QStringList tables;
    for (const FieldChange &change : changes) {
        if (!tables.contains(change.table))
            tables.append(change.table);
    }
    file.notifyChanged(tables);
    return ok;
}

void EditFieldsCommand::redo()
{
    QString error;
    const bool ok = apply(m_new, &error);
    finish(ok, error);
}

void EditFieldsCommand::undo()
{
    QString error;
    const bool ok = apply(m_old, &error);
    finish(ok, error);
}

} // namespace Upskill
