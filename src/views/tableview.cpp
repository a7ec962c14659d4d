// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableview.h"

#include "itemdelegate.h"
#include "programtablemodel.h"

#include <QHeaderView>
#include <QPainter>

#include <memory>

namespace Upskill {

TableView::TableView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new ItemDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::AnyKeyPressed);
    setAlternatingRowColors(true);
    setSortingEnabled(true);
    setWordWrap(false);
    verticalHeader()->setVisible(false);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
}

void TableView::setProgramModel(ProgramTableModel *model)
{
    m_model = model;
    setModel(model);
    for (int column = 0; column < model->tableColumnCount(); ++column) {
        const ColumnKind kind = model->columnSpecs().at(column).kind;
        if (kind == ColumnKind::Id || kind == ColumnKind::Hidden)
            hideColumn(column);
    }
    // Size the columns to the first rows once; later refreshes keep what the user set.
    auto sizeOnce = std::make_shared<QMetaObject::Connection>();
    *sizeOnce = connect(model, &QAbstractItemModel::modelReset, this, [this, sizeOnce] {
        if (m_model->rowCount() == 0)
            return;
        disconnect(*sizeOnce);
        resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            setColumnWidth(column, qBound(60, columnWidth(column) + 12, 320));
    });
}

QList<qint64> TableView::selectedIds() const
{
    QList<qint64> ids;
    if (!m_model || !selectionModel())
        return ids;
    for (const QModelIndex &index : selectionModel()->selectedRows())
        ids.append(m_model->idAt(index.row()));
    return ids;
}

qint64 TableView::currentId() const
{
    const QModelIndex index = currentIndex();
    return (m_model && index.isValid()) ? m_model->idAt(index.row()) : -1;
}

void TableView::showId(qint64 id)
{
    if (!m_model)
        return;
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    int column = 0;
    while (column < m_model->columnCount() && isColumnHidden(column))
        ++column;
    const QModelIndex index = m_model->index(row, column);
    setCurrentIndex(index);
    selectRow(row);
    scrollTo(index);
}

void TableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    if (!m_model || m_model->rowCount() > 0 || m_emptyText.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_emptyText);
}

} // namespace Upskill
