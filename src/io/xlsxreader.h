// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace Upskill {

// Reads one sheet of an Excel workbook (.xlsx), as Microsoft Forms, Google Forms and HR
// tools hand them out: the first sheet or one chosen by name, shared and inline strings,
// numbers, booleans, and dates, which a workbook stores as day numbers that only the cell's
// number format marks as dates (in the 1900 or the 1904 date system). Missing cells are
// empty fields. The sheet's XML is streamed from the zip, so a large sheet is read in
// bounded memory; its shared strings are held once.
class XlsxReader : public TableReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
public:
    explicit XlsxReader(const QString &path);
    ~XlsxReader() override;

    // Opens the workbook and its sheet (options.sheet, case-insensitive; else the first);
    // false with failure() when it cannot be read or has no such sheet.
    bool start(const TableReadOptions &options);

    Format format() const override { return Format::Xlsx; }
    bool next(TableRow *row) override;
    double progress() const override;
    QString sheet() const override { return m_sheet; }
    QStringList sheets() const override { return m_sheetNames; }

    // Day number to date in the 1900 system (with its 29 February 1900 that never was) or the
    // 1904 one.
    static QDate dateFromSerial(qint64 days, bool system1904);
    // Whether a number format shows a date, time or both.
    enum class NumberKind { Number, Date, Time, DateTime };
    static NumberKind numberKind(int numFmtId, const QString &formatCode);

private:
    bool readEntry(const QString &name, QByteArray *data, bool required);
    bool readWorkbook(QString *sheetPath, const QString &wantedSheet);
    bool readSharedStrings();
    bool readStyles();
    bool readRow(TableRow *row);
    QString cellText(const QString &type, int style, const QString &value) const;
    bool xmlFailed(const QXmlStreamReader &xml, const QString &part);

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    QXmlStreamReader m_xml;
    QStringList m_sheetNames;
    QString m_sheet;
    bool m_system1904 = false;
    QStringList m_sharedStrings;
    QList<NumberKind> m_styleKinds; // per cell format (the s attribute)
    qint64 m_sheetSize = 0;
    qint64 m_lastRow = 0;
};

} // namespace Upskill
