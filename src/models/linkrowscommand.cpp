// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrowscommand.h"

#include "programfile.h"
#include "sqlerrors.h"
#include "writetransaction.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

LinkRowsCommand::LinkRowsCommand(EditHistory &history, const QString &table, Change change,
                                 const QList<QVariantMap> &rows, const QString &text,
                                 bool *firstRun)
    : HistoryCommand(history, text), m_table(table), m_change(change), m_rows(rows),
      m_firstRun(firstRun)
{}

bool LinkRowsCommand::push(EditHistory &history, const QString &table, Change change,
                           const QList<QVariantMap> &rows, const QString &text, int *changed)
{
    if (changed)
        *changed = 0;
    // Only rows that change make the step: adding who is there already, or removing who is
    // not, is no edit and leaves nothing to undo.
    QList<QVariantMap> effective;
    const QSqlDriver *driver = history.file().database().driver();
    QSqlQuery query(history.file().database());
    for (const QVariantMap &row : rows) {
        QStringList conditions;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!history.file().hasColumn(table, it.key())) {
                history.reportFailure(tr("Unknown column %1 in %2.").arg(it.key(), table));
                return false;
            }
            conditions.append(driver->escapeIdentifier(it.key(), QSqlDriver::FieldName) +
                              QStringLiteral(" = ?"));
        }
        query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE %2)")
                          .arg(driver->escapeIdentifier(table, QSqlDriver::TableName),
                               conditions.join(QStringLiteral(" AND "))));
        for (const QVariant &value : row)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            history.reportFailure(SqlErrors::explain(query.lastError()));
            return false;
        }
        const bool exists = query.value(0).toBool();
        if (exists != (change == Change::Add) && !effective.contains(row))
            effective.append(row);
    }
    if (effective.isEmpty())
        return true;
    bool ok = false;
    auto *command = new LinkRowsCommand(history, table, change, effective, text, &ok);
    history.stack()->push(command);
    if (ok && changed)
        *changed = int(command->m_changed.size());
    return ok;
}

bool LinkRowsCommand::write(bool insert, const QList<QVariantMap> &rows, QList<QVariantMap> *done,
                            QString *error)
{
    ProgramFile &file = m_history.file();
    const QSqlDriver *driver = file.database().driver();
    const auto quoted = [driver](const QString &name) {
        return driver->escapeIdentifier(name, QSqlDriver::FieldName);
    };
    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(file.database());
    for (const QVariantMap &row : rows) {
        QStringList columns;
        QStringList conditions;
        for (auto it = row.cbegin(); it != row.cend(); ++it) {
            if (!file.hasColumn(m_table, it.key())) {
                *error = tr("Unknown column %1 in %2.").arg(it.key(), m_table);
                return false;
            }
            columns.append(quoted(it.key()));
            conditions.append(quoted(it.key()) + QStringLiteral(" = ?"));
        }
        if (columns.isEmpty())
            continue;
        const QString table = driver->escapeIdentifier(m_table, QSqlDriver::TableName);
        QStringList marks;
        marks.fill(QStringLiteral("?"), columns.size());
        // The link is the row: inserting one that exists is no change, so it is not undone
        // either.
        query.prepare(insert ? QStringLiteral("INSERT OR IGNORE INTO %1 (%2) VALUES (%3)")
                                   .arg(table, columns.join(QStringLiteral(", ")),
                                        marks.join(QStringLiteral(", ")))
                             : QStringLiteral("DELETE FROM %1 WHERE %2")
                                   .arg(table, conditions.join(QStringLiteral(" AND "))));
        for (const QVariant &value : row)
            query.addBindValue(value);
        if (!query.exec()) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
        if (query.numRowsAffected() > 0)
            done->append(row);
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    file.notifyChanged({m_table});
    return true;
}

void LinkRowsCommand::redo()
{
    QString error;
    QList<QVariantMap> done;
    const bool ok = write(m_change == Change::Add, m_ran ? m_changed : m_rows, &done, &error);
    if (ok && !m_ran)
        m_changed = done;
    if (m_firstRun && !m_ran) {
        *m_firstRun = ok;
        m_firstRun = nullptr;
    }
    m_ran = true;
    finish(ok, error);
}

void LinkRowsCommand::undo()
{
    QString error;
    QList<QVariantMap> done;
    const bool ok = write(m_change != Change::Add, m_changed, &done, &error);
    finish(ok, error);
}

} // namespace Upskill
