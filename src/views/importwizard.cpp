// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "edithistory.h"
#include "importcheckpage.h"
#include "importcolumnspage.h"
#include "importfilepage.h"
#include "importrunpage.h"
#include "programfile.h"

#include <QMessageBox>

namespace Upskill {

ImportWizard::ImportWizard(EditHistory &history, ImportKind kind, QWidget *parent)
    : QWizard(parent), m_history(history)
{
    setObjectName(QStringLiteral("importWizard"));
    m_setup.options.kind = kind;
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setPage(FilePage, new ImportFilePage(this));
    setPage(ColumnsPage, new ImportColumnsPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setStartId(FilePage);
    resize(820, 620);
    updateTitle();
}

bool ImportWizard::run(QWidget *parent, EditHistory &history, ImportKind kind)
{
    if (history.file().isReadOnly()) {
        QMessageBox::information(parent, tr("Import"), history.file().readOnlyMessage());
        return false;
    }
    ImportWizard wizard(history, kind, parent);
    wizard.exec();
    return wizard.imported();
}

void ImportWizard::updateTitle()
{
    switch (m_setup.options.kind) {
    case ImportKind::Participants:
        setWindowTitle(tr("Import participants"));
        break;
    case ImportKind::Assessments:
        setWindowTitle(tr("Import assessments"));
        break;
    case ImportKind::Surveys:
        setWindowTitle(tr("Import survey responses"));
        break;
    }
}

void ImportWizard::jobEnded()
{
    m_busy = false;
    if (m_closing)
        QWizard::reject();
}

void ImportWizard::reject()
{
    // A check or an import on the worker thread stops first (an import rolls back), so
    // closing never leaves a transaction behind.
    if (m_busy) {
        m_closing = true;
        Q_EMIT cancelRequested();
        return;
    }
    QWizard::reject();
}

} // namespace Upskill
