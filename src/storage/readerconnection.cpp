// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerconnection.h"

#include "sqlerrors.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

namespace {
QAtomicInteger<quint64> readerCount;
}

ReaderConnection::ReaderConnection(const QString &path)
    : m_name(QStringLiteral("upskill-reader-%1").arg(readerCount.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = tr("%1 cannot be read: %2").arg(path, SqlErrors::technical(db.lastError()));
        return;
    }
    // Sorting and grouping a million rows in memory rather than in temporary files.
    QSqlQuery query(db);
    query.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

ReaderConnection::~ReaderConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase ReaderConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Upskill
