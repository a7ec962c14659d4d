// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Upskill {

// The keys an import has met in the file so far (an email, an assessment's person, dimension,
// day and kind), each with a number, kept in a TEMP table of the import's connection rather
// than in memory: a 200 MB file holds millions of them, and a check writes nothing to the
// program where they could be found instead. The table is made when the first key goes in and
// dropped with this object. Keys compare exactly, so callers give them in one canonical form
// (Rules::emailKey for an email).
class ImportKeys
{
public:
    explicit ImportKeys(const QSqlDatabase &db) : m_db(db) {}
    ~ImportKeys();
    ImportKeys(const ImportKeys &) = delete;
    ImportKeys &operator=(const ImportKeys &) = delete;

    // The number kept with key, 0 when the key was not met (so callers never keep 0); false
    // with error when the table cannot be read. With keep, a key not met is kept with it in the
    // same step: a check of a million new rows pays one statement per row, not two.
    bool find(const QString &key, qint64 *value, QString *error, qint64 keep = 0);
    // Keeps key with value unless the key is there already, which keeps its first value;
    // false with error when the table cannot be written.
    bool insert(const QString &key, qint64 value, QString *error, bool *added = nullptr);

private:
    bool create(QString *error);

    QSqlDatabase m_db;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    bool m_created = false;
    qint64 m_count = 0; // keys kept
};

} // namespace Upskill
