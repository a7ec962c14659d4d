// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentorload.h"

#include "assessmentscope.h"
#include "programsettings.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace Upskill {

QDate MentorLoad::defaultEnd(const QDate &cohortEnd, int followupMonths)
{
    if (!cohortEnd.isValid())
        return {};
    return cohortEnd.addMonths(std::max(0, followupMonths));
}

std::optional<MentorshipPeriod> MentorLoad::periodOf(const QSqlDatabase &db, qint64 cohortId,
                                                     QString *error)
{
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral("SELECT start_date, end_date FROM cohorts WHERE id = ?"),
                  {cohortId})
             .exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = tr("The cohort no longer exists.");
        return std::nullopt;
    }
    MentorshipPeriod period;
    period.from = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    period.to = defaultEnd(QDate::fromString(query.value(1).toString(), Qt::ISODate),
                           ProgramSettings::load(db).mentorshipFollowupMonths);
    return period;
}

QString MentorLoad::overlapCondition(const QString &alias)
{
    // Open ends reach as far as they can: a mentorship without an end is still running.
    return QStringLiteral("coalesce(%1.starts_on, '0000-01-01') <= ? AND "
                          "coalesce(%1.ends_on, '9999-12-31') >= ?")
        .arg(alias);
}

QString MentorLoad::boundFrom(const MentorshipPeriod &period)
{
    return period.from.isValid() ? period.from.toString(Qt::ISODate) : QStringLiteral("0000-01-01");
}

QString MentorLoad::boundTo(const MentorshipPeriod &period)
{
    return period.to.isValid() ? period.to.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
}

int MentorLoad::peak(const QList<MentorshipPeriod> &mentorships, const MentorshipPeriod &period)
{
    // A sweep over the days on which mentorships start (+1) and the days after they end (-1),
    // each clipped to the period; an end counts before a start on the same day.
    constexpr qint64 Earliest = std::numeric_limits<qint64>::min() / 4;
    constexpr qint64 Latest = std::numeric_limits<qint64>::max() / 4;
    const qint64 from = period.from.isValid() ? period.from.toJulianDay() : Earliest;
    const qint64 to = period.to.isValid() ? period.to.toJulianDay() : Latest;
    QList<QPair<qint64, int>> events;
    for (const MentorshipPeriod &m : mentorships) {
        const qint64 start = std::max(from, m.from.isValid() ? m.from.toJulianDay() : Earliest);
        const qint64 end = std::min(to, m.to.isValid() ? m.to.toJulianDay() : Latest);
        if (start > end)
            continue;
        events.append({start, 1});
        events.append({end + 1, -1});
    }
    std::sort(events.begin(), events.end());
    int running = 0;
    int most = 0;
    for (const auto &event : std::as_const(events)) {
        running += event.second;
        most = std::max(most, running);
    }
    return most;
}

std::optional<int> MentorLoad::load(const QSqlDatabase &db, qint64 mentorId,
                                    const MentorshipPeriod &period, qint64 excludedMentorship,
                                    QString *error)
{
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral("SELECT m.starts_on, m.ends_on FROM mentorships m WHERE "
                                 "m.mentor_id = ? AND m.id <> ? AND ") +
                      overlapCondition(QStringLiteral("m")),
                  {mentorId, excludedMentorship, boundTo(period), boundFrom(period)})
             .exec(query, error))
        return std::nullopt;
    QList<MentorshipPeriod> running;
    while (query.next())
        running.append({QDate::fromString(query.value(0).toString(), Qt::ISODate),
                        QDate::fromString(query.value(1).toString(), Qt::ISODate)});
    return peak(running, period);
}

std::optional<MentorLoadCheck> MentorLoad::check(const QSqlDatabase &db, qint64 mentorId,
                                                 const MentorshipPeriod &period,
                                                 qint64 excludedMentorship, QString *error)
{
    const std::optional<int> count = load(db, mentorId, period, excludedMentorship, error);
    if (!count)
        return std::nullopt;
    return MentorLoadCheck{*count, ProgramSettings::load(db).mentorCapacity};
}

QString MentorLoad::refusal(const QString &mentorName, int load, int capacity)
{
    return tr("%1 already mentors %2 during this cohort, and a mentor takes at most %3. Choose "
              "another mentor, or assign beyond capacity and say why.")
        .arg(mentorName, tr("%n mentee(s)", nullptr, load))
        .arg(capacity);
}

QString MentorLoad::describe(int load, int capacity)
{
    return tr("%1 of %n mentee(s)", nullptr, capacity).arg(load);
}

} // namespace Upskill
