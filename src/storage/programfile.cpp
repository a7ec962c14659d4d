// SPDX-License-Identifier: GPL-3.0-or-later
#include "programfile.h"

#include "backups.h"
#include "defaultcontent.h"
#include "logging.h"
#include "migrations.h"
#include "sqlerrors.h"
#include "writetransaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>

#include <filesystem>
#include <system_error>

namespace Upskill {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("upskill-program-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

void removeFileAndSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace

ProgramFile::ProgramFile(const QString &path, const QString &connectionName)
    : m_path(path), m_connectionName(connectionName)
{}

ProgramFile::~ProgramFile()
{
    disconnect();
    // Only after the connection is closed: the next writer must find the file complete.
    m_lock.reset();
}

void ProgramFile::disconnect()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ProgramFile::readOnlyMessage() const
{
    return tr("%1 is open read-only, so changes cannot be saved. To edit it, close it in the "
              "window that has it open and open it again here.")
        .arg(QDir::toNativeSeparators(m_path));
}

QSqlDatabase ProgramFile::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::unique_ptr<ProgramFile> ProgramFile::open(const QString &path, Mode mode, QString *error,
                                               LockPolicy policy,
                                               std::optional<LockOwner> *lockedBy)
{
    if (lockedBy)
        lockedBy->reset();
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir()) {
        *error = tr("%1 is a folder, not a program file.").arg(path);
        return nullptr;
    }
    if ((mode == Mode::OpenExisting || policy != LockPolicy::Exclusive) && !exists) {
        *error = tr("%1 does not exist.").arg(path);
        return nullptr;
    }
    if (mode == Mode::CreateNew && exists) {
        *error = tr("%1 already exists; choose another name or open it instead.").arg(path);
        return nullptr;
    }
    if (!exists && !info.absoluteDir().exists()) {
        *error = tr("The folder %1 does not exist.").arg(info.absolutePath());
        return nullptr;
    }
    const bool creating = !exists || info.size() == 0;
    if (!creating) {
        // Check the magic header ourselves: SQLite would only say "file is not a database"
        // on the first query, and a clear message names the file.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
            return nullptr;
        }
        if (file.read(16) != QByteArray("SQLite format 3\0", 16)) {
            *error = tr("%1 is not an Upskill Planner program file (it is not an SQLite "
                        "database).")
                         .arg(path);
            return nullptr;
        }
    }

    std::unique_ptr<ProgramFile> program(
        new ProgramFile(info.absoluteFilePath(), nextConnectionName()));
    program->m_policy = policy;
    program->m_readOnly = policy != LockPolicy::Exclusive;
    // The lock comes before anything else touches the file, even a new one: a second window
    // must not open a program while it is being created.
    if (policy == LockPolicy::Exclusive && !program->takeLock(error, lockedBy))
        return nullptr;
    if (!program->connect(error) || !program->prepare(creating, error)) {
        program.reset();
        if (!exists)
            removeFileAndSidecars(info.absoluteFilePath());
        return nullptr;
    }
    return program;
}

bool ProgramFile::takeLock(QString *error, std::optional<LockOwner> *lockedBy)
{
    auto lock = std::make_unique<ProgramLock>(m_path);
    switch (lock->tryLock()) {
    case ProgramLock::Result::Acquired:
        m_lock = std::move(lock);
        return true;
    case ProgramLock::Result::HeldByOther:
        if (lockedBy)
            *lockedBy = lock->owner();
        *error = ProgramLock::heldMessage(m_path, *lock->owner());
        return false;
    case ProgramLock::Result::Failed:
        *error = lock->error();
        return false;
    }
    return false;
}

bool ProgramFile::connect(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // SQLite itself refuses every write on a read-only connection, whatever code tries.
    db.setConnectOptions(m_readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("%1 cannot be opened: %2").arg(m_path, SqlErrors::technical(db.lastError()));
        return false;
    }
    return true;
}

