// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook reader on files a real spreadsheet writer made: openpyxl (Debian's
// python3-openpyxl) writes them when the test runs, with shared strings, numbers, booleans,
// dates in both date systems and gaps; a hand-made one has inline strings and no styles.
#include "tablereader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

using Records = QList<QStringList>;

class TestXlsxReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_python;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static Records readAll(TableReader &reader, QList<qint64> *lines = nullptr)
    {
        Records records;
        TableRow row;
        while (reader.next(&row)) {
            records.append(row.fields);
            if (lines)
                lines->append(row.line);
        }
        return records;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The fixtures come from a real writer; without it the test fails and says why,
        // rather than passing on nothing.
        // Debian's python3-openpyxl belongs to the system's python, which a python installed
        // for the user (pyenv) may hide on the PATH.
        for (const QString &candidate :
             {QStringLiteral("/usr/bin/python3"), QStringLiteral("python3")}) {
            QProcess check;
            check.start(candidate, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
            if (check.waitForFinished(30000) && check.exitStatus() == QProcess::NormalExit &&
                check.exitCode() == 0) {
                m_python = candidate;
                break;
            }
        }
        if (m_python.isEmpty())
            QFAIL("python3 with openpyxl is needed to write the test workbooks: run "
                  "packaging/install-deps (it installs python3-openpyxl)");
        QProcess python;
        python.start(m_python, {QStringLiteral(UPSKILL_XLSX_FIXTURES), m_dir.path()});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    }

    void openpyxlWorkbook()
    {
        QString error;
        const auto reader = TableReader::open(path(QStringLiteral("openpyxl.xlsx")), {}, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->format(), TableReader::Format::Xlsx);
        QCOMPARE(reader->sheets(), (QStringList{"Responses", "Scores"}));
        QCOMPARE(reader->sheet(), QStringLiteral("Responses"));
        QList<qint64> lines;
        const Records records = readAll(*reader, &lines);
        QVERIFY2(!reader->failed(), qPrintable(reader->failure().message));
        QCOMPARE(lines, (QList<qint64>{1, 2, 3, 4, 6}));
        QCOMPARE(records.at(0), (QStringList{"Email", "Name", "Score", "Ratio", "Date", "When",
                                             "Champion", "Note"}));
        QCOMPARE(records.at(1), (QStringList{"ada@example.org", "Ada Lovelace", "4", "4.5",
                                             "2026-03-15", "2026-03-15 14:30:00", "TRUE"}));
        QCOMPARE(records.at(2), (QStringList{"bo@example.org", "Bö Ünal", "3", "0.25", "1999-12-31",
                                             "2026-01-01 00:00:00", "FALSE", "a, b \"quoted\""}));
        QCOMPARE(records.at(3),
                 (QStringList{"cy@example.org", "", "", "", "", "", "", "far right"}));
        QCOMPARE(records.at(4), (QStringList{"last@example.org", "", "-12"}));
        QCOMPARE(reader->progress(), 1.0);
    }

    void chosenSheet()
    {
        QString error;
        TableReadOptions options;
        options.sheet = QStringLiteral("scores");
        const auto reader =
            TableReader::open(path(QStringLiteral("openpyxl.xlsx")), options, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->sheet(), QStringLiteral("Scores"));
        QCOMPARE(readAll(*reader), (Records{{"Dimension", "Level"}, {"AI in production", "3"}}));

        options.sheet = QStringLiteral("Missing");
        QVERIFY(!TableReader::open(path(QStringLiteral("openpyxl.xlsx")), options, &error));
        QVERIFY2(error.contains(QLatin1String("no sheet \"Missing\"")) &&
                     error.contains(QLatin1String("Responses, Scores")),
                 qPrintable(error));
    }

    void dateSystem1904()
    {
        QString error;
        const auto reader = TableReader::open(path(QStringLiteral("mac1904.xlsx")), {}, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(readAll(*reader), (Records{{"Date"}, {"2026-03-15"}}));
    }

    void inlineStringsWithoutStyles()
    {
        QString error;
        const auto reader = TableReader::open(path(QStringLiteral("inline.xlsx")), {}, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->sheet(), QStringLiteral("Only"));
        QCOMPARE(readAll(*reader), (Records{{"Email", "", "Rich text"},
                                            {"x@y.org", "formula text", "TRUE", "0.0015"}}));
    }

    void refusedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("zip without a workbook") << "notaworkbook.xlsx"
                                                << "not an Excel workbook";
        QTest::newRow("OpenDocument") << "calc.ods"
                                      << "OpenDocument";
        QTest::newRow("old .xls") << "old.xls"
                                  << "old Excel workbook";
    }

    void refusedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        if (file == QLatin1String("old.xls")) {
            QFile old(path(file));
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(512, '\0'));
        }
        QString error;
        QVERIFY(!TableReader::open(path(file), {}, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(error.contains(path(file)));
    }

    void serialDates_data()
    {
        QTest::addColumn<qint64>("serial");
        QTest::addColumn<bool>("system1904");
        QTest::addColumn<QDate>("date");
        QTest::newRow("1900-01-01") << qint64(1) << false << QDate(1900, 1, 1);
        QTest::newRow("before the leap day that never was")
            << qint64(59) << false << QDate(1900, 2, 28);
        QTest::newRow("after it") << qint64(61) << false << QDate(1900, 3, 1);
        QTest::newRow("2026-03-15") << qint64(46096) << false << QDate(2026, 3, 15);
        QTest::newRow("1904 system") << qint64(44634) << true << QDate(2026, 3, 15);
    }

    void serialDates()
    {
        QFETCH(qint64, serial);
        QFETCH(bool, system1904);
        QFETCH(QDate, date);
        QCOMPARE(XlsxReader::dateFromSerial(serial, system1904), date);
    }

    void numberFormats_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        using K = XlsxReader::NumberKind;
        QTest::newRow("built-in date") << 14 << "" << int(K::Date);
        QTest::newRow("built-in time") << 20 << "" << int(K::Time);
        QTest::newRow("built-in date and time") << 22 << "" << int(K::DateTime);
        QTest::newRow("general") << 0 << "" << int(K::Number);
        QTest::newRow("dd.mm.yyyy") << 164 << "dd.mm.yyyy" << int(K::Date);
        QTest::newRow("with time") << 165 << "yyyy-mm-dd h:mm:ss" << int(K::DateTime);
        QTest::newRow("month name") << 166 << "mmmm" << int(K::Date);
        QTest::newRow("quoted letters do not count") << 167 << "0.0\" days\"" << int(K::Number);
        QTest::newRow("currency section") << 168 << "[$€-407] #,##0.00" << int(K::Number);
        QTest::newRow("elapsed hours") << 169 << "[h]:mm:ss" << int(K::Time);
    }

    void numberFormats()
    {
        QFETCH(int, id);
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(XlsxReader::numberKind(id, code)), kind);
    }

    void columnLetters()
    {
        QCOMPARE(TableReader::columnLetters(1), QStringLiteral("A"));
        QCOMPARE(TableReader::columnLetters(27), QStringLiteral("AA"));
        QCOMPARE(TableReader::columnLetters(16384), QStringLiteral("XFD"));
        QCOMPARE(TableReader::columnNumber(u"XFD"), 16384);
        QCOMPARE(TableReader::columnNumber(u"b"), 2);
        QCOMPARE(TableReader::columnNumber(u"A1"), 0);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
