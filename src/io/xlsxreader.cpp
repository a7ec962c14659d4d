// SPDX-License-Identifier: GPL-3.0-or-later
#include "xlsxreader.h"

#include <QLocale>
#include <QTime>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

namespace Upskill {

namespace {

// Excel's last column is XFD.
constexpr int MaxColumns = 16384;

QString attribute(const QXmlStreamReader &xml, QLatin1String name)
{
    return xml.attributes().value(name).toString();
}

// The relationship id of a <sheet>: r:id in whichever namespace the workbook uses
// (transitional or strict OOXML).
QString relationshipId(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == QLatin1String("id") && !a.namespaceUri().isEmpty())
            return a.value().toString();
    }
    return {};
}

// The text of an <si> or <is> element: its <t>, or the <t> of each rich-text run, leaving
// out the phonetic guides (<rPh>) Japanese workbooks carry.
QString stringItem(QXmlStreamReader &xml)
{
    const QString end = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == end)
                break;
        }
    }
    return text;
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

XlsxReader::XlsxReader(const QString &path) : m_path(path) {}

XlsxReader::~XlsxReader()
{
    if (m_sheetFile)
        m_sheetFile->close();
    if (m_zip)
        m_zip->close();
}

QDate XlsxReader::dateFromSerial(qint64 days, bool system1904)
{
    if (system1904)
        return QDate(1904, 1, 1).addDays(days);
    // Lotus 1-2-3 counted a 29 February 1900, and Excel kept it for compatibility: day 60 is
    // that day, and from day 61 on the count is one ahead.
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return QDate(1900, 2, 28);
    return QDate(1899, 12, 30).addDays(days);
}

XlsxReader::NumberKind XlsxReader::numberKind(int numFmtId, const QString &formatCode)
{
    if ((numFmtId >= 14 && numFmtId <= 17) || (numFmtId >= 27 && numFmtId <= 36) ||
        (numFmtId >= 50 && numFmtId <= 58))
        return NumberKind::Date;
    if ((numFmtId >= 18 && numFmtId <= 21) || (numFmtId >= 45 && numFmtId <= 47))
        return NumberKind::Time;
    if (numFmtId == 22)
        return NumberKind::DateTime;
    if (formatCode.isEmpty())
        return NumberKind::Number;
    // Only the format's own letters count: not quoted text, not [colour] or [$€-407]
    // sections, not characters escaped with a backslash or used for padding.
    QString letters;
    bool quoted = false;
    int bracket = 0;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            quoted = c != QLatin1Char('"');
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('[')) {
            ++bracket;
        } else if (c == QLatin1Char(']')) {
            bracket = std::max(0, bracket - 1);
        } else if (bracket == 0 &&
                   (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*'))) {
            ++i;
        } else if (bracket == 0) {
            letters += c.toLower();
        }
    }
    const bool date = letters.contains(QLatin1Char('d')) || letters.contains(QLatin1Char('y'));
    const bool time = letters.contains(QLatin1Char('h')) || letters.contains(QLatin1Char('s'));
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    if (time)
        return NumberKind::Time;
    // "mmm" or "mmmm yyyy" without d and y is still a month.
    if (letters.contains(QLatin1Char('m')) && !letters.contains(QLatin1Char('0')) &&
        !letters.contains(QLatin1Char('#')))
        return NumberKind::Date;
    return NumberKind::Number;
}

bool XlsxReader::xmlFailed(const QXmlStreamReader &xml, const QString &part)
{
    if (!xml.hasError())
        return false;
    fail(0, 0,
         tr("the workbook is damaged: %1 cannot be read (%2 at line %3 of its XML)")
             .arg(part, xml.errorString())
             .arg(xml.lineNumber()));
    return true;
}

bool XlsxReader::readEntry(const QString &name, QByteArray *data, bool required)
{
    if (!m_zip->setCurrentFile(name, QuaZip::csInsensitive)) {
        if (required)
            fail(0, 0,
                 tr("this is not an Excel workbook: it has no %1; save it as .xlsx or CSV")
                     .arg(name));
        return false;
    }
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        fail(0, 0, tr("the workbook is damaged: %1 cannot be unpacked").arg(name));
        return false;
    }
    *data = file.readAll();
    file.close();
    if (file.getZipError() != 0) {
        fail(0, 0, tr("the workbook is damaged: %1 cannot be unpacked").arg(name));
        return false;
    }
    return true;
}

