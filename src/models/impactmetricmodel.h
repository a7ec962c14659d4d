// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// Level 4 of the four-level evaluation for one cohort (setCohort): quarter by quarter for the
// year after completion, what the cohort's AI work brought the business — AI features shipped,
// hours saved, quality improvement, cost reduction, revenue impact — and the evidence behind
// the figures.
class ImpactMetricModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Cohort,
        Team,
        Quarter,
        FeaturesShipped,
        HoursSaved,
        QualityImprovement,
        CostReduction,
        RevenueImpact,
        Evidence
    };

    static constexpr int QuarterCount = 4;

    explicit ImpactMetricModel(EditHistory &history, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // -1 shows no rows.
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }

    // Adds a row for the first quarter (1–4) the cohort has no figures for; refused when all
    // four are there. One undo step.
    bool addQuarter(qint64 *id = nullptr);
    bool removeMetrics(const QList<qint64> &ids);
    // 0 when the cohort has figures for every quarter.
    int nextQuarter() const;

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QStringList searchFields() const override;
    QString describeEdit(int row, int column) const override;
    QString orderByClause() const override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QString valueProblem(const QString &field, const QVariant &value) const;
    bool quarterTaken(const QVariant &team, int quarter, qint64 exceptId) const;

    qint64 m_cohortId = -1;
};

} // namespace Upskill
