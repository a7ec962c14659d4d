// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

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
    DemoTable(const DemoTable &) = delete;
    DemoTable &operator=(const DemoTable &) = delete;

    bool isPrepared() const { return m_prepared; }
    const QString &table() const { return m_table; }
    const QString &error() const { return m_error; }
    qint64 rows() const { return m_rows; }
    // The id of the row just written; only for tables written one row at a time.
    qint64 lastId() const;

    // Values in the order of the columns; a null QVariant writes NULL, a null QString ''.
    bool exec(std::initializer_list<QVariant> values);
    // Writes the rows still waiting for a full batch.
    bool flush();

private:
    bool prepare(QSqlQuery &query, const QString &sql);
    bool run(QSqlQuery &query, int rows);
    QString insertSql(int rows) const;

    QSqlDatabase m_db;
    QSqlQuery m_query;
    QString m_table;
    QStringList m_columns;
    QString m_error;
    qint64 m_rows = 0;
    int m_batchRows = 1;
    QList<QVariant> m_pending;
    bool m_prepared = false;
};

} // namespace Upskill
