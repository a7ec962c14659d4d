// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

#include <memory>

namespace Upskill {

// New rows of one table and changes to existing rows, in one transaction and one undo step:
// a week of protected time entered for a whole cohort fills the weeks that have a row and
// adds those that have none, and undo takes back both. Redo after undo re-inserts with the
// same ids.
class AddAndEditRowsCommand : public HistoryCommand
{
public:
    // Pushes the command on history's stack; false (with the reason reported through
    // EditHistory::editFailed) when its first run failed and nothing was written.
    static bool run(EditHistory &history, const QString &table, const QList<QVariantMap> &rows,
                    const QList<FieldChange> &changes, const QString &text,
                    QList<qint64> *ids = nullptr);

    void redo() override;
    void undo() override;

private:
    struct Outcome
    {
        bool ok = false;
        QList<qint64> ids;
    };
    AddAndEditRowsCommand(EditHistory &history, const QString &table,
                          const QList<QVariantMap> &rows, const QList<FieldChange> &changes,
                          const QString &text, std::shared_ptr<Outcome> outcome);
    bool apply(bool forward, QString *error);

    QString m_table;
    QList<QVariantMap> m_rows;
    QList<qint64> m_ids;
    QList<FieldChange> m_new;
    QList<FieldChange> m_old; // in reverse order, so undo retraces the steps
    // The stack deletes a command whose first run failed, so the outcome lives apart.
    std::shared_ptr<Outcome> m_outcome;
    bool m_firstRun = true;
};

} // namespace Upskill
