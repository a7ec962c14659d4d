// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace Upskill {

// The first rows of a file to import, for a preview: a header per column and, beside each
// row, the line (or sheet row) it comes from, so a problem's line can be found at a glance.
class ImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    // rows[i] came from lines[i]; short rows show empty cells.
    void setContent(const QStringList &headers, const QList<QStringList> &rows,
                    const QList<qint64> &lines);
    void clear();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<qint64> m_lines;
};

} // namespace Upskill
