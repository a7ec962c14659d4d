// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerreviewmodel.h"

#include "vocabulary.h"

#include <QLocale>

namespace Upskill {

ProviderReviewModel::ProviderReviewModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProviderReviewModel::setResult(const ProviderEvaluationResult &result)
{
    beginResetModel();
    m_lines.clear();
    for (const ProviderResult &p : result.providers) {
        for (const LearningReview &review : p.reviews.latest)
            m_lines.append({p.name, review});
    }
    endResetModel();
}

int ProviderReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ProviderReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const LearningReview &r = line.review;
    if (role == Qt::TextAlignmentRole && index.column() == Rating)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Review)
        return r.review;
    if (role == Qt::ToolTipRole && index.column() == Title && r.date.isValid())
        return QLocale().toString(r.date, QLocale::ShortFormat);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Provider:
        return line.provider;
    case Title:
        return r.title;
    case Kind:
        return Vocabulary::label(Term::LearningKind, r.kind);
    case Rating:
        if (role == Qt::EditRole)
            return r.rating ? QVariant(*r.rating) : QVariant();
        return r.rating ? tr("%1 of 5").arg(*r.rating) : QString();
    case Recommended:
        if (!r.recommended)
            return QString();
        return *r.recommended ? tr("Yes") : tr("No");
    case Review:
        return r.review;
    }
    return {};
}

QVariant ProviderReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Provider:
        return tr("Provider");
    case Title:
        return tr("Course");
    case Kind:
        return tr("Kind");
    case Rating:
        return tr("Rating");
    case Recommended:
        return tr("Recommended");
    case Review:
        return tr("Review");
    }
    return {};
}

} // namespace Upskill
