// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

// The safety copies of one program file, in a folder beside it (NAME.upskill-backups/).
//
// Copies are written with VACUUM INTO, which reads one consistent snapshot through SQLite,
// never by copying the bytes of a file that may be open. The automatic ones (once a day when
// the file is opened, the ones made by hand, the one made before a restore) are rotated: the
// newest Kept stay. The copy made before the file is upgraded to a new format is never
// rotated away: it is the only way back to the older application.
//
// The date and kind are in the name (NAME-20260503-140212345-daily.upskill), the counts are
// read from the copy itself, so the folder explains itself without an index file.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
public:
    enum class Kind { Daily, Manual, BeforeUpgrade, BeforeRestore, Damaged };
    static constexpr int Kept = 5;

    struct Info
    {
        QString path;
        QDateTime created;
        Kind kind = Kind::Manual;
        qint64 bytes = 0;
        int formatVersion = -1;
        qint64 participants = -1;
        qint64 cohorts = -1;
        qint64 assessments = -1;
        // Why the copy cannot be read; empty when it can.
        QString problem;
        bool isReadable() const { return problem.isEmpty(); }
    };

    explicit Backups(const QString &programPath);

    QString programPath() const { return m_programPath; }
    QString folder() const;
    static QString folderFor(const QString &programPath);
    static QString kindLabel(Kind kind);

    // Newest first. withCounts opens each copy for its format and counts; without, only the
    // names are read.
    QList<Info> list(bool withCounts = true) const;
    // Reads one copy's format and counts.
    static Info inspect(const QString &path);

    // A copy of what db shows now. The automatic kinds rotate afterwards.
    std::optional<Info> create(const QSqlDatabase &db, Kind kind, QString *error) const;
    // The day's copy unless one of today exists: nothing and no error when none was due.
    std::optional<Info> createDailyIfDue(const QSqlDatabase &db, QString *error) const;
    // The same on a connection of its own, so a worker thread can take it while the window
    // goes on; it does not need the lock.
    static std::optional<Info> createDailyIfDue(const QString &programPath, QString *error);
    // A copy of programPath made on a connection of its own (e.g. "Back up now").
    static std::optional<Info> createFromFile(const QString &programPath, Kind kind,
                                              QString *error);

    // Replaces the program file by backupPath. The program must be closed first (restoring
    // takes its lock). The copy is checked with integrity_check first and refused when damaged,
    // foreign or newer than this application. The file as it was is copied into the folder
    // first (safetyCopy receives where), and the replacement is one atomic rename: the file is
    // either the old one or the restored one.
    bool restore(const QString &backupPath, QString *safetyCopy, QString *error) const;

    // Checks a copy as restore() does: "ok", or what is wrong with it.
    static QStringList problemsOf(const QString &backupPath);

private:
    QString nameFor(const QDateTime &when, Kind kind) const;
    void rotate() const;
    bool backUpCurrent(QString *safetyCopy, QString *error) const;

    QString m_programPath;
};

} // namespace Upskill
