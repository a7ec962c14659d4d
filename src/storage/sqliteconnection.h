// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Upskill {

// A connection of its own to an SQLite file that is not (or not only) the open program: a
// backup being listed, checked or cleaned, or the program file from a worker thread. Foreign
// keys are on, as in every connection that writes. Create, use and destroy it on one thread.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)
public:
    enum class Access { ReadOnly, ReadWrite };

    SqliteConnection(const QString &path, Access access);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    // Names the file.
    QString error() const { return m_error; }
    QSqlDatabase database() const;
    // Closes before destruction, e.g. so SQLite checkpoints and removes the -wal file.
    void close();

private:
    QString m_name;
    QString m_error;
};

} // namespace Upskill
