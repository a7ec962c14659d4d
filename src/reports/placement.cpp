// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"

#include <QSqlQuery>

namespace Upskill {

namespace {

// The CTEs `track_levels` (dimension_id, required_level) and `ready` (participant_id): people
// whose latest level meets the track's target in every dimension it sets one in.
BoundSql readyCte(qint64 trackId, const AssessmentScope &scope, const BoundSql &people)
{
    BoundSql sql;
    sql.add(QStringLiteral("WITH track_levels AS MATERIALIZED (SELECT tt.dimension_id, "
                           "tt.required_level FROM track_targets tt JOIN rubric_dimensions d ON "
                           "d.id = tt.dimension_id WHERE tt.track_id = ? AND d.retired = 0), "),
            {trackId})
        .add(AssessmentSql::latestCte(scope, people))
        .add(QStringLiteral(
            ", ready AS (SELECT l.participant_id FROM latest l JOIN track_levels t ON "
            "t.dimension_id = l.dimension_id WHERE l.level >= t.required_level GROUP BY "
            "l.participant_id HAVING count(*) = (SELECT count(*) FROM track_levels) "
            "AND count(*) > 0) "));
    return sql;
}

} // namespace

qint64 Placement::foundationalTrack(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational' "
                                   "ORDER BY position, id LIMIT 1")) ||
        !query.next())
        return 0;
    return query.value(0).toLongLong();
}

std::optional<PlacementResult> Placement::canTestOut(const QSqlDatabase &db, qint64 trackId,
                                                     const AssessmentScope &scope, QString *error)
{
    PlacementResult result;
    result.trackId = trackId;
    QSqlQuery query(db);
    BoundSql header;
    header.add(QStringLiteral("SELECT t.name, (SELECT count(*) FROM track_targets tt JOIN "
                              "rubric_dimensions d ON d.id = tt.dimension_id WHERE tt.track_id = "
                              "t.id AND d.retired = 0) FROM tracks t WHERE t.id = ?"),
               {trackId});
    if (!header.exec(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = tr("The track does not exist.");
        return std::nullopt;
    }
    result.trackName = query.value(0).toString();
    result.targetDimensions = query.value(1).toInt();
    if (result.targetDimensions == 0)
        return result;

    // Their enrollment in the track still open (not completed or withdrawn) is where the
    // suggestion can be acted on.
    BoundSql sql = readyCte(trackId, scope, {});
    sql.add(QStringLiteral(
                "SELECT p.id, p.name, p.email, p.role, p.team, e.id, c.name, e.placement "
                "FROM ready r JOIN participants p ON p.id = r.participant_id "
                "LEFT JOIN enrollments e ON e.id = (SELECT e2.id FROM enrollments e2 JOIN "
                "cohorts c2 ON c2.id = e2.cohort_id WHERE e2.participant_id = p.id AND "
                "c2.track_id = ? AND e2.status IN ('enrolled', 'active') ORDER BY c2.start_date "
                "DESC LIMIT 1) LEFT JOIN cohorts c ON c.id = e.cohort_id "
                "WHERE NOT EXISTS (SELECT 1 FROM enrollments e3 JOIN cohorts c3 ON c3.id = "
                "e3.cohort_id WHERE e3.participant_id = p.id AND c3.track_id = ? AND "
                "(e3.status = 'completed' OR (e3.placement = 'tested_out' AND e3.id IS NOT e.id))) "
                "ORDER BY p.name, p.id"),
            {trackId, trackId});
    if (!sql.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        PlacementCandidate c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.email = query.value(2).toString();
        c.role = query.value(3).toString();
        c.team = query.value(4).toString();
        c.enrollmentId = query.value(5).toLongLong();
        c.cohort = query.value(6).toString();
        c.placement = query.value(7).toString();
        result.candidates.append(c);
    }
    return result;
}

QSet<qint64> Placement::meetingTargets(const QSqlDatabase &db, qint64 trackId,
                                       const AssessmentScope &scope,
                                       const QList<qint64> &participantIds, QString *error)
{
    QSet<qint64> ready;
    if (participantIds.isEmpty() || trackId <= 0)
        return ready;
    QVariantList ids;
    for (qint64 id : participantIds)
        ids.append(id);
    BoundSql people;
    people.add(QStringLiteral("IN (%1)").arg(BoundSql::placeholders(ids.size())), ids);
    BoundSql sql = readyCte(trackId, scope, people);
    sql.add(QStringLiteral("SELECT participant_id FROM ready"));
    QSqlQuery query(db);
    if (!sql.exec(query, error))
        return ready;
    while (query.next())
        ready.insert(query.value(0).toLongLong());
    return ready;
}

} // namespace Upskill
