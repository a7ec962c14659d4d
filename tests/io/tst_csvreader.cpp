// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader on an RFC 4180 corpus, cut into chunks at every place, on the encodings and
// delimiters real exports come in, on files that are not text, and on a 200 MB file.
#include "csvreader.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

using Records = QList<QStringList>;

namespace {

struct ReadOutcome
{
    Records records;
    QList<qint64> lines;
    QList<ImportProblem> problems;
    ImportProblem failure;
    bool failed = false;
    QString encoding;
    QChar delimiter;
    bool byteOrderMark = false;
};

ReadOutcome readAll(const QByteArray &bytes, qsizetype chunkSize = 64 * 1024,
                    const TableReadOptions &options = {})
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    CsvReader reader(std::move(buffer));
    reader.setChunkSize(chunkSize);
    ReadOutcome outcome;
    if (reader.start(options)) {
        TableRow row;
        while (reader.next(&row)) {
            outcome.records.append(row.fields);
            outcome.lines.append(row.line);
            outcome.problems += row.problems;
        }
    }
    outcome.failed = reader.failed();
    outcome.failure = reader.failure();
    outcome.encoding = reader.encodingName();
    outcome.delimiter = reader.delimiter();
    outcome.byteOrderMark = reader.hasByteOrderMark();
    return outcome;
}

