// SPDX-License-Identifier: GPL-3.0-or-later
#include "importundocommand.h"

#include "programfile.h"
#include "sqlerrors.h"
#include "writetransaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace Upskill {

ImportUndoCommand::ImportUndoCommand(EditHistory &history, const ImportChanges &changes,
                                     const QString &text)
    : HistoryCommand(history, text), m_changes(changes)
{}

void ImportUndoCommand::push(EditHistory &history, const ImportChanges &changes,
                             const QString &text)
{
    if (changes.inserted.isEmpty() && changes.updated.isEmpty())
        return;
    history.stack()->push(new ImportUndoCommand(history, changes, text));
}

bool ImportUndoCommand::apply(bool after, QString *error)
{
    ProgramFile &file = m_history.file();
    const QSqlDatabase db = file.database();
    const auto *driver = db.driver();
    // One statement per set of columns; the names come from the import's fixed lists and are
    // checked against the schema all the same.
    std::map<QString, QSqlQuery> statements;
    for (const ImportedUpdate &update : std::as_const(m_changes.updated)) {
        const QVariantMap &values = after ? update.after : update.before;
        if (values.isEmpty())
            continue;
        const QStringList columns = values.keys();
        const QString signature = columns.join(QLatin1Char(','));
        auto it = statements.find(signature);
        if (it == statements.end()) {
            QStringList assignments;
            for (const QString &column : columns) {
                if (!file.hasColumn(m_changes.table, column)) {
                    *error = RowStore::tr("Unknown column %1 in %2.").arg(column, m_changes.table);
                    return false;
                }
                assignments.append(driver->escapeIdentifier(column, QSqlDriver::FieldName) +
                                   QStringLiteral(" = ?"));
            }
            QSqlQuery query(db);
            if (!query.prepare(
                    QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                        .arg(driver->escapeIdentifier(m_changes.table, QSqlDriver::TableName),
                             assignments.join(QStringLiteral(", "))))) {
                *error = SqlErrors::explain(query.lastError());
                return false;
            }
            it = statements.emplace(signature, std::move(query)).first;
        }
        QSqlQuery &query = it->second;
        int i = 0;
        for (const QVariant &value : values)
            query.bindValue(i++, value);
        query.bindValue(i, update.id);
        if (!query.exec()) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
    }
    return true;
}

void ImportUndoCommand::redo()
{
    if (m_firstRun) {
        // The import wrote and committed already; the models only need to hear of it.
        m_firstRun = false;
        m_history.file().notifyChanged({m_changes.table});
        finish(true, {});
        return;
    }
    QString error;
    WriteTransaction transaction(m_history.file());
    bool ok = transaction.isActive();
    if (!ok)
        error = transaction.error();
    ok = ok && RowStore(m_history.file()).restore(m_removed, &error) && apply(true, &error);
    if (ok && !transaction.commit()) {
        error = transaction.error();
        ok = false;
    }
    if (ok)
        m_history.file().notifyChanged({m_changes.table});
    finish(ok, error);
}

void ImportUndoCommand::undo()
{
    QString error;
    WriteTransaction transaction(m_history.file());
    bool ok = transaction.isActive();
    if (!ok)
        error = transaction.error();
    RemovedRows removed;
    ok = ok && apply(false, &error) &&
         (m_changes.inserted.isEmpty() ||
          RowStore(m_history.file()).remove(m_changes.table, m_changes.inserted, &removed, &error));
    if (ok && !transaction.commit()) {
        error = transaction.error();
        ok = false;
    }
    if (ok) {
        m_removed = removed;
        m_history.file().notifyChanged({m_changes.table});
    }
    finish(ok, error);
}

} // namespace Upskill
