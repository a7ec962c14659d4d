// SPDX-License-Identifier: GPL-3.0-or-later
#include "addandeditrowscommand.h"

#include "programfile.h"
#include "rowstore.h"
#include "writetransaction.h"

#include <QUndoStack>

namespace Upskill {

AddAndEditRowsCommand::AddAndEditRowsCommand(EditHistory &history, const QString &table,
                                             const QList<QVariantMap> &rows,
                                             const QList<FieldChange> &changes, const QString &text,
                                             std::shared_ptr<Outcome> outcome)
    : HistoryCommand(history, text), m_table(table), m_rows(rows), m_new(changes),
      m_outcome(std::move(outcome))
{
    const RowStore store(history.file());
    for (auto it = changes.crbegin(); it != changes.crend(); ++it)
        m_old.append({it->table, it->id, it->column, store.value(it->table, it->id, it->column)});
}

bool AddAndEditRowsCommand::run(EditHistory &history, const QString &table,
                                const QList<QVariantMap> &rows, const QList<FieldChange> &changes,
                                const QString &text, QList<qint64> *ids)
{
    if (rows.isEmpty() && changes.isEmpty())
        return true;
    auto outcome = std::make_shared<Outcome>();
    history.stack()->push(new AddAndEditRowsCommand(history, table, rows, changes, text, outcome));
    if (ids)
        *ids = outcome->ids;
    return outcome->ok;
}

bool AddAndEditRowsCommand::apply(bool forward, QString *error)
{
    ProgramFile &file = m_history.file();
    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    // RowStore's own transactions become savepoints of this one.
    RowStore store(file);
    bool ok = true;
    if (forward && !m_rows.isEmpty()) {
        QList<qint64> ids;
        ok = store.insert(m_table, m_rows, &ids, error);
        if (ok && m_ids.isEmpty()) {
            m_ids = ids;
            for (int i = 0; i < m_rows.size() && i < ids.size(); ++i)
                m_rows[i].insert(QStringLiteral("id"), ids.at(i));
        }
    }
    for (const FieldChange &change : forward ? m_new : m_old) {
        if (!ok)
            break;
        ok = store.update(change.table, change.id, change.column, change.value, error);
    }
    if (ok && !forward && !m_ids.isEmpty())
        ok = store.remove(m_table, m_ids, nullptr, error);
    if (ok && !transaction.commit()) {
        ok = false;
        *error = transaction.error();
    }
    if (!ok)
        transaction.rollback();
    QStringList tables{m_table};
    for (const FieldChange &change : std::as_const(m_new)) {
        if (!tables.contains(change.table))
            tables.append(change.table);
    }
    file.notifyChanged(tables);
    return ok;
}

void AddAndEditRowsCommand::redo()
{
    QString error;
    const bool ok = apply(true, &error);
    if (m_firstRun) {
        m_firstRun = false;
        m_outcome->ok = ok;
        m_outcome->ids = m_ids;
    }
    finish(ok, error);
}

void AddAndEditRowsCommand::undo()
{
    QString error;
    const bool ok = apply(false, &error);
    finish(ok, error);
}

} // namespace Upskill
