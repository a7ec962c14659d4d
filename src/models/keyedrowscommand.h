// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

#include <QVariantMap>

#include <optional>

namespace Upskill {

// A row of a table whose rows are named by their key columns (attendance is a session and a
// participant, a holiday its day) in the state it should have: present with these values of
// its other columns, or absent.
struct KeyedRow
{
    QVariantMap key;
    std::optional<QVariantMap> values; // nullopt: no such row
};

// Puts several keyed rows into the states given, inserting, changing or deleting each as
// needed, in one transaction and one undo step; undo puts back the states they had. Marking a
// whole session present or deleting two holidays is one step.
class KeyedRowsCommand : public HistoryCommand
{
public:
    // Pushes the command onto history's stack; false (and a message through editFailed) when
    // the first run failed, and then nothing is left on the stack.
    static bool apply(EditHistory &history, const QString &table, const QList<KeyedRow> &rows,
                      const QString &text);

    void redo() override;
    void undo() override;

private:
    KeyedRowsCommand(EditHistory &history, const QString &table, const QList<KeyedRow> &rows,
                     const QString &text, bool *firstResult);
    bool write(const QList<KeyedRow> &rows, QString *error);
    std::optional<QVariantMap> current(const QVariantMap &key) const;
    void run(const QList<KeyedRow> &rows);

    QString m_table;
    QList<KeyedRow> m_new;
    QList<KeyedRow> m_old; // in reverse order, so a key given twice ends as it was
    bool *m_firstResult;
};

} // namespace Upskill
