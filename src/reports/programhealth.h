// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

// The known ways an upskilling program fails, each checked against the program file.
enum class HealthCheck {
    TooMuchTheory,          // tracks or modules under the hands-on minimum
    NoApplicationProject,   // disconnected from real work
    ManagersNotBriefed,     // no manager buy-in
    OneAndDone,             // no community or refresher activity after a cohort
    IgnoringStartingPoints, // people in the foundational track who could test out
    ProtectedTimeEroding,   // utilisation under target or repeated weeks below plan
    MentorsOverCapacity,
    CohortSize, // outside the program's size range
    CompletionBelowTarget,
};

// Critical: happening now in a running cohort and needs action today. Warning: should be
// fixed. Notice: worth knowing, usually a lesson for the next cohort.
enum class HealthSeverity { Notice, Warning, Critical };

// One broken rule with the numbers behind it and where to fix it.
struct HealthWarning
{
    HealthCheck check = HealthCheck::TooMuchTheory;
    HealthSeverity severity = HealthSeverity::Warning;
    // One line that names the object and gives the numbers.
    QString message;
    // Where to fix it, as a stable key for navigation: "tracks" (objectId: a track),
    // "cohorts", "projects", "protected_time", "placement" (objectId: a cohort) or
    // "mentorship" (objectId: the mentor, a participant); "effectiveness" (objectId 0: the
    // program as a whole).
    QString area;
    // The same place as a coordinator reads it ("Tracks", "Skills › Placement").
    QString place;
    QString object; // the track's, cohort's or person's name
    qint64 objectId = 0;
    // How bad it is within its severity, for "worst first": higher is worse.
    double rank = 0;
};

// The warnings of one check, worst first, cut to the limit asked for.
struct HealthGroup
{
    HealthCheck check = HealthCheck::TooMuchTheory;
    int total = 0; // how many warnings the check found
    QList<HealthWarning> warnings;
    int more() const { return total - int(warnings.size()); }
    HealthSeverity worst() const;
};

struct HealthReport
{
    QDate asOf;
    QList<HealthGroup> groups; // one per check, in the order of HealthCheck
    int total() const;
    int failingChecks() const;
    const HealthGroup &group(HealthCheck check) const { return groups.at(int(check)); }
};

struct HealthOptions
{
    // The day the checks are made on: what is running, what is overdue.
    QDate today = QDate::currentDate();
    // Warnings kept per check (the worst ones); 0 keeps them all. A program of 100,000
    // engineers can have thousands of cohorts behind on one rule.
    int limitPerCheck = 10;
};

// Program health: the known failure modes of an upskilling program turned into live warnings,
// each computed by SQL aggregation over the whole program. Judged against the program's own
// settings (hands-on minimum, size range, mentor capacity, completion and protected-time
// targets). What each check looks at and how it grades is stated in HealthChecks.
class ProgramHealth
{
    Q_DECLARE_TR_FUNCTIONS(ProgramHealth)
public:
    static std::optional<HealthReport> compute(const QSqlDatabase &db, const HealthOptions &options,
                                               QString *error);

    static QList<HealthCheck> allChecks();
    // "Too much theory"
    static QString title(HealthCheck check);
    // Why it matters and what to do about it, in one or two sentences.
    static QString advice(HealthCheck check);
    // "critical", "warning", "notice": as a line of text starts
    static QString severityName(HealthSeverity severity);
    // "Critical", "Warning", "Notice": as a column shows it
    static QString severityLabel(HealthSeverity severity);
    // "Tracks › AI foundations"
    static QString whereToFix(const HealthWarning &warning);
    // The warning as one line of text: "warning: Too much theory — … [Tracks › …]".
    static QString line(const HealthWarning &warning);
    // "… and 12 more ‘No manager buy-in’ warnings"
    static QString moreLine(const HealthGroup &group);
    // "No warnings: the program passes all 9 health checks."
    static QString noWarningsLine();
    // "14 warnings from 5 of 9 checks"
    static QString summary(const HealthReport &report);

    // Sorts worst first (severity, then rank) and keeps the first limit (0: all).
    static HealthGroup group(HealthCheck check, QList<HealthWarning> warnings, int limit);
};

} // namespace Upskill
