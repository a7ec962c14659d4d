// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentgridmodel.h"

#include "programtablemodel.h"

#include <QSqlQuery>

namespace Upskill {

AssessmentGridModel::AssessmentGridModel(const QSqlDatabase &db, QObject *parent)
    : QAbstractTableModel(parent), m_db(db)
{}

void AssessmentGridModel::setCohort(qint64 cohortId)
{
    beginResetModel();
    m_cohortId = cohortId;
    m_participants.clear();
    m_dimensions = Rubric::load(m_db, true);
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT p.id, p.name FROM enrollments e "
                                 "JOIN participants p ON p.id = e.participant_id "
                                 "WHERE e.cohort_id = ? AND e.status <> 'withdrawn' "
                                 "ORDER BY p.name, p.id"));
    query.addBindValue(cohortId);
    if (query.exec()) {
        while (query.next())
            m_participants.append({query.value(0).toLongLong(), query.value(1).toString()});
    }
    m_levels = QList<int>(m_participants.size() * m_dimensions.size(), 0);
    endResetModel();
    Q_EMIT filledCountChanged(0);
}

int AssessmentGridModel::filledCount() const
{
    return int(m_levels.size() - m_levels.count(0));
}

int AssessmentGridModel::level(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_participants.size() || column >= m_dimensions.size())
        return 0;
    return m_levels.at(row * m_dimensions.size() + column);
}

QList<QVariantMap> AssessmentGridModel::records(const QString &kind, const QDate &date) const
{
    QList<QVariantMap> result;
    const QString day = date.toString(Qt::ISODate);
    for (int row = 0; row < m_participants.size(); ++row) {
        for (int column = 0; column < m_dimensions.size(); ++column) {
            const int value = level(row, column);
            if (value == 0)
                continue;
            result.append({{QStringLiteral("participant_id"), m_participants.at(row).id},
                           {QStringLiteral("dimension_id"), m_dimensions.at(column).id},
                           {QStringLiteral("cohort_id"), m_cohortId},
                           {QStringLiteral("kind"), kind},
                           {QStringLiteral("level"), value},
                           {QStringLiteral("assessed_on"), day}});
        }
    }
    return result;
}

int AssessmentGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_participants.size());
}

int AssessmentGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_dimensions.size());
}

QVariant AssessmentGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const RubricDimension &dimension = m_dimensions.at(index.column());
    const int value = level(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return value ? dimension.levelText(value) : QString();
    case Qt::EditRole:
        // The key of the combo editor's entry: "" for not rated.
        return value ? QString::number(value) : QString();
    case Qt::ToolTipRole:
        return value ? dimension.levels.at(value - 1).indicators
                     : tr("Not rated: type 1–4 or leave it empty.");
    case ProgramTableModel::ChoicesRole: {
        QVariantList choices{QVariant(QStringList{QString(), tr("Not rated")})};
        for (int l = 1; l <= Rubric::LevelCount; ++l)
            choices.append(QVariant(QStringList{QString::number(l), dimension.levelText(l)}));
        return choices;
    }
    }
    return {};
}

bool AssessmentGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount() ||
        index.column() >= columnCount())
        return false;
    // "3 Proficient" from a pasted cell counts as 3.
    const QString text = value.toString().trimmed().section(QLatin1Char(' '), 0, 0);
    int newLevel = 0;
    if (!text.isEmpty()) {
        bool ok = false;
        newLevel = text.toInt(&ok);
        if (!ok || newLevel < 0 || newLevel > Rubric::LevelCount)
            return false;
    }
    int &cell = m_levels[index.row() * m_dimensions.size() + index.column()];
    if (cell == newLevel)
        return true;
    cell = newLevel;
    Q_EMIT dataChanged(index, index);
    Q_EMIT filledCountChanged(filledCount());
    return true;
}

Qt::ItemFlags AssessmentGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant AssessmentGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_dimensions.size()) {
        if (role == Qt::DisplayRole)
            return m_dimensions.at(section).name;
        if (role == Qt::ToolTipRole)
            return m_dimensions.at(section).description;
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_participants.size() &&
        role == Qt::DisplayRole)
        return m_participants.at(section).name;
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Upskill