bool ProgramFile::prepare(bool creating, QString *error)
{
    QSqlDatabase db = database();
    QSqlQuery query(db);
    auto pragmaInt = [&](const QString &name, int *value) {
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
            *error = tr("%1 is damaged or cannot be read: %2")
                         .arg(m_path, SqlErrors::technical(query.lastError()));
            return false;
        }
        *value = query.value(0).toInt();
        return true;
    };

    // Read-only checks first: a file we refuse must be left exactly as it was.
    int version = 0;
    int applicationId = 0;
    if (!pragmaInt(QStringLiteral("user_version"), &version) ||
        !pragmaInt(QStringLiteral("application_id"), &applicationId))
        return false;
    int tableCount = 0;
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")) ||
        !query.next()) {
        *error = tr("%1 is damaged: %2").arg(m_path, SqlErrors::technical(query.lastError()));
        return false;
    }
    tableCount = query.value(0).toInt();
    // An unfinished statement holds a read transaction, and the journal mode cannot change
    // inside one.
    query.finish();

    if (applicationId != Migrations::ApplicationId && (applicationId != 0 || tableCount > 0)) {
        *error = tr("%1 is an SQLite database of another program, not an Upskill Planner "
                    "program file.")
                     .arg(m_path);
        return false;
    }
    if (version > Migrations::CurrentVersion) {
        *error = tr("%1 was saved by a newer version of Upskill Planner (file format %2; this "
                    "version reads up to %3). Update the application to open it; the file was "
                    "not changed.")
                     .arg(m_path)
                     .arg(version)
                     .arg(Migrations::CurrentVersion);
        return false;
    }
    if (!creating && !passesOpeningChecks(error))
        return false;

    if (m_readOnly && (creating || version < Migrations::CurrentVersion)) {
        // Upgrading writes, and writing needs the lock.
        if (m_policy == LockPolicy::ReadOnly) {
            *error = tr("%1 is in the format of an older version (%2) and must be upgraded "
                        "before it can be read, which cannot be done read-only. Open it for "
                        "editing once, where it is not open in another window.")
                         .arg(m_path)
                         .arg(version);
            return false;
        }
        QString lockError;
        if (!takeLock(&lockError, nullptr)) {
            *error =
                tr("%1 must be upgraded to this version's format first: %2").arg(m_path, lockError);
            return false;
        }
        // The read-only connection goes first; nothing of it may be left in use.
        query = QSqlQuery();
        db = QSqlDatabase();
        disconnect();
        m_readOnly = false;
        if (!connect(error))
            return false;
    }

    if (!applyPragmas(error))
        return false;
    if (version < Migrations::CurrentVersion && !migrate(version, error))
        return false;
    loadSchemaInfo();
    return true;
}

bool ProgramFile::passesOpeningChecks(QString *error)
{
    QSqlQuery query(database());
    // A truncated file is caught at once: the header says how many pages the database has.
    // Pages not yet checkpointed live in the -wal file, so the sizes only compare without one.
    const QFileInfo info(m_path);
    const QFileInfo wal(m_path + QStringLiteral("-wal"));
    if ((!wal.exists() || wal.size() == 0) &&
        query.exec(QStringLiteral("SELECT page_count * page_size FROM pragma_page_count(), "
                                  "pragma_page_size()")) &&
        query.next() && query.value(0).toLongLong() > info.size()) {
        *error = tr("%1 is damaged and cannot be opened safely: it is shorter than its own "
                    "header says (%2 of %3 bytes); it may have been cut off while copying.")
                     .arg(m_path)
                     .arg(info.size())
                     .arg(query.value(0).toLongLong());
        return false;
    }
    query.finish();
    // SQLite's quick check reads every page: about a second per 150 MB here. Files of a
    // normal program are checked on every open; very large ones only by `upskill-cli info`,
    // so a 100,000-engineer program still opens at once.
    if (info.size() > QuickCheckLimitBytes)
        return true;
    const QStringList problems = integrityProblems(true);
    if (problems != QStringList{QStringLiteral("ok")}) {
        *error = tr("%1 is damaged and cannot be opened safely: %2")
                     .arg(m_path, problems.mid(0, 3).join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

bool ProgramFile::applyPragmas(QString *error)
{
    QSqlQuery query(database());
    // foreign_keys is per connection and off by default in SQLite: without it every
    // REFERENCES clause in the schema would be decoration. A read-only connection cannot
    // change the journal mode; the file keeps the one its writer set.
    const QStringList pragmas = m_readOnly
                                    ? QStringList{QStringLiteral("PRAGMA foreign_keys = ON"),
                                                  QStringLiteral("PRAGMA busy_timeout = 5000")}
                                    : QStringList{QStringLiteral("PRAGMA foreign_keys = ON"),
                                                  QStringLiteral("PRAGMA busy_timeout = 5000"),
                                                  QStringLiteral("PRAGMA journal_mode = WAL"),
                                                  QStringLiteral("PRAGMA synchronous = NORMAL")};
    for (const QString &sql : pragmas) {
        if (!query.exec(sql)) {
            *error = tr("%1 cannot be prepared for use: %2")
                         .arg(m_path, SqlErrors::technical(query.lastError()));
            return false;
        }
    }
    return true;
}

bool ProgramFile::migrate(int fromVersion, QString *error)
{
    QSqlDatabase db = database();
    if (fromVersion > 0) {
        // The user's months of work get a copy before the schema changes under them, one
        // that rotation never removes: it is the way back to the older application.
        QString backupError;
        const auto backup = Backups(m_path).create(db, Backups::Kind::BeforeUpgrade, &backupError);
        if (!backup) {
            *error = tr("The backup before upgrading %1 failed, so it was not upgraded: %2")
                         .arg(m_path, backupError);
            return false;
        }
        m_backupPath = backup->path;
    }

    if (fromVersion == 0) {
        // A new file gets its schema and default content in one transaction: either a
        // complete program or nothing.
        WriteTransaction transaction(*this);
        if (!transaction.isActive()) {
            *error = transaction.error();
            return false;
        }
        for (int v = 1; v <= Migrations::CurrentVersion; ++v) {
            if (!Migrations::apply(db, v, error))
                return false;
        }
        QSqlQuery query(db);
        if (!query.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(Migrations::ApplicationId))) {
            *error = SqlErrors::technical(query.lastError());
            return false;
        }
        loadSchemaInfo();
        if (!DefaultContent::fill(*this, error))
            return false;
        if (!transaction.commit()) {
            *error = transaction.error();
            return false;
        }
        return true;
    }

    for (int v = fromVersion + 1; v <= Migrations::CurrentVersion; ++v) {
        WriteTransaction transaction(*this);
        if (!transaction.isActive()) {
            *error = transaction.error();
            return false;
        }
        if (!Migrations::apply(db, v, error) || !transaction.commit()) {
            if (error->isEmpty())
                *error = transaction.error();
            return false;
        }
    }
    return true;
}

int ProgramFile::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QStringList ProgramFile::integrityProblems(bool quick) const
{
    QSqlQuery query(database());
    QStringList problems;
    if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check(20)")
                          : QStringLiteral("PRAGMA integrity_check(20)"))) {
        return {SqlErrors::technical(query.lastError())};
    }
    while (query.next())
        problems.append(query.value(0).toString());
    if (query.lastError().isValid())
        problems.append(SqlErrors::technical(query.lastError()));
    if (problems.isEmpty())
        problems.append(tr("the integrity check returned nothing"));
    return problems;
}

