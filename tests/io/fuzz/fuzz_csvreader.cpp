// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader. The first byte chooses how the rest is read (chunk
// size, encoding, delimiter); the rest is the file. Besides crashes and sanitizer findings it
// checks that reading in tiny chunks gives exactly what reading in one chunk gives, and that
// every failure says where and what.
#include "csvreader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

using namespace Upskill;

namespace {

struct Outcome
{
    QList<TableRow> rows;
    bool started = false;
    ImportProblem failure;
};

Outcome read(const QByteArray &bytes, qsizetype chunkSize, const TableReadOptions &options)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    CsvReader reader(std::move(buffer));
    reader.setChunkSize(chunkSize);
    Outcome outcome;
    outcome.started = reader.start(options);
    if (outcome.started) {
        TableRow row;
        qint64 lastLine = 0;
        while (reader.next(&row)) {
            // Rows come in file order, each with at least one field and one that is not empty.
            if (row.line <= lastLine || row.fields.isEmpty())
                std::abort();
            lastLine = row.line;
            outcome.rows.append(row);
        }
    }
    outcome.failure = reader.failure();
    if (reader.failed() && outcome.failure.message.isEmpty())
        std::abort();
    if (reader.progress() < 0.0 || reader.progress() > 1.0)
        std::abort();
    return outcome;
}

bool same(const Outcome &a, const Outcome &b)
{
    if (a.started != b.started || a.rows.size() != b.rows.size() ||
        a.failure.line != b.failure.line || a.failure.column != b.failure.column ||
        a.failure.message != b.failure.message)
        return false;
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const TableRow &x = a.rows.at(i);
        const TableRow &y = b.rows.at(i);
        if (x.line != y.line || x.fields != y.fields || x.problems.size() != y.problems.size())
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const uint8_t control = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    static const char *const encodings[] = {
        "", "", "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252", "ISO-8859-1", ""};
    TableReadOptions options;
    options.encoding = QString::fromLatin1(encodings[(control >> 4) & 7]);
    if (control & 0x80)
        options.delimiter = QLatin1Char(';');
    const qsizetype small = 1 + (control & 0x0F) * 3;
    if (!same(read(bytes, small, options), read(bytes, 64 * 1024, options)))
        std::abort();
    return 0;
}
