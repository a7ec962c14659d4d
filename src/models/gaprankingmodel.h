// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gapanalysis.h"

#include <QAbstractTableModel>

namespace Upskill {

// One of the gap analysis lists: the curriculum priority or one of the three rankings.
class GapRankingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Ranking { Priority, Largest, MostCommon, MostCritical };
    enum Column { Rank, Dimension, Figure };

    explicit GapRankingModel(Ranking ranking, QObject *parent = nullptr);

    void setResult(const GapAnalysisResult &result);
    Ranking ranking() const { return m_ranking; }
    static QString title(Ranking ranking);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString figure(const DimensionGap &dimension) const;

    Ranking m_ranking;
    GapAnalysisResult m_result;
    QList<int> m_order;
};

} // namespace Upskill
