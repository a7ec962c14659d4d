// SPDX-License-Identifier: GPL-3.0-or-later
#include "followuppage.h"

#include "behaviourmetricmodel.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QPushButton>

namespace Upskill {

FollowUpPage::FollowUpPage(EditHistory &history, QWidget *parent)
    : CohortEntryPage(history, new BehaviourMetricModel(history),
                      QStringLiteral("behaviour_metrics"), parent),
      m_metrics(static_cast<BehaviourMetricModel *>(table()->model())),
      m_add(new QPushButton(tr("&Add month…"), this))
{
    setObjectName(QStringLiteral("followUpPage"));
    m_add->setToolTip(tr("Adds the rows of one month after completion for everyone who "
                         "completed the cohort, to fill in."));
    toolBar()->addStretch(1);
    toolBar()->addWidget(m_add);
    addRemoveButton();
    table()->horizontalHeader()->setSortIndicator(BehaviourMetricModel::Month, Qt::AscendingOrder);

    connect(m_add, &QPushButton::clicked, this, &FollowUpPage::addItem);
}

QString FollowUpPage::title()
{
    return tr("Behaviour follow-up");
}

QString FollowUpPage::addActionText() const
{
    return tr("&Add follow-up month…");
}

void FollowUpPage::addItem()
{
    if (cohort() < 0) {
        Q_EMIT problem(tr("Choose a cohort first: follow-up figures belong to one."));
        return;
    }
    const int suggested = qMax(1, m_metrics->firstMissingMonth());
    bool ok = false;
    const int month =
        QInputDialog::getInt(this, tr("Add follow-up month"),
                             tr("Add the rows of which month after completion? (1–%1)")
                                 .arg(BehaviourMetricModel::MonthCount),
                             suggested, 1, BehaviourMetricModel::MonthCount, 1, &ok);
    if (ok)
        addMonth(month);
}

int FollowUpPage::addMonth(int month)
{
    QList<qint64> ids;
    const int added = m_metrics->addFollowUpMonth(month, &ids);
    if (added > 0) {
        table()->showId(ids.first());
        Q_EMIT statusMessage(
            tr("Added month %1 for %n person(s); fill in their figures.", nullptr, added)
                .arg(month));
    } else if (added == 0) {
        const QString name = cohortFacts().name;
        if (m_metrics->completedCount() == 0)
            Q_EMIT problem(tr("Nobody has completed %1 yet; follow-up figures are for the people "
                              "who completed it.")
                               .arg(name));
        else
            Q_EMIT statusMessage(tr("Everyone who completed %1 has a row for month %2 already.")
                                     .arg(name)
                                     .arg(month));
    }
    return added;
}

void FollowUpPage::showCohort(qint64 cohortId)
{
    m_metrics->setCohort(cohortId);
}

QString FollowUpPage::cohortEmptyText() const
{
    const int completed = m_metrics->completedCount();
    if (completed == 0)
        return tr("Nobody has completed this cohort yet. Behaviour is followed up monthly for "
                  "six months after completion, for the people who completed it; mark their "
                  "enrollments completed under Cohorts first.");
    return tr("No follow-up figures for this cohort yet. Add month 1 with “Add month…”: it adds "
              "a row for each of the %n people who completed the cohort, to fill in with their "
              "AI tool usage, experiments, AI-related commits and their manager's rating and "
              "observation.",
              nullptr, completed);
}

QString FollowUpPage::cohortInfo() const
{
    const CohortFacts facts = cohortFacts();
    const int completed = m_metrics->completedCount();
    QString line = tr("%1 · %2").arg(facts.name, endPhrase(facts)) + QStringLiteral(" · ") +
                   (completed > 0 ? tr("%n person(s) completed it", nullptr, completed)
                                  : tr("nobody has completed it yet"));
    if (facts.end.isValid()) {
        const QDate today = QDate::currentDate();
        int past = 0;
        while (past < BehaviourMetricModel::MonthCount && facts.end.addMonths(past + 1) <= today)
            ++past;
        QString months;
        if (past == 0)
            months = tr("follow-up: month 1 ends %1")
                         .arg(QLocale().toString(facts.end.addMonths(1), QLocale::ShortFormat));
        else if (past < BehaviourMetricModel::MonthCount)
            months = tr("follow-up: %1 of %2 months past")
                         .arg(past)
                         .arg(BehaviourMetricModel::MonthCount);
        else
            months = tr("follow-up: all %1 months past").arg(BehaviourMetricModel::MonthCount);
        line += QStringLiteral(" · ") + months;
    }
    return line;
}

QString FollowUpPage::removeQuestion(int count) const
{
    return tr("Delete %n row(s) of follow-up figures?", nullptr, count);
}

bool FollowUpPage::removeRows(const QList<qint64> &ids)
{
    return m_metrics->removeMetrics(ids);
}

} // namespace Upskill
