// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as RFC 4180 writes it and as a spreadsheet can open it safely, written all or nothing.
#include "csvwriter.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArrayLiteral("<missing>");
        return file.readAll();
    }

    static void write(const QString &path, const QByteArray &content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    // Everything in the folder: a writer that gave up must not leave its temporary file.
    QStringList entries() const
    {
        return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void field_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QByteArray>("expected");

        QTest::newRow("plain") << QVariant(QStringLiteral("Ada Lovelace"))
                               << QByteArray("Ada Lovelace");
        QTest::newRow("empty text") << QVariant(QStringLiteral("")) << QByteArray();
        QTest::newRow("null") << QVariant() << QByteArray();
        QTest::newRow("null text") << QVariant(QString()) << QByteArray();
        QTest::newRow("space kept") << QVariant(QStringLiteral(" a ")) << QByteArray(" a ");
        QTest::newRow("comma") << QVariant(QStringLiteral("Lovelace, Ada"))
                               << QByteArray("\"Lovelace, Ada\"");
        QTest::newRow("quote") << QVariant(QStringLiteral("say \"hi\""))
                               << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QVariant(QStringLiteral("\"")) << QByteArray("\"\"\"\"");
        QTest::newRow("LF") << QVariant(QStringLiteral("one\ntwo")) << QByteArray("\"one\ntwo\"");
        QTest::newRow("CR inside")
            << QVariant(QStringLiteral("one\rtwo")) << QByteArray("\"one\rtwo\"");
        QTest::newRow("CRLF") << QVariant(QStringLiteral("one\r\ntwo"))
                              << QByteArray("\"one\r\ntwo\"");

        // Each character a spreadsheet starts a formula with; only at the start.
        QTest::newRow("formula =")
            << QVariant(QStringLiteral("=SUM(A1:A9)")) << QByteArray("'=SUM(A1:A9)");
        QTest::newRow("formula +") << QVariant(QStringLiteral("+1+2")) << QByteArray("'+1+2");
        QTest::newRow("formula -") << QVariant(QStringLiteral("-1")) << QByteArray("'-1");
        QTest::newRow("formula @") << QVariant(QStringLiteral("@SUM(1)")) << QByteArray("'@SUM(1)");
        QTest::newRow("formula tab") << QVariant(QStringLiteral("\t=1")) << QByteArray("'\t=1");
        QTest::newRow("formula CR, quoted too")
            << QVariant(QStringLiteral("\r=1")) << QByteArray("\"'\r=1\"");
        QTest::newRow("formula with a comma")
            << QVariant(QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"))
            << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
        QTest::newRow("formula character later")
            << QVariant(QStringLiteral("a=b-c+d@e")) << QByteArray("a=b-c+d@e");
        QTest::newRow("apostrophe already") << QVariant(QStringLiteral("'=1")) << QByteArray("'=1");

        // Numbers are numbers: a negative one is not a formula.
        QTest::newRow("int negative") << QVariant(-1) << QByteArray("-1");
        QTest::newRow("int zero") << QVariant(0) << QByteArray("0");
        QTest::newRow("long long negative")
            << QVariant(qlonglong(-9007199254740993LL)) << QByteArray("-9007199254740993");
        QTest::newRow("unsigned long long")
            << QVariant(qulonglong(18446744073709551615ULL)) << QByteArray("18446744073709551615");
        QTest::newRow("double negative") << QVariant(-2.5) << QByteArray("-2.5");
        QTest::newRow("double shortest") << QVariant(0.1) << QByteArray("0.1");
        QTest::newRow("double whole") << QVariant(1200.0) << QByteArray("1200");
        QTest::newRow("bool") << QVariant(true) << QByteArray("1");

        QTest::newRow("date") << QVariant(QDate(2026, 11, 2)) << QByteArray("2026-11-02");
        QTest::newRow("unicode") << QVariant(QStringLiteral("Zoë Ünal 日本 🚀"))
                                 << QByteArray("Zo\xc3\xab \xc3\x9cnal \xe6\x97\xa5\xe6\x9c\xac "
                                               "\xf0\x9f\x9a\x80");
        QTest::newRow("unicode with comma")
            << QVariant(QStringLiteral("Ünal, Zoë")) << QByteArray("\"\xc3\x9cnal, Zo\xc3\xab\"");
    }

    void field()
    {
        QFETCH(QVariant, value);
        QFETCH(QByteArray, expected);
        QCOMPARE(CsvWriter::field(value), expected);
    }

    void recordsEndWithCrlf()
    {
        const QString path = m_dir.filePath(QStringLiteral("records.csv"));
        CsvWriter writer(path);
        QVERIFY2(writer.open(), qPrintable(writer.errorString()));
        QVERIFY(writer.writeRecord({QStringLiteral("name"), QStringLiteral("level")}));
        QVERIFY(writer.writeRecord({QStringLiteral("Zoë, the second"), -1}));
        QVERIFY(writer.writeRecord({QVariant(), QStringLiteral("two\nlines")}));
        QVERIFY(writer.writeRecord({}));
        // Nothing reaches the target before commit().
        QVERIFY(!QFile::exists(path));
        QVERIFY2(writer.commit(), qPrintable(writer.errorString()));
        QCOMPARE(writer.records(), 4);
        QCOMPARE(contentOf(path), QByteArray("name,level\r\n"
                                             "\"Zo\xc3\xab, the second\",-1\r\n"
                                             ",\"two\nlines\"\r\n"
                                             "\r\n"));
        QVERIFY(QFile::remove(path));
    }

    void largeOutputIsComplete()
    {
        // More than the writer's buffer, so the file is written in several pieces.
        const QString path = m_dir.filePath(QStringLiteral("large.csv"));
        CsvWriter writer(path);
        QVERIFY(writer.open());
        QByteArray expected;
        for (int i = 0; i < 50000; ++i) {
            QVERIFY(writer.writeRecord({i, QStringLiteral("row %1").arg(i)}));
            expected += QByteArray::number(i) + ",row " + QByteArray::number(i) + "\r\n";
        }
        QVERIFY(writer.commit());
        QCOMPARE(contentOf(path), expected);
        QVERIFY(QFile::remove(path));
    }

    void unfinishedOutputLeavesTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("old.csv"));
        write(path, "the old export\r\n");
        const QStringList before = entries();
        {
            CsvWriter writer(path);
            QVERIFY(writer.open());
            for (int i = 0; i < 20000; ++i)
                QVERIFY(writer.writeRecord({i, QStringLiteral("new")}));
            // Destroyed without commit(): the export failed or was cancelled.
        }
        QCOMPARE(contentOf(path), QByteArray("the old export\r\n"));
        QCOMPARE(entries(), before);
        QVERIFY(QFile::remove(path));
    }

    void commitReplacesTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("replaced.csv"));
        write(path, "the old export, which was longer than the new one\r\n");
        CsvWriter writer(path);
        QVERIFY(writer.open());
        QVERIFY(writer.writeRecord({QStringLiteral("new")}));
        QVERIFY(writer.commit());
        QCOMPARE(contentOf(path), QByteArray("new\r\n"));
        QCOMPARE(entries(), QStringList{QStringLiteral("replaced.csv")});
        QVERIFY(QFile::remove(path));
    }

    // For Excel: the mark once at the very start, however many buffers the file takes.
    void byteOrderMark()
    {
        const QString path = m_dir.filePath(QStringLiteral("bom.csv"));
        CsvWriter writer(path);
        writer.setByteOrderMark(true);
        QVERIFY(writer.open());
        for (int i = 0; i < 30000; ++i)
            QVERIFY(writer.writeRecord({QStringLiteral("Zoë"), i}));
        QVERIFY(writer.commit());
        const QByteArray content = contentOf(path);
        QVERIFY(content.startsWith("\xEF\xBB\xBFZo\xc3\xab,0\r\n"));
        QCOMPARE(content.count("\xEF\xBB\xBF"), 1);
        QCOMPARE(writer.records(), 30000);
        QVERIFY(QFile::remove(path));
    }

    void missingFolderNamesTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("missing/out.csv"));
        CsvWriter writer(path);
        QVERIFY(!writer.open());
        QVERIFY2(writer.errorString().contains(path), qPrintable(writer.errorString()));
        QVERIFY(!writer.writeRecord({1}));
        QVERIFY(!writer.commit());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
