// SPDX-License-Identifier: GPL-3.0-or-later
#include "writerconnection.h"

#include "sqlerrors.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

namespace {
QAtomicInteger<quint64> writerCount;
}

WriterConnection::WriterConnection(const QString &path)
    : m_name(QStringLiteral("upskill-writer-%1").arg(writerCount.fetchAndAddRelaxed(1)))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_error = tr("%1 cannot be opened: %2").arg(path, SqlErrors::technical(db.lastError()));
        return;
    }
    // The journal mode is kept in the file (WAL since ProgramFile opened it); the others hold
    // for this connection only. A larger page cache keeps the indexes of 100,000 people in
    // memory while rows go in.
    const QString pragmas[] = {
        QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA busy_timeout = 5000"),
        QStringLiteral("PRAGMA synchronous = NORMAL"), QStringLiteral("PRAGMA temp_store = MEMORY"),
        QStringLiteral("PRAGMA cache_size = -65536")};
    QSqlQuery query(db);
    for (const QString &sql : pragmas) {
        if (!query.exec(sql)) {
            m_error = tr("%1 cannot be prepared for writing: %2")
                          .arg(path, SqlErrors::technical(query.lastError()));
            return;
        }
    }
}

WriterConnection::~WriterConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase WriterConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Upskill
