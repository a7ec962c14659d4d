// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyedrowscommand.h"

#include "programfile.h"
#include "sqlerrors.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Upskill {

namespace {

QString quoted(const QSqlDatabase &db, const QString &identifier)
{
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

QString condition(const QSqlDatabase &db, const QVariantMap &key)
{
    QStringList parts;
    for (auto it = key.cbegin(); it != key.cend(); ++it)
        parts.append(quoted(db, it.key()) + QStringLiteral(" = ?"));
    return parts.join(QStringLiteral(" AND "));
}

} // namespace

bool KeyedRowsCommand::apply(EditHistory &history, const QString &table,
                             const QList<KeyedRow> &rows, const QString &text)
{
    if (rows.isEmpty())
        return true;
    bool ok = false;
    // The stack runs redo() at once; a failed first run marks the command obsolete and the
    // stack deletes it, so the result comes back through ok rather than the command.
    history.stack()->push(new KeyedRowsCommand(history, table, rows, text, &ok));
    return ok;
}

KeyedRowsCommand::KeyedRowsCommand(EditHistory &history, const QString &table,
                                   const QList<KeyedRow> &rows, const QString &text,
                                   bool *firstResult)
    : HistoryCommand(history, text), m_table(table), m_new(rows), m_firstResult(firstResult)
{
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_old.append({it->key, current(it->key)});
}

std::optional<QVariantMap> KeyedRowsCommand::current(const QVariantMap &key) const
{
    ProgramFile &file = m_history.file();
    const QSqlDatabase db = file.database();
    for (auto it = key.cbegin(); it != key.cend(); ++it) {
        if (!file.hasColumn(m_table, it.key()))
            return std::nullopt;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2")
                      .arg(db.driver()->escapeIdentifier(m_table, QSqlDriver::TableName),
                           condition(db, key)));
    for (const QVariant &part : key)
        query.addBindValue(part);
    if (!query.exec() || !query.next())
        return std::nullopt;
    QVariantMap values;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        if (!key.contains(record.fieldName(i)))
            values.insert(record.fieldName(i), record.value(i));
    }
    return values;
}

bool KeyedRowsCommand::write(const QList<KeyedRow> &rows, QString *error)
{
    ProgramFile &file = m_history.file();
    const QSqlDatabase db = file.database();
    if (file.columns(m_table).isEmpty()) {
        *error = QCoreApplication::translate("RowStore", "Unknown table %1.").arg(m_table);
        return false;
    }
    const QString table = db.driver()->escapeIdentifier(m_table, QSqlDriver::TableName);
    WriteTransaction transaction(file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(db);
    for (const KeyedRow &row : rows) {
        const QVariantMap values = row.values.value_or(QVariantMap());
        for (const QString &column : row.key.keys() + values.keys()) {
            if (!file.hasColumn(m_table, column)) {
                *error = QCoreApplication::translate("RowStore", "Unknown column %1 in %2.")
                             .arg(column, m_table);
                return false;
            }
        }
        if (row.key.isEmpty()) {
            *error = QCoreApplication::translate("RowStore", "No key given for a change in %1.")
                         .arg(m_table);
            return false;
        }
        bool exists = false;
        if (!row.values) {
            query.prepare(
                QStringLiteral("DELETE FROM %1 WHERE %2").arg(table, condition(db, row.key)));
            for (const QVariant &part : row.key)
                query.addBindValue(part);
        } else if (!values.isEmpty()) {
            QStringList assignments;
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                assignments.append(quoted(db, it.key()) + QStringLiteral(" = ?"));
            query.prepare(
                QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                    .arg(table, assignments.join(QStringLiteral(", ")), condition(db, row.key)));
            for (const QVariant &value : values)
                query.addBindValue(value);
            for (const QVariant &part : row.key)
                query.addBindValue(part);
        } else {
            query.prepare(
                QStringLiteral("SELECT 1 FROM %1 WHERE %2").arg(table, condition(db, row.key)));
            for (const QVariant &part : row.key)
                query.addBindValue(part);
        }
        if (!query.exec()) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
        exists = row.values && (values.isEmpty() ? query.next() : query.numRowsAffected() > 0);
        if (!row.values || exists)
            continue;
        // Not there yet: inserted with its key.
        QVariantMap all = row.key;
        all.insert(values);
        QStringList columns;
        QStringList marks;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            columns.append(quoted(db, it.key()));
            marks.append(QStringLiteral("?"));
        }
        query.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (const QVariant &value : all)
            query.addBindValue(value);
        if (!query.exec()) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

void KeyedRowsCommand::run(const QList<KeyedRow> &rows)
{
    QString error;
    const bool ok = write(rows, &error);
    if (m_firstResult) {
        *m_firstResult = ok;
        m_firstResult = nullptr;
    }
    // Announced after the transaction either way: a rollback takes back what views may have
    // read half-way.
    m_history.file().notifyChanged({m_table});
    finish(ok, error);
}

void KeyedRowsCommand::redo()
{
    run(m_new);
}

void KeyedRowsCommand::undo()
{
    run(m_old);
}

} // namespace Upskill
