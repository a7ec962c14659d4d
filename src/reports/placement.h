// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessmentscope.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

struct PlacementCandidate
{
    qint64 id = 0;
    QString name;
    QString email;
    QString role;
    QString team;
    qint64 enrollmentId = 0; // their current enrollment in a cohort of the track, if any
    QString cohort;          // that cohort's name
    QString placement;       // that enrollment's placement ("standard" or "tested_out")
};

struct PlacementResult
{
    qint64 trackId = 0;
    QString trackName;
    int targetDimensions = 0; // dimensions the track has a target level in
    QList<PlacementCandidate> candidates;
};

// Ignoring starting points is a known failure: engineers whose latest assessed levels already
// meet every target level of the foundational track can test out of it. People who completed
// the track or already tested out are not listed again.
class Placement
{
    Q_DECLARE_TR_FUNCTIONS(Placement)
public:
    // The program's foundational track (the first by position), or 0 when there is none.
    static qint64 foundationalTrack(const QSqlDatabase &db);

    static std::optional<PlacementResult> canTestOut(const QSqlDatabase &db, qint64 trackId,
                                                     const AssessmentScope &scope, QString *error);
    // Of the given people, those whose levels meet the track's targets (the roster's
    // suggestion column asks about one cohort's people only).
    static QSet<qint64> meetingTargets(const QSqlDatabase &db, qint64 trackId,
                                       const AssessmentScope &scope,
                                       const QList<qint64> &participantIds, QString *error);
};

} // namespace Upskill
