// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Upskill {

// QSqlTableModel::setFilter() takes SQL text and offers no binding, so the one way user text
// reaches it is here: every value becomes a literal through the driver's own formatValue(),
// which escapes quotes, and LIKE wildcards in the text are escaped too. Column names come from
// the models' own column lists, never from input.
class SqlFilter
{
public:
    explicit SqlFilter(const QSqlDatabase &db);

    // "(col1 LIKE '%text%' ESCAPE '\' OR col2 LIKE ...)"; empty for empty text.
    QString contains(const QStringList &qualifiedColumns, const QString &text) const;
    QString equals(const QString &qualifiedColumn, const QVariant &value) const;
    QString literal(const QVariant &value) const;
    QString column(const QString &table, const QString &field) const;
    static QString allOf(const QStringList &clauses);

private:
    QSqlDatabase m_db;
};

} // namespace Upskill
