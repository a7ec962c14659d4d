// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// Level 3 of the four-level evaluation for one cohort (setCohort): month by month for six
// months after completion, how each person who completed it works with AI — the share of
// their work done with AI tools, experiments, AI-related commits — and what their manager
// observes. The rows of a month are made for everyone at once with addFollowUpMonth().
class BehaviourMetricModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Participant,
        Cohort,
        Month,
        AiToolUsage,
        Experiments,
        AiCommits,
        ManagerRating,
        ManagerObservation
    };

    static constexpr int MonthCount = 6;

    explicit BehaviourMetricModel(EditHistory &history, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // -1 shows no rows.
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }

    // Adds the rows of month (1–6) for every participant who completed the cohort and has
    // none for that month yet, as one transaction and one undo step. Returns how many rows
    // were added (0 when nobody was missing), or -1 when refused or the write failed; ids
    // (optional) receives the new rows' ids.
    int addFollowUpMonth(int month, QList<qint64> *ids = nullptr);
    bool removeMetrics(const QList<qint64> &ids);

    // Counted in the file, not in the rows fetched.
    int completedCount() const;
    // The first month someone who completed the cohort has no row for; 0 when every month of
    // everyone is there (or nobody has completed it).
    int firstMissingMonth() const;

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QStringList searchFields() const override;
    QString describeEdit(int row, int column) const override;
    QString orderByClause() const override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QString valueProblem(const QString &field, const QVariant &value) const;
    QString where(int row) const;
    bool monthTaken(qint64 participant, int month, qint64 exceptId) const;

    qint64 m_cohortId = -1;
};

} // namespace Upskill
