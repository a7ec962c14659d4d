// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentdialog.h"
#include "ui_assessmentdialog.h"

#include "assessmentmodel.h"
#include "levelpicker.h"
#include "rubric.h"
#include "vocabulary.h"

#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Upskill {

AssessmentDialog::AssessmentDialog(EditHistory &history, qint64 participantId,
                                   const QString &participantName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AssessmentDialog>()),
      // A model of its own: its refusals are shown here, not also by the area behind.
      m_model(new AssessmentModel(history, this)), m_participantId(participantId)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Record assessment — %1").arg(participantName));
    for (const Choice &c : Vocabulary::choices(Term::AssessmentKind))
        m_ui->kindCombo->addItem(c.label, c.key);
    m_ui->dateEdit->setDate(QDate::currentDate());
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Save assessment"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AssessmentDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadCohorts();
    buildPickers();
    resize(1040, 760);
}

AssessmentDialog::~AssessmentDialog() = default;

void AssessmentDialog::setKind(const QString &kind)
{
    m_ui->kindCombo->setCurrentIndex(qMax(0, m_ui->kindCombo->findData(kind)));
}

void AssessmentDialog::loadCohorts()
{
    // Only the person's own cohorts, newest first; the newest is the likely one.
    m_ui->cohortCombo->addItem(tr("No cohort"), QVariant());
    QSqlQuery query(m_model->database());
    query.prepare(QStringLiteral("SELECT c.id, c.name FROM enrollments e "
                                 "JOIN cohorts c ON c.id = e.cohort_id "
                                 "WHERE e.participant_id = ? "
                                 "ORDER BY c.start_date DESC, c.name"));
    query.addBindValue(m_participantId);
    if (query.exec()) {
        while (query.next())
            m_ui->cohortCombo->addItem(query.value(1).toString(), query.value(0));
    }
    m_ui->cohortCombo->setCurrentIndex(m_ui->cohortCombo->count() > 1 ? 1 : 0);
}

void AssessmentDialog::buildPickers()
{
    auto *layout = new QVBoxLayout(m_ui->dimensionsWidget);
    layout->setSpacing(18);
    const QList<RubricDimension> dimensions = Rubric::load(m_model->database(), true);
    for (const RubricDimension &dimension : dimensions) {
        auto *picker = new LevelPicker(dimension, m_ui->dimensionsWidget);
        connect(picker, &LevelPicker::levelChanged, m_ui->problemLabel, &QLabel::clear);
        m_pickers.append(picker);
        layout->addWidget(picker);
    }
    if (dimensions.isEmpty()) {
        layout->addWidget(new QLabel(tr("The rubric has no dimensions that are still asked. Add "
                                        "or restore one on the Rubric page first."),
                                     m_ui->dimensionsWidget));
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }
    layout->addStretch(1);
}

QList<QVariantMap> AssessmentDialog::records() const
{
    QList<QVariantMap> result;
    const QVariant cohort = m_ui->cohortCombo->currentData();
    for (const LevelPicker *picker : m_pickers) {
        if (picker->level() == 0)
            continue;
        QVariantMap record{{QStringLiteral("participant_id"), m_participantId},
                           {QStringLiteral("dimension_id"), picker->dimensionId()},
                           {QStringLiteral("kind"), m_ui->kindCombo->currentData()},
                           {QStringLiteral("level"), picker->level()},
                           {QStringLiteral("assessed_on"), m_ui->dateEdit->date()},
                           {QStringLiteral("note"), m_ui->noteEdit->text().trimmed()}};
        if (cohort.isValid())
            record.insert(QStringLiteral("cohort_id"), cohort);
        result.append(record);
    }
    return result;
}

void AssessmentDialog::accept()
{
    const QList<QVariantMap> rows = records();
    if (rows.isEmpty()) {
        m_ui->problemLabel->setText(
            tr("Choose a level for at least one dimension; nothing was saved."));
        return;
    }
    // A refusal is shown here, in the dialog that can still fix it.
    QString reason;
    const bool saved = m_model->addAssessments(
        rows, tr("Record %n assessment level(s)", nullptr, int(rows.size())), &reason);
    if (!saved) {
        m_ui->problemLabel->setText(tr("Nothing was saved: %1").arg(reason));
        return;
    }
    QDialog::accept();
}

} // namespace Upskill