qint64 peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QString text = QString::fromLatin1(status.readAll());
    const auto m = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+)")).match(text);
    return m.hasMatch() ? m.captured(1).toLongLong() : -1;
}

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char low = char(u & 0xFF);
        const char high = char(u >> 8);
        bytes += littleEndian ? QByteArray{&low, 1} + QByteArray{&high, 1}
                              : QByteArray{&high, 1} + QByteArray{&low, 1};
    }
    return bytes;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<QList<qint64>>("lines");

        using L = QList<qint64>;
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << Records{{"a", "b"}, {"1", "2"}}
                              << L{1, 2};
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << Records{{"a", "b"}, {"1", "2"}}
                            << L{1, 2};
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r") << Records{{"a", "b"}, {"1", "2"}}
                            << L{1, 2};
        QTest::newRow("no final line break")
            << QByteArray("a,b\r\n1,2") << Records{{"a", "b"}, {"1", "2"}} << L{1, 2};
        QTest::newRow("quoted comma")
            << QByteArray("name,team\r\n\"Doe, Jane\",Data\r\n")
            << Records{{"name", "team"}, {"Doe, Jane", "Data"}} << L{1, 2};
        QTest::newRow("doubled quotes")
            << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n") << Records{{"say \"hi\"", "\""}} << L{1};
        QTest::newRow("LF inside quotes")
            << QByteArray("\"line 1\nline 2\",x\ny,z\n")
            << Records{{"line 1\nline 2", "x"}, {"y", "z"}} << L{1, 3};
        QTest::newRow("CRLF inside quotes")
            << QByteArray("\"line 1\r\nline 2\",x\r\ny,z\r\n")
            << Records{{"line 1\r\nline 2", "x"}, {"y", "z"}} << L{1, 3};
        QTest::newRow("CR inside quotes")
            << QByteArray("\"a\rb\",x\ry,z") << Records{{"a\rb", "x"}, {"y", "z"}} << L{1, 3};
        QTest::newRow("empty fields")
            << QByteArray("a,,c\r\n,,x\r\n") << Records{{"a", "", "c"}, {"", "", "x"}} << L{1, 2};
        QTest::newRow("empty quoted field") << QByteArray("\"\",x\n") << Records{{"", "x"}} << L{1};
        QTest::newRow("empty file") << QByteArray() << Records{} << L{};
        QTest::newRow("header only")
            << QByteArray("email,name,team\r\n") << Records{{"email", "name", "team"}} << L{1};
        QTest::newRow("header only, no line break")
            << QByteArray("email,name") << Records{{"email", "name"}} << L{1};
        QTest::newRow("blank and empty records skipped")
            << QByteArray("a,b\r\n\r\n,\r\n\n1,2\r\n,,\r\n") << Records{{"a", "b"}, {"1", "2"}}
            << L{1, 5};
        QTest::newRow("quote inside an unquoted field")
            << QByteArray("5'11\",x\n") << Records{{"5'11\"", "x"}} << L{1};
        QTest::newRow("spaces kept") << QByteArray(" a , b \n") << Records{{" a ", " b "}} << L{1};
        QTest::newRow("single column")
            << QByteArray("email\nx@y.org\n") << Records{{"email"}, {"x@y.org"}} << L{1, 2};
        QTest::newRow("quoted delimiter and line break together")
            << QByteArray("\"a,\nb\",\"c\"\"\n\"\"d\"\n") << Records{{"a,\nb", "c\"\n\"d"}} << L{1};
    }

    void rfc4180()
    {
        QFETCH(QByteArray, input);
        QFETCH(Records, expected);
        QFETCH(QList<qint64>, lines);
        // Every chunk size puts a chunk boundary inside a CRLF, a doubled quote, a field.
        for (const qsizetype chunk : {1, 2, 3, 5, 7, 64 * 1024}) {
            const ReadOutcome outcome = readAll(input, chunk);
            QVERIFY2(!outcome.failed, qPrintable(outcome.failure.message));
            QCOMPARE(outcome.records, expected);
            QCOMPARE(outcome.lines, lines);
            QVERIFY(outcome.problems.isEmpty());
        }
    }

    void unmatchedQuote_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("recordsBefore");

        QTest::newRow("last field") << QByteArray("a,b\r\n1,\"2\r\n3,4\r\n") << qint64(2) << 3 << 1;
        QTest::newRow("after quoted line breaks")
            << QByteArray("a,b\n\"x\ny\",z\nok,ok\nlast,\"never closed") << qint64(5) << 6 << 3;
        QTest::newRow("first field of the file") << QByteArray("\"abc") << qint64(1) << 1 << 0;
    }

    void unmatchedQuote()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        QFETCH(int, column);
        QFETCH(int, recordsBefore);
        for (const qsizetype chunk : {1, 4, 64 * 1024}) {
            const ReadOutcome outcome = readAll(input, chunk);
            QVERIFY(outcome.failed);
            QCOMPARE(outcome.failure.line, line);
            QCOMPARE(outcome.failure.column, column);
            QVERIFY2(outcome.failure.message.contains(QLatin1String("never closed")),
                     qPrintable(outcome.failure.message));
            QCOMPARE(outcome.records.size(), recordsBefore);
        }
    }

    void textAfterClosingQuote()
    {
        const ReadOutcome outcome = readAll("a,b\n\"x\"y,z\n");
        QVERIFY(!outcome.failed);
        QCOMPARE(outcome.records.size(), 2);
        QCOMPARE(outcome.records.at(1), (QStringList{"xy", "z"}));
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems.first().line, 2);
        QCOMPARE(outcome.problems.first().column, 4);
    }

    void delimiter_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<Records>("expected");

        QTest::newRow("comma") << QByteArray("a,b;c\n1,2;3\n") << QChar(u',')
                               << Records{{"a", "b;c"}, {"1", "2;3"}};
        QTest::newRow("semicolon with decimal commas")
            << QByteArray("name;score\nAda;4,5\nBo;3,0\n") << QChar(u';')
            << Records{{"name", "score"}, {"Ada", "4,5"}, {"Bo", "3,0"}};
        QTest::newRow("tab") << QByteArray("a\tb, c\n1\t2\n") << QChar(u'\t')
                             << Records{{"a", "b, c"}, {"1", "2"}};
        QTest::newRow("sep line") << QByteArray("sep=;\r\na;b,c\r\n1;2\r\n") << QChar(u';')
                                  << Records{{"a", "b,c"}, {"1", "2"}};
        QTest::newRow("sep line names a pipe")
            << QByteArray("SEP=|\na|b\n") << QChar(u'|') << Records{{"a", "b"}};
        QTest::newRow("quoted delimiters do not count")
            << QByteArray("\"a;b;c\",d\n\"1;2\",3\n") << QChar(u',')
            << Records{{"a;b;c", "d"}, {"1;2", "3"}};
    }

    void delimiter()
    {
        QFETCH(QByteArray, input);
        QFETCH(QChar, delimiter);
        QFETCH(Records, expected);
        const ReadOutcome outcome = readAll(input);
        QVERIFY(!outcome.failed);
        QCOMPARE(outcome.delimiter, delimiter);
        QCOMPARE(outcome.records, expected);
    }

    void separatorLineCountsAsALine()
    {
        const ReadOutcome outcome = readAll("sep=;\na;b\n1;2\n");
        QCOMPARE(outcome.lines, (QList<qint64>{2, 3}));
    }

    void delimiterGiven()
    {
        TableReadOptions options;
        options.delimiter = QLatin1Char(';');
        const ReadOutcome outcome = readAll("a,b;c\n", 64 * 1024, options);
        QCOMPARE(outcome.records, (Records{{"a,b", "c"}}));
    }

    void encoding_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("byteOrderMark");

        const QString text = QStringLiteral("name,city\nJürgen Müller,Köln €\n");
        QTest::newRow("UTF-8") << text.toUtf8() << "UTF-8" << false;
        QTest::newRow("UTF-8 with BOM")
            << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << "UTF-8" << true;
        QTest::newRow("UTF-16LE") << utf16(text, true) << "UTF-16LE" << true;
        QTest::newRow("UTF-16BE") << utf16(text, false) << "UTF-16BE" << true;
        QTest::newRow("Windows-1252") << QByteArray("name,city\nJ\xFCrgen M\xFCller,K\xF6ln \x80\n")
                                      << "Windows-1252" << false;
    }

    void encoding()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, encoding);
        QFETCH(bool, byteOrderMark);
        for (const qsizetype chunk : {1, 3, 64 * 1024}) {
            const ReadOutcome outcome = readAll(input, chunk);
            QVERIFY2(!outcome.failed, qPrintable(outcome.failure.message));
            QCOMPARE(outcome.encoding, encoding);
            QCOMPARE(outcome.byteOrderMark, byteOrderMark);
            QCOMPARE(outcome.records, (Records{{"name", "city"}, {"Jürgen Müller", "Köln €"}}));
        }
    }

    void encodingGiven()
    {
        TableReadOptions options;
        options.encoding = QStringLiteral("latin1");
        const ReadOutcome latin = readAll("a\n\xE4\n", 64 * 1024, options);
        QCOMPARE(latin.records, (Records{{"a"}, {"ä"}}));
        options.encoding = QStringLiteral("klingon");
        const ReadOutcome unknown = readAll("a\n", 64 * 1024, options);
        QVERIFY(unknown.failed);
        QVERIFY(unknown.failure.message.contains(QLatin1String("Windows-1252")));
    }

    void invalidInTheChosenEncoding()
    {
        TableReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        const ReadOutcome outcome = readAll("a,b\nok,ok\nx,M\xFCller\n", 2, options);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.line, 3);
        QCOMPARE(outcome.failure.column, 4);
        QVERIFY(outcome.failure.message.contains(QLatin1String("not valid UTF-8")));
        QCOMPARE(outcome.records.size(), 2);
    }

    void fileEndsInsideACharacter()
    {
        TableReadOptions options;
        options.encoding = QStringLiteral("UTF-8");
        const ReadOutcome outcome = readAll("a\nb\xC3", 64 * 1024, options);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.line, 2);
    }

    void windows1252AfterALongAsciiStart()
    {
        // The sample is ASCII, so it looks like UTF-8; the first umlaut far below settles it.
        QByteArray input = "name\n";
        for (int i = 0; i < 20000; ++i)
            input += "plain ascii line\n";
        input += "M\xFCller\n";
        const ReadOutcome outcome = readAll(input);
        QVERIFY2(!outcome.failed, qPrintable(outcome.failure.message));
        QCOMPARE(outcome.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(outcome.records.last(), QStringList{QStringLiteral("Müller")});
    }

    void utf8ThenInvalid()
    {
        QByteArray input = "name\nJ\xC3\xBCrgen\n";
        for (int i = 0; i < 20000; ++i)
            input += "plain ascii line\n";
        input += "M\xFCller\n";
        const ReadOutcome outcome = readAll(input);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.line, 20003);
        QCOMPARE(outcome.failure.column, 2);
    }

    // The same early on: UTF-8 up to a bad byte is not taken for Windows-1252.
    void utf8ThenInvalidEarly()
    {
        const ReadOutcome outcome = readAll("name\nJ\xC3\xBCrgen\nM\xFCller\n");
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.line, 3);
        QCOMPARE(outcome.failure.column, 2);
    }

    void notText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<qint64>("line");

        QTest::newRow("NUL bytes at the start") << QByteArray("\x01\x00\x02\x00\x00\x00"
                                                              "abc",
                                                              9)
                                                << qint64(0);
        QByteArray late = "a,b\n";
        for (int i = 0; i < 9000; ++i)
            late += "text,text\n";
        late += QByteArray("x\0y\n", 4);
        QTest::newRow("a NUL byte far into the file") << late << qint64(9002);
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR", 16) << qint64(0);
    }

    void notText()
    {
        QFETCH(QByteArray, input);
        QFETCH(qint64, line);
        const ReadOutcome outcome = readAll(input);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.line, line);
        QVERIFY2(outcome.failure.message.contains(QLatin1String("not a text file")),
                 qPrintable(outcome.failure.message));
    }

    void runawayQuoteStopsEarly()
    {
        // An unclosed quote would otherwise swallow the rest of the file into one field.
        QByteArray input = "a,b\n1,\"";
        input += QByteArray(3 * 1024 * 1024, 'x');
        const ReadOutcome outcome = readAll(input);
        QVERIFY(outcome.failed);
        QCOMPARE(outcome.failure.line, 2);
        QCOMPARE(outcome.failure.column, 3);
    }

    void largeFileInBoundedMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block;
        qint64 rowsPerBlock = 0;
        while (block.size() < 1024 * 1024) {
            block += "engineer" + QByteArray::number(rowsPerBlock) +
                     "@example.org,\"Doe, Jane\",Platform,\"multi\nline note\"\r\n";
            ++rowsPerBlock;
        }
        const qint64 blocks = 200;
        for (qint64 i = 0; i < blocks; ++i)
            QCOMPARE(file.write(block), block.size());
        file.close();
        QVERIFY(QFileInfo(path).size() >= 200LL * 1024 * 1024);

        const qint64 before = peakMemoryKb();
        auto device = std::make_unique<QFile>(path);
        QVERIFY(device->open(QIODevice::ReadOnly));
        CsvReader reader(std::move(device));
        QVERIFY(reader.start({}));
        TableRow row;
        qint64 rows = 0;
        qint64 lastLine = 0;
        qsizetype fields = 0;
        while (reader.next(&row)) {
            ++rows;
            lastLine = row.line;
            fields = std::max(fields, row.fields.size());
        }
        QVERIFY2(!reader.failed(), qPrintable(reader.failure().message));
        QCOMPARE(rows, rowsPerBlock * blocks);
        QCOMPARE(lastLine, 2 * rows - 1);
        QCOMPARE(fields, 4);
        const qint64 growth = peakMemoryKb() - before;
        QVERIFY2(growth < 32 * 1024,
                 qPrintable(QStringLiteral("peak memory grew by %1 kB").arg(growth)));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
