// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarexport.h"

#include "sqlerrors.h"
#include "vocabulary.h"

#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace Upskill {

namespace {

// What SQLite's datetime() accepts and people write: a date, a time with or without seconds
// (and fractions), T or a space between, and an optional Z or ±HH:MM.
const QRegularExpression &startPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?)"
        R"(\s*(?:(Z|z)|([+-])(\d{2}):?(\d{2}))?\s*$)"));
    return pattern;
}

// The instant a wall-clock time in zone stands for. Worked out from the zone's offsets a day
// before and after, not from QDateTime's own rules for the hours a change of clocks skips or
// repeats: a time that exists once is that instant; one that exists twice is the first; one
// that was skipped is read with the offset from before the change, which moves it forward by
// the gap (02:30 on the night clocks go from 02:00 to 03:00 is 03:30).
QDateTime wallTime(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    const QDateTime naive(date, time, Qt::UTC);
    const int before = zone.offsetFromUtc(naive.addDays(-1));
    const int after = zone.offsetFromUtc(naive.addDays(1));
    QDateTime earliest;
    for (const int offset : {before, after}) {
        const QDateTime instant = naive.addSecs(-offset);
        if (zone.offsetFromUtc(instant) == offset && (!earliest.isValid() || instant < earliest))
            earliest = instant;
    }
    return earliest.isValid() ? earliest : naive.addSecs(-before);
}

} // namespace

std::optional<QDateTime> CalendarExport::sessionStart(const QString &startsAt,
                                                      const QTimeZone &zone)
{
    const QRegularExpressionMatch match = startPattern().match(startsAt);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    if (!match.captured(7).isEmpty())
        return QDateTime(date, time, Qt::UTC);
    if (!match.captured(8).isEmpty()) {
        const int sign = match.captured(8) == QLatin1String("-") ? -1 : 1;
        const int offset =
            sign * (match.captured(9).toInt() * 3600 + match.captured(10).toInt() * 60);
        return QDateTime(date, time, Qt::OffsetFromUTC, offset).toUTC();
    }
    return wallTime(date, time, zone);
}

QString CalendarExport::uidFor(qint64 sessionId, qint64 cohortId)
{
    return QStringLiteral("session-%1-cohort-%2@upskill-planner").arg(sessionId).arg(cohortId);
}

QString CalendarExport::suggestedFileName(const QString &cohortName)
{
    static const QRegularExpression unsafe(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f]+)"));
    QString name = QString(cohortName).replace(unsafe, QStringLiteral("-")).simplified();
    if (name.isEmpty())
        name = tr("sessions");
    return name + QStringLiteral(".ics");
}

std::optional<QList<CalendarEvent>> CalendarExport::events(const QSqlDatabase &db, qint64 cohortId,
                                                           const Options &options,
                                                           QString *cohortName, QString *error)
{
    QSqlQuery cohort(db);
    cohort.prepare(QStringLiteral("SELECT name, status FROM cohorts WHERE id = ?"));
    cohort.addBindValue(cohortId);
    if (!cohort.exec()) {
        *error = SqlErrors::explain(cohort.lastError());
        return std::nullopt;
    }
    if (!cohort.next()) {
        *error = tr("The cohort was not found; it may have been deleted.");
        return std::nullopt;
    }
    const QString name = cohort.value(0).toString();
    const bool cancelled = cohort.value(1).toString() == QLatin1String("cancelled");
    if (cohortName)
        *cohortName = name;

    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT s.id, s.starts_at, datetime(s.starts_at), s.duration_minutes, s.title, s.format, "
        "s.facilitator, s.location, s.notes, m.title, m.week "
        "FROM sessions s LEFT JOIN modules m ON m.id = s.module_id "
        "WHERE s.cohort_id = ? ORDER BY datetime(s.starts_at), s.id"));
    query.addBindValue(cohortId);
    if (!query.exec()) {
        *error = SqlErrors::explain(query.lastError());
        return std::nullopt;
    }
    QList<CalendarEvent> events;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QString startsAt = query.value(1).toString();
        // Whatever else SQLite accepted (a Julian day number) it can say as a plain
        // date and time.
        std::optional<QDateTime> start = sessionStart(startsAt, options.zone);
        if (!start)
            start = sessionStart(query.value(2).toString(), options.zone);
        if (!start) {
            *error = tr("The session on “%1” of %2 has a start the export cannot read.")
                         .arg(startsAt, name);
            return std::nullopt;
        }
        const QString format = query.value(5).toString();
        const QString moduleTitle = query.value(9).toString();
        QString title = query.value(4).toString().trimmed();
        if (title.isEmpty())
            title = moduleTitle.trimmed();
        if (title.isEmpty())
            title = Vocabulary::label(Term::SessionFormat, format);

        QStringList description;
        if (!moduleTitle.isEmpty() && moduleTitle != title)
            description.append(
                tr("Module: %1 (week %2)").arg(moduleTitle).arg(query.value(10).toInt()));
        description.append(tr("Format: %1").arg(Vocabulary::label(Term::SessionFormat, format)));
        const QString facilitator = query.value(6).toString().trimmed();
        if (!facilitator.isEmpty())
            description.append(tr("Facilitator: %1").arg(facilitator));
        const QString notes = query.value(8).toString().trimmed();
        if (!notes.isEmpty())
            description.append(notes);

        CalendarEvent event;
        event.uid = uidFor(id, cohortId);
        event.start = start->toUTC();
        event.end = event.start.addSecs(qint64(query.value(3).toInt()) * 60);
        event.summary = tr("%1 — %2").arg(title, name);
        event.location = query.value(7).toString().trimmed();
        event.url = event.location;
        event.description = description.join(QLatin1Char('\n'));
        event.cancelled = cancelled;
        events.append(event);
    }
    return events;
}

bool CalendarExport::write(const QList<CalendarEvent> &events, const QString &calendarName,
                           const QString &path, const Options &options, QString *error)
{
    ICalendarWriter writer;
    writer.setCalendarName(calendarName);
    writer.setStamp(options.stamp);
    for (const CalendarEvent &event : events)
        writer.addEvent(event);
    const QByteArray bytes = writer.toByteArray();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<CalendarExport::Result>
CalendarExport::writeCohort(const QSqlDatabase &db, qint64 cohortId, const QString &path,
                            const Options &options, QString *error)
{
    Result result;
    const auto events = CalendarExport::events(db, cohortId, options, &result.cohortName, error);
    if (!events || !write(*events, result.cohortName, path, options, error))
        return std::nullopt;
    result.events = int(events->size());
    return result;
}

} // namespace Upskill
