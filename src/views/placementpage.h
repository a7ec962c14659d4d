// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "figurepage.h"
#include "placement.h"

#include <QFutureWatcher>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace Upskill {

// Who can test out of the foundational track: engineers whose assessed levels already meet
// its target levels. Those enrolled in one of its cohorts can be marked as tested out here.
class PlacementPage : public FigurePage
{
    Q_OBJECT
public:
    explicit PlacementPage(EditHistory &history, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // Marks the selected people's open enrollments as tested out, as one undoable step.
    int markSelectedTestedOut();

Q_SIGNALS:
    void resultShown();

protected:
    void refresh() override;

private:
    void loadTracks();
    void showOutcome(const FigureOutcome<PlacementResult> &outcome);
    void updateButton();

    QComboBox *m_track;
    QComboBox *m_kinds;
    QTableWidget *m_table;
    QPushButton *m_mark;
};

} // namespace Upskill
