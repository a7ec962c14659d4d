// SPDX-License-Identifier: GPL-3.0-or-later
#include "importpreviewmodel.h"

namespace Upskill {

void ImportPreviewModel::setContent(const QStringList &headers, const QList<QStringList> &rows,
                                    const QList<qint64> &lines)
{
    beginResetModel();
    m_headers = headers;
    m_rows = rows;
    m_lines = lines;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setContent({}, {}, {});
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        QString text = m_rows.at(index.row()).value(index.column());
        // A line break inside a field would make the row taller than the preview needs.
        if (role == Qt::DisplayRole)
            text.replace(QLatin1Char('\n'), QChar(0x21B5));
        return text;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return section >= 0 && section < m_lines.size() ? QVariant(m_lines.at(section)) : QVariant();
}

} // namespace Upskill
