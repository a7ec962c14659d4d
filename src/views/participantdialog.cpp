// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantdialog.h"
#include "ui_participantdialog.h"

#include "rules.h"
#include "vocabulary.h"

#include <QPushButton>

namespace Upskill {

ParticipantDialog::ParticipantDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ParticipantDialog>())
{
    m_ui->setupUi(this);
    for (const Choice &c : Vocabulary::choices(Term::Role))
        m_ui->roleCombo->addItem(c.label, c.key);
    for (const Choice &c : Vocabulary::choices(Term::Seniority))
        m_ui->seniorityCombo->addItem(c.label, c.key);
    m_ui->seniorityCombo->setCurrentIndex(m_ui->seniorityCombo->findData(QStringLiteral("mid")));
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ParticipantDialog::check);
    connect(m_ui->emailEdit, &QLineEdit::textChanged, this, &ParticipantDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

ParticipantDialog::~ParticipantDialog() = default;

void ParticipantDialog::check()
{
    QString problem;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problem = tr("Enter the engineer's name.");
    else if (!Rules::isPlausibleEmail(m_ui->emailEdit->text()))
        problem = tr("Enter a valid email address; it identifies the person in imports.");
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QVariantMap ParticipantDialog::values() const
{
    return {{QStringLiteral("name"), m_ui->nameEdit->text().trimmed()},
            {QStringLiteral("email"), m_ui->emailEdit->text().trimmed()},
            {QStringLiteral("role"), m_ui->roleCombo->currentData()},
            {QStringLiteral("seniority"), m_ui->seniorityCombo->currentData()},
            {QStringLiteral("team"), m_ui->teamEdit->text().trimmed()},
            {QStringLiteral("manager"), m_ui->managerEdit->text().trimmed()},
            {QStringLiteral("is_mentor"), m_ui->mentorCheck->isChecked()},
            {QStringLiteral("is_champion"), m_ui->championCheck->isChecked()}};
}

} // namespace Upskill
