// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr int TeamRole = Qt::UserRole + 1;
}

ProjectDialog::ProjectDialog(const QSqlDatabase &db, qint64 cohortId, const QString &cohortName,
                             qint64 participantId, QWidget *parent)
    : QDialog(parent), m_participant(new QComboBox(this)), m_title(new QLineEdit(this)),
      m_problem(new QPlainTextEdit(this)), m_team(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New application project — %1").arg(cohortName));
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.team, EXISTS (SELECT 1 FROM application_projects a WHERE "
        "a.cohort_id = e.cohort_id AND a.participant_id = p.id) AS has FROM enrollments e JOIN "
        "participants p ON p.id = e.participant_id WHERE e.cohort_id = ? AND e.status <> "
        "'withdrawn' ORDER BY has, p.name, p.id"));
    query.addBindValue(cohortId);
    if (query.exec()) {
        while (query.next()) {
            const QString name = query.value(1).toString();
            m_participant->addItem(query.value(3).toInt() ? tr("%1 (has a project)").arg(name)
                                                          : name,
                                   query.value(0).toLongLong());
            m_participant->setItemData(m_participant->count() - 1, query.value(2), TeamRole);
        }
    }
    if (const int at = m_participant->findData(participantId); at >= 0)
        m_participant->setCurrentIndex(at);

    m_title->setPlaceholderText(tr("A few words, e.g. “Summarise incident reports”"));
    m_problem->setPlaceholderText(tr("The real problem of the team this takes on, and how the "
                                     "team will know it helped."));
    m_problem->setTabChangesFocus(true);
    m_problem->setMinimumHeight(fontMetrics().height() * 5);

    auto *form = new QFormLayout;
    form->addRow(tr("&Participant:"), m_participant);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Team &problem:"), m_problem);
    form->addRow(tr("T&eam:"), m_team);
    auto *layout = new QVBoxLayout(this);
    if (m_participant->count() == 0) {
        auto *empty = new QLabel(tr("Nobody is enrolled in this cohort yet. Enrol its "
                                    "participants under Cohorts first."),
                                 this);
        empty->setWordWrap(true);
        layout->addWidget(empty);
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_participant, &QComboBox::currentIndexChanged, this,
            &ProjectDialog::onParticipantChanged);
    connect(m_title, &QLineEdit::textChanged, this, &ProjectDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    onParticipantChanged();
    m_title->setFocus();
    resize(qMax(sizeHint().width(), fontMetrics().averageCharWidth() * 70), sizeHint().height());
}

void ProjectDialog::onParticipantChanged()
{
    // The participant's team fills the field unless the coordinator typed another one.
    const QString team = m_participant->currentData(TeamRole).toString();
    if (m_team->text() == m_teamShown)
        m_team->setText(team);
    m_teamShown = team;
    updateOk();
}

void ProjectDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(hasParticipants() && !m_title->text().trimmed().isEmpty());
}

bool ProjectDialog::hasParticipants() const
{
    return m_participant->count() > 0;
}

qint64 ProjectDialog::participant() const
{
    return m_participant->currentData().toLongLong();
}

QString ProjectDialog::title() const
{
    return m_title->text().trimmed();
}

QString ProjectDialog::problem() const
{
    return m_problem->toPlainText().trimmed();
}

QString ProjectDialog::team() const
{
    return m_team->text().trimmed();
}

} // namespace Upskill
