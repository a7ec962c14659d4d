// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Rows written and read straight through SQL, for tests that build a program by hand: a
// statement the test wrote wrong stops the test at once with the database's message.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Upskill::TestSql {

inline qint64 insert(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

// The first column of the first row; an invalid QVariant when there is none.
inline QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return query.next() ? query.value(0) : QVariant();
}

inline int count(const QSqlDatabase &db, const QString &table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
}

} // namespace Upskill::TestSql
