// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancepage.h"

#include "attendancegridview.h"
#include "attendancemodel.h"
#include "cohortpicker.h"
#include "edithistory.h"
#include "programfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedLayout>
#include <QVBoxLayout>

namespace Upskill {

AttendancePage::AttendancePage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_picker(new CohortPicker(history.file(), this)),
      m_model(new AttendanceModel(history, this)), m_info(new QLabel(this)),
      m_help(new QLabel(this)), m_empty(new QLabel(this)), m_grid(new AttendanceGridView(this))
{
    setObjectName(QStringLiteral("attendancePage"));
    m_picker->chooseInitial(QStringLiteral("sessions"));
    m_grid->setAttendanceModel(m_model);
    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_help->setWordWrap(true);
    m_help->setText(tr("Type P for present, A for absent or E for excused, Delete to clear. Click "
                       "a session's date or a person's name to select all of it, or drag over "
                       "cells, then mark them at once; right-click a date or a name for more."));
    m_help->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMargin(24);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Cohort:"), this);
    label->setBuddy(m_picker);
    bar->addWidget(label);
    bar->addWidget(m_picker);
    bar->addStretch(1);
    auto *markLabel = new QLabel(tr("Mark selected:"), this);
    bar->addWidget(markLabel);
    const QList<QPair<QString, QString>> marks{{QStringLiteral("present"), tr("&Present")},
                                               {QStringLiteral("absent"), tr("&Absent")},
                                               {QStringLiteral("excused"), tr("&Excused")},
                                               {QString(), tr("C&lear")}};
    for (const auto &[status, text] : marks) {
        auto *button = new QPushButton(text, this);
        button->setToolTip(
            status.isEmpty()
                ? tr("Clears the marks of the selected cells (Delete)")
                : tr("Marks the selected cells (%1)").arg(AttendanceModel::shortLabel(status)));
        // The grid keeps the focus, so marking goes on from the keyboard.
        button->setFocusPolicy(Qt::NoFocus);
        connect(button, &QPushButton::clicked, this,
                [this, status = status] { m_grid->markSelection(status); });
        bar->addWidget(button);
        m_markButtons.append(button);
    }

    auto *stack = new QStackedLayout;
    stack->addWidget(m_grid);
    stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_info);
    layout->addWidget(m_help);
    layout->addLayout(stack, 1);

    connect(m_picker, &CohortPicker::cohortChanged, this, &AttendancePage::onCohortChanged);
    connect(m_model, &AttendanceModel::totalsChanged, this, &AttendancePage::updateTexts);
    connect(m_model, &AttendanceModel::editRefused, this, &SkillsPage::problem);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, stack] {
        stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_grid)
                                                        : static_cast<QWidget *>(m_empty));
        // The register starts at the first person and session.
        if (m_model->rowCount() > 0 && !m_grid->currentIndex().isValid())
            m_grid->setCurrentIndex(m_model->index(0, 0));
    });
    stack->setCurrentWidget(m_empty);
    updateTexts();
}

void AttendancePage::setCohort(qint64 cohortId)
{
    m_picker->setCohort(cohortId);
}

qint64 AttendancePage::cohort() const
{
    return m_model->cohort();
}

void AttendancePage::onCohortChanged(qint64 cohortId)
{
    m_model->setCohort(cohortId);
    updateTexts();
    Q_EMIT cohortShown(cohortId);
}

QString AttendancePage::infoText() const
{
    return m_info->text();
}

QString AttendancePage::emptyText() const
{
    return m_empty->text();
}

void AttendancePage::updateTexts()
{
    const qint64 cohortId = m_model->cohort();
    const bool grid = m_model->rowCount() > 0;
    for (QPushButton *button : std::as_const(m_markButtons))
        button->setEnabled(grid);
    m_help->setVisible(grid);
    if (cohortId < 0) {
        m_info->clear();
        QSqlQuery query(m_history.file().database());
        const bool anyCohort =
            query.exec(QStringLiteral("SELECT 1 FROM cohorts LIMIT 1")) && query.next();
        m_empty->setText(anyCohort ? tr("Choose a cohort above to take its attendance.")
                                   : tr("There are no cohorts yet. Plan one under Cohorts, "
                                        "then its sessions on the Sessions page."));
        m_info->setVisible(false);
        return;
    }
    QSqlQuery query(m_history.file().database());
    query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
    query.addBindValue(cohortId);
    const QString name = query.exec() && query.next() ? query.value(0).toString() : QString();
    if (m_model->sessionCount() == 0)
        m_empty->setText(tr("“%1” has no sessions yet. Plan them on the Sessions page "
                            "(“Generate schedule…”); their attendance is taken here.")
                             .arg(name));
    else if (m_model->participantCount() == 0)
        m_empty->setText(tr("Nobody is enrolled in “%1” yet. Enrol participants under Cohorts; "
                            "their attendance is taken here.")
                             .arg(name));
    QString line = tr("%1 · %n participant(s)", nullptr, m_model->participantCount()).arg(name) +
                   QStringLiteral(" · ") + tr("%n session(s)", nullptr, m_model->sessionCount()) +
                   QStringLiteral(", ") + tr("%n held so far", nullptr, m_model->heldSessions());
    if (const double rate = m_model->cohortRate(); rate >= 0)
        line +=
            QStringLiteral(" · ") +
            tr("attended %1 % of the marked sessions").arg(QLocale().toString(100 * rate, 'f', 0));
    m_info->setText(line);
    m_info->setVisible(true);
}

void AttendancePage::removeSelected()
{
    m_grid->markSelection(QString());
}

void AttendancePage::focusSearch()
{
    m_picker->setFocus(Qt::ShortcutFocusReason);
}

} // namespace Upskill
