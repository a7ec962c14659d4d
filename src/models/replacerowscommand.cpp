// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacerowscommand.h"

#include "programfile.h"
#include "writetransaction.h"

namespace Upskill {

bool ReplaceRowsCommand::apply(EditHistory &history, const QString &table,
                               const QList<qint64> &removeIds, const QList<QVariantMap> &rows,
                               const QString &text, QList<qint64> *newIds)
{
    if (removeIds.isEmpty() && rows.isEmpty())
        return true;
    bool ok = false;
    // The stack runs redo() at once; a failed first run marks the command obsolete and the
    // stack deletes it, so the result comes back through ok rather than the command.
    history.stack()->push(
        new ReplaceRowsCommand(history, table, removeIds, rows, text, &ok, newIds));
    return ok;
}

ReplaceRowsCommand::ReplaceRowsCommand(EditHistory &history, const QString &table,
                                       const QList<qint64> &removeIds,
                                       const QList<QVariantMap> &rows, const QString &text,
                                       bool *firstResult, QList<qint64> *newIds)
    : HistoryCommand(history, text), m_table(table), m_removeIds(removeIds), m_rows(rows),
      m_firstResult(firstResult), m_newIds(newIds)
{}

bool ReplaceRowsCommand::replace(QString *error)
{
    ProgramFile &file = m_history.file();
    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    RowStore store(file);
    RemovedRows removed;
    if (!m_removeIds.isEmpty() && !store.remove(m_table, m_removeIds, &removed, error))
        return false;
    QList<qint64> ids;
    if (!m_rows.isEmpty() && !store.insert(m_table, m_rows, &ids, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    m_removed = removed;
    if (m_ids.isEmpty()) {
        // Redo after undo inserts the same ids, so later steps that refer to them still fit.
        m_ids = ids;
        for (int i = 0; i < m_rows.size() && i < ids.size(); ++i)
            m_rows[i].insert(QStringLiteral("id"), ids.at(i));
    }
    return true;
}

bool ReplaceRowsCommand::restore(QString *error)
{
    ProgramFile &file = m_history.file();
    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    RowStore store(file);
    if (!m_ids.isEmpty() && !store.remove(m_table, m_ids, nullptr, error))
        return false;
    if (!store.restore(m_removed, error))
        return false;
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

void ReplaceRowsCommand::report(bool ok, const QString &error)
{
    if (m_firstResult) {
        *m_firstResult = ok;
        if (ok && m_newIds)
            *m_newIds = m_ids;
        m_firstResult = nullptr;
        m_newIds = nullptr;
    }
    if (!ok) {
        // Parts were announced before the whole was rolled back: views read the tables again.
        QStringList tables{m_table};
        for (const ProgramFile::ForeignKey &fk : m_history.file().referencesTo(m_table)) {
            if (!tables.contains(fk.childTable))
                tables.append(fk.childTable);
        }
        m_history.file().notifyChanged(tables);
    }
    finish(ok, error);
}

void ReplaceRowsCommand::redo()
{
    QString error;
    const bool ok = replace(&error);
    report(ok, error);
}

void ReplaceRowsCommand::undo()
{
    QString error;
    const bool ok = restore(&error);
    report(ok, error);
}

} // namespace Upskill
