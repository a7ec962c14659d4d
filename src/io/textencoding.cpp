// SPDX-License-Identifier: GPL-3.0-or-later
#include "textencoding.h"

#include <QStringList>
#include <QtEndian>

#include <algorithm>

namespace Upskill {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Qt's own converter knows it only
// when Qt was built with ICU, so the table is ours; the five bytes Windows leaves undefined
// map to the C1 controls of the same number, as web browsers do.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// Where a UTF-8 byte sequence goes wrong. invalidAt is the offset of the first invalid
// sequence (-1 when none); incompleteAt the offset of a sequence cut off by the end of the
// bytes (-1 when the bytes end on a character boundary).
struct Utf8Scan
{
    qsizetype invalidAt = -1;
    qsizetype incompleteAt = -1;
    bool ascii = true;
    qsizetype multibyte = 0; // valid sequences of two to four bytes before any invalid one
};

Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *data = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const uchar c = data[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        scan.ascii = false;
        int length = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0; // overlong
            else if (c == 0xED)
                high = 0x9F; // surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F; // beyond U+10FFFF
        } else {
            scan.invalidAt = i;
            return scan;
        }
        for (int k = 1; k < length; ++k) {
            if (i + k >= size) {
                scan.incompleteAt = i;
                return scan;
            }
            const uchar next = data[i + k];
            const uchar min = k == 1 ? low : 0x80;
            const uchar max = k == 1 ? high : 0xBF;
            if (next < min || next > max) {
                scan.invalidAt = i;
                return scan;
            }
        }
        i += length;
        ++scan.multibyte;
    }
    return scan;
}

} // namespace

QList<TextEncoding> TextEncodings::all()
{
    return {TextEncoding::Utf8, TextEncoding::Utf16LE, TextEncoding::Utf16BE,
            TextEncoding::Windows1252, TextEncoding::Latin1};
}

QString TextEncodings::name(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    case TextEncoding::Latin1:
        return QStringLiteral("ISO-8859-1");
    }
    return {};
}

bool TextEncodings::fromName(const QString &name, TextEncoding *encoding)
{
    QString key = name.trimmed().toLower();
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char(' '));
    if (key == QLatin1String("utf8")) {
        *encoding = TextEncoding::Utf8;
    } else if (key == QLatin1String("utf16le") || key == QLatin1String("utf16") ||
               key == QLatin1String("unicode")) {
        *encoding = TextEncoding::Utf16LE;
    } else if (key == QLatin1String("utf16be")) {
        *encoding = TextEncoding::Utf16BE;
    } else if (key == QLatin1String("windows1252") || key == QLatin1String("cp1252") ||
               key == QLatin1String("win1252") || key == QLatin1String("ansi")) {
        *encoding = TextEncoding::Windows1252;
    } else if (key == QLatin1String("iso88591") || key == QLatin1String("latin1")) {
        *encoding = TextEncoding::Latin1;
    } else {
        return false;
    }
    return true;
}

QString TextEncodings::names()
{
    QStringList result;
    for (TextEncoding encoding : all())
        result.append(name(encoding));
    return result.join(QStringLiteral(", "));
}

int TextEncodings::byteOrderMarkLength(QByteArrayView bytes, TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    case TextEncoding::Utf16LE:
        return bytes.startsWith("\xFF\xFE") ? 2 : 0;
    case TextEncoding::Utf16BE:
        return bytes.startsWith("\xFE\xFF") ? 2 : 0;
    case TextEncoding::Windows1252:
    case TextEncoding::Latin1:
        return 0;
    }
    return 0;
}

