// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Upskill {

class AttendanceModel;

// The attendance grid, made for the keyboard: P, A or E marks the selected cells present,
// absent or excused (one cell: then the next person down, as a register is taken), Delete or
// Backspace clears them, the arrows move. Clicking a session's header selects its column and
// a person's name their row; right-clicking either offers to mark all of it at once. Each of
// these is one undo step.
class AttendanceGridView : public QTableView
{
    Q_OBJECT
public:
    explicit AttendanceGridView(QWidget *parent = nullptr);

    void setAttendanceModel(AttendanceModel *model);
    // Marks the selected cells (or the current one) with status; "" clears.
    void markSelection(const QString &status);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void headerMenu(Qt::Orientation orientation, const QPoint &position);
    QModelIndexList targetCells() const;

    AttendanceModel *m_model = nullptr;
};

} // namespace Upskill
