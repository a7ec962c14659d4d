// SPDX-License-Identifier: GPL-3.0-or-later
#include "importkeys.h"

#include "logging.h"
#include "sqlerrors.h"

#include <QSqlError>

namespace Upskill {

namespace {

// One import at a time runs on a connection, so one name does; it is dropped before it is
// made in case a connection kept one from an import that could not drop it.
const QString Table = QStringLiteral("temp.upskill_import_keys");

} // namespace

ImportKeys::~ImportKeys()
{
    if (!m_created)
        return;
    // A statement still open on the table would keep it from being dropped.
    m_find.finish();
    m_insert.finish();
    QSqlQuery drop(m_db);
    if (!drop.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(Table)))
        qCWarning(IoLog) << "dropping the import's keys failed:" << drop.lastError().text();
}

bool ImportKeys::create(QString *error)
{
    QSqlQuery query(m_db);
    // WITHOUT ROWID keeps each key once, in the primary key's b-tree, instead of in a table
    // and an index.
    if (!query.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(Table)) ||
        !query.exec(QStringLiteral("CREATE TABLE %1 (key TEXT PRIMARY KEY, value INTEGER NOT "
                                   "NULL) WITHOUT ROWID")
                        .arg(Table))) {
        *error = SqlErrors::technical(query.lastError());
        return false;
    }
    m_created = true;
    m_find = QSqlQuery(m_db);
    m_insert = QSqlQuery(m_db);
    if (!m_find.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(Table)) ||
        !m_insert.prepare(
            QStringLiteral("INSERT OR IGNORE INTO %1 (key, value) VALUES (?, ?)").arg(Table))) {
        *error = SqlErrors::technical(m_find.lastError().isValid() ? m_find.lastError()
                                                                   : m_insert.lastError());
        return false;
    }
    return true;
}

bool ImportKeys::find(const QString &key, qint64 *value, QString *error, qint64 keep)
{
    *value = 0;
    bool added = false;
    if (keep != 0 && !insert(key, keep, error, &added))
        return false;
    if (added || m_count == 0)
        return true;
    m_find.bindValue(0, key);
    if (!m_find.exec()) {
        *error = SqlErrors::technical(m_find.lastError());
        return false;
    }
    if (m_find.next())
        *value = m_find.value(0).toLongLong();
    m_find.finish();
    return true;
}

bool ImportKeys::insert(const QString &key, qint64 value, QString *error, bool *added)
{
    if (!m_created && !create(error))
        return false;
    m_insert.bindValue(0, key);
    m_insert.bindValue(1, value);
    if (!m_insert.exec()) {
        *error = SqlErrors::technical(m_insert.lastError());
        return false;
    }
    const int rows = m_insert.numRowsAffected();
    m_count += rows;
    if (added)
        *added = rows > 0;
    return true;
}

} // namespace Upskill
