// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortdialog.h"
#include "ui_cohortdialog.h"

#include "quarter.h"
#include "rules.h"

#include <QPushButton>
#include <QSqlQuery>

namespace Upskill {

CohortDialog::CohortDialog(const QSqlDatabase &db, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CohortDialog>())
{
    m_ui->setupUi(this);
    QSqlQuery query(db);
    query.exec(
        QStringLiteral("SELECT id, name, nominal_weeks FROM tracks ORDER BY position, name"));
    while (query.next())
        m_ui->trackCombo->addItem(query.value(1).toString(),
                                  QVariantList{query.value(0), query.value(2)});

    Quarter quarter = Quarter::containing(QDate::currentDate()).next();
    for (int i = 0; i < 5; ++i, quarter = quarter.next())
        m_ui->quarterCombo->addItem(quarter.toString());
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: palette(highlight);"));

    connect(m_ui->trackCombo, &QComboBox::currentIndexChanged, this, [this] {
        proposeDates();
        proposeName();
    });
    connect(m_ui->quarterCombo, &QComboBox::currentTextChanged, this, [this] {
        proposeDates();
        proposeName();
    });
    connect(m_ui->startDate, &QDateEdit::dateChanged, this, &CohortDialog::check);
    connect(m_ui->endDate, &QDateEdit::dateChanged, this, &CohortDialog::check);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &CohortDialog::check);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    proposeDates();
    proposeName();
    check();
}

CohortDialog::~CohortDialog() = default;

void CohortDialog::proposeDates()
{
    const Quarter quarter = Quarter::parse(m_ui->quarterCombo->currentText());
    if (!quarter.isValid())
        return;
    QDate start = quarter.firstDay();
    while (start.dayOfWeek() != Qt::Monday)
        start = start.addDays(1);
    const int weeks = qMax(1, m_ui->trackCombo->currentData().toList().value(1).toInt());
    m_ui->startDate->setDate(start);
    m_ui->endDate->setDate(start.addDays(weeks * 7 - 3));
}

void CohortDialog::proposeName()
{
    // Only replace a name we proposed ourselves, never one the user typed.
    const QString current = m_ui->nameEdit->text();
    if (!current.isEmpty() && current != m_proposedName)
        return;
    m_proposedName = QStringLiteral("%1 %2").arg(m_ui->quarterCombo->currentText(),
                                                 m_ui->trackCombo->currentText());
    m_ui->nameEdit->setText(m_proposedName);
}

void CohortDialog::check()
{
    QString problem;
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        problem = tr("Give the cohort a name.");
    else if (m_ui->trackCombo->count() == 0)
        problem = tr("Add a track first: every cohort follows one.");
    else if (!Quarter::parse(m_ui->quarterCombo->currentText()).isValid())
        problem = tr("Write the quarter like 2027-Q1.");
    else
        problem = Rules::dateOrderError(m_ui->startDate->date(), m_ui->endDate->date());
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QVariantMap CohortDialog::values() const
{
    return {
        {QStringLiteral("name"), m_ui->nameEdit->text().trimmed()},
        {QStringLiteral("track_id"), m_ui->trackCombo->currentData().toList().value(0)},
        {QStringLiteral("quarter"), Quarter::parse(m_ui->quarterCombo->currentText()).toString()},
        {QStringLiteral("start_date"), m_ui->startDate->date()},
        {QStringLiteral("end_date"), m_ui->endDate->date()},
        {QStringLiteral("status"), QStringLiteral("planned")},
        {QStringLiteral("is_pilot"), m_ui->pilotCheck->isChecked()},
        {QStringLiteral("instructors"), m_ui->instructorsEdit->text().trimmed()}};
}

} // namespace Upskill
