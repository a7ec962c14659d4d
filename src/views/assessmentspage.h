// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Upskill {

class AssessmentModel;
class EditHistory;
class ParticipantModel;
class ParticipantSkillSummaryModel;
class TableView;

// Assessments person by person: find someone, see their latest level per dimension and kind
// (self and manager side by side, never averaged) and their full history; record an
// assessment for them or rate a whole cohort at once.
class AssessmentsPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit AssessmentsPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;

    ParticipantModel *participantModel() const { return m_participants; }
    AssessmentModel *assessmentModel() const { return m_assessments; }
    ParticipantSkillSummaryModel *summaryModel() const { return m_summary; }
    TableView *participantTable() const { return m_participantTable; }
    qint64 currentParticipant() const;
    // Runs the pending search at once (the search box waits for a pause in typing).
    void applySearchNow();

    void recordAssessment();
    void bulkEntry();

private:
    void showCurrentParticipant();
    void updateCount();

    EditHistory &m_history;
    ParticipantModel *m_participants;
    AssessmentModel *m_assessments;
    ParticipantSkillSummaryModel *m_summary;
    TableView *m_participantTable;
    QTableView *m_summaryTable;
    TableView *m_historyTable;
    QLineEdit *m_search;
    QLabel *m_count;
    QLabel *m_title;
    QStackedWidget *m_detail;
    QPushButton *m_record;
    QPushButton *m_removeAssessment;
    QTimer *m_searchDelay;
};

} // namespace Upskill
