// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackplan.h"

#include <QLocale>

#include <cmath>

namespace Upskill {

namespace {

// "60", or "62.5" for a minimum set with a fraction.
QString percentText(double pct)
{
    return QLocale().toString(std::round(pct * 10) / 10, 'g', QLocale::FloatingPointShortest);
}

} // namespace

TrackNorm TrackPlan::normFor(const QString &kind)
{
    // Both norms come to 5 h a week, the protected learning time the program starts with.
    if (kind == QLatin1String("foundational"))
        return {20, 4};
    if (kind == QLatin1String("specialized"))
        return {30, 6};
    return {};
}

double TrackPlan::handsOnShare() const
{
    const double total = totalHours();
    return total > 0 ? handsOnHours / total : 0.0;
}

int TrackPlan::handsOnPercent() const
{
    return int(std::lround(100.0 * handsOnShare()));
}

bool TrackPlan::isBelowHandsOnMinimum(double minPct) const
{
    return totalHours() > 0 && handsOnPercent() < minPct - 1e-9;
}

bool TrackPlan::exceedsProtectedTime(double protectedHoursPerWeek) const
{
    // Judged on the hours per week as shown (one decimal), like the hands-on share.
    return weeks > 0 && std::round(hoursPerWeek() * 10) / 10 > protectedHoursPerWeek + 1e-9;
}

QString TrackPlan::hoursText(double hours)
{
    return QLocale().toString(std::round(hours * 100) / 100, 'g', QLocale::FloatingPointShortest);
}

QString TrackPlan::totalsText() const
{
    if (modules == 0)
        return tr("no modules yet");
    return tr("%1 h over %n week(s)", nullptr, weeks).arg(hoursText(totalHours()));
}

QString TrackPlan::normText() const
{
    const TrackNorm n = norm();
    if (!n.isValid())
        return tr("advanced tracks have no norm");
    return tr("norm about %1 h over %n week(s)", nullptr, n.weeks).arg(hoursText(n.hours));
}

QString TrackPlan::handsOnWarning(double minPct) const
{
    if (!isBelowHandsOnMinimum(minPct))
        return {};
    return tr("Only %1 % of this track's time is hands-on; the program asks for at least %2 %. "
              "Too much theory is a known reason programs fail: move time from instruction to "
              "exercises.")
        .arg(percentText(handsOnPercent()), percentText(minPct));
}

QString TrackPlan::loadWarning(double protectedHoursPerWeek) const
{
    if (!exceedsProtectedTime(protectedHoursPerWeek))
        return {};
    return tr("%1 h a week is more than the %2 h of protected learning time engineers have: "
              "spread the modules over more weeks or shorten them.")
        .arg(QLocale().toString(hoursPerWeek(), 'f', 1), hoursText(protectedHoursPerWeek));
}

QString TrackPlan::summary(double minPct, double protectedHoursPerWeek) const
{
    if (modules == 0)
        return tr("No modules yet (%1). Use “Add module” to plan the track week by week.")
            .arg(normText());
    QString text = tr("%1 (%2)").arg(totalsText(), normText());
    if (totalHours() <= 0)
        return text + tr(" · no hours entered yet");
    text += tr(" · hands-on %1 %").arg(percentText(handsOnPercent()));
    if (isBelowHandsOnMinimum(minPct))
        text += tr(" — below the %1 % minimum: move time from instruction to exercises")
                    .arg(percentText(minPct));
    if (exceedsProtectedTime(protectedHoursPerWeek))
        text +=
            tr(" · %1 h a week — more than the %2 h of protected learning time")
                .arg(QLocale().toString(hoursPerWeek(), 'f', 1), hoursText(protectedHoursPerWeek));
    return text;
}

} // namespace Upskill
