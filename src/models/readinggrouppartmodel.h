// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// Base of the models of what belongs to one reading group (setGroup): its members, its
// readings and its meetings. Members and readings keep an order of their own (position) that
// Move up/down changes as one undo step.
class ReadingGroupPartModel : public ProgramTableModel
{
    Q_OBJECT
public:
    // -1 shows no rows.
    virtual void setGroup(qint64 groupId);
    qint64 group() const { return m_groupId; }

    // Swaps row with its neighbour above (delta -1) or below (+1); one undo step. Only for
    // tables with a position.
    bool move(int row, int delta);
    bool canMove(int row, int delta) const;

protected:
    ReadingGroupPartModel(EditHistory &history, const QString &table,
                          const QList<ColumnSpec> &columns, QObject *parent);

    // Orders by position, then id; the header does not change it.
    QString orderByClause() const override;
    // The group's ids in their order, read from the file (the neighbour may not be fetched).
    QList<qint64> order(QHash<qint64, int> *positions = nullptr) const;
    int nextPosition() const;
    // The words for the undo step of a move.
    virtual QString moveText(int delta) const = 0;

    qint64 m_groupId = -1;
};

} // namespace Upskill
