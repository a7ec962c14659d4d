// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionspage.h"

#include "edithistory.h"
#include "generatescheduledialog.h"
#include "movesessionsdialog.h"
#include "programfile.h"
#include "sessionmodel.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSqlQuery>

namespace Upskill {

SessionsPage::SessionsPage(EditHistory &history, QWidget *parent)
    : CohortEntryPage(history, new SessionModel(history), QStringLiteral("sessions"), parent),
      m_sessions(static_cast<SessionModel *>(table()->model())),
      m_generate(new QPushButton(tr("&Generate schedule…"), this)),
      m_add(new QPushButton(tr("&Add session"), this)), m_move(new QPushButton(tr("Mo&ve…"), this))
{
    setObjectName(QStringLiteral("sessionsPage"));
    // Its attendance register is what is kept up week by week.
    startWithRunningCohort();
    m_generate->setToolTip(tr("Plans the cohort's sessions from its track's modules: workshops, "
                              "pair programming, a reading group every two weeks and the "
                              "showcase, on the weekdays you choose, skipping the holidays."));
    m_add->setToolTip(tr("Adds a session after the cohort's last one"));
    m_move->setToolTip(tr("Moves the selected sessions by a number of days or to another time"));
    toolBar()->addStretch(1);
    toolBar()->addWidget(m_generate);
    toolBar()->addWidget(m_add);
    toolBar()->addWidget(m_move);
    addRemoveButton();

    // The order a coordinator reads a session in: when, how long, what, who, where.
    QHeaderView *header = table()->horizontalHeader();
    const QList<int> order{
        SessionModel::Date,        SessionModel::Start,    SessionModel::Duration,
        SessionModel::ModuleId,    SessionModel::Format,   SessionModel::Title,
        SessionModel::Facilitator, SessionModel::Location, SessionModel::Notes,
        SessionModel::Attendance,  SessionModel::Edited};
    for (int i = 0; i < order.size(); ++i)
        header->moveSection(header->visualIndex(order.at(i)), i);
    header->setSortIndicator(SessionModel::Date, Qt::AscendingOrder);

    connect(m_generate, &QPushButton::clicked, this, &SessionsPage::generateSchedule);
    connect(m_add, &QPushButton::clicked, this, &SessionsPage::addItem);
    connect(m_move, &QPushButton::clicked, this, &SessionsPage::moveSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SessionsPage::updateButtons);
    connect(m_sessions, &QAbstractItemModel::modelReset, this, &SessionsPage::updateButtons);
    updateButtons();
}

QString SessionsPage::addActionText() const
{
    return tr("&New session");
}

void SessionsPage::updateButtons()
{
    const bool cohortShown = cohort() >= 0;
    m_generate->setEnabled(cohortShown);
    m_add->setEnabled(cohortShown);
    m_move->setEnabled(cohortShown && table()->selectionModel()->hasSelection());
}

void SessionsPage::addItem()
{
    qint64 id = -1;
    if (!m_sessions->addSession(&id))
        return;
    table()->showId(id);
    table()->edit(table()->currentIndex().siblingAtColumn(SessionModel::Title));
}

void SessionsPage::showCohort(qint64 cohortId)
{
    m_sessions->setCohort(cohortId);
    updateButtons();
    Q_EMIT cohortShown(cohortId);
}

void SessionsPage::showSession(qint64 cohortId, qint64 sessionId)
{
    setCohort(cohortId);
    table()->showId(sessionId);
}

QString SessionsPage::cohortEmptyText() const
{
    return tr("No sessions for this cohort yet. “Generate schedule…” plans them from the track's "
              "modules on the weekdays you choose; “Add session” adds one at a time.");
}

QString SessionsPage::cohortInfo() const
{
    const CohortFacts facts = cohortFacts();
    int sessions = 0;
    int edited = 0;
    QSqlQuery query(m_history.file().database());
    query.prepare(QStringLiteral("SELECT count(*), coalesce(sum(edited), 0) FROM sessions WHERE "
                                 "cohort_id = ?"));
    query.addBindValue(cohort());
    if (query.exec() && query.next()) {
        sessions = query.value(0).toInt();
        edited = query.value(1).toInt();
    }
    QString line = tr("%1 · %2").arg(facts.name, endPhrase(facts));
    if (sessions > 0)
        line += QStringLiteral(" · ") + tr("%n session(s)", nullptr, sessions);
    if (edited > 0)
        line += QStringLiteral(", ") + tr("%n added or changed by you", nullptr, edited);
    if (const int clashes = m_sessions->clashCount(); clashes > 0)
        line += QStringLiteral(" · ") +
                tr("%n session(s) clash with another session of the same facilitator", nullptr,
                   clashes);
    return line;
}

QString SessionsPage::removeQuestion(int count) const
{
    return tr("Delete %n session(s)? Attendance marked at them and survey answers about them "
              "go with them.",
              nullptr, count);
}

bool SessionsPage::removeRows(const QList<qint64> &ids)
{
    return m_sessions->removeSessions(ids);
}

void SessionsPage::generateSchedule()
{
    if (cohort() < 0)
        return;
    GenerateScheduleDialog dialog(m_history, cohort(), this);
    dialog.exec();
}

void SessionsPage::moveSelected()
{
    const QList<qint64> ids = table()->selectedIds();
    if (ids.isEmpty())
        return;
    QList<QDateTime> starts;
    for (const qint64 id : ids) {
        const int row = m_sessions->rowOf(id);
        if (row >= 0)
            starts.append(m_sessions->startAt(row));
    }
    MoveSessionsDialog dialog(starts, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_sessions->moveSessions(ids, dialog.days(), dialog.time());
}

} // namespace Upskill
