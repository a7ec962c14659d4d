// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "providerevaluation.h"

#include <QAbstractTableModel>

namespace Upskill {

// The written reviews in the learning log of courses by the providers being evaluated,
// provider by provider in rank order, newest first. Never says who wrote them.
class ProviderReviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Provider, Title, Kind, Rating, Recommended, Review, ColumnCount };

    explicit ProviderReviewModel(QObject *parent = nullptr);

    void setResult(const ProviderEvaluationResult &result);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Line
    {
        QString provider;
        LearningReview review;
    };
    QList<Line> m_lines;
};

} // namespace Upskill