bool ProgramFile::saveCopyAs(const QString &target, QString *error)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == m_path) {
        *error = tr("The copy must go to another file than the open program.");
        return false;
    }
    // VACUUM INTO refuses to overwrite, so write beside the target and rename over it: the
    // target is either the old file or the complete copy, never a partial one.
    const QString temporary =
        targetInfo.absoluteDir().filePath(QStringLiteral(".%1.partial-%2")
                                              .arg(targetInfo.fileName())
                                              .arg(QDateTime::currentMSecsSinceEpoch()));
    QSqlQuery vacuum(database());
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = SqlErrors::technical(vacuum.lastError());
        return false;
    }
    vacuum.addBindValue(temporary);
    if (!vacuum.exec()) {
        *error = tr("The copy could not be written to %1: %2")
                     .arg(target, SqlErrors::technical(vacuum.lastError()));
        QFile::remove(temporary);
        return false;
    }
    // One rename that replaces the target: removing it first would leave nothing there if
    // the rename then failed.
    std::error_code code;
    std::filesystem::rename(
        std::filesystem::path(QDir::toNativeSeparators(temporary).toStdU16String()),
        std::filesystem::path(QDir::toNativeSeparators(target).toStdU16String()), code);
    if (code) {
        *error = tr("The copy could not be moved to %1: %2")
                     .arg(target, QString::fromStdString(code.message()));
        QFile::remove(temporary);
        return false;
    }
    return true;
}

void ProgramFile::loadSchemaInfo()
{
    m_columns.clear();
    m_foreignKeys.clear();
    QSqlDatabase db = database();
    QSqlQuery tablesQuery(db);
    tablesQuery.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    QStringList names;
    while (tablesQuery.next())
        names.append(tablesQuery.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery info(db);
        info.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)"));
        info.addBindValue(table);
        info.exec();
        QStringList cols;
        while (info.next())
            cols.append(info.value(0).toString());
        m_columns.insert(table, cols);

        QSqlQuery fks(db);
        fks.prepare(QStringLiteral(
            "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)"));
        fks.addBindValue(table);
        fks.exec();
        while (fks.next())
            m_foreignKeys.append({table, fks.value(1).toString(), fks.value(0).toString(),
                                  fks.value(2).toString().toUpper()});
    }
}

QStringList ProgramFile::tables() const
{
    QStringList result = m_columns.keys();
    result.sort();
    return result;
}

QStringList ProgramFile::columns(const QString &table) const
{
    return m_columns.value(table);
}

bool ProgramFile::hasColumn(const QString &table, const QString &column) const
{
    return m_columns.value(table).contains(column);
}

QList<ProgramFile::ForeignKey> ProgramFile::referencesTo(const QString &parentTable) const
{
    QList<ForeignKey> result;
    for (const ForeignKey &fk : m_foreignKeys) {
        if (fk.parentTable == parentTable)
            result.append(fk);
    }
    return result;
}

void ProgramFile::notifyChanged(const QStringList &tables)
{
    if (!tables.isEmpty())
        Q_EMIT tablesChanged(tables);
}

void ProgramFile::notifyRowChanged(const QString &table, qint64 id)
{
    Q_EMIT rowChanged(table, id);
}

} // namespace Upskill
