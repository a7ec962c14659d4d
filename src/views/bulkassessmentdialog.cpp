// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkassessmentdialog.h"
#include "ui_bulkassessmentdialog.h"

#include "assessmentgridmodel.h"
#include "assessmentgridview.h"
#include "assessmentmodel.h"
#include "vocabulary.h"

#include <QPushButton>
#include <QSqlQuery>

namespace Upskill {

BulkAssessmentDialog::BulkAssessmentDialog(EditHistory &history, qint64 cohortId,
                                           const QString &cohortName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulkAssessmentDialog>()),
      // A model of its own: its refusals are shown here, not also by the area behind.
      m_model(new AssessmentModel(history, this)),
      m_grid(new AssessmentGridModel(m_model->database(), this)), m_cohortName(cohortName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Bulk entry — %1").arg(cohortName));
    for (const Choice &c : Vocabulary::choices(Term::AssessmentKind))
        m_ui->kindCombo->addItem(c.label, c.key);
    // A cohort that has finished is rated after the program, any other one before it.
    QSqlQuery query(m_model->database());
    query.prepare(QStringLiteral("SELECT status FROM cohorts WHERE id = ?"));
    query.addBindValue(cohortId);
    const bool completed =
        query.exec() && query.next() && query.value(0).toString() == QLatin1String("completed");
    setKind(completed ? QStringLiteral("post") : QStringLiteral("pre"));
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    m_grid->setCohort(cohortId);
    m_ui->grid->setModel(m_grid);
    if (m_grid->rowCount() > 0 && m_grid->columnCount() > 0)
        m_ui->grid->setCurrentIndex(m_grid->index(0, 0));
    if (m_grid->rowCount() == 0)
        m_ui->problemLabel->setText(
            tr("Nobody is in this cohort (withdrawn people are left out); enrol participants "
               "under Cohorts first."));
    else if (m_grid->columnCount() == 0)
        m_ui->problemLabel->setText(tr("The rubric has no dimensions that are still asked."));

    connect(m_grid, &AssessmentGridModel::filledCountChanged, this,
            &BulkAssessmentDialog::updateCount);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BulkAssessmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateCount();
    m_ui->grid->setFocus();
    resize(qMin(1200, 260 + 170 * m_grid->columnCount()), 640);
}

BulkAssessmentDialog::~BulkAssessmentDialog() = default;

AssessmentGridView *BulkAssessmentDialog::grid() const
{
    return m_ui->grid;
}

void BulkAssessmentDialog::setKind(const QString &kind)
{
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(kind)));
}

void BulkAssessmentDialog::updateCount()
{
    const int filled = m_grid->filledCount();
    const int cells = m_grid->rowCount() * m_grid->columnCount();
    // Counts stand apart from the words, so they read right without plural translations.
    m_ui->countLabel->setText(
        filled == 0
            ? tr("Nothing rated yet. Participants in this cohort: %1.").arg(m_grid->rowCount())
            : tr("Ratings to save: %1 (of %2 cells).").arg(filled).arg(cells));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setText(filled == 0 ? tr("&Save") : tr("&Save (%1)").arg(filled));
    if (filled > 0)
        m_ui->problemLabel->clear();
}

void BulkAssessmentDialog::accept()
{
    const QList<QVariantMap> records =
        m_grid->records(m_ui->kindCombo->currentData().toString(), m_ui->dateEdit->date());
    if (records.isEmpty()) {
        m_ui->problemLabel->setText(tr("Rate at least one cell; nothing was saved."));
        return;
    }
    QString reason;
    const bool saved = m_model->addAssessments(
        records, tr("Record %n rating(s) for %1", nullptr, int(records.size())).arg(m_cohortName),
        &reason);
    if (!saved) {
        m_ui->problemLabel->setText(tr("Nothing was saved: %1").arg(reason));
        return;
    }
    m_savedCount = int(records.size());
    QDialog::accept();
}

} // namespace Upskill
