// SPDX-License-Identifier: GPL-3.0-or-later
#include "gapheatmapmodel.h"

#include "gapreport.h"
#include "rules.h"
#include "vocabulary.h"

#include <QBrush>
#include <QLocale>

namespace Upskill {

GapHeatmapModel::GapHeatmapModel(QObject *parent) : QAbstractTableModel(parent) {}

void GapHeatmapModel::setResult(const GapAnalysisResult &result)
{
    beginResetModel();
    m_result = result;
    m_dimensions = result.dimensions;
    m_minGroupSize = result.minGroupSize;
    m_people = false;
    m_rows.clear();
    m_personCount = 0;
    endResetModel();
}

void GapHeatmapModel::setPeople(const QSqlDatabase &db, const GapOptions &options,
                                const QList<SkillDimension> &dimensions, qint64 count,
                                int minGroupSize)
{
    beginResetModel();
    m_result = {};
    m_people = true;
    m_db = db;
    m_options = options;
    m_dimensions = dimensions;
    m_personCount = count;
    m_minGroupSize = minGroupSize;
    // The first page arrives with the reset, so the view never starts empty.
    QString error;
    m_rows = count > 0 ? GapAnalysis::personPage(db, options, dimensions, 0, PageSize, &error)
                       : QList<PersonGapRow>();
    if (m_rows.size() < PageSize)
        m_personCount = m_rows.size();
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT fetchFailed(error);
}

void GapHeatmapModel::clear()
{
    beginResetModel();
    m_result = {};
    m_dimensions.clear();
    m_people = false;
    m_rows.clear();
    m_personCount = 0;
    endResetModel();
}

int GapHeatmapModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return m_people ? int(m_rows.size()) : int(m_result.groups.size());
}

int GapHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(FirstDimension + m_dimensions.size());
}

bool GapHeatmapModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_people && m_rows.size() < m_personCount;
}

void GapHeatmapModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QString error;
    const QList<PersonGapRow> page = GapAnalysis::personPage(m_db, m_options, m_dimensions,
                                                             int(m_rows.size()), PageSize, &error);
    if (page.isEmpty()) {
        // The file changed under us (people removed) or the read failed: stop fetching.
        m_personCount = m_rows.size();
        if (!error.isEmpty())
            Q_EMIT fetchFailed(error);
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

QVariant GapHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == Group)
            return m_people ? tr("Person") : GapAnalysis::groupingName(m_result.grouping);
        if (section == People)
            return m_people ? tr("Team") : tr("People");
        return m_dimensions.value(section - FirstDimension).name;
    }
    if (role == Qt::ToolTipRole && section == People && !m_people)
        return tr("People in the group with a current assessment and a target");
    if (role == Qt::ToolTipRole && section >= FirstDimension)
        return m_dimensions.value(section - FirstDimension).name;
    return {};
}

QVariant GapHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    return m_people ? personData(index.row(), index.column(), role)
                    : groupData(index.row(), index.column(), role);
}

QVariant GapHeatmapModel::groupData(int row, int column, int role) const
{
    const GapGroup &group = m_result.groups.at(row);
    if (column == Group)
        return role == Qt::DisplayRole ? QVariant(group.label) : QVariant();
    if (column == People) {
        if (role == Qt::DisplayRole)
            return group.people;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const GapFigures &cell = group.cells.at(column - FirstDimension);
    const QString dimension = m_dimensions.at(column - FirstDimension).name;
    switch (role) {
    case Qt::DisplayRole:
        if (cell.people == 0)
            return QString();
        return cell.suppressed ? QStringLiteral("—") : GapReport::formatGap(cell.averageGap());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (cell.people == 0)
            return {};
        return cell.suppressed ? QBrush(QColor(0xee, 0xee, 0xee))
                               : QBrush(GapReport::colourForGap(cell.averageGap()));
    case Qt::ForegroundRole:
        // The cell colours are light; dark text stays readable on them in dark themes too.
        return cell.people == 0 ? QVariant() : QVariant(QBrush(QColor(0x21, 0x21, 0x21)));
    case Qt::ToolTipRole:
        if (cell.people == 0)
            return tr("%1 · %2: nobody assessed with a target").arg(group.label, dimension);
        if (cell.suppressed)
            return tr("%1 · %2: withheld, %3 were assessed")
                .arg(group.label, dimension, Rules::suppressionReason(m_minGroupSize));
        return tr("%1 · %2\n%n people assessed, %3 below target\nAverage level %4, average gap "
                  "%5 levels",
                  nullptr, cell.people)
            .arg(group.label, dimension)
            .arg(cell.below)
            .arg(QLocale().toString(cell.averageLevel(), 'f', 1),
                 GapReport::formatGap(cell.averageGap()));
    case GapRole:
        return cell.people && !cell.suppressed ? QVariant(cell.averageGap()) : QVariant();
    case SuppressedRole:
        return cell.suppressed;
    }
    return {};
}

QVariant GapHeatmapModel::personData(int row, int column, int role) const
{
    const PersonGapRow &person = m_rows.at(row);
    if (column == Group) {
        if (role == Qt::DisplayRole)
            return person.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 · %2").arg(person.name, Vocabulary::label(Term::Role, person.role));
        return {};
    }
    if (column == People)
        return role == Qt::DisplayRole ? QVariant(person.team) : QVariant();
    const int dim = column - FirstDimension;
    const int gap = person.gaps.at(dim);
    const int level = person.levels.at(dim);
    switch (role) {
    case Qt::DisplayRole:
        if (level == 0)
            return QString();
        return gap == PersonGapRow::kNoGap
                   ? QString::number(level)
                   : tr("%1 (%2)").arg(level).arg(GapReport::formatGap(gap));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        return gap == PersonGapRow::kNoGap ? QVariant()
                                           : QVariant(QBrush(GapReport::colourForGap(gap)));
    case Qt::ForegroundRole:
        return gap == PersonGapRow::kNoGap ? QVariant()
                                           : QVariant(QBrush(QColor(0x21, 0x21, 0x21)));
    case Qt::ToolTipRole:
        if (level == 0)
            return tr("Not assessed in %1").arg(m_dimensions.at(dim).name);
        if (gap == PersonGapRow::kNoGap)
            return tr("Level %1; no target for a %2 in %3")
                .arg(level)
                .arg(Vocabulary::label(Term::Role, person.role).toLower(),
                     m_dimensions.at(dim).name);
        return tr("Level %1, target %2").arg(level).arg(level + gap);
    case GapRole:
        return gap == PersonGapRow::kNoGap ? QVariant() : QVariant(double(gap));
    case SuppressedRole:
        return false;
    }
    return {};
}

} // namespace Upskill
