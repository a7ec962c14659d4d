// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlfilter.h"

#include <QSqlDriver>
#include <QSqlField>

namespace Upskill {

SqlFilter::SqlFilter(const QSqlDatabase &db) : m_db(db) {}

QString SqlFilter::literal(const QVariant &value) const
{
    QSqlField field(QStringLiteral("value"), value.metaType());
    field.setValue(value);
    return m_db.driver()->formatValue(field);
}

QString SqlFilter::column(const QString &table, const QString &field) const
{
    const QSqlDriver *driver = m_db.driver();
    return driver->escapeIdentifier(table, QSqlDriver::TableName) + QLatin1Char('.') +
           driver->escapeIdentifier(field, QSqlDriver::FieldName);
}

QString SqlFilter::contains(const QStringList &qualifiedColumns, const QString &text) const
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || qualifiedColumns.isEmpty())
        return {};
    QString pattern = trimmed;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    const QString needle = literal(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    QStringList parts;
    for (const QString &col : qualifiedColumns)
        parts.append(QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(col, needle));
    return QLatin1Char('(') + parts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString SqlFilter::equals(const QString &qualifiedColumn, const QVariant &value) const
{
    if (value.isNull())
        return qualifiedColumn + QStringLiteral(" IS NULL");
    return qualifiedColumn + QStringLiteral(" = ") + literal(value);
}

QString SqlFilter::allOf(const QStringList &clauses)
{
    QStringList nonEmpty;
    for (const QString &c : clauses) {
        if (!c.isEmpty())
            nonEmpty.append(c);
    }
    return nonEmpty.join(QStringLiteral(" AND "));
}

} // namespace Upskill
