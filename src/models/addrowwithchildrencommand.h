// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

namespace Upskill {

// Inserts one row and the rows that belong to it (a rubric dimension and its four levels) in
// one transaction. Undo deletes the row, and the children go with it through the cascade;
// redo puts the row back under the same id.
class AddRowWithChildrenCommand : public HistoryCommand
{
public:
    AddRowWithChildrenCommand(EditHistory &history, const QString &table, const QVariantMap &row,
                              const QString &childTable, const QString &parentField,
                              const QList<QVariantMap> &children, const QString &text);
    void redo() override;
    void undo() override;
    qint64 newId() const { return m_id; }

private:
    bool insert(QString *error);

    QString m_table;
    QVariantMap m_row;
    QString m_childTable;
    QString m_parentField;
    QList<QVariantMap> m_children;
    qint64 m_id = -1;
};

} // namespace Upskill
