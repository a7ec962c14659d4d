// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Upskill {

// The encodings a CSV file from HR tools, survey tools and spreadsheets comes in: UTF-8 (with
// or without a byte order mark), Excel's "Unicode Text" (UTF-16 with a mark), and the
// Windows-1252 of an older Excel in Western Europe.
enum class TextEncoding { Utf8, Utf16LE, Utf16BE, Windows1252, Latin1 };

class TextEncodings
{
    Q_DECLARE_TR_FUNCTIONS(TextEncodings)
public:
    static QList<TextEncoding> all();
    // The name a user types or picks, e.g. "UTF-8", "Windows-1252".
    static QString name(TextEncoding encoding);
    // Accepts the common spellings (utf8, UTF-16LE, cp1252, latin1, ...); false when unknown.
    static bool fromName(const QString &name, TextEncoding *encoding);
    // Every name fromName() accepts for display in help texts.
    static QString names();

    // What the first bytes of a file say about it: the encoding of a byte order mark and its
    // length, or the guess from the bytes themselves (length 0). wholeFile is true when sample
    // is the entire file, so a character cut off at its end counts as invalid.
    struct Detection
    {
        TextEncoding encoding = TextEncoding::Utf8;
        int byteOrderMarkLength = 0;
        bool binary = false; // NUL bytes outside UTF-16: not a text file
    };
    static Detection detect(QByteArrayView sample, bool wholeFile);
    // The length of the byte order mark of encoding at the start of bytes, 0 when none.
    static int byteOrderMarkLength(QByteArrayView bytes, TextEncoding encoding);
};

// Decodes a stream of byte chunks. Unlike a plain QStringDecoder it reports where the first
// invalid byte sequence is, and a character cut off by the end of the stream counts as one.
class ChunkDecoder
{
public:
    explicit ChunkDecoder(TextEncoding encoding) : m_encoding(encoding) {}

    TextEncoding encoding() const { return m_encoding; }
    // Decodes bytes (continuing a character begun in the previous chunk). When the bytes are
    // not valid in the encoding, the text stops just before the invalid sequence and
    // invalid() becomes true; nothing further is decoded.
    QString decode(QByteArrayView bytes);
    // Call at the end of the stream: false when it ended inside a character.
    bool finish();
    bool invalid() const { return m_invalid; }
    // Whether every character decoded so far was ASCII (then Windows-1252 would have read it
    // the same way).
    bool onlyAscii() const { return m_onlyAscii; }
    // Decodes the rest with another encoding, keeping what was carried over.
    void switchTo(TextEncoding encoding);

private:
    TextEncoding m_encoding;
    QByteArray m_carry;
    bool m_invalid = false;
    bool m_onlyAscii = true;
};

} // namespace Upskill
