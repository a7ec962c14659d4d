// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemdelegate.h"

namespace Upskill {

// The shared delegate, with a multi-line editor for the columns that hold several lines (the
// behavioural indicators of a level, one behaviour per line): Return starts a new line, and
// leaving the cell saves.
class TextBlockDelegate : public ItemDelegate
{
    Q_OBJECT
public:
    TextBlockDelegate(const QList<int> &blockColumns, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    QList<int> m_blockColumns;
};

} // namespace Upskill
