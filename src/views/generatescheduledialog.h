// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortschedule.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QRadioButton;
class QTableWidget;

namespace Ui {
class GenerateScheduleDialog;
}

namespace Upskill {

class EditHistory;

// Generates a cohort's schedule from its track: the first week's date (the cohort's start),
// the weekdays, the start time, the place and which formats to add besides the workshops,
// with the sessions it will create shown as they are chosen. For a cohort that has sessions
// already it says how many the coordinator added or changed and offers to keep them or replace
// everything, and what goes with the replaced ones. Accepting writes one undo step.
class GenerateScheduleDialog : public QDialog
{
    Q_OBJECT
public:
    GenerateScheduleDialog(EditHistory &history, qint64 cohortId, QWidget *parent = nullptr);
    ~GenerateScheduleDialog() override;

    QDateEdit *startDate() const;
    QList<QCheckBox *> weekdayBoxes() const { return m_weekdays; }
    QCheckBox *pairProgrammingBox() const;
    QCheckBox *readingGroupBox() const;
    QCheckBox *presentationsBox() const;
    QGroupBox *regenerateBox() const;
    QRadioButton *keepEditedButton() const;
    QLabel *existingLabel() const;
    QTableWidget *preview() const;
    ScheduleOptions options() const;
    // What accepting would write, after the kept sessions took their places.
    QList<PlannedSession> planned() const { return m_planned; }

    void accept() override;

private:
    void update();
    void fillPreview();

    std::unique_ptr<Ui::GenerateScheduleDialog> m_ui;
    EditHistory &m_history;
    CohortScheduleInputs m_inputs;
    QList<QCheckBox *> m_weekdays;
    ScheduleResult m_result;
    QList<PlannedSession> m_planned;
};

} // namespace Upskill
