// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Upskill {

class ProgramFile;

// Every write that spans several rows goes through one of these. It starts with
// BEGIN IMMEDIATE so the write lock is taken up front (a second writer waits for the busy
// timeout instead of failing half-way), and rolls back unless commit() succeeded. Nested
// transactions become savepoints. On a program opened read-only it never starts: isActive()
// is false and error() says why.
class WriteTransaction
{
public:
    explicit WriteTransaction(ProgramFile &file);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString error() const { return m_error; }
    bool commit();
    void rollback();

private:
    bool exec(const QString &sql);

    ProgramFile &m_file;
    QSqlDatabase m_db;
    QString m_savepoint;
    bool m_active = false;
    QString m_error;
};

} // namespace Upskill
