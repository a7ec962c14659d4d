// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortentrypage.h"

class QPushButton;

namespace Upskill {

class ImpactMetricModel;

// "Business impact": level 4 of the evaluation, one cohort at a time — quarter by quarter for
// the year after completion, the AI features shipped, hours saved, quality, cost and revenue
// effects, with the evidence behind them. New adds the next quarter.
class ImpactDataPage : public CohortEntryPage
{
    Q_OBJECT
public:
    explicit ImpactDataPage(EditHistory &history, QWidget *parent = nullptr);

    // The page's name where it is added (a tab, a sidebar entry).
    static QString title();
    QString addActionText() const override;
    // Adds the first quarter the cohort has no figures for and starts editing it.
    void addItem() override;

    ImpactMetricModel *metricModel() const { return m_metrics; }

protected:
    void showCohort(qint64 cohortId) override;
    QString cohortEmptyText() const override;
    QString cohortInfo() const override;
    QString removeQuestion(int count) const override;
    bool removeRows(const QList<qint64> &ids) override;

private:
    void updateButtons();

    ImpactMetricModel *m_metrics;
    QPushButton *m_add;
};

} // namespace Upskill
