// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programimport.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QProgressBar;
class QRadioButton;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Upskill {

class ImportJob;
class ImportProblemModel;
class ImportWizard;

// The import wizard's third step: every row is checked against the program on a worker
// thread, without writing; the page says how many rows are new, already there or refused,
// lists every problem with its line and column, and asks what to do with duplicates and with
// refused rows. Its Import button starts the import.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportCheckPage(ImportWizard *wizard);
    ~ImportCheckPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // For tests: whether the check is done, and what it found.
    bool isChecking() const;
    const ImportResult &result() const { return m_result; }

private:
    void startCheck();
    void checked(const ImportResult &result);
    void showProgress();

    ImportWizard *m_wizard;
    ImportJob *m_job;
    QTimer *m_progressTimer;
    ImportResult m_result;
    bool m_done = false;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QStackedWidget *m_problemsStack;
    QTableView *m_problems;
    ImportProblemModel *m_model;
    QLabel *m_noProblems;
    QLabel *m_duplicatesLabel;
    QRadioButton *m_skip;
    QRadioButton *m_update;
    QCheckBox *m_skipInvalid;
    QLabel *m_advice;
};

} // namespace Upskill
