// SPDX-License-Identifier: GPL-3.0-or-later
// One writer per program file: a second open learns who has it and may read it read-only,
// where every edit is refused with a sentence; a lock left by a crashed process is cleared.
#include "edithistory.h"
#include "migrations.h"
#include "programfile.h"
#include "programlock.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Upskill;

class TestProgramLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("p%1.upskill").arg(++m_serial)); }

    QString newProgram()
    {
        const QString path = newPath();
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::CreateNew, &error);
        if (!file)
            qWarning() << error;
        return path;
    }

    static qint64 count(ProgramFile &file, const QString &table)
    {
        QSqlQuery query(file.database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // A lock file left behind by a process that died without unlocking: taken in a child
    // that exits at once, its destructors never run.
    static bool leaveStaleLock(const QString &lockPath, qint64 *deadPid)
    {
        const pid_t child = fork();
        if (child == 0) {
            QLockFile lock(lockPath);
            _exit(lock.tryLock(0) ? 0 : 1);
        }
        int status = 0;
        if (child < 0 || waitpid(child, &status, 0) != child || !WIFEXITED(status) ||
            WEXITSTATUS(status) != 0)
            return false;
        *deadPid = child;
        return QFileInfo::exists(lockPath);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondOpenSeesTheOwner()
    {
        const QString path = newProgram();
        QString error;
        auto first = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(first, qPrintable(error));
        QVERIFY(!first->isReadOnly());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));

        std::optional<LockOwner> owner;
        auto second = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::Exclusive, &owner);
        QVERIFY(!second);
        QVERIFY(owner.has_value());
        QCOMPARE(owner->pid, QCoreApplication::applicationPid());
        QCOMPARE(owner->host, QSysInfo::machineHostName());
        QVERIFY(owner->onThisComputer);
        QVERIFY(!owner->user.isEmpty());
        QVERIFY(qAbs(owner->since.secsTo(QDateTime::currentDateTime())) < 60);
        // "open in another window (user@host since ...)"
        QVERIFY2(error.contains(QStringLiteral("open in another window")), qPrintable(error));
        QVERIFY2(error.contains(owner->user + QLatin1Char('@') + owner->host +
                                QStringLiteral(" since ")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));

        // The window can ask before opening.
        const auto asked = ProgramLock::ownerOf(path);
        QVERIFY(asked.has_value());
        QCOMPARE(asked->pid, owner->pid);

        first.reset();
        QVERIFY(!ProgramLock::ownerOf(path).has_value());
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
        second = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(second, qPrintable(error));
    }

    // Creating a file takes the lock too: nobody opens a program while it is being made.
    void creatingRespectsTheLock()
    {
        const QString path = newPath();
        ProgramLock other(path);
        QCOMPARE(other.tryLock(), ProgramLock::Result::Acquired);
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::CreateNew, &error);
        QVERIFY(!file);
        QVERIFY2(error.contains(QStringLiteral("open in another window")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(path));
    }

    void readOnlyRefusesEdits()
    {
        const QString path = newProgram();
        QString error;
        auto writer = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(writer, qPrintable(error));
        auto reader = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        QVERIFY(reader->isReadOnly());
        const qint64 tracks = count(*reader, QStringLiteral("tracks"));
        QVERIFY(tracks > 0);

        // A transaction does not start, and says why.
        {
            WriteTransaction transaction(*reader);
            QVERIFY(!transaction.isActive());
            QVERIFY2(transaction.error().contains(QStringLiteral("read-only")),
                     qPrintable(transaction.error()));
            QVERIFY(!transaction.commit());
        }
        // The history refuses, reports once, and keeps nothing to undo.
        EditHistory history(*reader);
        QSignalSpy failed(&history, &EditHistory::editFailed);
        QVERIFY(!history.editField(QStringLiteral("tracks"), 1, QStringLiteral("name"),
                                   QStringLiteral("Renamed"), QStringLiteral("Rename")));
        QVERIFY(!history.addRows(QStringLiteral("participants"),
                                 {{{QStringLiteral("name"), QStringLiteral("Ada")},
                                   {QStringLiteral("email"), QStringLiteral("ada@example.org")}}},
                                 QStringLiteral("Add")));
        QCOMPARE(failed.count(), 2);
        QCOMPARE(failed.first().first().toString(), reader->readOnlyMessage());
        QVERIFY(reader->readOnlyMessage().contains(QFileInfo(path).fileName()));
        QCOMPARE(history.stack()->count(), 0);
        // Whatever bypasses both is stopped by SQLite itself.
        QSqlQuery query(reader->database());
        QVERIFY(!query.exec(QStringLiteral("DELETE FROM tracks")));
        QCOMPARE(count(*reader, QStringLiteral("tracks")), tracks);
        // The writer's changes are visible to the reader.
        QSqlQuery insert(writer->database());
        QVERIFY(insert.exec(QStringLiteral(
            "INSERT INTO participants (name, email) VALUES ('Bo', 'bo@example.org')")));
        QCOMPARE(count(*reader, QStringLiteral("participants")), 1);
        // A consistent copy can still be saved from a read-only program.
        QVERIFY2(reader->saveCopyAs(m_dir.filePath(QStringLiteral("copy.upskill")), &error),
                 qPrintable(error));
    }

    // An older file must be upgraded, which only a writer may do.
    void olderFormatNeedsTheLock()
    {
        const QString path = newPath();
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("BEGIN")));
            for (int v = 1; v < Migrations::CurrentVersion; ++v) {
                QString error;
                QVERIFY2(Migrations::apply(db, v, &error), qPrintable(error));
            }
            QVERIFY(query.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(Migrations::ApplicationId)));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO program_settings (id) VALUES (1)")));
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));

        QString error;
        auto readOnly = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                          ProgramFile::LockPolicy::ReadOnly);
        QVERIFY(!readOnly);
        QVERIFY2(error.contains(QStringLiteral("older version")), qPrintable(error));
        {
            ProgramLock other(path);
            QCOMPARE(other.tryLock(), ProgramLock::Result::Acquired);
            auto shared = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                            ProgramFile::LockPolicy::ReadShared);
            QVERIFY(!shared);
            QVERIFY2(error.contains(QStringLiteral("open in another window")), qPrintable(error));
        }
        // Free: the reader upgrades it (with its backup) under the lock.
        auto shared = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadShared);
        QVERIFY2(shared, qPrintable(error));
        QCOMPARE(shared->schemaVersion(), Migrations::CurrentVersion);
        QVERIFY(QFileInfo::exists(shared->backupPath()));
        QVERIFY(ProgramLock::ownerOf(path).has_value());
        shared.reset();
        QVERIFY(!ProgramLock::ownerOf(path).has_value());
        // Current now: read without the lock.
        shared = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                   ProgramFile::LockPolicy::ReadShared);
        QVERIFY2(shared, qPrintable(error));
        QVERIFY(shared->isReadOnly());
        QVERIFY(!ProgramLock::ownerOf(path).has_value());
    }

    void staleLockIsRecovered()
    {
        const QString path = newProgram();
        const QString lockPath = ProgramLock::lockPathFor(path);
        qint64 deadPid = 0;
        QVERIFY(leaveStaleLock(lockPath, &deadPid));
        QVERIFY(deadPid != QCoreApplication::applicationPid());
        // Its process is gone, so nobody holds the file.
        QVERIFY(!ProgramLock::ownerOf(path).has_value());
        QVERIFY(leaveStaleLock(lockPath, &deadPid));
        QString error;
        std::optional<LockOwner> owner;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                      ProgramFile::LockPolicy::Exclusive, &owner);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(!owner.has_value());
        // The lock is ours now.
        QLockFile probe(lockPath);
        qint64 pid = 0;
        QString host;
        QString application;
        QVERIFY(probe.getLockInfo(&pid, &host, &application));
        QCOMPARE(pid, QCoreApplication::applicationPid());
    }

    // Another computer's lock cannot be checked from here: it is respected, and the message
    // says how to clear it if that computer is gone.
    void lockFromAnotherComputerIsKept()
    {
        const QString path = newProgram();
        const QString lockPath = ProgramLock::lockPathFor(path);
        {
            QFile lock(lockPath);
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write("4242\nupskill-planner\nother-laptop\n");
        }
        QString error;
        std::optional<LockOwner> owner;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                      ProgramFile::LockPolicy::Exclusive, &owner);
        QVERIFY(!file);
        QVERIFY(owner.has_value());
        QCOMPARE(owner->host, QStringLiteral("other-laptop"));
        QCOMPARE(owner->pid, 4242);
        QVERIFY(!owner->onThisComputer);
        QVERIFY2(error.contains(QStringLiteral("another computer")), qPrintable(error));
        QVERIFY2(error.contains(QFileInfo(lockPath).fileName()), qPrintable(error));
        QVERIFY(QFileInfo::exists(lockPath));
        // Reading is still possible.
        auto reader = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        // As its advice says: without the lock file, the file opens.
        reader.reset();
        QVERIFY(QFile::remove(lockPath));
        file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProgramLock)
#include "tst_programlock.moc"
