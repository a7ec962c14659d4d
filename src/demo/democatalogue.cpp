// SPDX-License-Identifier: GPL-3.0-or-later
#include "democatalogue.h"

#include "sqlerrors.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Upskill {

namespace {

bool select(const QSqlDatabase &db, const QString &sql, const QString &table, QSqlQuery *query,
            QString *error)
{
    *query = QSqlQuery(db);
    query->setForwardOnly(true);
    if (!query->exec(sql)) {
        *error = DemoCatalogue::tr("Reading %1 for the demo program failed: %2")
                     .arg(table, SqlErrors::technical(query->lastError()));
        return false;
    }
    return true;
}

bool loadIds(const QSqlDatabase &db, const QString &table, const QString &sql, QList<qint64> *ids,
             QString *error)
{
    QSqlQuery query;
    if (!select(db, sql, table, &query, error))
        return false;
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return true;
}

} // namespace

int DemoCatalogue::foundationalCount() const
{
    return int(std::count_if(tracks.cbegin(), tracks.cend(),
                             [](const DemoTrack &t) { return t.foundational; }));
}

bool DemoCatalogue::load(const QSqlDatabase &db, QString *error)
{
    settings = ProgramSettings::load(db);

    if (!loadIds(db, QStringLiteral("rubric_dimensions"),
                 QStringLiteral("SELECT id FROM rubric_dimensions WHERE retired = 0 "
                                "ORDER BY position, id"),
                 &dimensions, error) ||
        !loadIds(db, QStringLiteral("provider_criteria"),
                 QStringLiteral("SELECT id FROM provider_criteria ORDER BY position, id"),
                 &criteria, error) ||
        !loadIds(db, QStringLiteral("red_flags"),
                 QStringLiteral("SELECT id FROM red_flags ORDER BY position, id"), &redFlags,
                 error) ||
        !loadIds(db, QStringLiteral("signing_questions"),
                 QStringLiteral("SELECT id FROM signing_questions ORDER BY position, id"),
                 &questions, error) ||
        !loadIds(db, QStringLiteral("readiness_questions"),
                 QStringLiteral("SELECT id FROM readiness_questions ORDER BY position, id"),
                 &readinessQuestions, error))
        return false;

    // Advanced tracks are left out: they are for a later stage than the demo's first year.
    QSqlQuery query;
    if (!select(db,
                QStringLiteral("SELECT id, name, kind, nominal_weeks FROM tracks "
                               "WHERE kind IN ('foundational', 'specialized') "
                               "ORDER BY kind = 'specialized', position, id"),
                QStringLiteral("tracks"), &query, error))
        return false;
    QHash<qint64, int> trackIndex;
    while (query.next()) {
        DemoTrack track;
        track.id = query.value(0).toLongLong();
        track.name = query.value(1).toString();
        track.foundational = query.value(2).toString() == QLatin1String("foundational");
        track.weeks = query.value(3).toInt();
        trackIndex.insert(track.id, int(tracks.size()));
        tracks.append(track);
    }

    if (!select(db,
                QStringLiteral("SELECT track_id, role FROM track_roles ORDER BY track_id, role"),
                QStringLiteral("track_roles"), &query, error))
        return false;
    while (query.next()) {
        const auto it = trackIndex.constFind(query.value(0).toLongLong());
        if (it != trackIndex.constEnd())
            tracks[it.value()].roles.append(query.value(1).toString());
    }

    if (!select(db,
                QStringLiteral("SELECT id, track_id, week, title, instruction_hours, "
                               "hands_on_hours, presentation_hours FROM modules "
                               "ORDER BY track_id, week, position, id"),
                QStringLiteral("modules"), &query, error))
        return false;
    while (query.next()) {
        const auto it = trackIndex.constFind(query.value(1).toLongLong());
        if (it == trackIndex.constEnd())
            continue;
        tracks[it.value()].modules.append({query.value(0).toLongLong(), query.value(2).toInt(),
                                           query.value(3).toString(), query.value(4).toDouble(),
                                           query.value(5).toDouble(), query.value(6).toDouble()});
    }
    // A track's length is what its modules span when that is more than the nominal weeks: the
    // sessions must fit between the cohort's start and end.
    for (DemoTrack &track : tracks) {
        for (const DemoModule &module : std::as_const(track.modules))
            track.weeks = std::max(track.weeks, module.week);
        track.weeks = std::max(track.weeks, 1);
    }

    if (!select(db,
                QStringLiteral("SELECT section, title, default_owner, due_offset_days, position "
                               "FROM checklist_template_items ORDER BY section, position, id"),
                QStringLiteral("checklist_template_items"), &query, error))
        return false;
    while (query.next())
        checklistTemplate.append({query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toInt(),
                                  query.value(4).toInt()});

    if (!select(db,
                QStringLiteral("SELECT EXISTS (SELECT 1 FROM participants) "
                               "OR EXISTS (SELECT 1 FROM cohorts)"),
                QStringLiteral("participants"), &query, error))
        return false;
    hasPeopleOrCohorts = query.next() && query.value(0).toBool();

    if (dimensions.isEmpty()) {
        *error = tr("The program has no skill dimensions; the demo needs the default rubric.");
        return false;
    }
    if (foundationalCount() == 0 || foundationalCount() == tracks.size()) {
        *error = tr("The program needs at least one foundational and one specialized track "
                    "for the demo.");
        return false;
    }
    return true;
}

} // namespace Upskill
