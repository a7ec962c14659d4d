// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BulkAssessmentDialog;
}

namespace Upskill {

class AssessmentGridModel;
class AssessmentGridView;
class AssessmentModel;
class EditHistory;

// Rates a whole cohort at once: one kind and date, a grid of the people still in the cohort
// by the dimensions still asked, filled from the keyboard. Saving writes every filled cell as
// one undo step in one transaction; if anything is refused nothing is written and the reason
// stays on screen.
class BulkAssessmentDialog : public QDialog
{
    Q_OBJECT
public:
    BulkAssessmentDialog(EditHistory &history, qint64 cohortId, const QString &cohortName,
                         QWidget *parent = nullptr);
    ~BulkAssessmentDialog() override;

    AssessmentGridModel *gridModel() const { return m_grid; }
    AssessmentGridView *grid() const;
    void setKind(const QString &kind);
    // How many levels the last successful save wrote.
    int savedCount() const { return m_savedCount; }
    void accept() override;

private:
    void updateCount();

    std::unique_ptr<Ui::BulkAssessmentDialog> m_ui;
    AssessmentModel *m_model;
    AssessmentGridModel *m_grid;
    QString m_cohortName;
    int m_savedCount = 0;
};

} // namespace Upskill
