// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace Upskill {

// One open program: a SQLite file with its own connection. Opening checks that the file is
// ours, intact and not from a newer version, backs it up and migrates it; it never
// overwrites or half-changes a file it cannot handle. Edits announce themselves through
// tablesChanged() so every model showing those tables refreshes.
class ProgramFile : public QObject
{
    Q_OBJECT
public:
    enum class Mode { OpenExisting, CreateNew, OpenOrCreate };

    struct ForeignKey
    {
        QString childTable;
        QString childColumn;
        QString parentTable;
        QString onDelete; // "CASCADE", "SET NULL", "RESTRICT" or "NO ACTION"
    };

    static std::unique_ptr<ProgramFile> open(const QString &path, Mode mode, QString *error);
    ~ProgramFile() override;

    QString path() const { return m_path; }
    QSqlDatabase database() const;
    int schemaVersion() const;
    // Where the copy made before the last migration went; empty when none was needed.
    QString backupPath() const { return m_backupPath; }

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
    bool connect(QString *error);
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
    int m_transactionDepth = 0;
    QHash<QString, QStringList> m_columns;
    QList<ForeignKey> m_foreignKeys;
};

} // namespace Upskill
