// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programlock.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>
#include <optional>

namespace Upskill {

// One open program: a SQLite file with its own connection. Opening checks that the file is
// ours, intact and not from a newer version, backs it up and migrates it; it never
// overwrites or half-changes a file it cannot handle. Edits announce themselves through
// tablesChanged() so every model showing those tables refreshes.
//
// One writer at a time: opening for editing takes the file's lock (ProgramLock), and a second
// window is told who has it and may open the file read-only instead.
class ProgramFile : public QObject
{
    Q_OBJECT
public:
    enum class Mode { OpenExisting, CreateNew, OpenOrCreate };
    enum class LockPolicy {
        // For editing: takes the lock (clearing one a crashed process left); refused while
        // another window or process holds it, and lockedBy then says who.
        Exclusive,
        // Reads without the lock through a read-only connection; every edit is refused with
        // readOnlyMessage(). A file in an older format cannot be upgraded so and is refused.
        ReadOnly,
        // For tools that only read (upskill-cli info and export): read-only without the lock
        // like ReadOnly, but an older file is upgraded first, under the lock.
        ReadShared,
    };

    struct ForeignKey
    {
        QString childTable;
        QString childColumn;
        QString parentTable;
        QString onDelete; // "CASCADE", "SET NULL", "RESTRICT" or "NO ACTION"
    };

    static std::unique_ptr<ProgramFile> open(const QString &path, Mode mode, QString *error,
                                             LockPolicy policy = LockPolicy::Exclusive,
                                             std::optional<LockOwner> *lockedBy = nullptr);
    ~ProgramFile() override;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    // Where the copy made before the last migration went; empty when none was needed.
    QString backupPath() const { return m_backupPath; }
    // Opened without the lock: edits are refused (WriteTransaction, EditHistory).
    bool isReadOnly() const { return m_readOnly; }
    // Why an edit was refused, naming the file.
    QString readOnlyMessage() const;

    // Writes a consistent copy of the whole program to target (replacing it atomically).
    bool saveCopyAs(const QString &target, QString *error);
    // "ok", or the problems SQLite found. quick skips the cross-check of indexes.
    QStringList integrityProblems(bool quick) const;

    // Schema knowledge for identifiers, which SQL cannot bind: every table or column name
    // that reaches a statement is checked against these first.
    QStringList tables() const;
    QStringList columns(const QString &table) const;
    bool hasColumn(const QString &table, const QString &column) const;
    QList<ForeignKey> referencesTo(const QString &parentTable) const;

    void notifyChanged(const QStringList &tables);
    void notifyRowChanged(const QString &table, qint64 id);

Q_SIGNALS:
    // Rows were added or removed (or many changed) in these tables.
    void tablesChanged(const QStringList &tables);
    // One row's values changed; a view can refresh just that row and keep its scroll position.
    void rowChanged(const QString &table, qint64 id);

private:
    friend class WriteTransaction;
    explicit ProgramFile(const QString &path, const QString &connectionName);
    bool takeLock(QString *error, std::optional<LockOwner> *lockedBy);
    bool connect(QString *error);
    void disconnect();
    bool prepare(bool creating, QString *error);
    bool migrate(int fromVersion, QString *error);
    bool applyPragmas(QString *error);
    bool passesOpeningChecks(QString *error);
    static constexpr qint64 QuickCheckLimitBytes = 64 * 1024 * 1024;
    void loadSchemaInfo();
    int enterTransaction() { return ++m_transactionDepth; }
    void leaveTransaction() { --m_transactionDepth; }

    QString m_path;
    QString m_connectionName;
    QString m_backupPath;
    LockPolicy m_policy = LockPolicy::Exclusive;
    bool m_readOnly = false;
    std::unique_ptr<ProgramLock> m_lock;
    int m_transactionDepth = 0;
    QHash<QString, QStringList> m_columns;
    QList<ForeignKey> m_foreignKeys;
};

} // namespace Upskill
