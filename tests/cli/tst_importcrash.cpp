// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: `upskill-cli import` killed with SIGKILL at random moments, again and again.
// After each kill the program file must pass SQLite's integrity check and hold either all of
// the import or none of it — never part. 50 kills here; UPSKILL_CRASH_KILLS sets how many
// (the import-crash-soak target runs 1,000).
#include "processrun.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Upskill;

namespace {

constexpr int ProgramPeople = 1000;
constexpr int ImportedPeople = 5000;

QByteArray peopleCsv(const QByteArray &prefix, int count)
{
    QByteArray csv = "Email,Name,Team,Manager,Role\n";
    for (int i = 0; i < count; ++i) {
        const QByteArray n = QByteArray::number(i);
        csv += prefix + n + "@example.org,Person " + n + ",Team " + QByteArray::number(i % 40) +
               ",Manager " + QByteArray::number(i % 90) + ",Backend\n";
    }
    return csv;
}

} // namespace

class TestImportCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_baseline;
    QString m_data;
    qint64 m_fullMilliseconds = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A fresh copy of the program before the import, without sidecar or lock files.
    QString freshCopy()
    {
        const QString work = path(QStringLiteral("work.upskill"));
        for (const QString &name :
             QDir(m_dir.path()).entryList({"work.upskill*"}, QDir::Files | QDir::Hidden))
            QFile::remove(path(name));
        QFile::copy(m_baseline, work);
        return work;
    }

    // integrity_check's verdict and the number of participants, read as SQLite sees the file
    // after a crash (it recovers the write-ahead log on opening).
    static QPair<QString, qint64> inspect(const QString &file)
    {
        QPair<QString, qint64> result{QStringLiteral("not opened"), -1};
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                    result.first = query.value(0).toString();
                if (query.exec(QStringLiteral("SELECT count(*) FROM participants")) && query.next())
                    result.second = query.value(0).toLongLong();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_baseline = path(QStringLiteral("baseline.upskill"));
        QCOMPARE(runCli({"new", m_baseline}).exitCode, 0);
        QFile base(path(QStringLiteral("base.csv")));
        QVERIFY(base.open(QIODevice::WriteOnly));
        base.write(peopleCsv("base", ProgramPeople));
        base.close();
        const ProcessResult seeded =
            runCli({"import", "participants", "--from", base.fileName(), m_baseline});
        QVERIFY2(seeded.exitCode == 0, qPrintable(seeded.err));
        // The baseline is copied as one file: its log is folded in first.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            db.setDatabaseName(m_baseline);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
        QCOMPARE(inspect(m_baseline).second, ProgramPeople);

        QFile data(path(QStringLiteral("import.csv")));
        QVERIFY(data.open(QIODevice::WriteOnly));
        data.write(peopleCsv("new", ImportedPeople));
        m_data = data.fileName();
        data.close();

        // How long a whole import takes here, so the kills spread over all of it.
        const QString work = freshCopy();
        QElapsedTimer timer;
        timer.start();
        const ProcessResult full = runCli({"import", "participants", "--from", m_data, work});
        m_fullMilliseconds = timer.elapsed();
        QVERIFY2(full.exitCode == 0, qPrintable(full.err));
        QCOMPARE(inspect(work).second, ProgramPeople + ImportedPeople);
    }

    void killedAtRandomMoments()
    {
        const int kills = qEnvironmentVariableIsSet("UPSKILL_CRASH_KILLS")
                              ? qEnvironmentVariableIntValue("UPSKILL_CRASH_KILLS")
                              : 50;
        QRandomGenerator random(20260315);
        int before = 0;
        int after = 0;
        for (int kill = 0; kill < kills; ++kill) {
            const QString work = freshCopy();
            QProcess process;
            process.start(QStringLiteral(UPSKILL_CLI),
                          {"import", "participants", "--from", m_data, work});
            QVERIFY(process.waitForStarted());
            // Anywhere from opening the file to just after the commit.
            const int delay = int(random.bounded(qint64(m_fullMilliseconds * 12 / 10 + 1)));
            QTest::qWait(delay);
            // processId() is 0 once the process is gone, and kill(0) would hit this test.
            const qint64 pid = process.processId();
            if (pid > 0 && process.state() == QProcess::Running)
                ::kill(pid_t(pid), SIGKILL);
            QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(30000));

            const auto [integrity, people] = inspect(work);
            QVERIFY2(
                integrity == QLatin1String("ok"),
                qPrintable(
                    QStringLiteral("kill %1 after %2 ms: %3").arg(kill).arg(delay).arg(integrity)));
            QVERIFY2(people == ProgramPeople || people == ProgramPeople + ImportedPeople,
                     qPrintable(QStringLiteral("kill %1 after %2 ms left %3 participants")
                                    .arg(kill)
                                    .arg(delay)
                                    .arg(people)));
            (people == ProgramPeople ? before : after) += 1;
        }
        qInfo("%d kills: %d left the program as it was, %d after the import had committed", kills,
              before, after);
        // Most kills must land before the commit, or the test tested little.
        QVERIFY(before >= kills / 3);
    }
};

QTEST_GUILESS_MAIN(TestImportCrash)
#include "tst_importcrash.moc"
