// SPDX-License-Identifier: GPL-3.0-or-later
#include "edithistory.h"

#include "addrowscommand.h"
#include "addrowwithchildrencommand.h"
#include "editfieldcommand.h"
#include "editfieldscommand.h"
#include "editkeyedfieldcommand.h"
#include "programfile.h"
#include "removerowscommand.h"

namespace Upskill {

EditHistory::EditHistory(ProgramFile &file, QObject *parent) : QObject(parent), m_file(file) {}

bool EditHistory::push(HistoryCommand *command)
{
    // A read-only program takes no edits: said once, plainly, and nothing goes on the stack.
    if (m_file.isReadOnly()) {
        delete command;
        reportFailure(m_file.readOnlyMessage());
        return false;
    }
    // QUndoStack::push() runs redo() at once; a command whose first redo failed marks itself
    // obsolete and the stack deletes it, so a refused edit leaves nothing to undo.
    m_lastPushSucceeded = false;
    m_stack.push(command);
    return m_lastPushSucceeded;
}

bool EditHistory::editField(const QString &table, qint64 id, const QString &column,
                            const QVariant &value, const QString &description)
{
    return push(new EditFieldCommand(*this, table, id, column, value, description));
}

bool EditHistory::addRows(const QString &table, const QList<QVariantMap> &rows,
                          const QString &description, QList<qint64> *ids)
{
    auto *command = new AddRowsCommand(*this, table, rows, description);
    const bool ok = push(command);
    // On success the command is on the stack and still alive.
    if (ok && ids)
        *ids = command->ids();
    return ok;
}

bool EditHistory::removeRows(const QString &table, const QList<qint64> &ids,
                             const QString &description)
{
    return push(new RemoveRowsCommand(*this, table, ids, description));
}

bool EditHistory::editFields(const QList<FieldChange> &changes, const QString &description)
{
    if (changes.isEmpty())
        return true;
    return push(new EditFieldsCommand(*this, changes, description));
}

bool EditHistory::editFieldByKey(const QString &table, const QVariantMap &key,
                                 const QString &column, const QVariant &value,
                                 const QString &description)
{
    return push(new EditKeyedFieldCommand(*this, table, key, column, value, description));
}

bool EditHistory::addRowWithChildren(const QString &table, const QVariantMap &row,
                                     const QString &childTable, const QString &parentField,
                                     const QList<QVariantMap> &children, const QString &description,
                                     qint64 *id)
{
    auto *command = new AddRowWithChildrenCommand(*this, table, row, childTable, parentField,
                                                  children, description);
    const bool ok = push(command);
    if (ok && id)
        *id = command->newId();
    return ok;
}

void EditHistory::reportFailure(const QString &message)
{
    Q_EMIT editFailed(message);
}

void HistoryCommand::finish(bool ok, const QString &error)
{
    m_succeeded = ok;
    m_error = error;
    if (m_firstRun) {
        m_firstRun = false;
        m_history.recordFirstRun(ok);
        if (!ok)
            setObsolete(true);
    }
    if (!ok)
        m_history.reportFailure(error);
}

} // namespace Upskill
