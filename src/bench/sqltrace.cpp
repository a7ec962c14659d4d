// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltrace.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Upskill {

SqlTrace::SqlTrace(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    // Qt's SQLite driver hands out its sqlite3* under this type name.
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    auto *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        return;
    m_handle = connection;
    sqlite3_trace_v2(
        connection, SQLITE_TRACE_STMT,
        [](unsigned type, void *context, void *statement, void *x) {
            return SqlTrace::onTrace(type, context, statement, x);
        },
        this);
}

SqlTrace::~SqlTrace()
{
    if (m_handle)
        sqlite3_trace_v2(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
}

int SqlTrace::onTrace(unsigned type, void *context, void *statement, void *)
{
    if (type != SQLITE_TRACE_STMT)
        return 0;
    auto *self = static_cast<SqlTrace *>(context);
    char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement));
    if (sql) {
        self->m_statements.append(QString::fromUtf8(sql));
        sqlite3_free(sql);
    }
    return 0;
}

} // namespace Upskill
