// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QLocale>

#include <algorithm>

namespace Upskill {

namespace {

// Enough text to tell the delimiter from twenty records and a byte order mark from noise.
constexpr qsizetype SampleBytes = 64 * 1024;
constexpr int DelimiterSampleRecords = 20;

bool isAllEmpty(const QStringList &fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString &field) { return field.isEmpty(); });
}

} // namespace

CsvReader::CsvReader(std::unique_ptr<QIODevice> device) : m_device(std::move(device))
{
    m_size = m_device->isSequential() ? 0 : m_device->size();
}

bool CsvReader::start(const TableReadOptions &options)
{
    QByteArray sample = m_device->read(std::max(m_chunkSize, SampleBytes));
    m_bytesRead = sample.size();
    m_deviceAtEnd = m_device->atEnd() || sample.isEmpty();

    TextEncoding encoding = TextEncoding::Utf8;
    if (!options.encoding.trimmed().isEmpty()) {
        if (!TextEncodings::fromName(options.encoding, &encoding)) {
            fail(0, 0,
                 tr("there is no encoding called \"%1\"; the encodings are: %2")
                     .arg(options.encoding, TextEncodings::names()));
            return false;
        }
        m_encodingGiven = true;
    } else {
        const TextEncodings::Detection detection = TextEncodings::detect(sample, m_deviceAtEnd);
        if (detection.binary) {
            fail(0, 0,
                 tr("this is not a text file (it contains NUL bytes); if it is a spreadsheet, "
                    "save it as CSV or choose the .xlsx file"));
            return false;
        }
        encoding = detection.encoding;
    }
    const int markLength = TextEncodings::byteOrderMarkLength(sample, encoding);
    m_byteOrderMark = markLength > 0;
    m_decoder = ChunkDecoder(encoding);
    // The sample is the first chunk; reading goes on from where it ended.
    takeText(m_decoder.decode(QByteArrayView(sample).sliced(markLength)));

    // Excel's "sep=;" line says which delimiter follows and is not data itself.
    if (m_text.size() >= 5 && m_text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive)) {
        const QChar given = m_text.at(4);
        const auto isBreak = [](QChar c) { return c == u'\n' || c == u'\r'; };
        if (!isBreak(given) && (m_text.size() == 5 || isBreak(m_text.at(5)))) {
            m_separatorLine = true;
            m_delimiter = given;
            consume(5);
            if (m_pos < m_text.size()) {
                m_afterCr = m_text.at(m_pos) == u'\r';
                ++m_pos;
                m_line = 2;
                m_column = 1;
            }
        }
    }
    if (!options.delimiter.isNull())
        m_delimiter = options.delimiter;
    else if (!m_separatorLine)
        m_delimiter = detectDelimiter(QStringView(m_text).sliced(m_pos));
    return true;
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    // The candidate whose count per record agrees over the most records wins, then the one
    // with more fields; comma first on a tie. A semicolon file with decimal commas ("4,5")
    // has no comma in its header, so the comma loses there.
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QChar best = candidates[0];
    qint64 bestScore = 0;
    for (const QChar candidate : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size() && counts.size() < DelimiterSampleRecords; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
                if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                    text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                counts.append(count);
                count = 0;
            } else if (!quoted && c == candidate) {
                ++count;
            }
        }
        if (counts.size() < DelimiterSampleRecords && count > 0)
            counts.append(count);
        if (counts.isEmpty() || counts.first() == 0)
            continue;
        const int header = counts.first();
        const qint64 agreeing = std::count(counts.cbegin(), counts.cend(), header);
        const qint64 score = agreeing * 100000 + header;
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

void CsvReader::takeText(QString text)
{
    if (m_decoder.invalid() && !m_encodingGiven && m_decoder.encoding() == TextEncoding::Utf8 &&
        m_decoder.onlyAscii()) {
        // Detected as UTF-8 from an ASCII beginning, and the first other character is not
        // UTF-8: Windows-1252 reads the beginning the same way and the rest correctly.
        m_decoder.switchTo(TextEncoding::Windows1252);
        text += m_decoder.decode({});
    }
    if (m_decoder.invalid()) {
        m_stopReason =
            tr("the text is not valid %1 here; choose the file's encoding (Windows-1252 is "
               "common for files saved by older versions of Excel)")
                .arg(TextEncodings::name(m_decoder.encoding()));
    }
    const qsizetype nul = text.indexOf(QChar(u'\0'));
    if (nul >= 0) {
        text.truncate(nul);
        m_stopReason = tr("the file contains a NUL character here, so it is not a text file; "
                          "if it is a spreadsheet, save it as CSV or choose the .xlsx file");
    }
    if (m_pos < m_text.size())
        m_text = m_text.sliced(m_pos) + text;
    else
        m_text = std::move(text);
    m_pos = 0;
}

bool CsvReader::readChunk()
{
    if (!m_stopReason.isEmpty()) {
        fail(m_line, m_column, m_stopReason);
        return false;
    }
    if (m_deviceAtEnd) {
        if (!m_decoder.finish()) {
            fail(m_line, m_column,
                 tr("the file ends in the middle of a character; it is not valid %1 text")
                     .arg(TextEncodings::name(m_decoder.encoding())));
        }
        return false;
    }
    const QByteArray bytes = m_device->read(m_chunkSize);
    if (bytes.isEmpty() && !m_device->atEnd()) {
        fail(m_line, m_column, tr("reading stopped: %1").arg(m_device->errorString()));
        return false;
    }
    m_bytesRead += bytes.size();
    m_deviceAtEnd = m_device->atEnd() || bytes.isEmpty();
    takeText(m_decoder.decode(bytes));
    return true;
}

