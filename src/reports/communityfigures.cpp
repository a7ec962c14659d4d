// SPDX-License-Identifier: GPL-3.0-or-later
#include "communityfigures.h"

#include "assessmentscope.h"

#include <QHash>
#include <QSqlQuery>

namespace Upskill {

namespace {

// The quarter of an event's date as "YYYY-Qn", which sorts in time order.
const QString QuarterOfEvent =
    QStringLiteral("substr(held_on, 1, 4) || '-Q' || ((CAST(substr(held_on, 6, 2) AS INTEGER) + "
                   "2) / 3)");

} // namespace

std::optional<QList<CommunityQuarter>> CommunityFigures::perQuarter(const QSqlDatabase &db,
                                                                    QString *error)
{
    QList<CommunityQuarter> quarters;
    QHash<QString, int> index;
    {
        QSqlQuery query(db);
        BoundSql sql;
        sql.add(QStringLiteral("SELECT %1 AS q, count(*), sum(kind = 'community_of_practice'), "
                               "sum(kind = 'meetup'), sum(kind = 'summit'), "
                               "sum(kind = 'refresher') FROM community_events GROUP BY q "
                               "ORDER BY q DESC")
                    .arg(QuarterOfEvent));
        if (!sql.exec(query, error))
            return std::nullopt;
        while (query.next()) {
            CommunityQuarter q;
            q.quarter = query.value(0).toString();
            q.events = query.value(1).toInt();
            q.communityOfPractice = query.value(2).toInt();
            q.meetups = query.value(3).toInt();
            q.summits = query.value(4).toInt();
            q.refreshers = query.value(5).toInt();
            index.insert(q.quarter, int(quarters.size()));
            quarters.append(q);
        }
    }
    QSqlQuery query(db);
    BoundSql sql;
    // An alumnus is someone who had completed a cohort by the day of the event: whether the
    // people a cohort trained keep coming is what the community is for.
    sql.add(QStringLiteral(
                "WITH events (id, q, held_on) AS (SELECT id, %1, held_on FROM community_events) "
                "SELECT e.q, count(*), count(DISTINCT a.participant_id), "
                "count(DISTINCT CASE WHEN EXISTS (SELECT 1 FROM enrollments n WHERE "
                "n.participant_id = a.participant_id AND n.status = 'completed' AND "
                "(n.completed_on IS NULL OR n.completed_on <= e.held_on)) "
                "THEN a.participant_id END) "
                "FROM community_attendance a JOIN events e ON e.id = a.event_id GROUP BY e.q")
                .arg(QuarterOfEvent));
    if (!sql.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        const auto it = index.constFind(query.value(0).toString());
        if (it == index.cend())
            continue;
        CommunityQuarter &q = quarters[*it];
        q.attendances = query.value(1).toInt();
        q.people = query.value(2).toInt();
        q.alumni = query.value(3).toInt();
    }
    return quarters;
}

} // namespace Upskill
