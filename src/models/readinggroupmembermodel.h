// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readinggrouppartmodel.h"
#include "readinggrouprules.h"

#include <QDate>
#include <QHash>

namespace Upskill {

// The members of one reading group in the order the facilitator's role passes among them.
// A member who leaves is not deleted but gets the day they left: the meetings they led keep
// their name, and the rotation skips them from that day on.
class ReadingGroupMemberModel : public ReadingGroupPartModel
{
    Q_OBJECT
public:
    enum Column { Id, Group, Participant, Position, JoinedOn, LeftOn };
    enum Computed { Role, Team, MeetingsLed, NextTurn };

    explicit ReadingGroupMemberModel(EditHistory &history, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds people at the end of the order, members from today; people already in the group
    // are skipped. One undo step; returns how many were added, -1 on failure.
    int addMembers(const QList<qint64> &participantIds);
    // Marks members as having left on day (today when invalid); one undo step.
    bool markLeft(const QList<qint64> &memberIds, const QDate &day = QDate());
    bool removeMembers(const QList<qint64> &memberIds);

    // Members in the group on day (today when invalid), counted by SQL.
    int activeCount(const QDate &day = QDate()) const;
    // The rotation's view of the group: every member in order, with their dates.
    QList<RotationMember> rotation() const { return rotationOf(database(), m_groupId); }
    static QList<RotationMember> rotationOf(const QSqlDatabase &db, qint64 groupId);
    qint64 participantAt(int row) const;

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString describeEdit(int row, int column) const override;
    QString moveText(int delta) const override;
    int computedColumnCount() const override { return 4; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    struct Facts
    {
        QString role;
        QString team;
        int led = 0;
        QDate nextTurn;
    };
    QHash<qint64, Facts> m_facts; // by participant id, read once per refresh
};

} // namespace Upskill
