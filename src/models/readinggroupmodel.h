// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

#include <QDate>
#include <QHash>

namespace Upskill {

// The reading groups of the program, by name: each with its cohort (or none, for a group of
// alumni), how many members it has today — with a warning outside the 4–6 the format needs —,
// its next meeting and who leads it, and how many of its past meetings have their summary.
class ReadingGroupModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Cohort, Notes };
    enum Computed { Members, NextMeeting, NextFacilitator, Summaries };

    explicit ReadingGroupModel(EditHistory &history, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // An empty cohort means "none".
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // A new group, of cohortId when it is not -1, named after it; one undo step.
    bool addGroup(const QString &name, qint64 cohortId = -1, qint64 *id = nullptr);
    bool removeGroups(const QList<qint64> &ids);

    // How many members the group of row has today, and the warning about it: empty in range,
    // and empty for a group that has finished (it met, and meets no more).
    int memberCount(int row) const;
    QString sizeWarning(int row) const;
    qint64 cohortAt(int row) const; // -1 for none

protected:
    QStringList searchFields() const override;
    QString validate(int row, int column, const QVariant &value) const override;
    QString describeEdit(int row, int column) const override;
    int computedColumnCount() const override { return 4; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    struct Facts
    {
        int members = 0;
        QDate nextMeeting;
        QString nextFacilitator;
        int held = 0;
        int summaries = 0;
    };
    QHash<qint64, Facts> m_facts; // by group id: one aggregate over every group per refresh
};

} // namespace Upskill
