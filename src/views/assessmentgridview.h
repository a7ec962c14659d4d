// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace Upskill {

// The grid of a bulk entry, made for typing: 1–4 rates the current cell and moves on to the
// next (to the right, then the next person), Delete or Backspace clears, the arrows move, and
// F2 or a double-click opens the list of levels.
class AssessmentGridView : public QTableView
{
    Q_OBJECT
public:
    explicit AssessmentGridView(QWidget *parent = nullptr);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void moveToNext();
};

} // namespace Upskill
