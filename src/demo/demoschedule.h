// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "democatalogue.h"
#include "demoplan.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace Upskill {

// One session of a demo cohort, as the schedule generator proposed it; who leads it is the
// cohort's to say.
struct DemoSession
{
    qint64 moduleId = 0; // 0: not tied to a module (the reading group)
    QString format;
    QString title;
    QDate day;
    QString start; // as stored: "2026-03-03T09:00:00"
    int minutes = 0;
    bool moved = false; // moved by the coordinator after it was generated
};

// The cohorts' sessions in the demo, made as a coordinator makes them: the schedule generator
// turns the track's modules into sessions in one of a few weekly patterns (weekdays and a start
// time) and skips the holidays. A cohort gets the first pattern, in a rotation that varies
// them, that its lead instructor does not teach in another cohort at the same time; when the
// lead is booked in every pattern a colleague who is free leads it, or an instructor hired for
// it, so parallel cohorts of one instructor do not clash. A few clashes remain, as in a real
// program: where a holiday puts a week's sessions on one day, between reading groups whose
// leads share a name, and once a quarter a session the coordinator moved onto the time of
// another cohort with the same instructor, for the calendar's warning to show.
// Generating is slow next to the rest of the demo (local times), so each track's schedule is
// made once per pattern and start day and shared by the cohorts starting that day.
class DemoSchedule
{
public:
    static constexpr int PatternCount = 3;
    // How many colleagues after a booked lead are asked before an instructor is hired.
    static constexpr int AskedColleagues = 24;

    DemoSchedule(const DemoCatalogue &catalogue, const QSet<QDate> &holidays);

    // Chooses the pattern of the cohort at index of the plan, and its instructors among
    // instructors where the planned ones are busy, and books them; cohorts are chosen in the
    // plan's order.
    int choose(int index, DemoCohort &cohort, const QStringList &instructors);
    // The sessions of the cohort at index, in its pattern, with the one moved where there is one.
    QList<DemoSession> sessions(int index);
    // The day of its showcase session; invalid when its track has none.
    QDate showcase(int index);

private:
    struct Placement
    {
        int track = 0;
        int quarter = 0;
        int pattern = 0;
        QDate start;
        QDate end;
        int instructors = 0;
    };
    struct Booking
    {
        int pattern;
        QDate first;
        QDate last;
        int cohort;
    };

    // What the generator made of a placement, and whether every day ends by 18:00 without a
    // week skipped.
    struct Generated
    {
        QList<DemoSession> sessions;
        bool clean = true;
    };
    const Generated &generated(const Placement &placement);
    bool isFree(const QString &instructor, int pattern, const DemoCohort &cohort) const;
    // A new instructor's name, unlike any other instructor's.
    QString hire(const QStringList &instructors);
    // Moves one workshop of ours (placed as placement) onto the time of a workshop of theirs in
    // the same week and within our dates, where none of our other sessions is; false when none
    // fits.
    bool moveOnto(QList<DemoSession> &ours, const Placement &placement,
                  const QList<DemoSession> &theirs) const;

    const DemoCatalogue &m_catalogue;
    QSet<QDate> m_holidays;
    std::vector<Placement> m_placements;       // per cohort of the plan
    QHash<QString, QList<Booking>> m_bookings; // per instructor
    QHash<int, int> m_partners;                // quarter → cohort whose session is moved
    QHash<int, int> m_partnerOf;               // that cohort → the cohort it clashes with
    QHash<quint64, Generated> m_generated;     // by track, pattern and start day
    QStringList m_hired;
    QSet<QString> m_known; // every instructor's name, the planned ones and the hired
    qsizetype m_hireCount = 0;
};

} // namespace Upskill
