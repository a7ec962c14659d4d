// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlRecord>
#include <QString>
#include <QVariantMap>

namespace Upskill {

class ProgramFile;

// A row as it was, so a deletion can be undone exactly.
struct StoredRow
{
    QString table;
    QSqlRecord values;
};

// A reference that ON DELETE SET NULL cleared, so undo can put it back.
struct ClearedReference
{
    QString table;
    qint64 id = 0;
    QString column;
    QVariant value;
};

struct RemovedRows
{
    QList<StoredRow> rows; // parents before children: the order to re-insert them
    QList<ClearedReference> clearedReferences;
    QSet<QString> seen; // rows already collected, to store each only once
    QStringList touchedTables() const;
};

// The generic writes that undo commands are made of: insert rows, change one field, delete
// rows together with everything that cascades from them, and put such rows back. Each call
// is one transaction and announces the tables it changed. Table and column names are checked
// against the schema; values are always bound.
class RowStore
{
    Q_DECLARE_TR_FUNCTIONS(RowStore)
public:
    explicit RowStore(ProgramFile &file);

    bool insert(const QString &table, const QList<QVariantMap> &rows, QList<qint64> *ids,
                QString *error);
    bool update(const QString &table, qint64 id, const QString &column, const QVariant &value,
                QString *error);
    QVariant value(const QString &table, qint64 id, const QString &column) const;
    // The same for tables whose rows are named by a composite key instead of an id (a rubric
    // level is its dimension and level number): key maps key columns to their values.
    bool updateByKey(const QString &table, const QVariantMap &key, const QString &column,
                     const QVariant &value, QString *error);
    QVariant valueByKey(const QString &table, const QVariantMap &key, const QString &column) const;
    bool remove(const QString &table, const QList<qint64> &ids, RemovedRows *removed,
                QString *error);
    bool restore(const RemovedRows &removed, QString *error);

private:
    bool checkColumns(const QString &table, const QStringList &columns, QString *error) const;
    QString keyCondition(const QVariantMap &key) const;
    bool updateWhere(const QString &table, const QVariantMap &key, const QString &column,
                     const QVariant &value, QString *error);
    bool collect(const QString &table, const QString &column, const QList<qint64> &ids,
                 RemovedRows *removed, QString *error);
    bool insertRecord(const QString &table, const QSqlRecord &record, QString *error);
    QString quoted(const QString &identifier) const;

    ProgramFile &m_file;
};

} // namespace Upskill