bool XlsxReader::start(const TableReadOptions &options)
{
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        fail(0, 0, tr("the workbook cannot be opened; it may be damaged"));
        return false;
    }
    QByteArray mimetype;
    if (m_zip->setCurrentFile(QStringLiteral("mimetype")) &&
        readEntry(QStringLiteral("mimetype"), &mimetype, false) &&
        mimetype.startsWith("application/vnd.oasis.opendocument")) {
        fail(0, 0,
             tr("OpenDocument spreadsheets (.ods) cannot be imported; save it as .xlsx or CSV"));
        return false;
    }
    QString sheetPath;
    if (!readWorkbook(&sheetPath, options.sheet.trimmed()) || !readSharedStrings() || !readStyles())
        return false;

    if (!m_zip->setCurrentFile(sheetPath, QuaZip::csInsensitive)) {
        fail(0, 0, tr("the workbook is damaged: the sheet \"%1\" is missing").arg(m_sheet));
        return false;
    }
    m_sheetFile = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheetFile->open(QIODevice::ReadOnly)) {
        fail(0, 0, tr("the workbook is damaged: the sheet \"%1\" cannot be unpacked").arg(m_sheet));
        return false;
    }
    m_sheetSize = m_sheetFile->usize();
    m_xml.setDevice(m_sheetFile.get());
    return true;
}

bool XlsxReader::readWorkbook(QString *sheetPath, const QString &wantedSheet)
{
    QByteArray data;
    if (!readEntry(QStringLiteral("xl/workbook.xml"), &data, true))
        return false;
    QXmlStreamReader xml(data);
    QList<QPair<QString, QString>> sheets; // name, relationship id
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            const QString value = attribute(xml, QLatin1String("date1904")).toLower();
            m_system1904 = value == QLatin1String("1") || value == QLatin1String("true");
        } else if (xml.name() == QLatin1String("sheet")) {
            sheets.append({attribute(xml, QLatin1String("name")), relationshipId(xml)});
        }
    }
    if (xmlFailed(xml, QStringLiteral("xl/workbook.xml")))
        return false;
    if (sheets.isEmpty()) {
        fail(0, 0, tr("the workbook has no sheets"));
        return false;
    }
    for (const auto &[name, id] : std::as_const(sheets))
        m_sheetNames.append(name);

    qsizetype chosen = 0;
    if (!wantedSheet.isEmpty()) {
        chosen = -1;
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            if (sheets.at(i).first.compare(wantedSheet, Qt::CaseInsensitive) == 0)
                chosen = i;
        }
        if (chosen < 0) {
            fail(0, 0,
                 tr("the workbook has no sheet \"%1\"; its sheets are: %2")
                     .arg(wantedSheet, m_sheetNames.join(QStringLiteral(", "))));
            return false;
        }
    }
    m_sheet = sheets.at(chosen).first;
    const QString wantedId = sheets.at(chosen).second;

    QByteArray rels;
    if (!readEntry(QStringLiteral("xl/_rels/workbook.xml.rels"), &rels, true))
        return false;
    QXmlStreamReader relsXml(rels);
    QString target;
    while (!relsXml.atEnd()) {
        relsXml.readNext();
        if (relsXml.isStartElement() && relsXml.name() == QLatin1String("Relationship") &&
            attribute(relsXml, QLatin1String("Id")) == wantedId)
            target = attribute(relsXml, QLatin1String("Target"));
    }
    if (xmlFailed(relsXml, QStringLiteral("xl/_rels/workbook.xml.rels")))
        return false;
    if (target.isEmpty()) {
        fail(0, 0, tr("the workbook is damaged: the sheet \"%1\" is missing").arg(m_sheet));
        return false;
    }
    // Targets are relative to xl/ unless they start at the root of the package.
    *sheetPath =
        target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
    return true;
}

bool XlsxReader::readSharedStrings()
{
    QByteArray data;
    if (!readEntry(QStringLiteral("xl/sharedStrings.xml"), &data, false))
        return !failed(); // a workbook without text has none
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si"))
            m_sharedStrings.append(stringItem(xml));
    }
    return !xmlFailed(xml, QStringLiteral("xl/sharedStrings.xml"));
}

