// SPDX-License-Identifier: GPL-3.0-or-later
#include "programlock.h"

#include "logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSysInfo>

namespace Upskill {

QString LockOwner::describe() const
{
    const QString who = user.isEmpty() ? host : user + QLatin1Char('@') + host;
    if (!since.isValid())
        return who;
    const QLocale locale;
    const QDateTime local = since.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
                             ? locale.toString(local.time(), QLocale::ShortFormat)
                             : locale.toString(local, QLocale::ShortFormat);
    return ProgramLock::tr("%1 since %2").arg(who, when);
}

ProgramLock::ProgramLock(const QString &programPath)
    : m_programPath(programPath), m_lock(std::make_unique<QLockFile>(lockPathFor(programPath)))
{
    // Only the process check decides whether a lock is stale. An age limit would take the
    // lock from a window that has simply been open all day.
    m_lock->setStaleLockTime(0);
}

ProgramLock::~ProgramLock() = default;

QString ProgramLock::lockPathFor(const QString &programPath)
{
    return QFileInfo(programPath).absoluteFilePath() + QStringLiteral(".lock");
}

std::optional<LockOwner> ProgramLock::readOwner(const QLockFile &lock, const QString &lockPath)
{
    LockOwner owner;
    if (!lock.getLockInfo(&owner.pid, &owner.host, &owner.application))
        return std::nullopt;
    const QFileInfo info(lockPath);
    owner.user = info.owner();
    // The lock file is written once, when the lock is taken.
    owner.since = info.lastModified();
    owner.onThisComputer = owner.host.isEmpty() || owner.host == QSysInfo::machineHostName();
    if (owner.host.isEmpty())
        owner.host = QSysInfo::machineHostName();
    return owner;
}

ProgramLock::Result ProgramLock::tryLock()
{
    m_owner.reset();
    m_error.clear();
    if (m_lock->isLocked())
        return Result::Acquired;
    // tryLock() clears a stale lock by itself: one whose process no longer runs here.
    if (m_lock->tryLock(0))
        return Result::Acquired;
    const QString lockPath = lockPathFor(m_programPath);
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        m_owner = readOwner(*m_lock, lockPath);
        if (!m_owner) {
            // A lock file we cannot read (empty, from a crash while it was written): its
            // owner cannot be asked, and an unreadable lock protects nobody.
            if (m_lock->removeStaleLockFile() && m_lock->tryLock(0))
                return Result::Acquired;
            m_owner = LockOwner{};
            m_owner->host = tr("an unknown computer");
            m_owner->onThisComputer = false;
        }
        qCInfo(StorageLog) << m_programPath << "is locked by" << m_owner->describe();
        return Result::HeldByOther;
    case QLockFile::PermissionError:
        m_error = tr("No lock file can be created beside %1 (the folder %2 is read-only); the file "
                     "can only be opened read-only.")
                      .arg(QDir::toNativeSeparators(m_programPath),
                           QDir::toNativeSeparators(QFileInfo(lockPath).absolutePath()));
        return Result::Failed;
    default:
        m_error = tr("The lock file %1 cannot be created.").arg(QDir::toNativeSeparators(lockPath));
        return Result::Failed;
    }
}

bool ProgramLock::isLocked() const
{
    return m_lock->isLocked();
}

void ProgramLock::unlock()
{
    m_lock->unlock();
}

std::optional<LockOwner> ProgramLock::ownerOf(const QString &programPath)
{
    const QString lockPath = lockPathFor(programPath);
    if (!QFileInfo::exists(lockPath))
        return std::nullopt;
    // Asking the way opening would: a stale lock is cleared on the way, a live one named.
    ProgramLock probe(programPath);
    if (probe.tryLock() == Result::HeldByOther)
        return probe.owner();
    probe.unlock();
    return std::nullopt;
}

QString ProgramLock::heldMessage(const QString &programPath, const LockOwner &owner)
{
    const QString file = QDir::toNativeSeparators(programPath);
    if (owner.onThisComputer)
        return tr("%1 is open in another window (%2). Close it there to edit it here, or open "
                  "it read-only.")
            .arg(file, owner.describe());
    return tr("%1 is open in Upskill Planner on another computer (%2). Close it there to edit "
              "it here, or open it read-only. If that computer no longer has it open (it "
              "crashed or was switched off), delete %3 and try again.")
        .arg(file, owner.describe(), QDir::toNativeSeparators(lockPathFor(programPath)));
}

} // namespace Upskill
