// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinggrouprules.h"

#include <QUrl>

namespace Upskill {

QString ReadingGroupRules::sizeWarning(int members)
{
    if (members < MinMembers)
        return tr("%n member(s): a reading group needs at least %1 people to keep the discussion "
                  "going when someone is away. Add members.",
                  nullptr, members)
            .arg(MinMembers);
    if (members > MaxMembers)
        return tr("%n member(s): with more than %1 people not everyone gets to speak in an hour. "
                  "Split the group in two.",
                  nullptr, members)
            .arg(MaxMembers);
    return {};
}

QList<qint64> ReadingGroupRules::facilitators(const QList<RotationMember> &members,
                                              qint64 lastFacilitator, const QList<QDate> &days)
{
    QList<qint64> result;
    result.reserve(days.size());
    const int count = int(members.size());
    // The place in the order the role was last at; -1 before the first member.
    int at = -1;
    for (int i = 0; i < count; ++i) {
        if (members.at(i).participantId == lastFacilitator && lastFacilitator != 0) {
            at = i;
            break;
        }
    }
    for (const QDate &day : days) {
        qint64 next = 0;
        for (int step = 1; step <= count; ++step) {
            const int candidate = (at + step) % count;
            if (members.at(candidate).isMemberOn(day)) {
                at = candidate;
                next = members.at(candidate).participantId;
                break;
            }
        }
        result.append(next);
    }
    return result;
}

QString ReadingGroupRules::linkProblem(const QString &text)
{
    const QString link = text.trimmed();
    if (link.isEmpty())
        return {};
    for (const QChar c : link) {
        if (c.isSpace())
            return tr("“%1” is not a link: a link has no spaces. Paste the address of the page or "
                      "file.")
                .arg(link);
    }
    if (openableLink(link).isEmpty())
        return tr("“%1” is not a link. Paste the address of the page or file.").arg(link);
    return {};
}

QString ReadingGroupRules::openableLink(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    return url.isValid() && !url.scheme().isEmpty() ? url.toString() : QString();
}

QList<QDate> ReadingGroupRules::meetingDays(const QDate &first, int count)
{
    QList<QDate> days;
    for (int i = 0; i < count && first.isValid(); ++i)
        days.append(first.addDays(qint64(i) * DaysBetweenMeetings));
    return days;
}

} // namespace Upskill
