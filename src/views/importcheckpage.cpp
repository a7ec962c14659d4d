// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcheckpage.h"

#include "edithistory.h"
#include "importjob.h"
#include "importproblemmodel.h"
#include "importwizard.h"
#include "programfile.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Upskill {

namespace {

QString newRecords(ImportKind kind, qint64 count)
{
    switch (kind) {
    case ImportKind::Participants:
        return ImportCheckPage::tr("%n new participant(s)", nullptr, int(count));
    case ImportKind::Assessments:
        return ImportCheckPage::tr("%n new assessment(s)", nullptr, int(count));
    case ImportKind::Surveys:
        return ImportCheckPage::tr("%n new survey response(s)", nullptr, int(count));
    }
    return {};
}

} // namespace

ImportCheckPage::ImportCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_job(new ImportJob(this)),
      m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importCheckPage"));
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Every row is checked against the program before anything is written."));
    setCommitPage(true);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);

    m_model = new ImportProblemModel(this);
    m_problems = new QTableView(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setModel(m_model);
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->verticalHeader()->hide();
    m_problems->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_noProblems = new QLabel(tr("No problems: every row can be imported."), this);
    m_noProblems->setAlignment(Qt::AlignCenter);
    m_noProblems->setEnabled(false);
    m_problemsStack = new QStackedWidget(this);
    m_problemsStack->addWidget(m_problems);
    m_problemsStack->addWidget(m_noProblems);

    auto *duplicates = new QGroupBox(this);
    m_duplicatesLabel = new QLabel(duplicates);
    m_duplicatesLabel->setWordWrap(true);
    m_skip = new QRadioButton(tr("&Skip them and keep what the program has"), duplicates);
    m_update = new QRadioButton(tr("&Update them with the file's filled-in cells"), duplicates);
    auto *group = new QButtonGroup(this);
    group->addButton(m_skip);
    group->addButton(m_update);
    auto *duplicatesLayout = new QVBoxLayout(duplicates);
    duplicatesLayout->addWidget(m_duplicatesLabel);
    duplicatesLayout->addWidget(m_skip);
    duplicatesLayout->addWidget(m_update);

    m_skipInvalid =
        new QCheckBox(tr("&Leave out the rows with problems and import the others"), this);
    m_advice = new QLabel(this);
    m_advice->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary);
    layout->addWidget(m_problemsStack, 1);
    layout->addWidget(duplicates);
    layout->addWidget(m_skipInvalid);
    layout->addWidget(m_advice);

    connect(m_job, &ImportJob::finished, this, &ImportCheckPage::checked);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportCheckPage::showProgress);
    connect(m_update, &QRadioButton::toggled, this, [this](bool update) {
        m_wizard->setup().options.duplicates =
            update ? ImportOptions::Duplicates::Update : ImportOptions::Duplicates::Skip;
        // Skipping or updating changes the counts; the check runs again.
        if (m_done || m_job->isRunning())
            startCheck();
    });
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this](bool skip) {
        m_wizard->setup().options.skipInvalid = skip;
        checked(m_result);
    });
    connect(m_wizard, &ImportWizard::cancelRequested, this, [this] {
        if (m_job->isRunning())
            m_job->cancel();
    });
}

ImportCheckPage::~ImportCheckPage() = default;

bool ImportCheckPage::isChecking() const
{
    return m_job->isRunning();
}

void ImportCheckPage::initializePage()
{
    const ImportOptions &options = m_wizard->setup().options;
    switch (options.kind) {
    case ImportKind::Participants:
        m_duplicatesLabel->setText(tr("People already in the program, and people listed twice "
                                      "in the file (the same email, capitals ignored):"));
        break;
    case ImportKind::Assessments:
        m_duplicatesLabel->setText(tr("Assessments already recorded (the same person, "
                                      "dimension, kind and date):"));
        break;
    case ImportKind::Surveys:
        m_duplicatesLabel->setText(tr("Answers already recorded (the same person and survey; "
                                      "anonymous answers are always added):"));
        break;
    }
    {
        const QSignalBlocker skipBlocker(m_skip);
        const QSignalBlocker updateBlocker(m_update);
        m_skip->setChecked(options.duplicates == ImportOptions::Duplicates::Skip);
        m_update->setChecked(options.duplicates == ImportOptions::Duplicates::Update);
        const QSignalBlocker invalidBlocker(m_skipInvalid);
        m_skipInvalid->setChecked(options.skipInvalid);
    }
    startCheck();
}

