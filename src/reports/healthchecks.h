// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programhealth.h"
#include "programsettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace Upskill {

class BoundSql;

// The program-health checks, one SQL aggregation each, judged against the program's settings
// on the day given. Each appends its warnings (unsorted, uncut) and returns false with *error
// set when a query fails. Cancelled cohorts never count.
class HealthChecks
{
    Q_DECLARE_TR_FUNCTIONS(HealthChecks)
public:
    // A briefing of the managers is due this long before a cohort starts (the launch
    // checklist's template says four weeks); a small planned cohort inside it is late too.
    static constexpr int BriefingLeadDays = 28;
    // A cohort's graduates are expected at a community event or refresher within the quarter
    // after it ends; a month without one is already worth a notice.
    static constexpr int CommunityGraceDays = 30;
    // How far short of the completion target still counts as a notice rather than a warning:
    // the amber band of the dashboards' completion tile.
    static constexpr double CompletionMargin = 10;

    HealthChecks(const QSqlDatabase &db, const QDate &today);

    // Tracks whose hands-on share (in whole percent, as the Tracks area shows it) is under the
    // minimum: a warning naming how many of its modules are under it too. Modules under the
    // minimum in a track that meets it overall: a notice each.
    bool tooMuchTheory(QList<HealthWarning> *out, QString *error);
    // Running and completed cohorts whose week 1 is over, with participants (withdrawn ones
    // excepted) who have no application project in the cohort. Running: a warning, critical
    // when half or more have none; completed: a notice.
    bool noApplicationProject(QList<HealthWarning> *out, QString *error);
    // Cohorts whose managers were not briefed: running (or planned with the start passed) is
    // critical; planned to start within BriefingLeadDays is a warning.
    bool managersNotBriefed(QList<HealthWarning> *out, QString *error);
    // Completed cohorts that ended at least CommunityGraceDays ago where none of the
    // graduates attended a community event or refresher in the three months after the end:
    // a warning once those months are over, a notice while they are still running.
    bool oneAndDone(QList<HealthWarning> *out, QString *error);
    // Planned and running cohorts of the foundational track with people still on the standard
    // placement whose latest assessments (self, pre, post, annual) meet every target level of
    // the track (Placement::canTestOut): a warning per cohort.
    bool ignoringStartingPoints(QList<HealthWarning> *out, QString *error);
    // Running and completed cohorts, over the weeks up to today with hours used entered:
    // utilisation (used over planned, whole percent) under the protected-time target, or a
    // quarter or more of the participants below plan in two or more weeks (repeated
    // violations). Running: a warning; completed: a notice.
    bool protectedTimeEroding(QList<HealthWarning> *out, QString *error);
    // Mentors with more mentorships running today than the capacity: a warning, a notice when
    // the mentorships beyond capacity were all accepted with a recorded override.
    bool mentorsOverCapacity(QList<HealthWarning> *out, QString *error);
    // Planned and running cohorts outside the size range, counted as the Cohorts area counts
    // them (once started, those who withdrew still count). Too many, or too few in a running
    // cohort or one starting within BriefingLeadDays: a warning; too few in a cohort that
    // starts later (still enrolling): a notice.
    bool cohortSize(QList<HealthWarning> *out, QString *error);
    // The completion rate of completed cohorts (completed enrollments over all of them,
    // withdrawn included) against the target, per cohort: short by more than
    // CompletionMargin is a warning, within it a notice. The program as a whole is graded one
    // step higher (critical, warning) and leads the group.
    bool completionBelowTarget(QList<HealthWarning> *out, QString *error);

private:
    HealthWarning cohortWarning(HealthCheck check, HealthSeverity severity, const QString &message,
                                qint64 cohortId, const QString &cohortName, double rank) const;
    bool run(QSqlQuery &query, const BoundSql &sql, QString *error) const;

    QSqlDatabase m_db;
    QDate m_today;
    QString m_todayText;
    ProgramSettings m_settings;
};

} // namespace Upskill
