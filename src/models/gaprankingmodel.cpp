// SPDX-License-Identifier: GPL-3.0-or-later
#include "gaprankingmodel.h"

#include "gapreport.h"

#include <QLocale>

namespace Upskill {

GapRankingModel::GapRankingModel(Ranking ranking, QObject *parent)
    : QAbstractTableModel(parent), m_ranking(ranking)
{}

QString GapRankingModel::title(Ranking ranking)
{
    switch (ranking) {
    case Ranking::Priority:
        return tr("Curriculum priority");
    case Ranking::Largest:
        return tr("Largest gaps");
    case Ranking::MostCommon:
        return tr("Most common gaps");
    case Ranking::MostCritical:
        return tr("Most critical gaps");
    }
    return {};
}

void GapRankingModel::setResult(const GapAnalysisResult &result)
{
    beginResetModel();
    m_result = result;
    switch (m_ranking) {
    case Ranking::Priority:
        m_order = result.priority();
        break;
    case Ranking::Largest:
        m_order = result.largest();
        break;
    case Ranking::MostCommon:
        m_order = result.mostCommon();
        break;
    case Ranking::MostCritical:
        m_order = result.mostCritical();
        break;
    }
    endResetModel();
}

int GapRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int GapRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 3;
}

QString GapRankingModel::figure(const DimensionGap &d) const
{
    const QLocale locale;
    switch (m_ranking) {
    case Ranking::Priority:
        return GapReport::priorityReason(d);
    case Ranking::Largest:
        return tr("%1 levels").arg(locale.toString(d.figures.averageShortfall(), 'f', 2));
    case Ranking::MostCommon:
        return tr("%1 of %2").arg(d.figures.below).arg(d.figures.people);
    case Ranking::MostCritical:
        return locale.toString(d.figures.criticalScore(), 'f', 2);
    }
    return {};
}

QVariant GapRankingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const DimensionGap &d = m_result.totals.at(m_order.at(index.row()));
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Dimension:
            return d.dimension.name;
        case Figure:
            return figure(d);
        }
    }
    if (role == Qt::ToolTipRole)
        return GapReport::priorityReason(d);
    if (role == Qt::TextAlignmentRole && index.column() != Dimension &&
        m_ranking != Ranking::Priority)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant GapRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("#");
    case Dimension:
        return tr("Dimension");
    case Figure:
        switch (m_ranking) {
        case Ranking::Priority:
            return tr("Why");
        case Ranking::Largest:
            return tr("Average shortfall");
        case Ranking::MostCommon:
            return tr("Below target");
        case Ranking::MostCritical:
            return tr("Weighted shortfall");
        }
    }
    return {};
}

} // namespace Upskill
