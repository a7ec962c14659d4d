// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendarwriter.h"

#include <QTimeZone>
#include <QUrl>

namespace Upskill {

namespace {

bool isUtf8Continuation(char octet)
{
    return (static_cast<unsigned char>(octet) & 0xC0) == 0x80;
}

} // namespace

ICalendarWriter::ICalendarWriter() : m_stamp(QDateTime::currentDateTimeUtc()) {}

QString ICalendarWriter::escapeText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            escaped += QLatin1String("\\\\");
            break;
        case ';':
            escaped += QLatin1String("\\;");
            break;
        case ',':
            escaped += QLatin1String("\\,");
            break;
        case '\r':
            // CRLF is one line break; a CR alone is one too.
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            escaped += QLatin1String("\\n");
            break;
        case '\n':
        case 0x2028: // line and paragraph separators break lines as well
        case 0x2029:
            escaped += QLatin1String("\\n");
            break;
        case '\t':
            escaped += c;
            break;
        default:
            // RFC 5545 allows no other control characters in a TEXT value.
            if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                break;
            escaped += c;
        }
    }
    return escaped;
}

QByteArray ICalendarWriter::foldLine(const QString &line)
{
    const QByteArray octets = line.toUtf8();
    QByteArray folded;
    folded.reserve(octets.size() + octets.size() / 60 * 3 + 2);
    qsizetype at = 0;
    bool first = true;
    while (true) {
        // A continuation line gives one of its 75 octets to the leading space.
        const qsizetype room = first ? MaxLineOctets : MaxLineOctets - 1;
        qsizetype end = std::min(at + room, octets.size());
        // Back up to the start of a character, so a multi-byte one stays on one line.
        while (end < octets.size() && end > at && isUtf8Continuation(octets.at(end)))
            --end;
        if (!first)
            folded += ' ';
        folded += octets.mid(at, end - at);
        folded += "\r\n";
        at = end;
        first = false;
        if (at >= octets.size())
            break;
    }
    return folded;
}

QString ICalendarWriter::utcDateTime(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QByteArray ICalendarWriter::toByteArray() const
{
    QByteArray out;
    const auto line = [&out](const QString &text) { out += foldLine(text); };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Upskill Planner//Upskill Planner//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    if (!m_calendarName.isEmpty())
        line(QStringLiteral("X-WR-CALNAME:") + escapeText(m_calendarName));
    const QString stamp = utcDateTime(m_stamp);
    for (const CalendarEvent &event : m_events) {
        line(QStringLiteral("BEGIN:VEVENT"));
        // A UID is not TEXT: no escaping; the caller keeps it to safe characters.
        line(QStringLiteral("UID:") + event.uid);
        line(QStringLiteral("DTSTAMP:") + stamp);
        line(QStringLiteral("DTSTART:") + utcDateTime(event.start));
        line(QStringLiteral("DTEND:") + utcDateTime(event.end));
        line(QStringLiteral("SUMMARY:") + escapeText(event.summary));
        if (!event.location.isEmpty())
            line(QStringLiteral("LOCATION:") + escapeText(event.location));
        if (!event.description.isEmpty())
            line(QStringLiteral("DESCRIPTION:") + escapeText(event.description));
        const QUrl url(event.url.trimmed(), QUrl::StrictMode);
        if (url.isValid() &&
            (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")))
            line(QStringLiteral("URL:") + QString::fromLatin1(url.toEncoded()));
        if (event.cancelled)
            line(QStringLiteral("STATUS:CANCELLED"));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace Upskill
