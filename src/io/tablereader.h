// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChar>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Upskill {

// Something wrong at a place in an imported file. line is the line of a CSV file or the row
// of a sheet (1-based; 0 for the file as a whole), column the field's position (1-based; 0
// for the whole row).
struct ImportProblem
{
    qint64 line = 0;
    int column = 0;
    QString message;
    // The column's header when the problem is about a field of the data, e.g. "Email".
    QString columnName;
};

// One record of a file: its fields as text, the line it starts on, and what the reader
// found wrong with it while still reading it (a stray quote).
struct TableRow
{
    qint64 line = 0;
    QStringList fields;
    QList<ImportProblem> problems;
};

// How to read a file; empty or null members are detected.
struct TableReadOptions
{
    QString encoding;
    QChar delimiter;
    QString sheet;
};

// Rows of a CSV file or a spreadsheet's sheet, read one at a time so a file of any size is
// read in bounded memory. Rows whose fields are all empty are skipped.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(TableReader)
public:
    enum class Format { Csv, Xlsx };

    // Opens path as an .xlsx workbook when it is one (by its content, not its name), else as
    // a CSV file. Null with error set (naming the file) when it cannot be read at all.
    static std::unique_ptr<TableReader> open(const QString &path, const TableReadOptions &options,
                                             QString *error);

    virtual ~TableReader() = default;
    virtual Format format() const = 0;
    // The next non-empty row; false at the end of the data or when reading had to stop
    // (failed() says which).
    virtual bool next(TableRow *row) = 0;
    bool failed() const { return !m_failure.message.isEmpty(); }
    // Why reading stopped, with where.
    ImportProblem failure() const { return m_failure; }
    // How far reading has come, 0 to 1.
    virtual double progress() const = 0;

    // What the reader settled on, for showing and overriding: the encoding and delimiter of
    // a CSV file, the sheet of a workbook and the sheets there are.
    virtual QString encodingName() const { return {}; }
    virtual bool hasByteOrderMark() const { return false; }
    virtual QChar delimiter() const { return {}; }
    virtual QString sheet() const { return {}; }
    virtual QStringList sheets() const { return {}; }

    // "line 12, column 3" for a CSV file, "row 12, column C" for a sheet.
    QString position(qint64 line, int column) const;
    static QString position(Format format, qint64 line, int column);
    // "A" for 1, "AA" for 27; 0 for an invalid name.
    static QString columnLetters(int column);
    static int columnNumber(QStringView letters);

protected:
    void fail(qint64 line, int column, const QString &message);
    ImportProblem m_failure;
};

} // namespace Upskill
