// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QDialog>

#include <optional>

class QCheckBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTimeEdit;

namespace Upskill {

// Where to move sessions: by a number of days (or, the same thing, to a new date for the
// first of them) and optionally to another start time. Sessions keep their order and gaps.
class MoveSessionsDialog : public QDialog
{
    Q_OBJECT
public:
    // starts: the sessions to move, in any order.
    MoveSessionsDialog(const QList<QDateTime> &starts, QWidget *parent = nullptr);

    int days() const;
    std::optional<QTime> time() const;

    QDateEdit *dateEdit() const { return m_date; }
    QSpinBox *daysBox() const { return m_days; }
    QCheckBox *timeBox() const { return m_changeTime; }
    QTimeEdit *timeEdit() const { return m_time; }

private:
    void updateSummary();

    QDateTime m_first;
    int m_count = 0;
    QDateEdit *m_date;
    QSpinBox *m_days;
    QCheckBox *m_changeTime;
    QTimeEdit *m_time;
    QLabel *m_summary;
};

} // namespace Upskill
