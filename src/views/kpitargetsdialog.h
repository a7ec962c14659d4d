// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDoubleSpinBox;

namespace Upskill {

class EditHistory;

// The targets of the key figures, stored in the program file: saved as one undoable change.
class KpiTargetsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KpiTargetsDialog(EditHistory &history, QWidget *parent = nullptr);

    void accept() override;

private:
    EditHistory &m_history;
    QDoubleSpinBox *m_completion;
    QDoubleSpinBox *m_advancement;
    QDoubleSpinBox *m_days;
    QDoubleSpinBox *m_mentor;
    QDoubleSpinBox *m_manager;
    QDoubleSpinBox *m_protectedTime;
    QDoubleSpinBox *m_nps;
};

} // namespace Upskill