bool CsvReader::ensureText()
{
    while (m_pos >= m_text.size()) {
        if (failed() || !readChunk())
            return false;
    }
    return true;
}

void CsvReader::consume(qsizetype count)
{
    m_pos += count;
    m_column += int(count);
}

double CsvReader::progress() const
{
    if (m_size <= 0)
        return m_deviceAtEnd ? 1.0 : 0.0;
    return std::min(1.0, double(m_bytesRead) / double(m_size));
}

bool CsvReader::next(TableRow *row)
{
    while (readRecord(row)) {
        if (!isAllEmpty(row->fields))
            return true;
    }
    return false;
}

bool CsvReader::endField(TableRow *row, QString *field)
{
    if (row->fields.size() >= MaxFields) {
        fail(row->line, 0,
             tr("this record has more than %1 fields; is it really a CSV file with \"%2\" "
                "between the fields?")
                 .arg(QLocale().toString(MaxFields), QString(m_delimiter)));
        return false;
    }
    row->fields.append(*field);
    field->clear();
    return true;
}

bool CsvReader::readRecord(TableRow *row)
{
    row->fields.clear();
    row->problems.clear();
    // A CR ended the last record; its LF belongs to that record's end.
    if (m_afterCr) {
        if (!ensureText())
            return false;
        if (m_text.at(m_pos) == QLatin1Char('\n'))
            ++m_pos;
        m_afterCr = false;
    }
    if (!ensureText())
        return false;
    row->line = m_line;

    QString field;
    State state = State::FieldStart;
    qint64 fieldLine = m_line;
    int fieldColumn = m_column;
    const QChar delimiter = m_delimiter;
    auto tooLong = [&] {
        fail(fieldLine, fieldColumn,
             tr("the field that starts here is longer than %1 characters; is a quote not "
                "closed?")
                 .arg(QLocale().toString(MaxFieldLength)));
        return false;
    };

    while (true) {
        if (!ensureText()) {
            if (failed())
                return false;
            // The end of the file ends the last record, with or without a line break.
            if (state == State::Quoted) {
                fail(fieldLine, fieldColumn,
                     tr("the quoted field that starts here is never closed; a quote is "
                        "missing"));
                return false;
            }
            return endField(row, &field);
        }
        const QChar c = m_text.at(m_pos);
        switch (state) {
        case State::FieldStart:
            fieldLine = m_line;
            fieldColumn = m_column;
            if (c == QLatin1Char('"')) {
                consume(1);
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            // The run up to the next delimiter or line break is copied at once.
            qsizetype end = m_pos;
            const qsizetype size = m_text.size();
            const char16_t *data = reinterpret_cast<const char16_t *>(m_text.constData());
            const char16_t stop = delimiter.unicode();
            while (end < size && data[end] != stop && data[end] != u'\n' && data[end] != u'\r')
                ++end;
            if (end > m_pos) {
                field.append(QStringView(data + m_pos, end - m_pos));
                consume(end - m_pos);
                if (field.size() > MaxFieldLength)
                    return tooLong();
                continue;
            }
            if (c == delimiter) {
                consume(1);
                if (!endField(row, &field))
                    return false;
                state = State::FieldStart;
                continue;
            }
            // A line break ends the record.
            ++m_pos;
            ++m_line;
            m_column = 1;
            m_afterCr = c == QLatin1Char('\r');
            return endField(row, &field);
        }
        case State::Quoted: {
            qsizetype end = m_pos;
            const qsizetype size = m_text.size();
            const char16_t *data = reinterpret_cast<const char16_t *>(m_text.constData());
            while (end < size && data[end] != u'"' && data[end] != u'\n' && data[end] != u'\r')
                ++end;
            if (end > m_pos) {
                field.append(QStringView(data + m_pos, end - m_pos));
                consume(end - m_pos);
                m_afterCr = false;
                if (field.size() > MaxFieldLength)
                    return tooLong();
                continue;
            }
            if (c == QLatin1Char('"')) {
                consume(1);
                m_afterCr = false;
                state = State::AfterQuote;
                continue;
            }
            // A line break inside quotes is part of the field; CRLF counts as one line.
            field.append(c);
            ++m_pos;
            if (!(c == QLatin1Char('\n') && m_afterCr))
                ++m_line;
            m_column = 1;
            m_afterCr = c == QLatin1Char('\r');
            continue;
        }
        case State::AfterQuote:
            if (c == QLatin1Char('"')) {
                field.append(c);
                consume(1);
                state = State::Quoted;
                continue;
            }
            if (c == delimiter) {
                consume(1);
                if (!endField(row, &field))
                    return false;
                state = State::FieldStart;
                continue;
            }
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                ++m_pos;
                ++m_line;
                m_column = 1;
                m_afterCr = c == QLatin1Char('\r');
                return endField(row, &field);
            }
            // "abc"def: kept as written, but the record may be split wrongly, so it is not
            // taken as it is.
            row->problems.append(
                {m_line,
                 m_column,
                 tr("text follows the closing quote of a quoted field; put the whole field in "
                    "quotes and write a quote inside it as two quotes (\"\")"),
                 {}});
            state = State::Unquoted;
            continue;
        }
    }
}

} // namespace Upskill
