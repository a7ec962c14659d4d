// SPDX-License-Identifier: GPL-3.0-or-later
// The program file's backups: taken with VACUUM INTO into a folder beside it, listed with
// their date and counts, rotated to the newest five (the one before an upgrade stays), and
// restored only when intact, after keeping the file as it is.
#include "backups.h"
#include "migrations.h"
#include "programfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Upskill;

class TestBackups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    static QByteArray hashOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    static bool exec(ProgramFile &file, const QString &sql)
    {
        QSqlQuery query(file.database());
        if (query.exec(sql))
            return true;
        qWarning() << sql << query.lastError();
        return false;
    }

    static qint64 count(ProgramFile &file, const QString &table)
    {
        QSqlQuery query(file.database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    // A program with people, one cohort and an assessment per person.
    QString newProgram(int people)
    {
        const QString path = m_dir.filePath(QStringLiteral("program%1.upskill").arg(++m_serial));
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::CreateNew, &error);
        if (!file) {
            qWarning() << error;
            return {};
        }
        addPeople(*file, people, 0);
        exec(*file, QStringLiteral("INSERT INTO cohorts (name, track_id, quarter) SELECT 'C1', "
                                   "min(id), '2026-Q1' FROM tracks"));
        exec(*file, QStringLiteral("INSERT INTO assessments (participant_id, dimension_id, kind, "
                                   "level, assessed_on) SELECT p.id, (SELECT min(id) FROM "
                                   "rubric_dimensions), 'self', 2, '2026-01-05' FROM "
                                   "participants p"));
        return path;
    }

    static void addPeople(ProgramFile &file, int people, int from)
    {
        exec(file, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT %1 UNION ALL SELECT i + 1 FROM "
                                  "n WHERE i < %2) INSERT INTO participants (name, email, notes) "
                                  "SELECT 'Person ' || i, 'p' || i || '@example.org', "
                                  "printf('%.200c', 'x') FROM n")
                       .arg(from + 1)
                       .arg(from + people));
    }

    static qint64 peopleIn(const QString &path)
    {
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                      ProgramFile::LockPolicy::ReadOnly);
        if (!file) {
            qWarning() << error;
            return -1;
        }
        return count(*file, QStringLiteral("participants"));
    }

    static QStringList pathsOf(const QList<Backups::Info> &backups)
    {
        QStringList paths;
        for (const Backups::Info &info : backups)
            paths.append(info.path);
        return paths;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listsDateKindAndCounts()
    {
        const QString path = newProgram(3);
        QString error;
        const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
        const auto made = Backups::createFromFile(path, Backups::Kind::Manual, &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(QFileInfo(made->path).absolutePath(),
                 QDir(path + QStringLiteral("-backups")).absolutePath());
        QVERIFY(QFileInfo(made->path).fileName().startsWith(QFileInfo(path).completeBaseName()));
        QVERIFY(made->path.endsWith(QStringLiteral("-manual.upskill")));

        const QList<Backups::Info> backups = Backups(path).list();
        QCOMPARE(backups.size(), 1);
        const Backups::Info &info = backups.first();
        QCOMPARE(info.path, made->path);
        QCOMPARE(info.kind, Backups::Kind::Manual);
        QVERIFY(info.isReadable());
        QCOMPARE(info.participants, 3);
        QCOMPARE(info.cohorts, 1);
        QCOMPARE(info.assessments, 3);
        QCOMPARE(info.formatVersion, Migrations::CurrentVersion);
        QVERIFY(info.bytes > 0);
        QVERIFY(info.created >= before && info.created <= QDateTime::currentDateTime());
        // A plain file: no log beside it, nothing to replay when it is read.
        QFile file(info.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(20).mid(18, 2), QByteArray("\x01\x01", 2));
        QCOMPARE(QDir(Backups::folderFor(path)).entryList(QDir::Files).size(), 1);
        QVERIFY(!Backups::kindLabel(info.kind).isEmpty());
    }

    // While the window has the file open and keeps writing, the copy is what SQLite shows a
    // reader at that moment: complete and consistent.
    void copiesWhileTheFileIsOpen()
    {
        const QString path = newProgram(10);
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        addPeople(*file, 5, 10);
        const auto made = Backups::createFromFile(path, Backups::Kind::Manual, &error);
        QVERIFY2(made, qPrintable(error));
        QCOMPARE(Backups::inspect(made->path).participants, 15);
        QCOMPARE(Backups::problemsOf(made->path), QStringList{QStringLiteral("ok")});
    }

    void dailyAtMostOncePerDay()
    {
        const QString path = newProgram(2);
        QString error;
        const auto first = Backups::createDailyIfDue(path, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->kind, Backups::Kind::Daily);
        const auto second = Backups::createDailyIfDue(path, &error);
        QVERIFY(!second);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(Backups(path).list(false).size(), 1);
    }

    void rotationKeepsTheNewestFiveAndTheUpgradeCopy()
    {
        const QString path = newProgram(2);
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        const Backups backups(path);
        const auto upgrade = backups.create(file->database(), Backups::Kind::BeforeUpgrade, &error);
        QVERIFY2(upgrade, qPrintable(error));
        // An interrupted copy from long ago is cleared away; a fresh one may still be written.
        const QString oldPartial = backups.folder() + QStringLiteral("/x-1-daily.upskill.partial");
        {
            QFile partial(oldPartial);
            QVERIFY(partial.open(QIODevice::WriteOnly));
            partial.write("half");
            QVERIFY(partial.flush());
            QVERIFY(partial.setFileTime(QDateTime::currentDateTime().addDays(-2),
                                        QFileDevice::FileModificationTime));
        }
        QStringList made;
        for (int i = 0; i < 8; ++i) {
            const auto backup = backups.create(
                file->database(), i % 2 ? Backups::Kind::Manual : Backups::Kind::Daily, &error);
            QVERIFY2(backup, qPrintable(error));
            made.prepend(backup->path);
            QThread::msleep(2);
        }
        const QList<Backups::Info> kept = backups.list(false);
        QCOMPARE(kept.size(), Backups::Kept + 1);
        QCOMPARE(pathsOf(kept).mid(0, Backups::Kept), made.mid(0, Backups::Kept));
        QCOMPARE(kept.last().path, upgrade->path);
        QCOMPARE(kept.last().kind, Backups::Kind::BeforeUpgrade);
        for (const QString &gone : made.mid(Backups::Kept))
            QVERIFY2(!QFileInfo::exists(gone), qPrintable(gone));
        QVERIFY(!QFileInfo::exists(oldPartial));
    }

    // The copy made before an upgrade goes into the folder and is never rotated away.
    void upgradeCopyGoesIntoTheFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.upskill"));
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
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
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO participants (name, email) VALUES ('Ada', 'ada@example.org')")));
            QVERIFY(query.exec(QStringLiteral("COMMIT")));
            query = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(QFileInfo(file->backupPath()).absolutePath(),
                 QDir(Backups::folderFor(path)).absolutePath());
        const QList<Backups::Info> backups = Backups(path).list();
        QCOMPARE(backups.size(), 1);
        QCOMPARE(backups.first().kind, Backups::Kind::BeforeUpgrade);
        QCOMPARE(backups.first().formatVersion, Migrations::CurrentVersion - 1);
        QCOMPARE(backups.first().participants, 1);
    }

    void restoreRoundTrip()
    {
        const QString path = newProgram(3);
        QString error;
        const auto backup = Backups::createFromFile(path, Backups::Kind::Manual, &error);
        QVERIFY2(backup, qPrintable(error));
        {
            auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
            QVERIFY2(file, qPrintable(error));
            addPeople(*file, 2, 3);
        }
        QCOMPARE(peopleIn(path), 5);

        QString safetyCopy;
        QVERIFY2(Backups(path).restore(backup->path, &safetyCopy, &error), qPrintable(error));
        QCOMPARE(peopleIn(path), 3);
        // The state it replaced is one restore away.
        QVERIFY(QFileInfo::exists(safetyCopy));
        QCOMPARE(Backups::inspect(safetyCopy).participants, 5);
        QVERIFY(safetyCopy.endsWith(QStringLiteral("-before-restore.upskill")));
        QCOMPARE(Backups(path).list(false).first().kind, Backups::Kind::BeforeRestore);
        // Nothing of the old file's log is left to be replayed into the restored one.
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")) ||
                QFileInfo(path + QStringLiteral("-wal")).size() == 0);
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(file->integrityProblems(false), QStringList{QStringLiteral("ok")});
        file.reset();
        // And back again.
        QVERIFY2(Backups(path).restore(safetyCopy, nullptr, &error), qPrintable(error));
        QCOMPARE(peopleIn(path), 5);
        // The backup itself is not touched by restoring it.
        QCOMPARE(Backups::inspect(backup->path).participants, 3);
    }

    void restoreRefusesABadBackup_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("damaged pages") << QStringLiteral("pages") << QString();
        QTest::newRow("cut off") << QStringLiteral("truncate") << QString();
        QTest::newRow("not a database")
            << QStringLiteral("text") << QStringLiteral("not an SQLite database");
        QTest::newRow("another program's database")
            << QStringLiteral("foreign") << QStringLiteral("not an Upskill Planner program file");
        QTest::newRow("newer format") << QStringLiteral("newer") << QStringLiteral("newer version");
    }

    void restoreRefusesABadBackup()
    {
        QFETCH(QString, damage);
        QFETCH(QString, mentions);
        const QString path = newProgram(400);
        QString error;
        const auto made = Backups::createFromFile(path, Backups::Kind::Manual, &error);
        QVERIFY2(made, qPrintable(error));
        const QString bad = made->path;
        if (damage == QLatin1String("pages") || damage == QLatin1String("truncate") ||
            damage == QLatin1String("text")) {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 8 * 4096);
            if (damage == QLatin1String("pages")) {
                // Page 3 onwards: b-tree pages of the tables, overwritten with noise.
                QVERIFY(file.seek(2 * 4096));
                QByteArray noise(3 * 4096, '\0');
                for (int i = 0; i < noise.size(); ++i)
                    noise[i] = char((i * 7919) % 251);
                file.write(noise);
            } else if (damage == QLatin1String("truncate")) {
                QVERIFY(file.resize(file.size() / 2));
            } else {
                QVERIFY(file.resize(0));
                file.write("name,email\nAda,ada@example.org\n");
            }
        } else {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
            db.setDatabaseName(bad);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(damage == QLatin1String("foreign")
                                   ? QStringLiteral("PRAGMA application_id = 0")
                                   : QStringLiteral("PRAGMA user_version = %1")
                                         .arg(Migrations::CurrentVersion + 1)));
            query = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("damage"));
        }
        QVERIFY(Backups::problemsOf(bad) != QStringList{QStringLiteral("ok")});

        const QByteArray before = hashOf(path);
        const int backupsBefore = Backups(path).list(false).size();
        QString safetyCopy = QStringLiteral("unchanged");
        QVERIFY(!Backups(path).restore(bad, &safetyCopy, &error));
        QVERIFY2(error.contains(QDir::toNativeSeparators(bad)), qPrintable(error));
        if (!mentions.isEmpty())
            QVERIFY2(error.contains(mentions), qPrintable(error));
        // Refused before anything happened: the file as it was, no safety copy needed.
        QCOMPARE(hashOf(path), before);
        QVERIFY(safetyCopy.isEmpty());
        QCOMPARE(Backups(path).list(false).size(), backupsBefore);
        QCOMPARE(peopleIn(path), 400);
    }

    void restoreRefusedWhileTheFileIsOpen()
    {
        const QString path = newProgram(3);
        QString error;
        const auto backup = Backups::createFromFile(path, Backups::Kind::Manual, &error);
        QVERIFY2(backup, qPrintable(error));
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(!Backups(path).restore(backup->path, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("open in another window")), qPrintable(error));
    }

    // A file SQLite cannot read any more is the usual reason to restore: its bytes are kept
    // as they were, and the restore goes ahead.
    void restoreReplacesADamagedFile()
    {
        const QString path = newProgram(3);
        QString error;
        const auto backup = Backups::createFromFile(path, Backups::Kind::Manual, &error);
        QVERIFY2(backup, qPrintable(error));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.write("this is no longer a database");
        }
        const QByteArray damaged = hashOf(path);
        QString safetyCopy;
        // SQLite's own words about the file go to the log; the restore goes on without them.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not a database")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("cannot be copied")));
        QVERIFY2(Backups(path).restore(backup->path, &safetyCopy, &error), qPrintable(error));
        QVERIFY(safetyCopy.endsWith(QStringLiteral("-damaged.upskill")));
        QCOMPARE(hashOf(safetyCopy), damaged);
        QCOMPARE(peopleIn(path), 3);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
