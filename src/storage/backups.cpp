// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "logging.h"
#include "migrations.h"
#include "programlock.h"
#include "sqlerrors.h"
#include "sqliteconnection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace Upskill {

namespace {

struct KindToken
{
    Backups::Kind kind;
    const char *token;
};

const KindToken kindTokens[] = {
    {Backups::Kind::Daily, "daily"},
    {Backups::Kind::Manual, "manual"},
    {Backups::Kind::BeforeUpgrade, "before-upgrade"},
    {Backups::Kind::BeforeRestore, "before-restore"},
    {Backups::Kind::Damaged, "damaged"},
};

QString tokenOf(Backups::Kind kind)
{
    for (const KindToken &entry : kindTokens) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.token);
    }
    return QStringLiteral("manual");
}

std::optional<Backups::Kind> kindOf(QStringView token)
{
    for (const KindToken &entry : kindTokens) {
        if (token == QLatin1String(entry.token))
            return entry.kind;
    }
    return std::nullopt;
}

// Only these make way for newer ones. The copy before an upgrade is the way back to the
// older application, and a damaged file kept before a restore is evidence: both stay.
bool rotates(Backups::Kind kind)
{
    return kind == Backups::Kind::Daily || kind == Backups::Kind::Manual ||
           kind == Backups::Kind::BeforeRestore;
}

const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmsszzz");
const QString suffix = QStringLiteral(".upskill");
const QString partialSuffix = QStringLiteral(".partial");

// NAME-20260503-140212345-daily.upskill: the name may have dashes of its own, so the
// pattern is anchored at the end.
const QRegularExpression &namePattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^.*-(\\d{8}-\\d{9})-([a-z-]+)\\.upskill$"));
    return pattern;
}

bool vacuumInto(const QSqlDatabase &db, const QString &target, QString *error)
{
    QSqlQuery vacuum(db);
    if (!vacuum.prepare(QStringLiteral("VACUUM INTO ?"))) {
        *error = SqlErrors::technical(vacuum.lastError());
        return false;
    }
    vacuum.addBindValue(target);
    if (!vacuum.exec()) {
        *error = SqlErrors::technical(vacuum.lastError());
        QFile::remove(target);
        return false;
    }
    return true;
}

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdU16String());
}

} // namespace

Backups::Backups(const QString &programPath)
    : m_programPath(QFileInfo(programPath).absoluteFilePath())
{}

QString Backups::folderFor(const QString &programPath)
{
    return QFileInfo(programPath).absoluteFilePath() + QStringLiteral("-backups");
}

QString Backups::folder() const
{
    return folderFor(m_programPath);
}

QString Backups::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return tr("Daily, on opening");
    case Kind::Manual:
        return tr("Made by hand");
    case Kind::BeforeUpgrade:
        return tr("Before upgrading the file format");
    case Kind::BeforeRestore:
        return tr("Before restoring a backup");
    case Kind::Damaged:
        return tr("Damaged file, kept before a restore");
    }
    return {};
}

QString Backups::nameFor(const QDateTime &when, Kind kind) const
{
    return QDir(folder()).filePath(QStringLiteral("%1-%2-%3%4")
                                       .arg(QFileInfo(m_programPath).completeBaseName(),
                                            when.toString(stampFormat), tokenOf(kind), suffix));
}

QList<Backups::Info> Backups::list(bool withCounts) const
{
    QList<Info> result;
    const QFileInfoList files =
        QDir(folder()).entryInfoList({QLatin1Char('*') + suffix}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = namePattern().match(file.fileName());
        if (!match.hasMatch())
            continue;
        const auto kind = kindOf(match.capturedView(2));
        if (!kind)
            continue;
        Info info;
        if (withCounts)
            info = inspect(file.absoluteFilePath());
        info.path = file.absoluteFilePath();
        info.kind = *kind;
        info.bytes = file.size();
        info.created = QDateTime::fromString(match.captured(1), stampFormat);
        if (!info.created.isValid())
            info.created = file.lastModified();
        result.append(info);
    }
    std::sort(result.begin(), result.end(),
              [](const Info &a, const Info &b) { return a.created > b.created; });
    return result;
}

Backups::Info Backups::inspect(const QString &path)
{
    Info info;
    info.path = path;
    info.bytes = QFileInfo(path).size();
    SqliteConnection connection(path, SqliteConnection::Access::ReadOnly);
    if (!connection.isOpen()) {
        info.problem = connection.error();
        return info;
    }
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT application_id, user_version FROM "
                                   "pragma_application_id(), pragma_user_version()")) ||
        !query.next()) {
        info.problem = tr("it cannot be read: %1").arg(SqlErrors::technical(query.lastError()));
        return info;
    }
    if (query.value(0).toInt() != Migrations::ApplicationId) {
        info.problem = tr("it is not an Upskill Planner program file");
        return info;
    }
    info.formatVersion = query.value(1).toInt();
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM participants), (SELECT count(*) "
                                   "FROM cohorts), (SELECT count(*) FROM assessments)")) ||
        !query.next()) {
        info.problem = tr("it cannot be read: %1").arg(SqlErrors::technical(query.lastError()));
        return info;
    }
    info.participants = query.value(0).toLongLong();
    info.cohorts = query.value(1).toLongLong();
    info.assessments = query.value(2).toLongLong();
    return info;
}

