// SPDX-License-Identifier: GPL-3.0-or-later
#include "providercomparisonmodel.h"

#include "vocabulary.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace Upskill {

namespace {
const QColor Red(198, 40, 40);
const QColor Grey(128, 128, 128);
} // namespace

ProviderComparisonModel::ProviderComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void ProviderComparisonModel::setResult(const ProviderEvaluationResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

int ProviderComparisonModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_result.providers.isEmpty())
        return 0;
    return int(m_result.criteria.size()) + SummaryCount;
}

int ProviderComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstProvider + int(m_result.providers.size());
}

QVariant ProviderComparisonModel::summaryData(Summary summary, const ProviderResult &p,
                                              int role) const
{
    const QLocale locale;
    if (role == Qt::FontRole && (summary == TotalRow || summary == RankRow ||
                                 (summary == RedFlagRow && !p.redFlags.isEmpty()))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole) {
        if ((summary == RedFlagRow && !p.redFlags.isEmpty()) ||
            (summary == RankRow && p.disqualified))
            return Red;
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (summary) {
        case TotalRow:
            return tr("%1 of %2 criteria scored; the others count 0.")
                .arg(p.scored)
                .arg(m_result.criteria.size());
        case RedFlagRow:
            return ProviderEvaluation::redFlagSummary(p);
        case QuestionRow:
            return tr("%1 of %2 answered").arg(p.answered).arg(m_result.questionCount);
        default:
            return {};
        }
    }
    if (role == Qt::EditRole) {
        switch (summary) {
        case TotalRow:
            return p.total ? QVariant(*p.total) : QVariant();
        case RankRow:
            return p.rank > 0 ? QVariant(p.rank) : QVariant();
        case RedFlagRow:
            return int(p.redFlags.size());
        case QuestionRow:
            return p.satisfied;
        case ReviewRow:
            return p.reviews.averageRating() ? QVariant(*p.reviews.averageRating()) : QVariant();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (summary) {
    case TotalRow:
        return ProviderEvaluation::formatTotal(p.total);
    case RankRow:
        return ProviderEvaluation::formatRank(p);
    case RedFlagRow:
        if (p.redFlags.isEmpty())
            return tr("none");
        return p.disqualified ? tr("%n, disqualified", nullptr, int(p.redFlags.size()))
                              : QString::number(p.redFlags.size());
    case QuestionRow:
        return ProviderEvaluation::answerSummary(p, m_result.questionCount);
    case ReviewRow:
        return ProviderEvaluation::reviewSummary(p.reviews);
    default:
        return {};
    }
}

QVariant ProviderComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int criteria = int(m_result.criteria.size());
    const int row = index.row();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return int((column == Criterion ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (row >= criteria) {
        const auto summary = Summary(row - criteria);
        if (column == Weight)
            return {};
        if (column == Criterion) {
            if (role == Qt::FontRole) {
                QFont bold;
                bold.setBold(true);
                return bold;
            }
            if (role != Qt::DisplayRole)
                return {};
            switch (summary) {
            case TotalRow:
                return tr("Weighted total");
            case RankRow:
                return tr("Rank");
            case RedFlagRow:
                return tr("Red flags ticked");
            case QuestionRow:
                return tr("Questions before signing");
            default:
                return tr("Learning log (average rating)");
            }
        }
        return summaryData(summary, m_result.providers.at(column - FirstProvider), role);
    }
    const ProviderCriterion &c = m_result.criteria.at(row);
    const bool weighted = c.weight > 0;
    if (column == Criterion) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return c.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 — %2").arg(Vocabulary::label(Term::CriterionGroup, c.group),
                                     c.description);
        if (role == Qt::ForegroundRole && !weighted)
            return Grey;
        return {};
    }
    if (column == Weight) {
        if (role == Qt::DisplayRole)
            return QLocale().toString(c.weight, 'g', QLocale::FloatingPointShortest);
        if (role == Qt::EditRole)
            return c.weight;
        if (role == Qt::ForegroundRole && !weighted)
            return Grey;
        return {};
    }
    const ProviderResult &p = m_result.providers.at(column - FirstProvider);
    const std::optional<int> score = p.scores.value(row);
    switch (role) {
    case Qt::DisplayRole:
        return score ? QString::number(*score) : QStringLiteral("–");
    case Qt::EditRole:
        return score ? QVariant(*score) : QVariant();
    case Qt::ForegroundRole:
        return !score || !weighted ? QVariant(Grey) : QVariant();
    case Qt::ToolTipRole: {
        const QString note = p.scoreNotes.value(row);
        if (!score)
            return tr("Not scored: counts as 0.");
        return note.isEmpty() ? QVariant() : QVariant(note);
    }
    default:
        return {};
    }
}

QVariant ProviderComparisonModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section >= FirstProvider && section < columnCount()) {
        const ProviderResult &p = m_result.providers.at(section - FirstProvider);
        if (role == Qt::DisplayRole)
            return p.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 · %2").arg(Vocabulary::label(Term::ProviderKind, p.kind),
                                     Vocabulary::label(Term::ProviderStatus, p.status));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    return section == Criterion ? tr("Criterion") : tr("Weight");
}

} // namespace Upskill
