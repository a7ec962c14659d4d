// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Upskill {

// A read-only connection of its own to a program file, for figures computed on a worker
// thread while the window keeps its connection for edits (WAL lets both read at once).
// Create, use and destroy it on the same thread.
class ReaderConnection
{
    Q_DECLARE_TR_FUNCTIONS(ReaderConnection)
public:
    explicit ReaderConnection(const QString &path);
    ~ReaderConnection();
    ReaderConnection(const ReaderConnection &) = delete;
    ReaderConnection &operator=(const ReaderConnection &) = delete;

    bool isOpen() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_error;
};

} // namespace Upskill
