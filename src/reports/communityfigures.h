// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// The community's activity in one quarter of the events' dates.
struct CommunityQuarter
{
    QString quarter; // "2026-Q1"
    int events = 0;
    int communityOfPractice = 0; // events of each kind
    int meetups = 0;
    int summits = 0;
    int refreshers = 0;
    int attendances = 0; // people at events, counted once per event
    int people = 0;      // different people who came to at least one event
    int alumni = 0;      // of those, people who had completed a cohort by the event
};

// How much the community lives after the cohorts end — the answer to "one-and-done" — as SQL
// aggregates over the events and who came. Counts of people are not judgements of anyone, so
// nothing is withheld.
class CommunityFigures
{
    Q_DECLARE_TR_FUNCTIONS(CommunityFigures)
public:
    // Quarter by quarter, newest first; quarters without events are left out.
    static std::optional<QList<CommunityQuarter>> perQuarter(const QSqlDatabase &db,
                                                             QString *error);
};

} // namespace Upskill
