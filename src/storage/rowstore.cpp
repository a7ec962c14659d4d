// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowstore.h"

#include "programfile.h"
#include "sqlerrors.h"
#include "writetransaction.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

namespace Upskill {

namespace {

QString placeholders(int count)
{
    QStringList marks;
    marks.reserve(count);
    for (int i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

// Identifiers in sqlite_schema order are what a foreign key names; id lists are chunked so a
// statement never exceeds SQLite's bound-parameter limit.
constexpr int ChunkSize = 500;

} // namespace

QStringList RemovedRows::touchedTables() const
{
    QStringList tables;
    for (const StoredRow &row : rows) {
        if (!tables.contains(row.table))
            tables.append(row.table);
    }
    for (const ClearedReference &ref : clearedReferences) {
        if (!tables.contains(ref.table))
            tables.append(ref.table);
    }
    return tables;
}

RowStore::RowStore(ProgramFile &file) : m_file(file) {}

QString RowStore::quoted(const QString &identifier) const
{
    return m_file.database().driver()->escapeIdentifier(identifier, QSqlDriver::FieldName);
}

bool RowStore::checkColumns(const QString &table, const QStringList &columns, QString *error) const
{
    if (m_file.columns(table).isEmpty()) {
        *error = tr("Unknown table %1.").arg(table);
        return false;
    }
    for (const QString &column : columns) {
        if (!m_file.hasColumn(table, column)) {
            *error = tr("Unknown column %1 in %2.").arg(column, table);
            return false;
        }
    }
    return true;
}

bool RowStore::insert(const QString &table, const QList<QVariantMap> &rows, QList<qint64> *ids,
                      QString *error)
{
    WriteTransaction transaction(m_file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_file.database());
    for (const QVariantMap &row : rows) {
        const QStringList columns = row.keys();
        if (!checkColumns(table, columns, error))
            return false;
        QStringList quotedColumns;
        for (const QString &c : columns)
            quotedColumns.append(quoted(c));
        const QString sql = columns.isEmpty()
                                ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(quoted(table))
                                : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                      .arg(quoted(table), quotedColumns.join(QStringLiteral(", ")),
                                           placeholders(columns.size()));
        if (!query.prepare(sql)) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
        for (const QString &c : columns)
            query.addBindValue(row.value(c));
        if (!query.exec()) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
        if (ids)
            ids->append(query.lastInsertId().toLongLong());
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    m_file.notifyChanged({table});
    return true;
}

bool RowStore::update(const QString &table, qint64 id, const QString &column, const QVariant &value,
                      QString *error)
{
    if (!updateWhere(table, {{QStringLiteral("id"), id}}, column, value, error))
        return false;
    m_file.notifyRowChanged(table, id);
    return true;
}

QVariant RowStore::value(const QString &table, qint64 id, const QString &column) const
{
    return valueByKey(table, {{QStringLiteral("id"), id}}, column);
}

QString RowStore::keyCondition(const QVariantMap &key) const
{
    QStringList parts;
    for (auto it = key.cbegin(); it != key.cend(); ++it)
        parts.append(quoted(it.key()) + QStringLiteral(" = ?"));
    return parts.join(QStringLiteral(" AND "));
}

bool RowStore::updateWhere(const QString &table, const QVariantMap &key, const QString &column,
                           const QVariant &value, QString *error)
{
    if (key.isEmpty()) {
        *error = tr("No key given for a change in %1.").arg(table);
        return false;
    }
    if (!checkColumns(table, QStringList{column} + key.keys(), error))
        return false;
    WriteTransaction transaction(m_file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                      .arg(quoted(table), quoted(column), keyCondition(key)));
    query.addBindValue(value);
    for (const QVariant &part : key)
        query.addBindValue(part);
    if (!query.exec()) {
        *error = SqlErrors::explain(query.lastError());
        return false;
    }
    if (query.numRowsAffected() != 1) {
        *error = tr("The record was not found; it may have been deleted.");
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool RowStore::updateByKey(const QString &table, const QVariantMap &key, const QString &column,
                           const QVariant &value, QString *error)
{
    if (!updateWhere(table, key, column, value, error))
        return false;
    // Without an id there is no single row to name; the table as a whole is announced.
    m_file.notifyChanged({table});
    return true;
}

QVariant RowStore::valueByKey(const QString &table, const QVariantMap &key,
                              const QString &column) const
{
    QString ignored;
    if (key.isEmpty() || !checkColumns(table, QStringList{column} + key.keys(), &ignored))
        return {};
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                      .arg(quoted(column), quoted(table), keyCondition(key)));
    for (const QVariant &part : key)
        query.addBindValue(part);
    if (query.exec() && query.next())
        return query.value(0);
    return {};
}

bool RowStore::collect(const QString &table, const QString &column, const QList<qint64> &ids,
                       RemovedRows *removed, QString *error)
{
    const bool hasId = m_file.hasColumn(table, QStringLiteral("id"));
    QList<qint64> collectedIds;
    for (int start = 0; start < ids.size(); start += ChunkSize) {
        const QList<qint64> chunk = ids.mid(start, ChunkSize);
        QSqlQuery query(m_file.database());
        query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)")
                          .arg(quoted(table), quoted(column), placeholders(chunk.size())));
        for (qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec()) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
        while (query.next()) {
            const QSqlRecord record = query.record();
            // A row can be reached along two cascade paths (a survey response through its
            // cohort and through its session); it is stored once.
            QString key = table;
            for (int i = 0; i < record.count(); ++i)
                key += QLatin1Char('\x1f') + record.value(i).toString();
            if (removed->seen.contains(key))
                continue;
            removed->seen.insert(key);
            removed->rows.append({table, record});
            if (hasId)
                collectedIds.append(record.value(QStringLiteral("id")).toLongLong());
        }
    }
    if (collectedIds.isEmpty())
        return true;

    for (const ProgramFile::ForeignKey &fk : m_file.referencesTo(table)) {
        if (fk.onDelete == QLatin1String("CASCADE")) {
            if (!collect(fk.childTable, fk.childColumn, collectedIds, removed, error))
                return false;
        } else if (fk.onDelete == QLatin1String("SET NULL")) {
            for (int start = 0; start < collectedIds.size(); start += ChunkSize) {
                const QList<qint64> chunk = collectedIds.mid(start, ChunkSize);
                QSqlQuery query(m_file.database());
                query.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 IN (%3)")
                                  .arg(quoted(fk.childColumn), quoted(fk.childTable),
                                       placeholders(chunk.size())));
                for (qint64 id : chunk)
                    query.addBindValue(id);
                if (!query.exec()) {
                    *error = SqlErrors::explain(query.lastError());
                    return false;
                }
                while (query.next())
                    removed->clearedReferences.append({fk.childTable, query.value(0).toLongLong(),
                                                       fk.childColumn, query.value(1)});
            }
        } else {
            // RESTRICT / NO ACTION: say which records are in the way instead of letting the
            // foreign key fail with a technical message.
            QSqlQuery query(m_file.database());
            const QList<qint64> chunk = collectedIds.mid(0, ChunkSize);
            query.prepare(QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IN (%3)")
                              .arg(quoted(fk.childTable), quoted(fk.childColumn),
                                   placeholders(chunk.size())));
            for (qint64 id : chunk)
                query.addBindValue(id);
            if (query.exec() && query.next() && query.value(0).toInt() > 0) {
                *error = tr("%n record(s) in %1 still use this; delete or change them first.",
                            nullptr, query.value(0).toInt())
                             .arg(fk.childTable);
                return false;
            }
        }
    }
    return true;
}

bool RowStore::remove(const QString &table, const QList<qint64> &ids, RemovedRows *removed,
                      QString *error)
{
    if (!checkColumns(table, {QStringLiteral("id")}, error))
        return false;
    WriteTransaction transaction(m_file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    RemovedRows collected;
    if (!collect(table, QStringLiteral("id"), ids, &collected, error))
        return false;
    for (int start = 0; start < ids.size(); start += ChunkSize) {
        const QList<qint64> chunk = ids.mid(start, ChunkSize);
        QSqlQuery query(m_file.database());
        query.prepare(QStringLiteral("DELETE FROM %1 WHERE id IN (%2)")
                          .arg(quoted(table), placeholders(chunk.size())));
        for (qint64 id : chunk)
            query.addBindValue(id);
        if (!query.exec()) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    if (removed)
        *removed = collected;
    m_file.notifyChanged(collected.touchedTables());
    return true;
}

bool RowStore::insertRecord(const QString &table, const QSqlRecord &record, QString *error)
{
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i));
    if (!checkColumns(table, columns, error))
        return false;
    QStringList quotedColumns;
    for (const QString &c : columns)
        quotedColumns.append(quoted(c));
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quoted(table), quotedColumns.join(QStringLiteral(", ")),
                           placeholders(columns.size())));
    for (int i = 0; i < record.count(); ++i)
        query.addBindValue(record.value(i));
    if (!query.exec()) {
        *error = SqlErrors::explain(query.lastError());
        return false;
    }
    return true;
}

bool RowStore::restore(const RemovedRows &removed, QString *error)
{
    WriteTransaction transaction(m_file);
    if (!transaction.isActive()) {
        *error = transaction.error();
        return false;
    }
    // Rows come back in the order they were collected, which is not always parents first when
    // a row hangs off two deleted parents; checking the keys at commit covers that.
    QSqlQuery defer(m_file.database());
    defer.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    for (const StoredRow &row : removed.rows) {
        if (!insertRecord(row.table, row.values, error))
            return false;
    }
    for (const ClearedReference &ref : removed.clearedReferences) {
        QSqlQuery query(m_file.database());
        query.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                          .arg(quoted(ref.table), quoted(ref.column)));
        query.addBindValue(ref.value);
        query.addBindValue(ref.id);
        if (!query.exec()) {
            *error = SqlErrors::explain(query.lastError());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    m_file.notifyChanged(removed.touchedTables());
    return true;
}

} // namespace Upskill
