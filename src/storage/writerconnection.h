// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Upskill {

// A connection of its own that may write to a program file, for a long write (an import of
// 100,000 rows) on a worker thread while the window keeps its connection. It sets the same
// pragmas as ProgramFile (foreign keys, busy timeout, synchronous), because they are per
// connection. The file must already be open as a ProgramFile, which checked and migrated it.
// Create, use and destroy it on the same thread.
class WriterConnection
{
    Q_DECLARE_TR_FUNCTIONS(WriterConnection)
public:
    explicit WriterConnection(const QString &path);
    ~WriterConnection();
    WriterConnection(const WriterConnection &) = delete;
    WriterConnection &operator=(const WriterConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_error;
};

} // namespace Upskill
