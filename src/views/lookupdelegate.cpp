// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookupdelegate.h"

namespace Upskill {

namespace {
// What the cell showed when editing began: unchanged text is no edit.
const char OriginalText[] = "lookupOriginalText";
} // namespace

LookupDelegate::LookupDelegate(const QSqlDatabase &db, LookupEdit::Kind kind, QObject *parent)
    : ItemDelegate(parent), m_db(db), m_kind(kind)
{}

QWidget *LookupDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    return new LookupEdit(m_db, m_kind, parent);
}

void LookupDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<LookupEdit *>(editor);
    if (!edit)
        return ItemDelegate::setEditorData(editor, index);
    // Set once: a refresh of the model while editing must not undo what is being typed.
    if (edit->property(OriginalText).isValid())
        return;
    const QString text = index.data(Qt::DisplayRole).toString();
    edit->setProperty(OriginalText, text);
    edit->setCurrent(-1, text);
    edit->selectAll();
}

void LookupDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                  const QModelIndex &index) const
{
    auto *edit = qobject_cast<LookupEdit *>(editor);
    if (!edit)
        return ItemDelegate::setModelData(editor, model, index);
    const QString text = edit->text().trimmed();
    const qint64 id = edit->currentId();
    if (text == edit->property(OriginalText).toString().trimmed() && id < 0)
        return;
    if (text.isEmpty())
        model->setData(index, QString(), Qt::EditRole);
    else
        model->setData(index, id >= 0 ? QVariant(id) : QVariant(text), Qt::EditRole);
}

} // namespace Upskill
