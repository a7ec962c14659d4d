// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortentrypage.h"

class QPushButton;

namespace Upskill {

class BehaviourMetricModel;

// "Behaviour follow-up": level 3 of the evaluation, one cohort at a time — month by month for
// six months after completion, each person's AI tool usage, experiments, AI-related commits
// and their manager's view. "Add month…" makes the rows of a month for everyone who completed
// the cohort at once.
class FollowUpPage : public CohortEntryPage
{
    Q_OBJECT
public:
    explicit FollowUpPage(EditHistory &history, QWidget *parent = nullptr);

    // The page's name where it is added (a tab, a sidebar entry).
    static QString title();
    QString addActionText() const override;
    // Asks which month (1–6) to add, suggesting the first one still missing.
    void addItem() override;
    // The rows of month for everyone who completed the cohort and has none yet; says in the
    // status bar how many were added. Returns that number, or -1 when refused.
    int addMonth(int month);

    BehaviourMetricModel *metricModel() const { return m_metrics; }

protected:
    void showCohort(qint64 cohortId) override;
    QString cohortEmptyText() const override;
    QString cohortInfo() const override;
    QString removeQuestion(int count) const override;
    bool removeRows(const QList<qint64> &ids) override;

private:
    BehaviourMetricModel *m_metrics;
    QPushButton *m_add;
};

} // namespace Upskill
