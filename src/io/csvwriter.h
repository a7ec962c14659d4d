// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSaveFile>
#include <QString>
#include <QVariant>
#include <QVariantList>

namespace Upskill {

// Writes a CSV file as RFC 4180 describes it (UTF-8, CRLF after every record, fields quoted
// only where they must be), safe to open in a spreadsheet: text that a spreadsheet would run
// as a formula gets a leading apostrophe. Numbers stay numbers, so -1 is still -1.
//
// The output goes to a temporary file beside the target and replaces it only on commit():
// an export that fails or is cancelled leaves no partial file and the old one as it was.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)
public:
    explicit CsvWriter(const QString &path);
    // Without commit() everything written is discarded.
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    // Before open(): start the file with the UTF-8 byte order mark. Excel reads a CSV without
    // one in the system's legacy code page, which turns "Zoë" into "ZoÃ«"; other programs
    // are better off without it.
    void setByteOrderMark(bool on) { m_byteOrderMark = on; }

    bool open();
    // Integers and floating-point values are written as numbers, a null value as an empty
    // field, anything else as text.
    bool writeRecord(const QVariantList &fields);
    bool commit();

    QString path() const { return m_path; }
    // Records written so far, the header included.
    qint64 records() const { return m_records; }
    // What went wrong, naming the file.
    QString errorString() const { return m_error; }

    // One field exactly as it appears in the file, without the separator.
    static QByteArray field(const QVariant &value);

private:
    bool writeBuffer();
    bool fail(const QString &what);

    QString m_path;
    QSaveFile m_file;
    QByteArray m_buffer;
    qint64 m_records = 0;
    QString m_error;
    bool m_byteOrderMark = false;
};

} // namespace Upskill
