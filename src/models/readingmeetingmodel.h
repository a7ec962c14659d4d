// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readinggrouppartmodel.h"
#include "readinggrouprules.h"

#include <QDate>
#include <QHash>

namespace Upskill {

// The meetings of one reading group in date order: who leads each (one of the group's
// members), which reading it discusses, and the link to its written summary. "Plan meetings"
// adds the next meetings every two weeks with the facilitator's role passing on in the
// members' order, skipping members who have left by then.
class ReadingMeetingModel : public ReadingGroupPartModel
{
    Q_OBJECT
public:
    enum Column { Id, Group, HeldOn, Facilitator, Reading, SummaryLink, Notes };

    explicit ReadingMeetingModel(EditHistory &history, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A meeting as "Plan meetings" would add it.
    struct PlannedMeeting
    {
        QDate day;
        qint64 facilitator = 0; // 0: no member is in the group that day
        qint64 reading = 0;     // 0: no reading left on the list
    };
    // count meetings every two weeks from first, each led by the next member in turn after
    // whoever led the group's latest meeting, and each given the next reading nobody has
    // discussed yet. Empty, with *problem saying why, when they cannot be planned.
    QList<PlannedMeeting> proposal(int count, const QDate &first, QString *problem) const;
    // Adds the meetings of proposal() as one undo step; ids (optional) receives their ids.
    bool planMeetings(int count, const QDate &first, QList<qint64> *ids = nullptr);
    // The names the model shows, for a preview of planned meetings.
    QString memberName(qint64 participantId) const;
    QString readingTitle(qint64 readingId) const;
    // Two weeks after the group's latest meeting (and not in the past), or a week from today
    // for a group that has not met.
    QDate suggestedFirstDay() const;
    bool removeMeetings(const QList<qint64> &ids);

    QDate heldOnAt(int row) const;
    qint64 facilitatorAt(int row) const; // 0 when nobody leads it
    QString summaryLinkAt(int row) const;
    // Meetings that took place without a summary link, counted by SQL.
    int missingSummaries() const;

protected:
    QString orderByClause() const override;
    QString validate(int row, int column, const QVariant &value) const override;
    QString describeEdit(int row, int column) const override;
    QString moveText(int delta) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    struct Option
    {
        qint64 id = 0;
        QString label;
    };
    QString where(int row) const;
    QString warning(int row, int column) const;
    QVariantList choices(const QList<Option> &options, const QString &none) const;

    // The group's members (everyone who ever was one) and readings, read once per refresh:
    // a group has a handful of each.
    QList<Option> m_members;
    QHash<qint64, int> m_memberIndex;
    QHash<qint64, RotationMember> m_rotation;
    QList<Option> m_readings;
    QHash<qint64, int> m_readingIndex;
};

} // namespace Upskill
