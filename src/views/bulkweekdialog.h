// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QTableWidget;

namespace Upskill {

class ProtectedTimeGridModel;

// A whole week of protected time for the cohort at once: the hours each participant used
// (the same for everyone with one click, then adjusted per person) and what the time went to
// where it fell short. Saving is one undo step.
class BulkWeekDialog : public QDialog
{
    Q_OBJECT
public:
    BulkWeekDialog(ProtectedTimeGridModel *grid, const QDate &week, QWidget *parent = nullptr);

    QDate week() const;
    void setWeek(const QDate &week);
    // Sets every row to hours (and reason, a TimeReason key or empty).
    void fillEveryone(double hours, const QString &reason);
    // -1 leaves the person's hours as they are.
    void setHours(int row, double hours);
    void setReason(int row, const QString &reason);

    QComboBox *weekCombo() const { return m_week; }
    QTableWidget *table() const { return m_table; }
    QDoubleSpinBox *everyoneHours() const { return m_everyoneHours; }
    QComboBox *everyoneReason() const { return m_everyoneReason; }

    void accept() override;

private:
    void loadWeek();
    QDoubleSpinBox *hoursBox(int row) const;
    QComboBox *reasonBox(int row) const;
    QComboBox *newReasonCombo(QWidget *parent) const;

    ProtectedTimeGridModel *m_grid;
    QComboBox *m_week;
    QDoubleSpinBox *m_everyoneHours;
    QComboBox *m_everyoneReason;
    QTableWidget *m_table;
    QLabel *m_hint;
};

} // namespace Upskill
