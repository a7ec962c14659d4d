// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"
#include "rowstore.h"

namespace Upskill {

// Deletes some rows of a table (with everything that cascades from them) and inserts others
// in their place, in one transaction and one undo step: a regenerated schedule replaces a
// cohort's sessions this way. Undo deletes the new rows and puts the old ones back exactly;
// redo inserts the new rows again with the same ids.
class ReplaceRowsCommand : public HistoryCommand
{
public:
    // Pushes the command onto history's stack; false (and a message through editFailed) when
    // the first run failed, and then nothing is left on the stack. newIds (optional) receives
    // the ids of the inserted rows.
    static bool apply(EditHistory &history, const QString &table, const QList<qint64> &removeIds,
                      const QList<QVariantMap> &rows, const QString &text,
                      QList<qint64> *newIds = nullptr);

    void redo() override;
    void undo() override;

private:
    ReplaceRowsCommand(EditHistory &history, const QString &table, const QList<qint64> &removeIds,
                       const QList<QVariantMap> &rows, const QString &text, bool *firstResult,
                       QList<qint64> *newIds);
    bool replace(QString *error);
    bool restore(QString *error);
    void report(bool ok, const QString &error);

    QString m_table;
    QList<qint64> m_removeIds;
    QList<QVariantMap> m_rows;
    QList<qint64> m_ids;
    RemovedRows m_removed;
    bool *m_firstResult;
    QList<qint64> *m_newIds;
};

} // namespace Upskill
