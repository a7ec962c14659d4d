// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Upskill {

// One member of a reading group as the rotation sees them: who, and from when to when they
// take part. A member whose left_on is on or before a meeting's day is no longer there.
struct RotationMember
{
    qint64 participantId = 0;
    QDate joinedOn; // invalid: from the start
    QDate leftOn;   // invalid: still a member

    bool isMemberOn(const QDate &day) const
    {
        return (!joinedOn.isValid() || joinedOn <= day) && (!leftOn.isValid() || leftOn > day);
    }
};

// The rules of the reading-group format: 4–6 people, a meeting every two weeks, and the
// facilitator's role passing from member to member in the group's order.
class ReadingGroupRules
{
    Q_DECLARE_TR_FUNCTIONS(ReadingGroupRules)
public:
    static constexpr int MinMembers = 4;
    static constexpr int MaxMembers = 6;
    static constexpr int DaysBetweenMeetings = 14;

    // Empty inside 4–6 members, otherwise a sentence saying what is wrong and what to do.
    static QString sizeWarning(int members);

    // The facilitator of each meeting on days (in order), passing the role on in the members'
    // order (members as listed) after lastFacilitator, who led the meeting before the first
    // of days (0: nobody yet, so the first member starts). A member who is not in the group on
    // a meeting's day is skipped for that meeting; when nobody is, that meeting gets 0.
    // The role goes on from the member who last had it, even if they have left since.
    static QList<qint64> facilitators(const QList<RotationMember> &members, qint64 lastFacilitator,
                                      const QList<QDate> &days);

    // Empty when text can be opened as a link (a web address, a wiki page, a shared file) or
    // is empty; otherwise what is wrong with it.
    static QString linkProblem(const QString &text);
    // The address to open for a link as typed ("wiki.example.org/x" becomes https://...).
    static QString openableLink(const QString &text);

    // count meeting days, every DaysBetweenMeetings days from first.
    static QList<QDate> meetingDays(const QDate &first, int count);
};

} // namespace Upskill
