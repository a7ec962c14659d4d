// SPDX-License-Identifier: GPL-3.0-or-later
// Tables as CSV: a header of column names, ids resolved to names, a stable order, and the
// old file kept when an export does not finish.
#include "csvrecords.h"
#include "programfile.h"
#include "tableexport.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestTableExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<ProgramFile> newProgram()
    {
        QString error;
        auto file = ProgramFile::open(m_dir.filePath(QStringLiteral("p%1.upskill").arg(++m_serial)),
                                      ProgramFile::Mode::CreateNew, &error);
        if (!file)
            qWarning() << error;
        return file;
    }

    static qint64 insert(ProgramFile &file, const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(file.database());
        if (!query.prepare(sql)) {
            qWarning() << sql << query.lastError();
            return -1;
        }
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            qWarning() << sql << query.lastError();
            return -1;
        }
        return query.lastInsertId().toLongLong();
    }

    static QVariant scalar(ProgramFile &file, const QString &sql)
    {
        QSqlQuery query(file.database());
        if (!query.exec(sql) || !query.next()) {
            qWarning() << sql << query.lastError();
            return {};
        }
        return query.value(0);
    }

    // The records of an RFC 4180 file, parsed independently of the writer.
    static QList<QStringList> records(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return TestCsv::records(QString::fromUtf8(file.readAll()));
    }

    struct Sample
    {
        QStringList dimensions;    // names in the rubric's order
        QList<QStringList> labels; // per dimension in that order, levels 1..4
    };

    // Three people whose emails sort differently from their ids, one cohort, and assessments
    // written out of order, on dimensions whose rubric order differs from their ids.
    static Sample fill(ProgramFile &file)
    {
        Sample sample;
        QSqlQuery query(file.database());
        // Reverse the rubric so ordering by position and by id disagree.
        query.exec(QStringLiteral("UPDATE rubric_dimensions SET position = 100 - id"));
        query.exec(QStringLiteral("SELECT id, name FROM rubric_dimensions WHERE retired = 0 "
                                  "ORDER BY position"));
        QSqlQuery levels(file.database());
        levels.prepare(QStringLiteral("SELECT label FROM rubric_levels WHERE dimension_id = ? "
                                      "ORDER BY level"));
        while (query.next()) {
            sample.dimensions.append(query.value(1).toString());
            levels.bindValue(0, query.value(0));
            levels.exec();
            QStringList labels;
            while (levels.next())
                labels.append(levels.value(0).toString());
            sample.labels.append(labels);
        }

        const QString person = QStringLiteral(
            "INSERT INTO participants (name, email, role, team) VALUES (?, ?, ?, ?)");
        const qint64 zoe = insert(file, person,
                                  {QStringLiteral("Zoë Ünal"), QStringLiteral("zoe@example.org"),
                                   QStringLiteral("data"), QStringLiteral("Data, North")});
        const qint64 ada =
            insert(file, person,
                   {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("Ada@example.org"),
                    QStringLiteral("backend"), QStringLiteral("Core")});
        insert(file, person,
               {QStringLiteral("Never Assessed"), QStringLiteral("nobody@example.org"),
                QStringLiteral("other"), QStringLiteral("")});
        const qint64 track =
            scalar(file, QStringLiteral("SELECT min(id) FROM tracks")).toLongLong();
        const qint64 cohort = insert(
            file,
            QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, end_date, "
                           "status) VALUES (?, ?, '2026-Q1', '2026-01-05', '2026-02-13', "
                           "'completed')"),
            {QStringLiteral("Foundations 2026-Q1 #01"), track});
        auto dimension = [&](int position) {
            return scalar(file, QStringLiteral("SELECT id FROM rubric_dimensions ORDER BY position "
                                               "LIMIT 1 OFFSET %1")
                                    .arg(position))
                .toLongLong();
        };
        const QString assessment =
            QStringLiteral("INSERT INTO assessments (participant_id, dimension_id, cohort_id, "
                           "kind, level, assessed_on, note) VALUES (?, ?, ?, ?, ?, ?, ?)");
        const QVariant none;
        insert(file, assessment,
               {zoe, dimension(1), none, QStringLiteral("annual"), 2, QStringLiteral("2026-11-02"),
                QStringLiteral("")});
        insert(file, assessment,
               {zoe, dimension(0), cohort, QStringLiteral("post"), 3, QStringLiteral("2026-02-20"),
                QStringLiteral("-2 after the break, \"mostly\" fine")});
        insert(file, assessment,
               {zoe, dimension(0), cohort, QStringLiteral("pre"), 1, QStringLiteral("2026-01-02"),
                QStringLiteral("")});
        insert(file, assessment,
               {ada, dimension(1), cohort, QStringLiteral("pre"), 4, QStringLiteral("2026-01-02"),
                QStringLiteral("")});
        insert(file, assessment,
               {ada, dimension(0), none, QStringLiteral("annual"), 1, QStringLiteral("2025-11-10"),
                QStringLiteral("")});
        return sample;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void listsItsTables()
    {
        const QStringList tables = TableExport::tables();
        for (const char *table : {"assessments", "cohorts", "enrollments", "participants"})
            QVERIFY2(tables.contains(QLatin1String(table)), table);
        QVERIFY(std::is_sorted(tables.cbegin(), tables.cend()));
        for (const QString &table : tables)
            QVERIFY2(!TableExport::description(table).isEmpty(), qPrintable(table));
        QVERIFY(TableExport::description(QStringLiteral("secrets")).isEmpty());
    }

    void assessmentsWithNamesInOrder()
    {
        auto file = newProgram();
        QVERIFY(file);
        const Sample sample = fill(*file);
        QCOMPARE(sample.dimensions.size(), 5);
        QCOMPARE(sample.labels.size(), 5);
        QCOMPARE(sample.labels.at(0).size(), 4);
        const QString path = m_dir.filePath(QStringLiteral("assessments.csv"));
        qint64 rows = -1;
        QString error;
        QVERIFY2(TableExport::writeCsv(file->database(), QStringLiteral("assessments"), path, &rows,
                                       &error),
                 qPrintable(error));
        QCOMPARE(rows, 5);

        const QList<QStringList> csv = records(path);
        QCOMPARE(csv.size(), 6);
        QCOMPARE(csv.first(),
                 QStringList({QStringLiteral("participant_email"), QStringLiteral("participant"),
                              QStringLiteral("dimension"), QStringLiteral("kind"),
                              QStringLiteral("level"), QStringLiteral("level_label"),
                              QStringLiteral("assessed_on"), QStringLiteral("cohort"),
                              QStringLiteral("note")}));
        const QString cohort = QStringLiteral("Foundations 2026-Q1 #01");
        const QString dim0 = sample.dimensions.at(0);
        const QString dim1 = sample.dimensions.at(1);
        auto label = [&](int dimension, int level) {
            return sample.labels.at(dimension).at(level - 1);
        };
        // By email whatever its case, then the rubric's order, then date; the formula in a
        // name and the leading minus of a note are defused, the comma and quotes kept.
        const QString ada = QStringLiteral("'=HYPERLINK(\"x\")");
        const QString zoe = QStringLiteral("Zoë Ünal");
        const QString adaEmail = QStringLiteral("Ada@example.org");
        const QString zoeEmail = QStringLiteral("zoe@example.org");
        QCOMPARE(csv.at(1),
                 QStringList({adaEmail, ada, dim0, QStringLiteral("annual"), QStringLiteral("1"),
                              label(0, 1), QStringLiteral("2025-11-10"), QString(), QString()}));
        QCOMPARE(csv.at(2),
                 QStringList({adaEmail, ada, dim1, QStringLiteral("pre"), QStringLiteral("4"),
                              label(1, 4), QStringLiteral("2026-01-02"), cohort, QString()}));
        QCOMPARE(csv.at(3),
                 QStringList({zoeEmail, zoe, dim0, QStringLiteral("pre"), QStringLiteral("1"),
                              label(0, 1), QStringLiteral("2026-01-02"), cohort, QString()}));
        QCOMPARE(csv.at(4),
                 QStringList({zoeEmail, zoe, dim0, QStringLiteral("post"), QStringLiteral("3"),
                              label(0, 3), QStringLiteral("2026-02-20"), cohort,
                              QStringLiteral("'-2 after the break, \"mostly\" fine")}));
        QCOMPARE(csv.at(5),
                 QStringList({zoeEmail, zoe, dim1, QStringLiteral("annual"), QStringLiteral("2"),
                              label(1, 2), QStringLiteral("2026-11-02"), QString(), QString()}));
    }

    void everyTableHasAHeaderAndItsRows_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("firstColumn");
        QTest::addColumn<qint64>("rows");
        QTest::newRow("assessments")
            << QStringLiteral("assessments") << QStringLiteral("participant_email") << qint64(5);
        QTest::newRow("participants")
            << QStringLiteral("participants") << QStringLiteral("email") << qint64(3);
        QTest::newRow("cohorts") << QStringLiteral("cohorts") << QStringLiteral("name")
                                 << qint64(1);
        QTest::newRow("enrollments")
            << QStringLiteral("enrollments") << QStringLiteral("cohort") << qint64(0);
    }

    void everyTableHasAHeaderAndItsRows()
    {
        QFETCH(QString, table);
        QFETCH(QString, firstColumn);
        QFETCH(qint64, rows);
        auto file = newProgram();
        QVERIFY(file);
        fill(*file);
        const QString path = m_dir.filePath(table + QStringLiteral(".csv"));
        qint64 written = -1;
        QString error;
        QVERIFY2(TableExport::writeCsv(file->database(), table, path, &written, &error),
                 qPrintable(error));
        QCOMPARE(written, rows);
        const QList<QStringList> csv = records(path);
        QCOMPARE(csv.size(), rows + 1);
        QCOMPARE(csv.first().first(), firstColumn);
        for (const QStringList &record : csv)
            QCOMPARE(record.size(), csv.first().size());
    }

    void participantsResolveNothingAndKeepNumbers()
    {
        auto file = newProgram();
        QVERIFY(file);
        fill(*file);
        const QString path = m_dir.filePath(QStringLiteral("participants.csv"));
        qint64 rows = 0;
        QString error;
        QVERIFY2(TableExport::writeCsv(file->database(), QStringLiteral("participants"), path,
                                       &rows, &error),
                 qPrintable(error));
        const QList<QStringList> csv = records(path);
        QCOMPARE(csv.size(), 4);
        QCOMPARE(csv.at(0).mid(0, 3), QStringList({QStringLiteral("email"), QStringLiteral("name"),
                                                   QStringLiteral("role")}));
        QCOMPARE(csv.at(1).at(0), QStringLiteral("Ada@example.org"));
        QCOMPARE(csv.at(3).at(0), QStringLiteral("zoe@example.org"));
        QCOMPARE(csv.at(3).at(3), QStringLiteral("Data, North"));
        QCOMPARE(csv.at(3).at(csv.at(0).indexOf(QStringLiteral("is_mentor"))), QStringLiteral("0"));
    }

    void emptyProgramGivesTheHeaderOnly()
    {
        auto file = newProgram();
        QVERIFY(file);
        const QString path = m_dir.filePath(QStringLiteral("empty.csv"));
        qint64 rows = -1;
        QString error;
        QVERIFY2(TableExport::writeCsv(file->database(), QStringLiteral("assessments"), path, &rows,
                                       &error),
                 qPrintable(error));
        QCOMPARE(rows, 0);
        const QList<QStringList> csv = records(path);
        QCOMPARE(csv.size(), 1);
        QCOMPARE(csv.first().size(), 9);
    }

    void unknownTableWritesNothing()
    {
        auto file = newProgram();
        QVERIFY(file);
        const QString path = m_dir.filePath(QStringLiteral("unknown.csv"));
        qint64 rows = -1;
        QString error;
        QVERIFY(!TableExport::writeCsv(file->database(), QStringLiteral("program_settings; --"),
                                       path, &rows, &error));
        QVERIFY2(error.contains(QStringLiteral("assessments")), qPrintable(error));
        QCOMPARE(rows, 0);
        QVERIFY(!QFile::exists(path));
    }

    void cancellingKeepsTheOldFile()
    {
        auto file = newProgram();
        QVERIFY(file);
        fill(*file);
        {
            // Enough rows for the progress callback to be asked.
            WriteTransaction transaction(*file);
            QSqlQuery query(file->database());
            QVERIFY(query.exec(QStringLiteral(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10000) "
                "INSERT INTO assessments (participant_id, dimension_id, kind, level, assessed_on) "
                "SELECT (SELECT min(id) FROM participants), (SELECT min(id) FROM "
                "rubric_dimensions), 'self', 1 + i % 4, date('2026-01-01', '+' || (i % 300) || "
                "' days') FROM n")));
            QVERIFY(transaction.commit());
        }
        const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export\r\n");
        }
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        qint64 rows = -1;
        QString error;
        qint64 heard = 0;
        QVERIFY(!TableExport::writeCsv(file->database(), QStringLiteral("assessments"), path, &rows,
                                       &error, [&](qint64 written) {
                                           heard = written;
                                           return false;
                                       }));
        QVERIFY(heard > 0);
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QFile kept(path);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("the previous export\r\n"));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), before);

        // Without cancelling, all of them.
        QVERIFY2(TableExport::writeCsv(file->database(), QStringLiteral("assessments"), path, &rows,
                                       &error, [](qint64) { return true; }),
                 qPrintable(error));
        QCOMPARE(rows, 10005);
    }
};

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
