// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demoplan.h"
#include "demorandom.h"
#include "demoschedule.h"
#include "demotable.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <vector>

namespace Upskill {

// Writes a DemoPlan into the program file, inventing the activity around it (sessions and
// attendance, surveys, projects, protected time, metrics, community, providers) as it goes.
// Every statement is prepared once; the caller owns the transaction.
// The methods are spread over demowriter.cpp (people, cohorts, knowledge),
// demoactivity.cpp (what happens in and after a cohort) and demoprogramwide.cpp (what
// belongs to the program as a whole).
class DemoWriter
{
    Q_DECLARE_TR_FUNCTIONS(DemoWriter)
public:
    DemoWriter(const QSqlDatabase &db, DemoPlan &plan, QRandomGenerator &rng);
    ~DemoWriter();

    bool prepare();
    bool writeSettings();
    bool writeHolidays();
    bool writePeople();
    bool writeCohorts();
    bool writeCohortActivity(int cohort);
    bool writeAnnualAssessments();
    bool writeMentorships();
    bool writeCommunity();
    bool writeProviders();
    bool writeExternalLearning();
    bool writeProgramChecklist();
    // Reading groups for some cohorts and one of alumni, with rotating facilitators; last, so
    // the rest of a seed's program stays as it was before reading groups existed.
    bool writeReadingGroups();
    // The annual summit of the community, after the rest for the same reason.
    bool writeSummit();
    // Writes what waits in the batches; the last step before the rows are complete.
    bool flush();

    // The first failure, naming its table.
    QString error() const;
    // Rows inserted per table, in the order the tables were written.
    QList<QPair<QString, qint64>> rowsWritten() const;

private:
    DemoTable *table(const QString &name, const QStringList &columns, int batchRows = 1);
    bool writeEnrollments(const DemoCohort &cohort);
    bool writeAssessments(const DemoCohort &cohort);
    bool writeProjects(const DemoCohort &cohort);
    bool writeSessions(int index);
    bool writeProtectedTime(const DemoCohort &cohort);
    bool writeCohortSurveys(const DemoCohort &cohort);
    bool writeFollowUp(const DemoCohort &cohort);
    // fillIn: the checklist exists already (the program's, made with the file) and gets its
    // dates and progress instead of a second copy.
    bool writeChecklist(const QVariant &cohortId, const QDate &start, const QString &owner,
                        int donePct, bool fillIn = false);

    QString date(const QDate &day);
    QVariant optionalDate(const QDate &day);
    QString comment(int satisfaction);

    QSqlDatabase m_db;
    DemoPlan &m_plan;
    const DemoCatalogue &m_catalogue;
    QRandomGenerator &m_rng;
    DemoRandom m_random;
    QDate m_today;
    QHash<qint64, QString> m_dates;
    DemoSchedule m_schedule;
    std::vector<std::unique_ptr<DemoTable>> m_tables; // in the order they were created
    std::vector<std::unique_ptr<DemoTable>> m_updates;

    DemoTable *m_holidays = nullptr;
    DemoTable *m_participants = nullptr;
    DemoTable *m_cohorts = nullptr;
    DemoTable *m_enrollments = nullptr;
    DemoTable *m_assessments = nullptr;
    DemoTable *m_projects = nullptr;
    DemoTable *m_sessions = nullptr;
    DemoTable *m_attendance = nullptr;
    DemoTable *m_surveys = nullptr;
    DemoTable *m_protectedTime = nullptr;
    DemoTable *m_behaviour = nullptr;
    DemoTable *m_impact = nullptr;
    DemoTable *m_checklist = nullptr;
    DemoTable *m_mentorships = nullptr;
    DemoTable *m_events = nullptr;
    DemoTable *m_eventAttendance = nullptr;
    DemoTable *m_providers = nullptr;
    DemoTable *m_scores = nullptr;
    DemoTable *m_flags = nullptr;
    DemoTable *m_answers = nullptr;
    DemoTable *m_learning = nullptr;
    DemoTable *m_settings = nullptr;
    DemoTable *m_readiness = nullptr;
    DemoTable *m_programChecklist = nullptr;
    DemoTable *m_readingGroups = nullptr;
    DemoTable *m_groupMembers = nullptr;
    DemoTable *m_groupReadings = nullptr;
    DemoTable *m_groupMeetings = nullptr;
};

} // namespace Upskill
