// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemdelegate.h"
#include "lookupedit.h"

namespace Upskill {

// Edits a column that names a participant or a cohort with a search field instead of a combo
// of every row of the table. The model receives the chosen id, an empty text for "none", or
// the text itself when it names nobody, which the model refuses with a message that says so.
class LookupDelegate : public ItemDelegate
{
    Q_OBJECT
public:
    LookupDelegate(const QSqlDatabase &db, LookupEdit::Kind kind, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    QSqlDatabase m_db;
    LookupEdit::Kind m_kind;
};

} // namespace Upskill
