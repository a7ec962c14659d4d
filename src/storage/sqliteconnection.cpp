// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteconnection.h"

#include "sqlerrors.h"

#include <QAtomicInteger>
#include <QSqlQuery>

namespace Upskill {

namespace {
QAtomicInteger<quint64> connectionCount;
}

SqliteConnection::SqliteConnection(const QString &path, Access access)
    : m_name(QStringLiteral("upskill-sqlite-%1").arg(connectionCount.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(access == Access::ReadOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = tr("%1 cannot be opened: %2").arg(path, SqlErrors::technical(db.lastError()));
        return;
    }
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
}

SqliteConnection::~SqliteConnection()
{
    close();
    QSqlDatabase::removeDatabase(m_name);
}

void SqliteConnection::close()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (db.isOpen())
        db.close();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Upskill
