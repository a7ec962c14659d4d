// SPDX-License-Identifier: GPL-3.0-or-later
#include "programhealth.h"

#include "healthchecks.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace Upskill {

HealthSeverity HealthGroup::worst() const
{
    HealthSeverity worst = HealthSeverity::Notice;
    for (const HealthWarning &w : warnings)
        worst = std::max(worst, w.severity);
    return worst;
}

int HealthReport::total() const
{
    int sum = 0;
    for (const HealthGroup &g : groups)
        sum += g.total;
    return sum;
}

int HealthReport::failingChecks() const
{
    return int(std::count_if(groups.cbegin(), groups.cend(),
                             [](const HealthGroup &g) { return g.total > 0; }));
}

QList<HealthCheck> ProgramHealth::allChecks()
{
    return {HealthCheck::TooMuchTheory,          HealthCheck::NoApplicationProject,
            HealthCheck::ManagersNotBriefed,     HealthCheck::OneAndDone,
            HealthCheck::IgnoringStartingPoints, HealthCheck::ProtectedTimeEroding,
            HealthCheck::MentorsOverCapacity,    HealthCheck::CohortSize,
            HealthCheck::CompletionBelowTarget};
}

std::optional<HealthReport> ProgramHealth::compute(const QSqlDatabase &db,
                                                   const HealthOptions &options, QString *error)
{
    HealthChecks checks(db, options.today);
    using Check = bool (HealthChecks::*)(QList<HealthWarning> *, QString *);
    // In the order of HealthCheck.
    const Check runs[] = {
        &HealthChecks::tooMuchTheory,          &HealthChecks::noApplicationProject,
        &HealthChecks::managersNotBriefed,     &HealthChecks::oneAndDone,
        &HealthChecks::ignoringStartingPoints, &HealthChecks::protectedTimeEroding,
        &HealthChecks::mentorsOverCapacity,    &HealthChecks::cohortSize,
        &HealthChecks::completionBelowTarget};
    static_assert(std::size(runs) == int(HealthCheck::CompletionBelowTarget) + 1);
    HealthReport report;
    report.asOf = options.today;
    for (const HealthCheck check : allChecks()) {
        QList<HealthWarning> warnings;
        QString why;
        if (!(checks.*runs[int(check)])(&warnings, &why)) {
            if (error)
                *error = tr("The check “%1” failed: %2").arg(title(check), why);
            return std::nullopt;
        }
        report.groups.append(group(check, std::move(warnings), options.limitPerCheck));
    }
    return report;
}

HealthGroup ProgramHealth::group(HealthCheck check, QList<HealthWarning> warnings, int limit)
{
    // Of equally bad ones, "#9" before "#10", as a coordinator reads cohort numbers.
    QCollator collator;
    collator.setNumericMode(true);
    std::stable_sort(warnings.begin(), warnings.end(),
                     [&collator](const HealthWarning &a, const HealthWarning &b) {
                         if (a.severity != b.severity)
                             return a.severity > b.severity;
                         if (a.rank != b.rank)
                             return a.rank > b.rank;
                         return collator.compare(a.object, b.object) < 0;
                     });
    HealthGroup g;
    g.check = check;
    g.total = int(warnings.size());
    if (limit > 0 && warnings.size() > limit)
        warnings.resize(limit);
    g.warnings = std::move(warnings);
    return g;
}

QString ProgramHealth::title(HealthCheck check)
{
    switch (check) {
    case HealthCheck::TooMuchTheory:
        return tr("Too much theory");
    case HealthCheck::NoApplicationProject:
        return tr("Disconnected from real work");
    case HealthCheck::ManagersNotBriefed:
        return tr("No manager buy-in");
    case HealthCheck::OneAndDone:
        return tr("One and done");
    case HealthCheck::IgnoringStartingPoints:
        return tr("Ignoring starting points");
    case HealthCheck::ProtectedTimeEroding:
        return tr("Protected time eroding");
    case HealthCheck::MentorsOverCapacity:
        return tr("Mentors over capacity");
    case HealthCheck::CohortSize:
        return tr("Cohort size out of range");
    case HealthCheck::CompletionBelowTarget:
        return tr("Completion below target");
    }
    return {};
}

QString ProgramHealth::advice(HealthCheck check)
{
    switch (check) {
    case HealthCheck::TooMuchTheory:
        return tr("Engineers learn AI by building with it. Move hours from instruction to "
                  "exercises on their own code until the hands-on share reaches the minimum.");
    case HealthCheck::NoApplicationProject:
        return tr("Each participant should pick a real problem of their team in week 1. Ask "
                  "those without one and their managers for a candidate, then record it.");
    case HealthCheck::ManagersNotBriefed:
        return tr("Without their managers' support people lose their learning time to sprint "
                  "work. Brief the managers before the start, then tick it in the cohort.");
    case HealthCheck::OneAndDone:
        return tr("Skills fade without practice after the last session. Invite the graduates "
                  "to the next community-of-practice meeting or plan a refresher.");
    case HealthCheck::IgnoringStartingPoints:
        return tr("People whose assessments already meet the foundational track's targets "
                  "can test out of it and move on to a specialized track.");
    case HealthCheck::ProtectedTimeEroding:
        return tr("Learning time taken for other work rarely comes back. Raise the weeks "
                  "below plan with the participants' managers while the cohort runs.");
    case HealthCheck::MentorsOverCapacity:
        return tr("A mentor with too many mentees has time for none. Pair some mentees with "
                  "another mentor, for example an alumnus of an earlier cohort.");
    case HealthCheck::CohortSize:
        return tr("Groups that are too small lose momentum, too large ones lose the hands-on "
                  "help. Move people between cohorts of the same track or quarter.");
    case HealthCheck::CompletionBelowTarget:
        return tr("Look at why people withdrew: workload, missing protected time or a track "
                  "that did not fit them. The roster shows who did not complete.");
    }
    return {};
}

QString ProgramHealth::severityName(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Critical:
        return tr("critical");
    case HealthSeverity::Warning:
        return tr("warning");
    case HealthSeverity::Notice:
        return tr("notice");
    }
    return {};
}

QString ProgramHealth::severityLabel(HealthSeverity severity)
{
    switch (severity) {
    case HealthSeverity::Critical:
        return tr("Critical");
    case HealthSeverity::Warning:
        return tr("Warning");
    case HealthSeverity::Notice:
        return tr("Notice");
    }
    return {};
}

QString ProgramHealth::whereToFix(const HealthWarning &warning)
{
    if (warning.object.isEmpty())
        return warning.place;
    return tr("%1 › %2").arg(warning.place, warning.object);
}

QString ProgramHealth::line(const HealthWarning &warning)
{
    return tr("%1: %2 — %3 [%4]")
        .arg(severityName(warning.severity), title(warning.check), warning.message,
             whereToFix(warning));
}

QString ProgramHealth::moreLine(const HealthGroup &group)
{
    return tr("… and %n more “%1” warning(s)", nullptr, group.more()).arg(title(group.check));
}

QString ProgramHealth::noWarningsLine()
{
    return tr("No warnings: the program passes all %n health check(s).", nullptr,
              int(allChecks().size()));
}

QString ProgramHealth::summary(const HealthReport &report)
{
    if (report.total() == 0)
        return noWarningsLine();
    return tr("%n warning(s) from %1 of %2 checks", nullptr, report.total())
        .arg(QLocale().toString(report.failingChecks()), QLocale().toString(allChecks().size()));
}

} // namespace Upskill
