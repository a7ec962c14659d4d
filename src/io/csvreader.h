// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"
#include "textencoding.h"

#include <QIODevice>

#include <memory>
#include <optional>

namespace Upskill {

// Reads CSV as RFC 4180 describes it and as spreadsheets actually write it: quoted fields
// with delimiters, doubled quotes and line breaks inside, CR, LF or CRLF between records, no
// line break after the last one, a quote inside an unquoted field taken as it is.
//
// The file is read in chunks and decoded as it goes, so a 200 MB file never sits in memory.
// The encoding comes from a byte order mark or the bytes themselves (UTF-8, else
// Windows-1252), the delimiter from Excel's "sep=;" first line or from the field counts of
// the first lines (comma, semicolon or tab); both can be given instead. Every problem names
// its line and column; a file that is not text stops with an error, never a crash.
class CsvReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    // device is open for reading; the reader owns it from here.
    explicit CsvReader(std::unique_ptr<QIODevice> device);

    // Smaller chunks than the default, before start(): tests cut records at every place.
    void setChunkSize(qsizetype bytes) { m_chunkSize = std::max<qsizetype>(1, bytes); }
    // Settles the encoding and delimiter; false (with failure()) when the file is not text or
    // options name an encoding that does not exist.
    bool start(const TableReadOptions &options);

    Format format() const override { return Format::Csv; }
    bool next(TableRow *row) override;
    double progress() const override;
    QString encodingName() const override { return TextEncodings::name(m_decoder.encoding()); }
    bool hasByteOrderMark() const override { return m_byteOrderMark; }
    QChar delimiter() const override { return m_delimiter; }

    TextEncoding encoding() const { return m_decoder.encoding(); }
    // Whether the first line was Excel's "sep=X", which is not part of the data.
    bool hadSeparatorLine() const { return m_separatorLine; }

    // A field or record this large means a quote was never closed; reading stops rather than
    // filling the memory with the rest of the file.
    static constexpr qsizetype MaxFieldLength = 1 << 20;
    static constexpr qsizetype MaxFields = 10000;

private:
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    bool readRecord(TableRow *row);
    // Makes m_text[m_pos] available; false at the end of the data or when reading stopped.
    bool ensureText();
    bool readChunk();
    void takeText(QString text);
    void consume(qsizetype count);
    bool endField(TableRow *row, QString *field);
    static QChar detectDelimiter(QStringView text);

    std::unique_ptr<QIODevice> m_device;
    qsizetype m_chunkSize = 64 * 1024;
    ChunkDecoder m_decoder{TextEncoding::Utf8};
    bool m_encodingGiven = false;
    bool m_byteOrderMark = false;
    bool m_separatorLine = false;
    QChar m_delimiter = QLatin1Char(',');
    qint64 m_size = 0;
    qint64 m_bytesRead = 0;
    bool m_deviceAtEnd = false;

    QString m_text;
    qsizetype m_pos = 0;
    // Why decoding stopped at the end of m_text (a NUL, an invalid byte), empty when it did not.
    QString m_stopReason;
    qint64 m_line = 1;
    int m_column = 1;
    bool m_afterCr = false;
};

} // namespace Upskill
