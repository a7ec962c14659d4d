// SPDX-License-Identifier: GPL-3.0-or-later
#include "curriculum.h"

#include "sqlerrors.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

namespace {

// Tracks with their modules summed; a track without modules still gets its row.
const char *const PlanSql =
    "SELECT t.id, t.kind, count(m.id), coalesce(max(m.week), 0), "
    "coalesce(sum(m.instruction_hours), 0), coalesce(sum(m.hands_on_hours), 0), "
    "coalesce(sum(m.presentation_hours), 0) "
    "FROM tracks t LEFT JOIN modules m ON m.track_id = t.id";

TrackPlan planFrom(const QSqlQuery &query)
{
    TrackPlan plan;
    plan.kind = query.value(1).toString();
    plan.modules = query.value(2).toInt();
    plan.weeks = query.value(3).toInt();
    plan.instructionHours = query.value(4).toDouble();
    plan.handsOnHours = query.value(5).toDouble();
    plan.presentationHours = query.value(6).toDouble();
    return plan;
}

bool run(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = SqlErrors::explain(query.lastError());
    return false;
}

} // namespace

int CapabilityCoverage::tracksCovering(const QString &area) const
{
    int count = 0;
    for (const TrackCoverage &track : tracks)
        count += track.areas.contains(area) ? 1 : 0;
    return count;
}

QStringList CapabilityCoverage::uncoveredAreas() const
{
    QStringList areas;
    for (const QString &area : Vocabulary::keys(Term::CapabilityArea)) {
        if (tracksCovering(area) == 0)
            areas.append(area);
    }
    return areas;
}

std::optional<QHash<qint64, TrackPlan>> Curriculum::plans(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QLatin1String(PlanSql) + QLatin1String(" GROUP BY t.id"));
    if (!run(query, error))
        return std::nullopt;
    QHash<qint64, TrackPlan> plans;
    while (query.next())
        plans.insert(query.value(0).toLongLong(), planFrom(query));
    return plans;
}

std::optional<TrackPlan> Curriculum::plan(const QSqlDatabase &db, qint64 trackId, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QLatin1String(PlanSql) + QLatin1String(" WHERE t.id = ? GROUP BY t.id"));
    query.addBindValue(trackId);
    if (!run(query, error))
        return std::nullopt;
    if (!query.next()) {
        if (error)
            *error = tr("The track was not found; it may have been deleted.");
        return std::nullopt;
    }
    return planFrom(query);
}

std::optional<CapabilityCoverage> Curriculum::coverage(const QSqlDatabase &db, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.id, t.name, t.kind, c.area FROM tracks t "
                                 "LEFT JOIN track_capabilities c ON c.track_id = t.id "
                                 "ORDER BY t.position, t.name, t.id"));
    if (!run(query, error))
        return std::nullopt;
    CapabilityCoverage coverage;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (coverage.tracks.isEmpty() || coverage.tracks.constLast().id != id)
            coverage.tracks.append({id, query.value(1).toString(), query.value(2).toString(), {}});
        if (!query.value(3).isNull())
            coverage.tracks.last().areas.insert(query.value(3).toString());
    }
    return coverage;
}

QString Curriculum::gapText(const CapabilityCoverage &coverage)
{
    const QStringList gaps = coverage.uncoveredAreas();
    if (gaps.isEmpty())
        return {};
    QStringList names;
    for (const QString &area : gaps)
        names.append(tr("“%1”").arg(Vocabulary::label(Term::CapabilityArea, area)));
    if (coverage.tracks.isEmpty())
        return tr("There are no tracks yet, so no capability area is covered.");
    if (names.size() == 1)
        return tr("No track covers %1, so engineers leave the program without it: tick it for a "
                  "track whose modules teach it, or add modules that do.")
            .arg(names.constFirst());
    return tr("No track covers %1, so engineers leave the program without them: tick each for a "
              "track whose modules teach it, or add modules that do.")
        .arg(QLocale().createSeparatedList(names));
}

} // namespace Upskill
