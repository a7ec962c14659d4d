// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <initializer_list>
#include <memory>

namespace Upskill {

// One statement of the demo generator, prepared once and executed with bound values. A
// failure names the table it happened in, which is what a bug report needs when a schema
// change and the generator disagree.
//
// Tables whose rows nobody refers to by id can be written in batches: one INSERT with many
// VALUES rows saves SQLite opening its cursors and checking its statement for every row,
// which is most of the cost of millions of attendance and assessment rows.
class DemoTable
{
    Q_DECLARE_TR_FUNCTIONS(DemoTable)
public:
    // INSERT INTO table (columns) VALUES (?, ...), with batchRows rows per statement.
    DemoTable(const QSqlDatabase &db, const QString &table, const QStringList &columns,
              int batchRows = 1);
    // Any other statement that writes to table, one row at a time.
    DemoTable(const QSqlDatabase &db, const QString &table, const QString &sql);
    // A batched statement that turns every record of valuesPerRecord values into
    // rowsPerRecord rows by itself; statement(records) gives its SQL for that many records.
    using Statement = std::function<QString(int records)>;
    DemoTable(const QSqlDatabase &db, const QString &table, int valuesPerRecord, int rowsPerRecord,
              int batchRecords, const Statement &statement);
    DemoTable(const DemoTable &) = delete;
    DemoTable &operator=(const DemoTable &) = delete;

    bool isPrepared() const { return m_prepared; }
    const QString &table() const { return m_table; }
    const QString &error() const { return m_error; }
    qint64 rows() const { return m_rows; }
    // The id of the row just written; only for tables written one row at a time.
    qint64 lastId() const;

    // One record: values in the order of the columns; a null QVariant writes NULL, a null
    // QString ''.
    bool exec(std::initializer_list<QVariant> values);
    // Writes the records still waiting for a full batch.
    bool flush();

private:
    bool prepare(QSqlQuery &query, const QString &sql);
    bool run(QSqlQuery &query, int records);
    QString insertSql(int rows) const;
    QString sql(int records) const
    {
        return m_statement ? m_statement(records) : insertSql(records);
    }

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_table;
    QStringList m_columns;
    QString m_error;
    qint64 m_rows = 0;
    Statement m_statement;
    int m_valuesPerRecord = 0;
    int m_rowsPerRecord = 1;
    int m_batchRows = 1; // records per statement
    QList<QVariant> m_pending;
    bool m_prepared = false;
};

} // namespace Upskill
