// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlRelationalDelegate>

namespace Upskill {

// One delegate for every table: relation columns get the relational combo box, closed sets a
// combo of translated labels, dates a calendar (Qt's default editor for QDate), and a cell
// whose model reports a warning shows the style's warning sign.
class ItemDelegate : public QSqlRelationalDelegate
{
    Q_OBJECT
public:
    using QSqlRelationalDelegate::QSqlRelationalDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Upskill