bool XlsxReader::readStyles()
{
    QByteArray data;
    if (!readEntry(QStringLiteral("xl/styles.xml"), &data, false))
        return !failed();
    QXmlStreamReader xml(data);
    QHash<int, QString> formats;
    bool inCellFormats = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("numFmt")) {
                formats.insert(attribute(xml, QLatin1String("numFmtId")).toInt(),
                               attribute(xml, QLatin1String("formatCode")));
            } else if (xml.name() == QLatin1String("cellXfs")) {
                inCellFormats = true;
            } else if (inCellFormats && xml.name() == QLatin1String("xf")) {
                const int id = attribute(xml, QLatin1String("numFmtId")).toInt();
                m_styleKinds.append(numberKind(id, formats.value(id)));
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
            inCellFormats = false;
        }
    }
    return !xmlFailed(xml, QStringLiteral("xl/styles.xml"));
}

QString XlsxReader::cellText(const QString &type, int style, const QString &value) const
{
    if (type == QLatin1String("s")) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index)
                                                                  : QString();
    }
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE")
                                                     : QStringLiteral("FALSE");
    if (!type.isEmpty() && type != QLatin1String("n"))
        return value; // str (a formula's text), e (#N/A...), d (an ISO date), inlineStr
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    if (!ok)
        return value;
    const NumberKind kind =
        style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : NumberKind::Number;
    if (kind == NumberKind::Number || !std::isfinite(number) || std::fabs(number) > 3e6)
        return numberText(number);
    const double dayPart = std::floor(number);
    // Rounded to the second: 0.5 / 86400 of a day is the most a stored fraction is off.
    const int seconds = int(std::lround((number - dayPart) * 86400.0));
    const QDate date = dateFromSerial(qint64(dayPart) + seconds / 86400, m_system1904);
    const QTime time = QTime(0, 0).addSecs(seconds % 86400);
    switch (kind) {
    case NumberKind::Date:
        if (seconds % 86400 == 0)
            return date.toString(Qt::ISODate);
        [[fallthrough]];
    case NumberKind::DateTime:
        return date.toString(Qt::ISODate) + QLatin1Char(' ') + time.toString(Qt::ISODate);
    case NumberKind::Time:
        return time.toString(Qt::ISODate);
    case NumberKind::Number:
        break;
    }
    return numberText(number);
}

bool XlsxReader::readRow(TableRow *row)
{
    bool ok = false;
    const qint64 number = attribute(m_xml, QLatin1String("r")).toLongLong(&ok);
    row->line = ok && number > 0 ? number : m_lastRow + 1;
    m_lastRow = row->line;
    row->fields.clear();
    row->problems.clear();

    int column = 0;
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isEndElement() && m_xml.name() == QLatin1String("row"))
            return true;
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("c"))
            continue;
        const QString reference = attribute(m_xml, QLatin1String("r"));
        qsizetype letters = 0;
        while (letters < reference.size() && reference.at(letters).isLetter())
            ++letters;
        const int named = columnNumber(QStringView(reference).first(letters));
        column = named > 0 ? named : column + 1;
        if (column > MaxColumns) {
            fail(row->line, column, tr("the sheet has more columns than Excel allows"));
            return false;
        }
        const QString type = attribute(m_xml, QLatin1String("t"));
        bool styled = false;
        const int style = attribute(m_xml, QLatin1String("s")).toInt(&styled);
        QString value;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == QLatin1String("c"))
                break;
            if (!m_xml.isStartElement())
                continue;
            if (m_xml.name() == QLatin1String("v"))
                value = m_xml.readElementText();
            else if (m_xml.name() == QLatin1String("is"))
                value = stringItem(m_xml);
            else
                m_xml.skipCurrentElement(); // a formula, extension data
        }
        const QString text = cellText(type, styled ? style : 0, value);
        if (text.isEmpty())
            continue;
        while (row->fields.size() < column)
            row->fields.append(QString());
        row->fields[column - 1] = text;
    }
    return !xmlFailed(m_xml, tr("the sheet \"%1\"").arg(m_sheet));
}

bool XlsxReader::next(TableRow *row)
{
    while (!failed() && !m_xml.atEnd()) {
        m_xml.readNext();
        if (m_xml.isStartElement() && m_xml.name() == QLatin1String("row")) {
            if (!readRow(row))
                return false;
            if (!row->fields.isEmpty())
                return true;
        }
    }
    xmlFailed(m_xml, tr("the sheet \"%1\"").arg(m_sheet));
    return false;
}

double XlsxReader::progress() const
{
    if (!m_sheetFile || m_sheetSize <= 0)
        return m_xml.atEnd() ? 1.0 : 0.0;
    return std::min(1.0, double(m_sheetFile->pos()) / double(m_sheetSize));
}

} // namespace Upskill
