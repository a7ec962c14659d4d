// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Upskill {

// Who has a program file open for editing, as its lock file tells.
struct LockOwner
{
    QString user;        // the lock file's owner; empty where the system does not say
    QString host;        // the computer
    QString application; // upskill-planner, upskill-cli, ...
    qint64 pid = 0;
    QDateTime since;
    bool onThisComputer = true;

    // "ada@laptop since 14:02" (or "since 3 May 2026 14:02" on another day).
    QString describe() const;
};

// One writer per program file: a QLockFile beside it (NAME.upskill.lock) holding the owner's
// process id, computer and program, so a second window opening the same file learns who has
// it instead of two windows writing over each other's changes. A lock left behind by a
// process that crashed on this computer is recognised (its process is gone) and cleared.
// A lock from another computer is never guessed to be stale; the message says how to clear it.
class ProgramLock
{
    Q_DECLARE_TR_FUNCTIONS(ProgramLock)
public:
    enum class Result { Acquired, HeldByOther, Failed };

    explicit ProgramLock(const QString &programPath);
    ~ProgramLock();
    ProgramLock(const ProgramLock &) = delete;
    ProgramLock &operator=(const ProgramLock &) = delete;

    static QString lockPathFor(const QString &programPath);

    // Takes the lock without waiting. HeldByOther: owner() says who has it. Failed: error()
    // says why (a folder where no lock file can be written, for one).
    Result tryLock();
    bool isLocked() const;
    void unlock();
    std::optional<LockOwner> owner() const { return m_owner; }
    QString error() const { return m_error; }

    // Who holds programPath's lock now; nothing when nobody does (or only a stale lock is
    // left, which this clears). For the window to ask before it opens a file.
    static std::optional<LockOwner> ownerOf(const QString &programPath);
    // "X is open in another window (ada@laptop since 14:02) ...", naming the lock file when
    // the owner is on another computer, where only a person can tell whether it still runs.
    static QString heldMessage(const QString &programPath, const LockOwner &owner);

private:
    static std::optional<LockOwner> readOwner(const QLockFile &lock, const QString &lockPath);

    QString m_programPath;
    std::unique_ptr<QLockFile> m_lock;
    std::optional<LockOwner> m_owner;
    QString m_error;
};

} // namespace Upskill
