// SPDX-License-Identifier: GPL-3.0-or-later
#include "planmeetingsdialog.h"

#include "readingmeetingmodel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Upskill {

PlanMeetingsDialog::PlanMeetingsDialog(ReadingMeetingModel &meetings, const QString &groupName,
                                       QWidget *parent)
    : QDialog(parent), m_meetings(meetings), m_count(new QSpinBox(this)),
      m_first(new QDateEdit(meetings.suggestedFirstDay(), this)), m_preview(new QTableWidget(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Plan meetings of %1").arg(groupName));
    m_count->setRange(1, 26);
    m_count->setValue(6);
    m_first->setCalendarPopup(true);
    m_first->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_preview->setColumnCount(3);
    m_preview->setHorizontalHeaderLabels({tr("Date"), tr("Facilitator"), tr("Reading")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_problem->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Meetings:"), m_count);
    form->addRow(tr("&First meeting on:"), m_first);
    auto *rule = new QLabel(tr("Every two weeks. The facilitator's role passes to the next member "
                               "in the group's order, skipping anyone who has left by then; "
                               "each meeting takes the next reading nobody has discussed yet."),
                            this);
    rule->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_plan = buttons->button(QDialogButtonBox::Ok);
    m_plan->setText(tr("&Plan"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rule);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_count, &QSpinBox::valueChanged, this, &PlanMeetingsDialog::updatePreview);
    connect(m_first, &QDateEdit::dateChanged, this, &PlanMeetingsDialog::updatePreview);
    updatePreview();
    resize(560, 460);
}

int PlanMeetingsDialog::count() const
{
    return m_count->value();
}

QDate PlanMeetingsDialog::firstDay() const
{
    return m_first->date();
}

void PlanMeetingsDialog::updatePreview()
{
    QString problem;
    const auto meetings = m_meetings.proposal(count(), firstDay(), &problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_plan->setEnabled(!meetings.isEmpty());
    m_preview->setRowCount(int(meetings.size()));
    for (int row = 0; row < meetings.size(); ++row) {
        const ReadingMeetingModel::PlannedMeeting &m = meetings.at(row);
        const QStringList texts = {QLocale().toString(m.day, QLocale::ShortFormat),
                                   m.facilitator ? m_meetings.memberName(m.facilitator)
                                                 : tr("nobody: no member is in the group that day"),
                                   m.reading ? m_meetings.readingTitle(m.reading)
                                             : tr("to be chosen")};
        for (int column = 0; column < texts.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(texts.at(column)));
    }
    m_preview->resizeColumnsToContents();
}

} // namespace Upskill
