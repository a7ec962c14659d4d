// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QUndoStack>
#include <QVariantMap>

namespace Upskill {

class ProgramFile;

// One field of one row set to a value; several of them make one step of editFields().
struct FieldChange
{
    QString table;
    qint64 id = 0;
    QString column;
    QVariant value;
};

// The one place edits of an open program go through: each edit becomes an undo command on
// this program's stack, and the command writes through storage. Models call these instead of
// writing; a refused or failed write is reported through editFailed() for the view to show.
class EditHistory : public QObject
{
    Q_OBJECT
public:
    explicit EditHistory(ProgramFile &file, QObject *parent = nullptr);

    ProgramFile &file() const { return m_file; }
    QUndoStack *stack() { return &m_stack; }

    bool editField(const QString &table, qint64 id, const QString &column, const QVariant &value,
                   const QString &description);
    // ids (optional) receives the new rows' ids.
    bool addRows(const QString &table, const QList<QVariantMap> &rows, const QString &description,
                 QList<qint64> *ids = nullptr);
    bool removeRows(const QString &table, const QList<qint64> &ids, const QString &description);
    // Several field changes as one transaction and one undo step.
    bool editFields(const QList<FieldChange> &changes, const QString &description);
    // A field of a row that has no id, named by its key columns instead.
    bool editFieldByKey(const QString &table, const QVariantMap &key, const QString &column,
                        const QVariant &value, const QString &description);
    // A row and the rows that belong to it (parentField set to the new row's id) as one
    // transaction and one undo step; id (optional) receives the new row's id.
    bool addRowWithChildren(const QString &table, const QVariantMap &row, const QString &childTable,
                            const QString &parentField, const QList<QVariantMap> &children,
                            const QString &description, qint64 *id = nullptr);

    // For commands: an undo or redo after the first one can fail too (another coordinator
    // changed the shared file); the user must hear about it.
    void reportFailure(const QString &message);
    // Called by a command after its first redo, which happens inside QUndoStack::push().
    void recordFirstRun(bool ok) { m_lastPushSucceeded = ok; }

Q_SIGNALS:
    void editFailed(const QString &message);

private:
    bool push(class HistoryCommand *command);

    ProgramFile &m_file;
    QUndoStack m_stack;
    bool m_lastPushSucceeded = false;
};

// Base of the commands: remembers whether its last redo/undo worked.
class HistoryCommand : public QUndoCommand
{
public:
    HistoryCommand(EditHistory &history, const QString &text) : m_history(history)
    {
        setText(text);
    }
    bool succeeded() const { return m_succeeded; }
    QString error() const { return m_error; }

protected:
    void finish(bool ok, const QString &error);
    EditHistory &m_history;

private:
    bool m_firstRun = true;
    bool m_succeeded = false;
    QString m_error;
};

} // namespace Upskill
