// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Upskill {

class ReadingMeetingModel;

// Plans a reading group's next meetings: how many and from which day, with a preview of each
// meeting's date, facilitator (the next member in turn) and reading before anything is added.
class PlanMeetingsDialog : public QDialog
{
    Q_OBJECT
public:
    PlanMeetingsDialog(ReadingMeetingModel &meetings, const QString &groupName,
                       QWidget *parent = nullptr);

    int count() const;
    QDate firstDay() const;
    QSpinBox *countBox() const { return m_count; }
    QDateEdit *firstDayField() const { return m_first; }
    QTableWidget *preview() const { return m_preview; }

private:
    void updatePreview();

    ReadingMeetingModel &m_meetings;
    QSpinBox *m_count;
    QDateEdit *m_first;
    QTableWidget *m_preview;
    QLabel *m_problem;
    QPushButton *m_plan;
};

} // namespace Upskill