TextEncodings::Detection TextEncodings::detect(QByteArrayView sample, bool wholeFile)
{
    Detection result;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        result.byteOrderMarkLength = 3;
        return result;
    }
    if (sample.startsWith("\xFF\xFE")) {
        result.encoding = TextEncoding::Utf16LE;
        result.byteOrderMarkLength = 2;
        return result;
    }
    if (sample.startsWith("\xFE\xFF")) {
        result.encoding = TextEncoding::Utf16BE;
        result.byteOrderMarkLength = 2;
        return result;
    }
    if (sample.contains('\0')) {
        // UTF-16 without a mark: text in Latin script has a zero in every other byte.
        const qsizetype pairs = std::min<qsizetype>(sample.size() / 2, 4096);
        qsizetype evenZeros = 0;
        qsizetype oddZeros = 0;
        for (qsizetype i = 0; i < pairs; ++i) {
            evenZeros += sample[2 * i] == '\0';
            oddZeros += sample[2 * i + 1] == '\0';
        }
        if (pairs > 0 && oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) {
            result.encoding = TextEncoding::Utf16LE;
        } else if (pairs > 0 && evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) {
            result.encoding = TextEncoding::Utf16BE;
        } else {
            result.binary = true;
        }
        return result;
    }
    const Utf8Scan scan = scanUtf8(sample);
    // Text that is UTF-8 up to a bad byte is damaged UTF-8, not Windows-1252: read as UTF-8 it
    // is refused at that byte with its line, as it would be further into the file, instead of
    // every earlier umlaut being imported garbled.
    if (scan.invalidAt >= 0 && scan.multibyte > 0)
        return result;
    if (scan.invalidAt >= 0 || (wholeFile && scan.incompleteAt >= 0))
        result.encoding = TextEncoding::Windows1252;
    return result;
}

QString ChunkDecoder::decode(QByteArrayView bytes)
{
    if (m_invalid)
        return {};
    QByteArray data;
    QByteArrayView view = bytes;
    if (!m_carry.isEmpty()) {
        data = m_carry + bytes.toByteArray();
        m_carry.clear();
        view = data;
    }
    switch (m_encoding) {
    case TextEncoding::Utf8: {
        const Utf8Scan scan = scanUtf8(view);
        qsizetype valid = view.size();
        if (scan.invalidAt >= 0) {
            valid = scan.invalidAt;
            m_invalid = true;
        } else if (scan.incompleteAt >= 0) {
            valid = scan.incompleteAt;
        }
        m_carry = view.sliced(valid).toByteArray();
        if (!scan.ascii) {
            // The scan stopped early on a problem; whether the valid part held non-ASCII
            // characters is decided on that part alone.
            m_onlyAscii = m_onlyAscii && scanUtf8(view.first(valid)).ascii;
        }
        return QString::fromUtf8(view.first(valid));
    }
    case TextEncoding::Utf16LE:
    case TextEncoding::Utf16BE: {
        const bool little = m_encoding == TextEncoding::Utf16LE;
        qsizetype units = view.size() / 2;
        QString text(units, Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(text.data());
        const auto *in = reinterpret_cast<const uchar *>(view.data());
        for (qsizetype i = 0; i < units; ++i) {
            out[i] = little ? qFromLittleEndian<quint16>(in + 2 * i)
                            : qFromBigEndian<quint16>(in + 2 * i);
        }
        // A high surrogate at the end waits for its partner in the next chunk.
        if (units > 0 && QChar::isHighSurrogate(out[units - 1]))
            --units;
        for (qsizetype i = 0; i < units; ++i) {
            const char16_t unit = out[i];
            if (unit >= 0x80)
                m_onlyAscii = false;
            if (QChar::isHighSurrogate(unit)) {
                if (i + 1 < units && QChar::isLowSurrogate(out[i + 1])) {
                    ++i;
                    continue;
                }
                m_invalid = true;
            } else if (QChar::isLowSurrogate(unit)) {
                m_invalid = true;
            }
            if (m_invalid) {
                m_carry = view.sliced(2 * i).toByteArray();
                text.truncate(i);
                return text;
            }
        }
        m_carry = view.sliced(2 * units).toByteArray();
        text.truncate(units);
        return text;
    }
    case TextEncoding::Windows1252: {
        QString text(view.size(), Qt::Uninitialized);
        char16_t *out = reinterpret_cast<char16_t *>(text.data());
        const auto *in = reinterpret_cast<const uchar *>(view.data());
        for (qsizetype i = 0; i < view.size(); ++i) {
            const uchar c = in[i];
            out[i] = c >= 0x80 && c < 0xA0 ? windows1252High[c - 0x80] : char16_t(c);
            if (c >= 0x80)
                m_onlyAscii = false;
        }
        return text;
    }
    case TextEncoding::Latin1:
        if (m_onlyAscii && scanUtf8(view).ascii == false)
            m_onlyAscii = false;
        return QString::fromLatin1(view);
    }
    return {};
}

bool ChunkDecoder::finish()
{
    if (!m_carry.isEmpty())
        m_invalid = true;
    return !m_invalid;
}

void ChunkDecoder::switchTo(TextEncoding encoding)
{
    m_encoding = encoding;
    m_invalid = false;
}

} // namespace Upskill
