// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QPushButton;

namespace Upskill {

class AttendanceGridView;
class AttendanceModel;
class CohortPicker;
class EditHistory;

// "Attendance": the register of one cohort — its participants down, its sessions across —
// marked present, absent or excused from the keyboard or the buttons, cell by cell or for a
// whole session, a whole person or any selection at once, with each person's and each
// session's attendance rate and the cohort's at the corner.
class AttendancePage : public SkillsPage
{
    Q_OBJECT
public:
    explicit AttendancePage(EditHistory &history, QWidget *parent = nullptr);

    // Delete clears the selected marks.
    void removeSelected() override;
    void focusSearch() override;

    void setCohort(qint64 cohortId);
    qint64 cohort() const;

    CohortPicker *cohortPicker() const { return m_picker; }
    AttendanceModel *model() const { return m_model; }
    AttendanceGridView *grid() const { return m_grid; }
    QString infoText() const;
    QString emptyText() const;

Q_SIGNALS:
    void cohortShown(qint64 cohortId);

private:
    void onCohortChanged(qint64 cohortId);
    void updateTexts();

    EditHistory &m_history;
    CohortPicker *m_picker;
    AttendanceModel *m_model;
    QLabel *m_info;
    QLabel *m_help;
    QLabel *m_empty;
    AttendanceGridView *m_grid;
    QList<QPushButton *> m_markButtons;
};

} // namespace Upskill