std::optional<Backups::Info> Backups::create(const QSqlDatabase &db, Kind kind,
                                             QString *error) const
{
    if (!QDir().mkpath(folder())) {
        *error =
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder()));
        return std::nullopt;
    }
    QDateTime when = QDateTime::currentDateTime();
    QString target = nameFor(when, kind);
    while (QFileInfo::exists(target) || QFileInfo::exists(target + partialSuffix)) {
        when = when.addMSecs(1);
        target = nameFor(when, kind);
    }
    // Under a name the list ignores until it is complete: a copy cut short by a crash or a
    // full disk must never be offered for restoring.
    const QString partial = target + partialSuffix;
    QString technical;
    if (!vacuumInto(db, partial, &technical)) {
        *error = tr("The backup %1 could not be written: %2")
                     .arg(QDir::toNativeSeparators(target), technical);
        qCWarning(StorageLog) << *error;
        return std::nullopt;
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        *error = tr("The backup %1 could not be written.").arg(QDir::toNativeSeparators(target));
        return std::nullopt;
    }
    qCInfo(StorageLog) << "backed up" << m_programPath << "to" << target;
    Info info;
    info.path = target;
    info.created = when;
    info.kind = kind;
    info.bytes = QFileInfo(target).size();
    if (rotates(kind))
        rotate();
    return info;
}

std::optional<Backups::Info> Backups::createDailyIfDue(const QSqlDatabase &db, QString *error) const
{
    const QDate today = QDate::currentDate();
    const QList<Info> existing = list(false);
    const bool due = std::none_of(existing.cbegin(), existing.cend(), [&](const Info &info) {
        return info.kind != Kind::Damaged && info.created.date() == today;
    });
    if (!due)
        return std::nullopt;
    return create(db, Kind::Daily, error);
}

std::optional<Backups::Info> Backups::createDailyIfDue(const QString &programPath, QString *error)
{
    SqliteConnection connection(programPath, SqliteConnection::Access::ReadOnly);
    if (!connection.isOpen()) {
        *error = connection.error();
        return std::nullopt;
    }
    return Backups(programPath).createDailyIfDue(connection.database(), error);
}

std::optional<Backups::Info> Backups::createFromFile(const QString &programPath, Kind kind,
                                                     QString *error)
{
    SqliteConnection connection(programPath, SqliteConnection::Access::ReadOnly);
    if (!connection.isOpen()) {
        *error = connection.error();
        return std::nullopt;
    }
    return Backups(programPath).create(connection.database(), kind, error);
}

void Backups::rotate() const
{
    int kept = 0;
    for (const Info &info : list(false)) {
        if (!rotates(info.kind))
            continue;
        if (++kept > Kept && !QFile::remove(info.path))
            qCWarning(StorageLog) << "an old backup could not be removed:" << info.path;
    }
    // Pieces of copies a crash interrupted.
    const QDateTime hourAgo = QDateTime::currentDateTime().addSecs(-3600);
    const QFileInfoList partials = QDir(folder()).entryInfoList(
        {QLatin1Char('*') + suffix + partialSuffix}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified() < hourAgo)
            QFile::remove(partial.absoluteFilePath());
    }
}

QStringList Backups::problemsOf(const QString &backupPath)
{
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return {tr("it cannot be read: %1").arg(file.errorString())};
    if (file.read(16) != QByteArray("SQLite format 3\0", 16))
        return {tr("it is not an SQLite database")};
    file.close();
    SqliteConnection connection(backupPath, SqliteConnection::Access::ReadOnly);
    if (!connection.isOpen())
        return {connection.error()};
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT application_id, user_version FROM "
                                   "pragma_application_id(), pragma_user_version()")) ||
        !query.next())
        return {tr("it cannot be read: %1").arg(SqlErrors::technical(query.lastError()))};
    if (query.value(0).toInt() != Migrations::ApplicationId)
        return {tr("it is not an Upskill Planner program file")};
    const int version = query.value(1).toInt();
    if (version > Migrations::CurrentVersion)
        return {
            tr("it was saved by a newer version of Upskill Planner (file format %1)").arg(version)};
    if (version < 1)
        return {tr("it holds no program")};
    // The full check, not the quick one: a restore is rare and must not bring back a file
    // whose indexes disagree with its tables.
    QStringList problems;
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(20)")))
        return {SqlErrors::technical(query.lastError())};
    while (query.next())
        problems.append(query.value(0).toString());
    if (query.lastError().isValid())
        problems.append(SqlErrors::technical(query.lastError()));
    if (problems.isEmpty())
        problems.append(tr("the integrity check returned nothing"));
    return problems;
}

