// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactdatapage.h"

#include "impactmetricmodel.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace Upskill {

ImpactDataPage::ImpactDataPage(EditHistory &history, QWidget *parent)
    : CohortEntryPage(history, new ImpactMetricModel(history), QStringLiteral("impact_metrics"),
                      parent),
      m_metrics(static_cast<ImpactMetricModel *>(table()->model())),
      m_add(new QPushButton(tr("Add &quarter"), this))
{
    setObjectName(QStringLiteral("impactDataPage"));
    m_add->setToolTip(tr("Adds the first quarter after completion this cohort has no figures "
                         "for yet."));
    toolBar()->addStretch(1);
    toolBar()->addWidget(m_add);
    addRemoveButton();
    table()->horizontalHeader()->setSortIndicator(ImpactMetricModel::Quarter, Qt::AscendingOrder);

    connect(m_add, &QPushButton::clicked, this, &ImpactDataPage::addItem);
    connect(m_metrics, &QAbstractItemModel::modelReset, this, &ImpactDataPage::updateButtons);
    updateButtons();
}

QString ImpactDataPage::title()
{
    return tr("Business impact");
}

QString ImpactDataPage::addActionText() const
{
    return tr("&New quarter of business impact");
}

void ImpactDataPage::addItem()
{
    qint64 id = -1;
    if (!m_metrics->addQuarter(&id))
        return;
    table()->showId(id);
    table()->edit(table()->currentIndex().siblingAtColumn(ImpactMetricModel::FeaturesShipped));
}

void ImpactDataPage::updateButtons()
{
    // A year has four quarters; after the fourth there is nothing to add.
    const int next = cohort() < 0 ? 0 : m_metrics->nextQuarter();
    m_add->setEnabled(next > 0);
    m_add->setText(next > 1 ? tr("Add &quarter %1").arg(next) : tr("Add &quarter"));
}

void ImpactDataPage::showCohort(qint64 cohortId)
{
    m_metrics->setCohort(cohortId);
}

QString ImpactDataPage::cohortEmptyText() const
{
    return tr("No business-impact figures for this cohort yet. “Add quarter” adds quarter 1 "
              "after completion: fill in the AI features shipped, hours saved, quality "
              "improvement, cost reduction and revenue impact, with a note on the evidence "
              "behind them. Impact is followed up every quarter for a year.");
}

QString ImpactDataPage::cohortInfo() const
{
    const CohortFacts facts = cohortFacts();
    QString line = tr("%1 · %2").arg(facts.name, endPhrase(facts));
    if (facts.end.isValid()) {
        const QDate today = QDate::currentDate();
        int past = 0;
        while (past < ImpactMetricModel::QuarterCount &&
               facts.end.addMonths(3 * (past + 1)) <= today)
            ++past;
        QString quarters;
        if (past == 0)
            quarters = tr("follow-up: quarter 1 ends %1")
                           .arg(QLocale().toString(facts.end.addMonths(3), QLocale::ShortFormat));
        else if (past < ImpactMetricModel::QuarterCount)
            quarters = tr("follow-up: %1 of %2 quarters past")
                           .arg(past)
                           .arg(ImpactMetricModel::QuarterCount);
        else
            quarters = tr("follow-up: all %1 quarters past").arg(ImpactMetricModel::QuarterCount);
        line += QStringLiteral(" · ") + quarters;
    }
    return line;
}

QString ImpactDataPage::removeQuestion(int count) const
{
    return tr("Delete %n quarter(s) of business-impact figures?", nullptr, count);
}

bool ImpactDataPage::removeRows(const QList<qint64> &ids)
{
    return m_metrics->removeMetrics(ids);
}

} // namespace Upskill
