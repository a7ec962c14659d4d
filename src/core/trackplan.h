// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Upskill {

// The length a track of a kind is designed for: about 20 h over 4 weeks for the foundational
// track, about 30 h over 6 weeks for a specialized one. Advanced tracks have none.
struct TrackNorm
{
    double hours = 0;
    int weeks = 0;
    bool isValid() const { return weeks > 0; }
};

// A track's modules summed up — hours by kind, the last week used — and what the program's
// rules say about them: the hands-on share against the minimum, the length against the norm
// of the track's kind, the weekly load against the protected learning time. The texts are the
// ones the Tracks area shows.
class TrackPlan
{
    Q_DECLARE_TR_FUNCTIONS(TrackPlan)
public:
    QString kind;
    int modules = 0;
    // The last week a module is planned in: a track with modules in weeks 1, 2 and 4 lasts
    // four weeks.
    int weeks = 0;
    double instructionHours = 0;
    double handsOnHours = 0;
    double presentationHours = 0;

    static TrackNorm normFor(const QString &kind);
    TrackNorm norm() const { return normFor(kind); }

    double totalHours() const { return instructionHours + handsOnHours + presentationHours; }
    // 0..1; 0 without hours.
    double handsOnShare() const;
    // The share in whole percent, as it is shown; the warnings judge this figure, so a track
    // shown at 60 % is never called below a 60 % minimum.
    int handsOnPercent() const;
    bool isBelowHandsOnMinimum(double minPct) const;
    double hoursPerWeek() const { return weeks > 0 ? totalHours() / weeks : 0; }
    bool exceedsProtectedTime(double protectedHoursPerWeek) const;

    // "22 h over 4 weeks"; "no modules yet" without any.
    QString totalsText() const;
    // "norm about 20 h over 4 weeks", or that the kind has no norm.
    QString normText() const;
    // Empty when the share is at least the minimum (or there are no hours); otherwise why it
    // matters and what to do, in one sentence.
    QString handsOnWarning(double minPct) const;
    // Empty when an average week fits into the protected learning time.
    QString loadWarning(double protectedHoursPerWeek) const;
    // The line under a track's modules: totals against the norm, the hands-on share and, when
    // a rule is broken, what to change.
    QString summary(double minPct, double protectedHoursPerWeek) const;

    // Hours as the tables show them: "22", "22.5".
    static QString hoursText(double hours);
};

} // namespace Upskill
