// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentgridview.h"

#include "itemdelegate.h"
#include "rubric.h"

#include <QHeaderView>
#include <QKeyEvent>

namespace Upskill {

AssessmentGridView::AssessmentGridView(QWidget *parent) : QTableView(parent)
{
    setItemDelegate(new ItemDelegate(this));
    // Typing a digit rates the cell instead of opening an editor.
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ContiguousSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setTabKeyNavigation(false);
    setAlternatingRowColors(true);
    setWordWrap(false);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    horizontalHeader()->setMinimumSectionSize(120);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
}

void AssessmentGridView::keyPressEvent(QKeyEvent *event)
{
    const QModelIndex current = currentIndex();
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (plain && current.isValid() && model()) {
        const int key = event->key();
        if (key >= Qt::Key_1 && key < Qt::Key_1 + Rubric::LevelCount) {
            model()->setData(current, key - Qt::Key_0);
            moveToNext();
            event->accept();
            return;
        }
        if (key == Qt::Key_Delete || key == Qt::Key_Backspace) {
            const QModelIndexList cells = selectionModel()->selectedIndexes();
            for (const QModelIndex &cell : cells.isEmpty() ? QModelIndexList{current} : cells)
                model()->setData(cell, QString());
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

void AssessmentGridView::moveToNext()
{
    const QModelIndex current = currentIndex();
    int row = current.row();
    int column = current.column() + 1;
    if (column >= model()->columnCount()) {
        if (row + 1 >= model()->rowCount())
            return;
        column = 0;
        ++row;
    }
    setCurrentIndex(model()->index(row, column));
}

} // namespace Upskill
