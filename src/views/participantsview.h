// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areaview.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Upskill {

class EnrollmentModel;
class ParticipantModel;
class PersonDataActions;
class TableView;

// Every engineer of the program, searchable, with the cohorts of the selected person below.
class ParticipantsView : public AreaView
{
    Q_OBJECT
public:
    explicit ParticipantsView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;
    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;

    ParticipantModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    // Export or erase the selected person's data (their context menu).
    PersonDataActions *personDataActions() const { return m_personData; }
    // Runs the pending search at once (the search box waits for a pause in typing).
    void applySearchNow();
    // "12 participants": how many match, counted a moment after the rows show.
    QString countText() const;

Q_SIGNALS:
    void countShown();

private:
    void showCohortsOfCurrent();
    void updateCount();
    void enrolSelected();

    ParticipantModel *m_model;
    EnrollmentModel *m_enrollments;
    TableView *m_table;
    PersonDataActions *m_personData;
    TableView *m_enrollmentTable;
    QLineEdit *m_search;
    QComboBox *m_role;
    QLabel *m_count;
    QLabel *m_detailTitle;
    QTimer *m_searchDelay;
    int m_countGeneration = 0;
};

} // namespace Upskill
