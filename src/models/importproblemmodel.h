// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tablereader.h"

#include <QAbstractTableModel>

namespace Upskill {

// The problems an import found, one per row: where (line or sheet row, column and its
// header) and what is wrong, in file order.
class ImportProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Line, Field, Message, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setProblems(const QList<ImportProblem> &problems, TableReader::Format format);
    const QList<ImportProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ImportProblem> m_problems;
    TableReader::Format m_format = TableReader::Format::Csv;
};

} // namespace Upskill
