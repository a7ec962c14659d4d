// SPDX-License-Identifier: GPL-3.0-or-later
#include "textblockdelegate.h"

#include <QPlainTextEdit>

namespace Upskill {

TextBlockDelegate::TextBlockDelegate(const QList<int> &blockColumns, QObject *parent)
    : ItemDelegate(parent), m_blockColumns(blockColumns)
{}

QWidget *TextBlockDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    if (!m_blockColumns.contains(index.column()))
        return ItemDelegate::createEditor(parent, option, index);
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    return editor;
}

void TextBlockDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &index) const
{
    if (!m_blockColumns.contains(index.column())) {
        ItemDelegate::updateEditorGeometry(editor, option, index);
        return;
    }
    // A one-line cell is too small to edit several lines in: the editor grows downwards.
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), editor->fontMetrics().lineSpacing() * 6));
    editor->setGeometry(rect);
}

} // namespace Upskill
