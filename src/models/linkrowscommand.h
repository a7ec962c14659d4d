// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace Upskill {

// Adds or removes rows of a link table — a table whose rows are nothing but the pair they
// link, such as who came to a community event — as one transaction and one undo step. A row
// is named by all the columns given. Adding a row that is there already, or removing one that
// is not, is no change; undo takes back exactly the rows that did change.
class LinkRowsCommand : public HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(LinkRowsCommand)
public:
    enum class Change { Add, Remove };

    // Pushes the command as one undo step; false (and nothing on the stack) when the first
    // write failed, which EditHistory::editFailed() reports. changed (optional) receives how
    // many rows were added or removed.
    static bool push(EditHistory &history, const QString &table, Change change,
                     const QList<QVariantMap> &rows, const QString &text, int *changed = nullptr);

    void redo() override;
    void undo() override;

private:
    LinkRowsCommand(EditHistory &history, const QString &table, Change change,
                    const QList<QVariantMap> &rows, const QString &text, bool *firstRun);

    // Inserts (or deletes) rows; done receives the rows that really changed.
    bool write(bool insert, const QList<QVariantMap> &rows, QList<QVariantMap> *done,
               QString *error);

    QString m_table;
    Change m_change;
    QList<QVariantMap> m_rows;
    QList<QVariantMap> m_changed; // what the first redo changed: what undo and redo repeat
    bool m_ran = false;
    // Where the first redo, which runs inside QUndoStack::push(), leaves its outcome.
    bool *m_firstRun;
};

} // namespace Upskill
