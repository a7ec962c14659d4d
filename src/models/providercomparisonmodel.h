// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerevaluation.h"

#include <QAbstractTableModel>

namespace Upskill {

// The providers side by side, best ranked first: one row per criterion with its weight and
// each provider's score, then the weighted total, the rank, the ticked red flags, the
// questions before signing and what the learning log says. Read only; shows an evaluation
// computed elsewhere.
class ProviderComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Criterion, Weight, FirstProvider };
    // The rows after the criteria.
    enum Summary { TotalRow, RankRow, RedFlagRow, QuestionRow, ReviewRow, SummaryCount };

    explicit ProviderComparisonModel(QObject *parent = nullptr);

    void setResult(const ProviderEvaluationResult &result);
    const ProviderEvaluationResult &result() const { return m_result; }
    // The row of a summary line.
    int summaryRow(Summary summary) const { return int(m_result.criteria.size()) + summary; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant summaryData(Summary summary, const ProviderResult &provider, int role) const;

    ProviderEvaluationResult m_result;
};

} // namespace Upskill
