// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

namespace Upskill {

// Records every statement a connection runs, with its bound values written in, so the
// benchmark can run exactly the same SQL through the sqlite3 command-line tool and compare.
// Uses SQLite's own trace hook on the connection Qt opened.
class SqlTrace
{
public:
    explicit SqlTrace(const QSqlDatabase &db);
    ~SqlTrace();
    SqlTrace(const SqlTrace &) = delete;
    SqlTrace &operator=(const SqlTrace &) = delete;

    bool isActive() const { return m_handle != nullptr; }
    QStringList statements() const { return m_statements; }
    void clear() { m_statements.clear(); }

private:
    static int onTrace(unsigned type, void *context, void *statement, void *);
    void *m_handle = nullptr;
    QStringList m_statements;
};

} // namespace Upskill
