// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Upskill {

// One VEVENT. Times may be given in any zone; they are written in UTC.
struct CalendarEvent
{
    QString uid;
    QDateTime start;
    QDateTime end;
    QString summary;
    QString location;
    QString description;
    QString url; // written only when it is a web address
    bool cancelled = false;
};

// An iCalendar file (RFC 5545) as calendar programs import it: a VCALENDAR of VEVENTs with
// their instants in UTC ("20260310T090000Z"), so no VTIMEZONE is needed and the times are the
// same in every calendar whatever its zone; text values escaped (backslash, semicolon, comma,
// line breaks); every line folded at 75 octets without splitting a UTF-8 character; CRLF
// after every line. It only builds the bytes: where they go is the caller's business.
class ICalendarWriter
{
public:
    ICalendarWriter();

    // X-WR-CALNAME: the name calendar programs give the imported calendar.
    void setCalendarName(const QString &name) { m_calendarName = name; }
    // DTSTAMP of every event: when the file was made (default: now).
    void setStamp(const QDateTime &stamp) { m_stamp = stamp; }
    void addEvent(const CalendarEvent &event) { m_events.append(event); }
    int eventCount() const { return int(m_events.size()); }

    QByteArray toByteArray() const;

    // A TEXT value with \ ; , and line breaks escaped and control characters dropped.
    static QString escapeText(const QString &text);
    // One content line ("NAME:value", without a line end) as the octets to write: folded into
    // lines of at most 75 octets, each continuation starting with a space, each line ending
    // in CRLF.
    static QByteArray foldLine(const QString &line);
    // A DATE-TIME in UTC: 20260310T090000Z.
    static QString utcDateTime(const QDateTime &dateTime);

    static constexpr int MaxLineOctets = 75;

private:
    QString m_calendarName;
    QDateTime m_stamp;
    QList<CalendarEvent> m_events;
};

} // namespace Upskill
