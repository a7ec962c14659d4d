// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areaview.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Upskill {

class CohortModel;
class EnrollmentModel;
class TableView;

// Cohorts by quarter, with a warning on any cohort whose size is outside the program's range,
// and below them the roster of the selected cohort.
class CohortsView : public AreaView
{
    Q_OBJECT
public:
    explicit CohortsView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;
    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;

    CohortModel *model() const { return m_model; }
    EnrollmentModel *rosterModel() const { return m_roster; }
    TableView *table() const { return m_table; }

Q_SIGNALS:
    // The checklist progress of a cohort was double-clicked: its checklist should be shown.
    void checklistRequested(qint64 cohortId);

private:
    void reloadQuarters();
    void showRosterOfCurrent();
    void enrolParticipants();
    void withdrawSelected();
    void removeFromCohort();
    void updateSummary();

    CohortModel *m_model;
    EnrollmentModel *m_roster;
    TableView *m_table;
    TableView *m_rosterTable;
    QLineEdit *m_search;
    QComboBox *m_quarter;
    QComboBox *m_status;
    QLabel *m_rosterTitle;
    QLabel *m_summary;
    QPushButton *m_enrol;
    QPushButton *m_withdraw;
    QPushButton *m_removeEnrollment;
};

} // namespace Upskill
