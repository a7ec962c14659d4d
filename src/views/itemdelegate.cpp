// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemdelegate.h"

#include "programtablemodel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QStyle>

namespace Upskill {

QWidget *ItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QVariantList choices = index.data(ProgramTableModel::ChoicesRole).toList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        for (const QVariant &choice : choices) {
            const QStringList pair = choice.toStringList();
            combo->addItem(pair.value(1), pair.value(0));
        }
        return combo;
    }
    QWidget *editor = QSqlRelationalDelegate::createEditor(parent, option, index);
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    return editor;
}

void ItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && !index.data(ProgramTableModel::ChoicesRole).toList().isEmpty()) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    QSqlRelationalDelegate::setEditorData(editor, index);
}

void ItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor);
        combo && !index.data(ProgramTableModel::ChoicesRole).toList().isEmpty()) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QSqlRelationalDelegate::setModelData(editor, model, index);
}

void ItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QSqlRelationalDelegate::initStyleOption(option, index);
    if (!index.data(ProgramTableModel::WarningRole).toString().isEmpty()) {
        const QStyle *style = option->widget ? option->widget->style() : QApplication::style();
        option->icon = style->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

} // namespace Upskill
