// SPDX-License-Identifier: GPL-3.0-or-later
#include "movesessionsdialog.h"

#include "scheduletext.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Upskill {

MoveSessionsDialog::MoveSessionsDialog(const QList<QDateTime> &starts, QWidget *parent)
    : QDialog(parent), m_count(int(starts.size())), m_date(new QDateEdit(this)),
      m_days(new QSpinBox(this)), m_changeTime(new QCheckBox(tr("&Start at:"), this)),
      m_time(new QTimeEdit(this)), m_summary(new QLabel(this))
{
    setWindowTitle(tr("Move %n session(s)", nullptr, m_count));
    m_first = starts.isEmpty() ? QDateTime::currentDateTime()
                               : *std::min_element(starts.cbegin(), starts.cend());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDate(m_first.date());
    m_days->setRange(-366, 366);
    m_days->setSuffix(tr(" days"));
    m_days->setToolTip(tr("7 moves the sessions a week later, -7 a week earlier"));
    m_time->setDisplayFormat(ScheduleText::timeFormat());
    m_time->setTime(m_first.time());
    m_time->setEnabled(false);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_count == 1 ? tr("New &date:") : tr("First session on &date:"), m_date);
    form->addRow(tr("Or move &by:"), m_days);
    form->addRow(m_changeTime, m_time);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // The date and the number of days say the same; each follows the other.
    connect(m_date, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        const QSignalBlocker blocker(m_days);
        m_days->setValue(int(m_first.date().daysTo(date)));
        updateSummary();
    });
    connect(m_days, &QSpinBox::valueChanged, this, [this](int days) {
        const QSignalBlocker blocker(m_date);
        m_date->setDate(m_first.date().addDays(days));
        updateSummary();
    });
    connect(m_changeTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(m_changeTime, &QCheckBox::toggled, this, &MoveSessionsDialog::updateSummary);
    connect(m_time, &QTimeEdit::timeChanged, this, &MoveSessionsDialog::updateSummary);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

int MoveSessionsDialog::days() const
{
    return m_days->value();
}

std::optional<QTime> MoveSessionsDialog::time() const
{
    if (!m_changeTime->isChecked())
        return std::nullopt;
    return QTime(m_time->time().hour(), m_time->time().minute());
}

void MoveSessionsDialog::updateSummary()
{
    const QLocale locale;
    const QDateTime moved(m_first.date().addDays(days()), time().value_or(m_first.time()));
    QString text =
        m_count == 1
            ? tr("The session moves to %1.").arg(locale.toString(moved, QLocale::LongFormat))
            : tr("The first of the %n sessions moves to %1; the others keep their "
                 "distance to it.",
                 nullptr, m_count)
                  .arg(locale.toString(moved, QLocale::LongFormat));
    if (!locale.weekdays().contains(Qt::DayOfWeek(moved.date().dayOfWeek())))
        text += QLatin1Char(' ') + tr("That is at the weekend.");
    m_summary->setText(text);
}

} // namespace Upskill
