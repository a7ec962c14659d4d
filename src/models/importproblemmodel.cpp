// SPDX-License-Identifier: GPL-3.0-or-later
#include "importproblemmodel.h"

namespace Upskill {

void ImportProblemModel::setProblems(const QList<ImportProblem> &problems,
                                     TableReader::Format format)
{
    beginResetModel();
    m_problems = problems;
    m_format = format;
    endResetModel();
}

int ImportProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportProblem &problem = m_problems.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Line:
            return problem.line > 0 ? QVariant(problem.line) : QVariant();
        case Field: {
            if (problem.column <= 0)
                return {};
            const QString column = m_format == TableReader::Format::Xlsx
                                       ? TableReader::columnLetters(problem.column)
                                       : QString::number(problem.column);
            return problem.columnName.isEmpty() ? column
                                                : tr("%1 (%2)").arg(column, problem.columnName);
        }
        case Message:
            return problem.message;
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Line)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ImportProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Line:
        return m_format == TableReader::Format::Xlsx ? tr("Row") : tr("Line");
    case Field:
        return tr("Column");
    case Message:
        return tr("Problem");
    }
    return {};
}

} // namespace Upskill
