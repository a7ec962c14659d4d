// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include "logging.h"

#include <QLocale>

#include <algorithm>

namespace Upskill {

namespace {

// Large enough that a million-row export makes a few thousand writes, not millions.
constexpr qsizetype BufferBytes = 256 * 1024;

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Bool:
        return true;
    default:
        return false;
    }
}

QByteArray number(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        // The shortest text that reads back as the same value, always with a '.' whatever
        // the locale: the file is for other programs as much as for people.
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::ULongLong:
    case QMetaType::ULong:
        return QByteArray::number(value.toULongLong());
    case QMetaType::Bool:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    default:
        return QByteArray::number(value.toLongLong());
    }
}

// A spreadsheet runs a cell that starts like this as a formula (CSV injection); tab and CR
// are in the list because some spreadsheets strip them and then see the character behind.
bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QByteArray &text)
{
    const char *end = text.constData() + text.size();
    return std::find_if(text.constData(), end, [](char c) {
               return c == ',' || c == '"' || c == '\r' || c == '\n';
           }) != end;
}

} // namespace

CsvWriter::CsvWriter(const QString &path) : m_path(path), m_file(path) {}

CsvWriter::~CsvWriter()
{
    if (m_file.isOpen())
        m_file.cancelWriting();
}

bool CsvWriter::fail(const QString &what)
{
    m_error = tr("%1 cannot be written: %2").arg(m_path, what);
    qCDebug(IoLog) << m_error;
    if (m_file.isOpen())
        m_file.cancelWriting();
    return false;
}

bool CsvWriter::open()
{
    m_buffer.reserve(BufferBytes + 4096);
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(m_file.errorString());
    if (m_byteOrderMark)
        m_buffer += QByteArrayLiteral("\xEF\xBB\xBF");
    return true;
}

QByteArray CsvWriter::field(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (isNumber(value))
        return number(value);
    QString text = value.toString();
    if (looksLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    QByteArray bytes = text.toUtf8();
    if (!needsQuotes(bytes))
        return bytes;
    bytes.replace('"', QByteArrayLiteral("\"\""));
    return '"' + bytes + '"';
}

bool CsvWriter::writeRecord(const QVariantList &fields)
{
    if (!m_file.isOpen())
        return m_error.isEmpty() ? fail(tr("the file is not open")) : false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer += ',';
        m_buffer += field(fields.at(i));
    }
    m_buffer += "\r\n";
    ++m_records;
    return m_buffer.size() < BufferBytes || writeBuffer();
}

bool CsvWriter::writeBuffer()
{
    if (m_file.write(m_buffer) != m_buffer.size())
        return fail(m_file.errorString());
    m_buffer.resize(0);
    return true;
}

bool CsvWriter::commit()
{
    if (!m_file.isOpen())
        return m_error.isEmpty() ? fail(tr("the file is not open")) : false;
    if (!writeBuffer())
        return false;
    if (!m_file.commit()) {
        m_error = tr("%1 cannot be written: %2").arg(m_path, m_file.errorString());
        qCDebug(IoLog) << m_error;
        return false;
    }
    return true;
}

} // namespace Upskill
