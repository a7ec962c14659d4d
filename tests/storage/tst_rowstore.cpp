// SPDX-License-Identifier: GPL-3.0-or-later
#include "programfile.h"
#include "rowstore.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestRowStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    int m_counter = 0;

    int count(const QString &sql) const
    {
        QSqlQuery query(m_file->database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }
    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(m_file->database());
        query.exec(sql);
        query.next();
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file =
            ProgramFile::open(m_dir.filePath(QStringLiteral("rows%1.upskill").arg(++m_counter)),
                              ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
    }
    void cleanup() { m_file.reset(); }

    void insertUpdateAndRead()
    {
        RowStore store(*m_file);
        QString error;
        QList<qint64> ids;
        QSignalSpy changed(m_file.get(), &ProgramFile::tablesChanged);
        QVERIFY2(store.insert(QStringLiteral("participants"),
                              {{{QStringLiteral("name"), QStringLiteral("Ada")},
                                {QStringLiteral("email"), QStringLiteral("ada@example.org")}},
                               {{QStringLiteral("name"), QStringLiteral("Grace")},
                                {QStringLiteral("email"), QStringLiteral("grace@example.org")}}},
                              &ids, &error),
                 qPrintable(error));
        QCOMPARE(ids.size(), 2);
        QCOMPARE(changed.count(), 1);
        QSignalSpy rowChanged(m_file.get(), &ProgramFile::rowChanged);
        QVERIFY(store.update(QStringLiteral("participants"), ids[1], QStringLiteral("team"),
                             QStringLiteral("Search"), &error));
        QCOMPARE(rowChanged.count(), 1);
        QCOMPARE(
            store.value(QStringLiteral("participants"), ids[1], QStringLiteral("team")).toString(),
            QStringLiteral("Search"));
    }

    void refusesUnknownIdentifiersAndBadValues_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown table") << "nope"
                                       << "name" << QVariant(1) << "Unknown table";
        QTest::newRow("unknown column") << "participants"
                                        << "nope; DROP TABLE x" << QVariant(1) << "Unknown column";
        QTest::newRow("duplicate email")
            << "participants"
            << "email" << QVariant(QStringLiteral("ADA@example.org")) << "already has this email";
        QTest::newRow("bad role") << "participants"
                                  << "role" << QVariant(QStringLiteral("wizard")) << "not allowed";
    }

    void refusesUnknownIdentifiersAndBadValues()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        RowStore store(*m_file);
        QString error;
        QList<qint64> ids;
        QVERIFY(store.insert(QStringLiteral("participants"),
                             {{{QStringLiteral("name"), QStringLiteral("Ada")},
                               {QStringLiteral("email"), QStringLiteral("ada@example.org")}},
                              {{QStringLiteral("name"), QStringLiteral("Bob")},
                               {QStringLiteral("email"), QStringLiteral("bob@example.org")}}},
                             &ids, &error));
        QVERIFY(!store.update(table, ids[1], column, value, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QCOMPARE(
            store.value(QStringLiteral("participants"), ids[1], QStringLiteral("email")).toString(),
            QStringLiteral("bob@example.org"));
    }

    void removeCascadesAndRestoreBringsEverythingBack()
    {
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO participants (name, email) VALUES ('Ada', 'ada@example.org')")));
        const qint64 ada = query.lastInsertId().toLongLong();
        const qint64 track = scalar(QStringLiteral("SELECT id FROM tracks LIMIT 1"));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter) VALUES "
                                          "('Q1 A', %1, '2026-Q1')")
                               .arg(track)));
        const qint64 cohort = query.lastInsertId().toLongLong();
        QVERIFY(query.exec(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id) "
                                          "VALUES (%1, %2)")
                               .arg(cohort)
                               .arg(ada)));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO sessions (cohort_id, starts_at, "
                                          "duration_minutes, format) VALUES (%1, "
                                          "'2026-01-05 10:00', 120, 'workshop')")
                               .arg(cohort)));
        const qint64 session = query.lastInsertId().toLongLong();
        QVERIFY(query.exec(QStringLiteral("INSERT INTO attendance VALUES (%1, %2, 'present')")
                               .arg(session)
                               .arg(ada)));
        // Reached twice when the cohort goes: through the cohort and through the session.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO survey_responses (kind, cohort_id, "
                                          "session_id, participant_id, satisfaction) VALUES "
                                          "('session', %1, %2, %3, 5)")
                               .arg(cohort)
                               .arg(session)
                               .arg(ada)));
        const qint64 dimension = scalar(QStringLiteral("SELECT id FROM rubric_dimensions LIMIT 1"));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO assessments (participant_id, dimension_id, "
                                          "cohort_id, kind, level, assessed_on) VALUES (%1, %2, "
                                          "%3, 'pre', 2, '2026-01-02')")
                               .arg(ada)
                               .arg(dimension)
                               .arg(cohort)));

        RowStore store(*m_file);
        RemovedRows removed;
        QString error;
        QVERIFY2(store.remove(QStringLiteral("cohorts"), {cohort}, &removed, &error),
                 qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cohorts")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendance")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM survey_responses")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assessments WHERE cohort_id IS NULL")),
                 1);

        QVERIFY2(store.restore(removed, &error), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM cohorts")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM enrollments")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sessions")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM attendance")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM survey_responses")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM assessments WHERE cohort_id = %1")
                           .arg(cohort)),
                 1);
        QCOMPARE(m_file->integrityProblems(false), QStringList{QStringLiteral("ok")});
        QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!query.next());
    }

    void removeIsRefusedWhileRecordsDependOnIt()
    {
        QSqlQuery query(m_file->database());
        const qint64 track = scalar(QStringLiteral("SELECT id FROM tracks LIMIT 1"));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter) VALUES "
                                          "('Q1 A', %1, '2026-Q1')")
                               .arg(track)));
        RowStore store(*m_file);
        QString error;
        const int modulesBefore = count(QStringLiteral("SELECT count(*) FROM modules"));
        QVERIFY(!store.remove(QStringLiteral("tracks"), {track}, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("cohorts")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM tracks WHERE id = %1").arg(track)), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM modules")), modulesBefore);
    }
};

QTEST_GUILESS_MAIN(TestRowStore)
#include "tst_rowstore.moc"
