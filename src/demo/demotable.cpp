// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotable.h"

#include "logging.h"
#include "sqlerrors.h"

#include <QSqlError>

namespace Upskill {

namespace {

// The generator means NULL only by a null QVariant; a null QString is an empty text, which
// the driver would otherwise bind as NULL and the NOT NULL text columns refuse.
QVariant bindable(const QVariant &value)
{
    static const QVariant emptyText(QStringLiteral(""));
    if (value.typeId() == QMetaType::QString &&
        static_cast<const QString *>(value.constData())->isNull())
        return emptyText;
    return value;
}

} // namespace

DemoTable::DemoTable(const QSqlDatabase &db, const QString &table, const QStringList &columns,
                     int batchRows)
    : m_db(db), m_query(db), m_table(table), m_columns(columns),
      m_valuesPerRecord(int(columns.size())), m_batchRows(std::max(1, batchRows))
{
    m_pending.reserve(m_batchRows * m_valuesPerRecord);
    m_prepared = prepare(m_query, sql(m_batchRows));
}

DemoTable::DemoTable(const QSqlDatabase &db, const QString &table, int valuesPerRecord,
                     int rowsPerRecord, int batchRecords, const Statement &statement)
    : m_db(db), m_query(db), m_table(table), m_statement(statement),
      m_valuesPerRecord(valuesPerRecord), m_rowsPerRecord(rowsPerRecord),
      m_batchRows(std::max(1, batchRecords))
{
    m_pending.reserve(m_batchRows * m_valuesPerRecord);
    m_prepared = prepare(m_query, sql(m_batchRows));
}

DemoTable::DemoTable(const QSqlDatabase &db, const QString &table, const QString &sql)
    : m_db(db), m_query(db), m_table(table)
{
    m_prepared = prepare(m_query, sql);
}

QString DemoTable::insertSql(int rows) const
{
    QStringList marks;
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values.append(row);
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QStringLiteral(", ")), values.join(QStringLiteral(", ")));
}

bool DemoTable::prepare(QSqlQuery &query, const QString &sql)
{
    if (query.prepare(sql))
        return true;
    m_error = tr("The demo program cannot write to %1: %2")
                  .arg(m_table, SqlErrors::technical(query.lastError()));
    qCWarning(DemoLog) << sql << query.lastError();
    return false;
}

qint64 DemoTable::lastId() const
{
    Q_ASSERT(m_batchRows == 1);
    return m_query.lastInsertId().toLongLong();
}

bool DemoTable::run(QSqlQuery &query, int records)
{
    if (!query.exec()) {
        m_error = tr("Writing demo data to %1 failed: %2")
                      .arg(m_table, SqlErrors::technical(query.lastError()));
        qCWarning(DemoLog) << m_table << query.lastError() << query.boundValues();
        return false;
    }
    m_rows += qint64(records) * m_rowsPerRecord;
    return true;
}

bool DemoTable::exec(std::initializer_list<QVariant> values)
{
    if (m_batchRows == 1) {
        int position = 0;
        for (const QVariant &value : values)
            m_query.bindValue(position++, bindable(value));
        return run(m_query, 1);
    }
    for (const QVariant &value : values)
        m_pending.append(bindable(value));
    if (m_pending.size() < m_batchRows * m_valuesPerRecord)
        return true;
    int position = 0;
    for (const QVariant &value : std::as_const(m_pending))
        m_query.bindValue(position++, value);
    m_pending.clear();
    return run(m_query, m_batchRows);
}

bool DemoTable::flush()
{
    if (m_pending.isEmpty())
        return true;
    // The last, shorter batch gets a statement of its own size, prepared once here.
    const int records = int(m_pending.size() / m_valuesPerRecord);
    QSqlQuery rest(m_db);
    if (!prepare(rest, sql(records)))
        return false;
    int position = 0;
    for (const QVariant &value : std::as_const(m_pending))
        rest.bindValue(position++, value);
    m_pending.clear();
    return run(rest, records);
}

} // namespace Upskill
