// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programimport.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace Upskill {

class ImportJob;
class ImportProblemModel;
class ImportWizard;

// The import wizard's last step: the import runs in one transaction on a worker thread with
// a progress bar and Cancel (which writes nothing), then becomes one step of the edit
// history and the page says what was imported, updated, skipped and left out.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard *wizard);
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    bool isRunning() const;
    const ImportResult &result() const { return m_result; }
    // For tests: what the Cancel import button does.
    void cancelImport();

private:
    void finished(const ImportResult &result);

    ImportWizard *m_wizard;
    ImportJob *m_job;
    QTimer *m_progressTimer;
    ImportResult m_result;
    bool m_done = false;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QLabel *m_leftOutLabel;
    QTableView *m_leftOut;
    ImportProblemModel *m_model;
};

} // namespace Upskill