bool Backups::backUpCurrent(QString *safetyCopy, QString *error) const
{
    safetyCopy->clear();
    if (!QFileInfo::exists(m_programPath))
        return true;
    {
        SqliteConnection connection(m_programPath, SqliteConnection::Access::ReadWrite);
        if (connection.isOpen()) {
            QString technical;
            if (const auto copy = create(connection.database(), Kind::BeforeRestore, &technical)) {
                *safetyCopy = copy->path;
                // Closing the last connection moves the write-ahead log into the file and
                // removes it, so nothing of the old file is left to be replayed into the new.
                connection.close();
                return true;
            }
            qCWarning(StorageLog) << "the file to be replaced cannot be copied:" << technical;
        }
    }
    // A file SQLite cannot copy is likely why a backup is being restored. Its bytes are kept
    // as they are (nothing has it open: the restore holds its lock), in case it can be rescued.
    if (!QDir().mkpath(folder())) {
        *error =
            tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder()));
        return false;
    }
    const QString target = nameFor(QDateTime::currentDateTime(), Kind::Damaged);
    for (const QString &sidecar : {QString(), QStringLiteral("-wal")}) {
        if (!QFileInfo::exists(m_programPath + sidecar))
            continue;
        if (!QFile::copy(m_programPath + sidecar, target + sidecar)) {
            *error = tr("%1 could not be copied to %2 before restoring; nothing was restored.")
                         .arg(QDir::toNativeSeparators(m_programPath),
                              QDir::toNativeSeparators(target + sidecar));
            return false;
        }
    }
    *safetyCopy = target;
    return true;
}

bool Backups::restore(const QString &backupPath, QString *safetyCopy, QString *error) const
{
    QString kept;
    if (!safetyCopy)
        safetyCopy = &kept;
    safetyCopy->clear();
    const QString backup = QDir::toNativeSeparators(backupPath);
    const QStringList problems = problemsOf(backupPath);
    if (problems != QStringList{QStringLiteral("ok")}) {
        *error = tr("The backup %1 cannot be restored: %2.")
                     .arg(backup, problems.mid(0, 3).join(QStringLiteral("; ")));
        return false;
    }

    ProgramLock lock(m_programPath);
    switch (lock.tryLock()) {
    case ProgramLock::Result::Acquired:
        break;
    case ProgramLock::Result::HeldByOther:
        *error = ProgramLock::heldMessage(m_programPath, *lock.owner());
        return false;
    case ProgramLock::Result::Failed:
        *error = lock.error();
        return false;
    }

    if (!backUpCurrent(safetyCopy, error))
        return false;

    const QFileInfo program(m_programPath);
    const QString temporary =
        program.absoluteDir().filePath(QStringLiteral(".%1.restoring-%2")
                                           .arg(program.fileName())
                                           .arg(QDateTime::currentMSecsSinceEpoch()));
    {
        SqliteConnection source(backupPath, SqliteConnection::Access::ReadOnly);
        QString technical = source.error();
        if (!source.isOpen() || !vacuumInto(source.database(), temporary, &technical)) {
            *error = tr("The backup %1 could not be copied beside %2: %3")
                         .arg(backup, QDir::toNativeSeparators(m_programPath), technical);
            return false;
        }
    }
    // The old file's write-ahead log and index must not meet the restored file. After the
    // copy above it holds nothing that is not in the safety copy.
    for (const QString &sidecar : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFileInfo::exists(m_programPath + sidecar) && !QFile::remove(m_programPath + sidecar)) {
            QFile::remove(temporary);
            *error = tr("%1 cannot be removed, so the backup was not restored.")
                         .arg(QDir::toNativeSeparators(m_programPath + sidecar));
            return false;
        }
    }
    // One rename replaces the file, atomically where the system allows it (POSIX rename,
    // MoveFileEx with replace on Windows).
    std::error_code code;
    std::filesystem::rename(nativePath(temporary), nativePath(m_programPath), code);
    if (code) {
        QFile::remove(temporary);
        *error = tr("%1 could not be replaced by the backup: %2")
                     .arg(QDir::toNativeSeparators(m_programPath),
                          QString::fromStdString(code.message()));
        return false;
    }
    qCInfo(StorageLog) << "restored" << m_programPath << "from" << backupPath;
    return true;
}

} // namespace Upskill
