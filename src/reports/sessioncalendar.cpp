// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessioncalendar.h"

#include "sessionclashes.h"

#include <QSqlQuery>

#include <algorithm>

namespace Upskill {

namespace {

QString likePattern(const QString &text)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    pattern.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    pattern.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace

BoundSql SessionCalendar::oneOf(const QSet<qint64> &ids)
{
    // One bound JSON array instead of a placeholder per id: a quarter of a large program may
    // have more clashes than SQLite takes parameters, and the list is read into a table once.
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id));
    BoundSql sql;
    sql.add(QStringLiteral("s.id IN (SELECT value FROM json_each(?))"),
            {QLatin1Char('[') + numbers.join(QLatin1Char(',')) + QLatin1Char(']')});
    return sql;
}

BoundSql SessionCalendar::fromWhere(const CalendarFilter &filter, const QSet<qint64> &clashing)
{
    BoundSql sql;
    // Dates as text bound a stored start whatever the separator before its time.
    sql.add(QStringLiteral(" FROM sessions s JOIN cohorts c ON c.id = s.cohort_id "
                           "WHERE s.starts_at >= ? AND s.starts_at < ? AND c.status <> "
                           "'cancelled'"),
            {filter.from.toString(Qt::ISODate), filter.to.addDays(1).toString(Qt::ISODate)});
    if (!filter.text.trimmed().isEmpty()) {
        const QString pattern = likePattern(filter.text);
        sql.add(QStringLiteral(" AND (c.name LIKE ? ESCAPE '\\' OR s.title LIKE ? ESCAPE '\\' "
                               "OR s.facilitator LIKE ? ESCAPE '\\' OR s.location LIKE ? "
                               "ESCAPE '\\')"),
                {pattern, pattern, pattern, pattern});
    }
    if (filter.clashesOnly)
        sql.add(QStringLiteral(" AND ")).add(oneOf(clashing));
    return sql;
}

std::optional<CalendarFigures> SessionCalendar::compute(const QSqlDatabase &db,
                                                        const CalendarFilter &filter, int perDay,
                                                        QString *error)
{
    CalendarFigures figures;
    figures.filter = filter;
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return figures;
    perDay = std::max(1, perDay);
    const auto clashing = SessionClashes::clashingInRange(db, filter.from, filter.to, error);
    if (!clashing)
        return std::nullopt;
    BoundSql sql;
    sql.add(QStringLiteral("WITH q AS (SELECT s.id, s.cohort_id, c.name AS cohort, s.title, "
                           "s.format, s.starts_at, s.duration_minutes, s.facilitator, "
                           "substr(s.starts_at, 1, 10) AS day, "));
    sql.add(oneOf(*clashing)).add(QStringLiteral(" AS clash"));
    sql.add(fromWhere(filter, *clashing));
    sql.add(QStringLiteral("), r AS (SELECT q.*, row_number() OVER (PARTITION BY day ORDER BY "
                           "starts_at, cohort, id) AS n, count(*) OVER (PARTITION BY day) AS "
                           "total, sum(clash) OVER (PARTITION BY day) AS clashes FROM q) "
                           "SELECT id, cohort_id, cohort, title, format, starts_at, "
                           "duration_minutes, facilitator, clash, day, total, clashes FROM r "
                           "WHERE n <= ? ORDER BY day, n"),
            {perDay});
    QSqlQuery query(db);
    if (!sql.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        CalendarDay &entry = figures.days[day];
        if (entry.first.isEmpty()) {
            entry.sessions = query.value(10).toInt();
            entry.clashes = query.value(11).toInt();
            figures.sessions += entry.sessions;
            figures.clashes += entry.clashes;
        }
        CalendarSession session;
        session.id = query.value(0).toLongLong();
        session.cohortId = query.value(1).toLongLong();
        session.cohort = query.value(2).toString();
        session.title = query.value(3).toString();
        session.format = query.value(4).toString();
        session.start = QDateTime::fromString(query.value(5).toString(), Qt::ISODate);
        session.minutes = query.value(6).toInt();
        session.facilitator = query.value(7).toString();
        session.clash = query.value(8).toBool();
        entry.first.append(session);
    }
    return figures;
}

BoundSql SessionCalendar::agenda(const CalendarFilter &filter, const QSet<qint64> &clashing,
                                 const QString &afterStart, qint64 afterId, int limit)
{
    BoundSql sql;
    sql.add(QStringLiteral("SELECT s.id, s.starts_at, s.duration_minutes, s.cohort_id, c.name, "
                           "s.title, s.format, s.facilitator, s.location, "
                           "(SELECT m.title FROM modules m WHERE m.id = s.module_id)"));
    sql.add(fromWhere(filter, clashing));
    if (!afterStart.isEmpty())
        sql.add(QStringLiteral(" AND (s.starts_at > ? OR (s.starts_at = ? AND s.id > ?))"),
                {afterStart, afterStart, afterId});
    sql.add(QStringLiteral(" ORDER BY s.starts_at, s.id LIMIT ?"), {limit});
    return sql;
}

std::optional<AgendaPage> SessionCalendar::agendaPage(const QSqlDatabase &db,
                                                      const CalendarFilter &filter,
                                                      const QString &afterStart, qint64 afterId,
                                                      int limit, QString *error)
{
    AgendaPage page;
    QSet<qint64> clashing;
    if (filter.clashesOnly) {
        // Which sessions to list, from the day this page begins on.
        const QDate from =
            afterStart.isEmpty()
                ? filter.from
                : std::max(filter.from, QDate::fromString(afterStart.left(10), Qt::ISODate));
        auto found = SessionClashes::clashingInRange(db, from, filter.to, error);
        if (!found)
            return std::nullopt;
        clashing = std::move(*found);
    }
    QSqlQuery query(db);
    if (!agenda(filter, clashing, afterStart, afterId, limit).exec(query, error))
        return std::nullopt;
    QString firstStart;
    while (query.next()) {
        CalendarSession session;
        session.id = query.value(Id).toLongLong();
        page.lastStart = query.value(StartsAt).toString();
        page.lastId = session.id;
        if (firstStart.isEmpty())
            firstStart = page.lastStart;
        session.start = QDateTime::fromString(page.lastStart, Qt::ISODate);
        session.minutes = query.value(Minutes).toInt();
        session.cohortId = query.value(CohortId).toLongLong();
        session.cohort = query.value(Cohort).toString();
        session.title = query.value(Title).toString();
        session.format = query.value(Format).toString();
        session.facilitator = query.value(Facilitator).toString();
        session.location = query.value(Location).toString();
        session.module = query.value(Module).toString();
        session.clash = filter.clashesOnly;
        page.sessions.append(session);
    }
    page.atEnd = page.sessions.size() < limit;
    if (!filter.clashesOnly && !page.sessions.isEmpty()) {
        // The page's days are a short range, however long the filter's.
        const auto found = SessionClashes::clashingInRange(
            db, QDate::fromString(firstStart.left(10), Qt::ISODate),
            QDate::fromString(page.lastStart.left(10), Qt::ISODate), error);
        if (!found)
            return std::nullopt;
        for (CalendarSession &session : page.sessions)
            session.clash = found->contains(session.id);
    }
    return page;
}

} // namespace Upskill
