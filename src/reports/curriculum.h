// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trackplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace Upskill {

// One track in the capability coverage grid: which of the four capability areas it covers.
struct TrackCoverage
{
    qint64 id = 0;
    QString name;
    QString kind;
    QSet<QString> areas; // keys of Term::CapabilityArea
};

// Tracks × capability areas, in the tracks' own order.
struct CapabilityCoverage
{
    QList<TrackCoverage> tracks;

    int tracksCovering(const QString &area) const;
    // The areas no track covers, in the vocabulary's order: the curriculum's gaps.
    QStringList uncoveredAreas() const;
};

// The curriculum as the Tracks area shows it: each track's modules summed into a TrackPlan,
// and which capability areas the tracks cover. A program has a handful of tracks, so both are
// one small aggregate, cheap enough for the window's own connection.
class Curriculum
{
    Q_DECLARE_TR_FUNCTIONS(Curriculum)
public:
    // Every track's plan by track id; tracks without modules are included, with no hours.
    static std::optional<QHash<qint64, TrackPlan>> plans(const QSqlDatabase &db, QString *error);
    static std::optional<TrackPlan> plan(const QSqlDatabase &db, qint64 trackId, QString *error);
    static std::optional<CapabilityCoverage> coverage(const QSqlDatabase &db, QString *error);

    // The gaps in words ("No track covers “Security and guardrails”: …"); empty when every
    // area is covered.
    static QString gapText(const CapabilityCoverage &coverage);
};

} // namespace Upskill