void ImportCheckPage::cleanupPage()
{
    if (m_job->isRunning())
        m_job->cancel();
    m_progressTimer->stop();
    m_done = false;
}

void ImportCheckPage::startCheck()
{
    if (m_job->isRunning())
        m_job->cancel();
    m_done = false;
    m_result = {};
    m_model->setProblems({}, m_wizard->setup().format);
    m_problemsStack->setCurrentWidget(m_problems);
    m_summary->setText(tr("Checking every row…"));
    m_advice->clear();
    m_progress->setValue(0);
    m_progress->show();
    m_wizard->setBusy(true);
    m_job->start(m_wizard->history().file().path(), m_wizard->setup().dataPath,
                 m_wizard->setup().options, ProgramImport::Mode::Check);
    m_progressTimer->start(100);
    Q_EMIT completeChanged();
}

void ImportCheckPage::showProgress()
{
    m_progress->setValue(int(m_job->progress() * 1000));
}

void ImportCheckPage::checked(const ImportResult &result)
{
    if (sender() == m_job) {
        m_progressTimer->stop();
        m_wizard->jobEnded();
        // A check cancelled because the choices changed is followed by another.
        if (result.cancelled || m_job->isRunning())
            return;
        m_result = result;
        m_done = true;
    }
    if (!m_done)
        return;
    m_progress->hide();
    const QLocale locale;
    if (!m_result.error.isEmpty()) {
        m_summary->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                               .arg(m_result.error.toHtmlEscaped()));
        m_problemsStack->setCurrentWidget(m_problems);
        Q_EMIT completeChanged();
        return;
    }
    const ImportKind kind = m_wizard->setup().options.kind;
    QStringList parts;
    parts.append(newRecords(kind, m_result.inserted));
    if (m_result.updated > 0)
        parts.append(tr("%n to update", nullptr, int(m_result.updated)));
    if (m_result.skipped > 0)
        parts.append(tr("%n already there (skipped)", nullptr, int(m_result.skipped)));
    if (m_result.refused > 0)
        parts.append(tr("%n row(s) with problems", nullptr, int(m_result.refused)));
    m_summary->setText(
        QStringLiteral("<b>%1</b> %2")
            .arg(tr("%n row(s) read:", nullptr, int(m_result.rows)).toHtmlEscaped(),
                 parts.join(QStringLiteral(", ")).toHtmlEscaped() + QLatin1Char('.')));
    m_model->setProblems(m_result.problems, m_result.format);
    m_problems->resizeColumnToContents(ImportProblemModel::Line);
    m_problems->resizeColumnToContents(ImportProblemModel::Field);
    m_problemsStack->setCurrentWidget(m_result.problems.isEmpty()
                                          ? static_cast<QWidget *>(m_noProblems)
                                          : static_cast<QWidget *>(m_problems));

    QString advice;
    if (m_result.problemCount > m_result.problems.size())
        advice = tr("The first %1 of %2 problems are listed.")
                     .arg(locale.toString(m_result.problems.size()),
                          locale.toString(m_result.problemCount)) +
                 QLatin1Char(' ');
    if (m_result.refused > 0 && !m_skipInvalid->isChecked())
        advice += tr("Nothing is imported while a row has a problem: correct the file and go "
                     "Back to read it again, or leave those rows out.");
    else if (m_result.inserted + m_result.updated == 0)
        advice += m_result.refused > 0
                      ? tr("Without the rows with problems there is nothing left to import.")
                      : tr("There is nothing new to import.");
    else if (m_result.refused > 0)
        advice += tr("The %n row(s) with problems will be left out; the others are imported.",
                     nullptr, int(m_result.refused));
    m_advice->setText(advice);
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_done && m_result.error.isEmpty() &&
           (m_result.refused == 0 || m_skipInvalid->isChecked()) &&
           m_result.inserted + m_result.updated > 0;
}

bool ImportCheckPage::validatePage()
{
    ImportOptions &options = m_wizard->setup().options;
    options.skipInvalid = m_skipInvalid->isChecked();
    options.duplicates =
        m_update->isChecked() ? ImportOptions::Duplicates::Update : ImportOptions::Duplicates::Skip;
    return true;
}

} // namespace Upskill
