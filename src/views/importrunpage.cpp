// SPDX-License-Identifier: GPL-3.0-or-later
#include "importrunpage.h"

#include "edithistory.h"
#include "importjob.h"
#include "importproblemmodel.h"
#include "importundocommand.h"
#include "importwizard.h"
#include "programfile.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Upskill {

namespace {

// The Edit menu's name for the step, e.g. "Undo Import 120 participants".
QString undoText(ImportKind kind, qint64 count)
{
    switch (kind) {
    case ImportKind::Participants:
        return ImportRunPage::tr("Import %n participant(s)", nullptr, int(count));
    case ImportKind::Assessments:
        return ImportRunPage::tr("Import %n assessment(s)", nullptr, int(count));
    case ImportKind::Surveys:
        return ImportRunPage::tr("Import %n survey response(s)", nullptr, int(count));
    }
    return {};
}

QString added(ImportKind kind, qint64 count)
{
    switch (kind) {
    case ImportKind::Participants:
        return ImportRunPage::tr("%n participant(s) added", nullptr, int(count));
    case ImportKind::Assessments:
        return ImportRunPage::tr("%n assessment(s) added", nullptr, int(count));
    case ImportKind::Surveys:
        return ImportRunPage::tr("%n survey response(s) added", nullptr, int(count));
    }
    return {};
}

} // namespace

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_job(new ImportJob(this)),
      m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    setSubTitle(tr("The rows are written in one go: until the import is complete the program "
                   "stays as it was, and cancelling writes nothing."));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setFormat(QStringLiteral("%p %"));
    m_cancel = new QPushButton(tr("&Cancel import"), this);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_leftOutLabel = new QLabel(this);
    m_leftOutLabel->setWordWrap(true);
    m_leftOutLabel->hide();
    m_model = new ImportProblemModel(this);
    m_leftOut = new QTableView(this);
    m_leftOut->setObjectName(QStringLiteral("importLeftOut"));
    m_leftOut->setModel(m_model);
    m_leftOut->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_leftOut->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_leftOut->verticalHeader()->hide();
    m_leftOut->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_leftOut->horizontalHeader()->setStretchLastSection(true);
    m_leftOut->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_leftOutLabel);
    layout->addWidget(m_leftOut, 1);
    layout->addStretch();

    connect(m_job, &ImportJob::finished, this, &ImportRunPage::finished);
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancelImport);
    connect(m_progressTimer, &QTimer::timeout, this,
            [this] { m_progress->setValue(int(m_job->progress() * 1000)); });
    connect(m_wizard, &ImportWizard::cancelRequested, this, [this] {
        if (m_job->isRunning())
            m_job->cancel();
    });
}

ImportRunPage::~ImportRunPage() = default;

bool ImportRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportRunPage::cancelImport()
{
    if (!m_job->isRunning())
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_summary->setText(tr("Cancelling…"));
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_result = {};
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_leftOut->hide();
    m_leftOutLabel->hide();
    m_summary->setText(tr("Importing…"));
    m_wizard->setBusy(true);
    m_job->start(m_wizard->history().file().path(), m_wizard->setup().dataPath,
                 m_wizard->setup().options, ProgramImport::Mode::Write);
    m_progressTimer->start(100);
}

void ImportRunPage::finished(const ImportResult &result)
{
    m_progressTimer->stop();
    m_result = result;
    m_done = true;
    m_progress->hide();
    m_cancel->hide();
    const ImportSetup &setup = m_wizard->setup();
    const ImportKind kind = setup.options.kind;
    if (result.ok) {
        ImportUndoCommand::push(m_wizard->history(), result.changes,
                                undoText(kind, result.inserted + result.updated));
        m_wizard->settings().setMapping(
            kind, setup.headers, ImportSettings::toHeaders(setup.options.mapping, setup.headers));
        m_wizard->setImported(true);
        QStringList parts = {added(kind, result.inserted)};
        if (result.updated > 0)
            parts.append(tr("%n updated", nullptr, int(result.updated)));
        if (result.skipped > 0)
            parts.append(
                tr("%n already there and left as they were", nullptr, int(result.skipped)));
        QString text = QStringLiteral("<p><b>%1</b> %2.</p>")
                           .arg(tr("Imported:").toHtmlEscaped(),
                                parts.join(QStringLiteral(", ")).toHtmlEscaped());
        text +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("Edit → Undo takes the whole import back in one step.").toHtmlEscaped());
        m_summary->setText(text);
        if (result.refused > 0) {
            m_leftOutLabel->setText(
                tr("%n row(s) with problems were left out:", nullptr, int(result.refused)));
            m_leftOutLabel->show();
            m_model->setProblems(result.problems, result.format);
            m_leftOut->resizeColumnToContents(ImportProblemModel::Line);
            m_leftOut->resizeColumnToContents(ImportProblemModel::Field);
            m_leftOut->show();
        }
    } else if (result.cancelled) {
        m_summary->setText(tr("The import was cancelled; nothing was written."));
    } else {
        const QString why = result.error.isEmpty()
                                ? tr("%n row(s) were refused, so nothing was written.", nullptr,
                                     int(result.refused))
                                : result.error;
        m_summary->setText(
            QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(why.toHtmlEscaped()));
        if (!result.problems.isEmpty()) {
            m_model->setProblems(result.problems, result.format);
            m_leftOut->resizeColumnToContents(ImportProblemModel::Line);
            m_leftOut->resizeColumnToContents(ImportProblemModel::Field);
            m_leftOut->show();
        }
    }
    m_wizard->jobEnded();
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace Upskill
