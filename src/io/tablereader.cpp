// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablereader.h"

#include "csvreader.h"
#include "xlsxreader.h"

#include <QFile>
#include <QFileInfo>

namespace Upskill {

std::unique_ptr<TableReader> TableReader::open(const QString &path, const TableReadOptions &options,
                                               QString *error)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        *error = tr("%1 is a folder, not a file to import.").arg(path);
        return nullptr;
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file->errorString());
        return nullptr;
    }
    // The content decides, not the name: a workbook saved as "export.csv" is still one.
    const QByteArray magic = file->peek(8);
    if (magic.startsWith("PK\x03\x04")) {
        file.reset();
        auto reader = std::make_unique<XlsxReader>(path);
        if (!reader->start(options)) {
            *error = tr("%1: %2").arg(path, reader->failure().message);
            return nullptr;
        }
        return reader;
    }
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        *error = tr("%1 is an old Excel workbook (.xls) or a password-protected one; save it as "
                    ".xlsx without a password, or as CSV, and import that.")
                     .arg(path);
        return nullptr;
    }
    auto reader = std::make_unique<CsvReader>(std::move(file));
    if (!reader->start(options)) {
        *error = tr("%1: %2").arg(path, reader->failure().message);
        return nullptr;
    }
    return reader;
}

void TableReader::fail(qint64 line, int column, const QString &message)
{
    if (m_failure.message.isEmpty())
        m_failure = {line, column, message, {}};
}

QString TableReader::position(qint64 line, int column) const
{
    return position(format(), line, column);
}

QString TableReader::position(Format format, qint64 line, int column)
{
    if (line <= 0)
        return {};
    if (format == Format::Xlsx) {
        return column > 0 ? tr("row %1, column %2").arg(line).arg(columnLetters(column))
                          : tr("row %1").arg(line);
    }
    return column > 0 ? tr("line %1, column %2").arg(line).arg(column) : tr("line %1").arg(line);
}

QString TableReader::columnLetters(int column)
{
    QString letters;
    while (column > 0) {
        const int digit = (column - 1) % 26;
        letters.prepend(QChar(u'A' + digit));
        column = (column - 1) / 26;
    }
    return letters;
}

int TableReader::columnNumber(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return 0;
    int number = 0;
    for (const QChar c : letters) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            return 0;
        number = number * 26 + (u - u'A' + 1);
    }
    return number;
}

} // namespace Upskill
