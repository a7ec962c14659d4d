// SPDX-License-Identifier: GPL-3.0-or-later
#include "readingmeetingmodel.h"

#include "edithistory.h"
#include "readinggroupmembermodel.h"

#include <QColor>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

namespace {
QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString shortDate(const QDate &day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}
} // namespace

ReadingMeetingModel::ReadingMeetingModel(EditHistory &history, QObject *parent)
    : ReadingGroupPartModel(
          history, QStringLiteral("reading_group_meetings"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("group_id"), ColumnKind::Hidden, tr("Group")},
           {QStringLiteral("held_on"), ColumnKind::Date, tr("Date"), {}, true},
           // Stored as ids and shown by this model's own labels: only the group's members and
           // readings can be chosen.
           {QStringLiteral("facilitator_id"), ColumnKind::Integer, tr("Facilitator")},
           {QStringLiteral("reading_id"), ColumnKind::Integer, tr("Reading")},
           {QStringLiteral("summary_link"), ColumnKind::Text, tr("Summary")},
           {QStringLiteral("notes"), ColumnKind::Text, tr("Notes")}},
          parent)
{
    setWatchedTables({QStringLiteral("participants"), QStringLiteral("reading_group_members"),
                      QStringLiteral("reading_group_readings")},
                     {});
    setGroup(-1);
}

QString ReadingMeetingModel::orderByClause() const
{
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    return QStringLiteral("ORDER BY %1.held_on, %1.id").arg(table);
}

void ReadingMeetingModel::refreshComputed()
{
    m_members.clear();
    m_memberIndex.clear();
    m_rotation.clear();
    m_readings.clear();
    m_readingIndex.clear();
    if (m_groupId < 0)
        return;
    for (const RotationMember &member : ReadingGroupMemberModel::rotationOf(database(), m_groupId))
        m_rotation.insert(member.participantId, member);
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.id, p.name FROM reading_group_members m JOIN "
                                 "participants p ON p.id = m.participant_id WHERE m.group_id = ? "
                                 "ORDER BY m.position, m.id"));
    query.addBindValue(m_groupId);
    if (query.exec()) {
        while (query.next()) {
            m_memberIndex.insert(query.value(0).toLongLong(), int(m_members.size()));
            m_members.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
    query.prepare(QStringLiteral("SELECT id, title FROM reading_group_readings WHERE group_id = ? "
                                 "ORDER BY position, id"));
    query.addBindValue(m_groupId);
    if (query.exec()) {
        while (query.next()) {
            m_readingIndex.insert(query.value(0).toLongLong(), int(m_readings.size()));
            m_readings.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
}

QVariantList ReadingMeetingModel::choices(const QList<Option> &options, const QString &none) const
{
    // The keys are the ids as text and the empty key is "none", as the combo editor compares
    // them with the cell's edit value.
    QVariantList result{QVariant(QStringList{QString(), none})};
    for (const Option &option : options)
        result.append(QVariant(QStringList{QString::number(option.id), option.label}));
    return result;
}

QVariant ReadingMeetingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() ||
        (index.column() != Facilitator && index.column() != Reading))
        return ReadingGroupPartModel::data(index, role);
    const bool facilitator = index.column() == Facilitator;
    const QVariant id = storedValue(index.row(), fieldOf(index.column()));
    const QList<Option> &options = facilitator ? m_members : m_readings;
    const QHash<qint64, int> &lookup = facilitator ? m_memberIndex : m_readingIndex;
    switch (role) {
    case Qt::DisplayRole: {
        if (id.isNull())
            return QString();
        const auto it = lookup.constFind(id.toLongLong());
        return it == lookup.cend() ? QString() : options.at(*it).label;
    }
    case Qt::EditRole:
        return id.isNull() ? QString() : QString::number(id.toLongLong());
    case ChoicesRole:
        return facilitator ? choices(m_members, tr("Nobody yet"))
                           : choices(m_readings, tr("No reading chosen"));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return ReadingGroupPartModel::data(index, role);
    }
}

QVariant ReadingMeetingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return ReadingGroupPartModel::headerData(section, orientation, role);
    switch (section) {
    case Facilitator:
        return tr("The member who leads the discussion and writes the summary afterwards.");
    case Reading:
        return tr("What the meeting discusses, from the group's reading list.");
    case SummaryLink:
        return tr("The link to the meeting's written summary, once it is written.");
    default:
        return {};
    }
}

QDate ReadingMeetingModel::heldOnAt(int row) const
{
    return dateOf(storedValue(row, QStringLiteral("held_on")));
}

qint64 ReadingMeetingModel::facilitatorAt(int row) const
{
    return storedValue(row, QStringLiteral("facilitator_id")).toLongLong();
}

QString ReadingMeetingModel::summaryLinkAt(int row) const
{
    return storedValue(row, QStringLiteral("summary_link")).toString();
}

int ReadingMeetingModel::missingSummaries() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM reading_group_meetings WHERE group_id = ? "
                                 "AND held_on < ? AND summary_link = ''"));
    query.addBindValue(m_groupId);
    query.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QString ReadingMeetingModel::where(int row) const
{
    const QDate day = heldOnAt(row);
    return day.isValid() ? tr("The meeting of %1").arg(shortDate(day)) : tr("A meeting");
}

QString ReadingMeetingModel::validate(int row, int column, const QVariant &value) const
{
    QString problem;
    if (column == Facilitator && !value.isNull() && !m_memberIndex.contains(value.toLongLong()))
        problem = tr("the facilitator must be one of the group's members; add them to the "
                     "group first.");
    else if (column == Reading && !value.isNull() && !m_readingIndex.contains(value.toLongLong()))
        problem = tr("the reading must be one of the group's readings; add it to the reading "
                     "list first.");
    else if (column == SummaryLink)
        problem = ReadingGroupRules::linkProblem(value.toString());
    return problem.isEmpty() ? QString() : tr("%1: %2").arg(where(row), problem);
}

QString ReadingMeetingModel::describeEdit(int row, int column) const
{
    switch (column) {
    case HeldOn:
        return tr("Change meeting date");
    case Facilitator:
        return tr("Change facilitator");
    case Reading:
        return tr("Change reading of a meeting");
    case SummaryLink:
        return tr("Change summary link");
    default:
        return ReadingGroupPartModel::describeEdit(row, column);
    }
}

QString ReadingMeetingModel::moveText(int) const
{
    return {};
}

QString ReadingMeetingModel::warning(int row, int column) const
{
    const QDate day = heldOnAt(row);
    const QDate today = QDate::currentDate();
    if (column == SummaryLink && day.isValid() && day < today && summaryLinkAt(row).isEmpty()) {
        const qint64 lead = facilitatorAt(row);
        const auto it = m_memberIndex.constFind(lead);
        return it == m_memberIndex.cend()
                   ? tr("No written summary yet. Paste the link here once it is written.")
                   : tr("No written summary yet: %1 led this meeting. Paste the link here once "
                        "it is written.")
                         .arg(m_members.at(*it).label);
    }
    if (column == Facilitator && day.isValid() && day >= today) {
        const qint64 lead = facilitatorAt(row);
        if (lead == 0)
            return tr("Nobody leads this meeting yet; choose one of the members.");
        const auto member = m_rotation.constFind(lead);
        if (member != m_rotation.cend() && !member->isMemberOn(day)) {
            const auto it = m_memberIndex.constFind(lead);
            const QString name = it == m_memberIndex.cend() ? QString() : m_members.at(*it).label;
            return member->leftOn.isValid() && member->leftOn <= day
                       ? tr("%1 left the group on %2; choose another facilitator.")
                             .arg(name, shortDate(member->leftOn))
                       : tr("%1 joins the group only on %2; choose another facilitator.")
                             .arg(name, shortDate(member->joinedOn));
        }
    }
    return {};
}

QVariant ReadingMeetingModel::cellHint(int row, int column, int role) const
{
    if (role == WarningRole)
        return warning(row, column);
    if (role == Qt::ToolTipRole) {
        if (const QString text = warning(row, column); !text.isEmpty())
            return text;
        if (column == SummaryLink || column == Notes)
            return storedValue(row, fieldOf(column));
    }
    return {};
}

QDate ReadingMeetingModel::suggestedFirstDay() const
{
    const QDate today = QDate::currentDate();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT max(held_on) FROM reading_group_meetings "
                                 "WHERE group_id = ?"));
    query.addBindValue(m_groupId);
    const QDate last = query.exec() && query.next() ? dateOf(query.value(0)) : QDate();
    if (!last.isValid())
        return today.addDays(7);
    // Keeps the group's rhythm (the same weekday every other week) but never plans backwards.
    QDate next = last.addDays(ReadingGroupRules::DaysBetweenMeetings);
    while (next < today)
        next = next.addDays(ReadingGroupRules::DaysBetweenMeetings);
    return next;
}

QList<ReadingMeetingModel::PlannedMeeting>
ReadingMeetingModel::proposal(int count, const QDate &first, QString *problem) const
{
    if (m_groupId < 0) {
        *problem = tr("Choose a reading group first.");
        return {};
    }
    if (count < 1 || count > 52 || !first.isValid()) {
        *problem = tr("Plan between 1 and 52 meetings, from a valid day.");
        return {};
    }
    const QList<RotationMember> members =
        ReadingGroupMemberModel::rotationOf(database(), m_groupId);
    if (members.isEmpty()) {
        *problem = tr("This group has no members yet. Add them first: the facilitator's role "
                      "passes from one member to the next.");
        return {};
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT max(held_on) FROM reading_group_meetings "
                                 "WHERE group_id = ?"));
    query.addBindValue(m_groupId);
    const QDate last = query.exec() && query.next() ? dateOf(query.value(0)) : QDate();
    if (last.isValid() && first <= last) {
        *problem = tr("The group has a meeting on %1 already; plan the next ones from a later "
                      "day.")
                       .arg(shortDate(last));
        return {};
    }
    // The role goes on from whoever led the latest meeting that had a facilitator.
    query.prepare(QStringLiteral("SELECT facilitator_id FROM reading_group_meetings WHERE "
                                 "group_id = ? AND facilitator_id IS NOT NULL "
                                 "ORDER BY held_on DESC, id DESC LIMIT 1"));
    query.addBindValue(m_groupId);
    const qint64 lastFacilitator = query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    // Readings nobody has discussed yet, in the list's order.
    QList<qint64> readings;
    query.prepare(QStringLiteral("SELECT r.id FROM reading_group_readings r WHERE r.group_id = ? "
                                 "AND NOT EXISTS (SELECT 1 FROM reading_group_meetings x WHERE "
                                 "x.reading_id = r.id) ORDER BY r.position, r.id"));
    query.addBindValue(m_groupId);
    if (query.exec()) {
        while (query.next())
            readings.append(query.value(0).toLongLong());
    }

    const QList<QDate> days = ReadingGroupRules::meetingDays(first, count);
    const QList<qint64> leads = ReadingGroupRules::facilitators(members, lastFacilitator, days);
    QList<PlannedMeeting> meetings;
    for (int i = 0; i < days.size(); ++i)
        meetings.append({days.at(i), leads.at(i), i < readings.size() ? readings.at(i) : 0});
    return meetings;
}

bool ReadingMeetingModel::planMeetings(int count, const QDate &first, QList<qint64> *ids)
{
    QString problem;
    const QList<PlannedMeeting> meetings = proposal(count, first, &problem);
    if (meetings.isEmpty()) {
        Q_EMIT editRefused(problem);
        return false;
    }
    QList<QVariantMap> records;
    for (const PlannedMeeting &meeting : meetings) {
        // An empty text is how a record says "none" for a number column.
        records.append({{QStringLiteral("group_id"), m_groupId},
                        {QStringLiteral("held_on"), meeting.day},
                        {QStringLiteral("facilitator_id"),
                         meeting.facilitator ? QVariant(meeting.facilitator) : QVariant(QString())},
                        {QStringLiteral("reading_id"),
                         meeting.reading ? QVariant(meeting.reading) : QVariant(QString())}});
    }
    return addRecords(records, tr("Plan %n reading group meeting(s)", nullptr, count), ids);
}

QString ReadingMeetingModel::memberName(qint64 participantId) const
{
    const auto it = m_memberIndex.constFind(participantId);
    return it == m_memberIndex.cend() ? QString() : m_members.at(*it).label;
}

QString ReadingMeetingModel::readingTitle(qint64 readingId) const
{
    const auto it = m_readingIndex.constFind(readingId);
    return it == m_readingIndex.cend() ? QString() : m_readings.at(*it).label;
}

bool ReadingMeetingModel::removeMeetings(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n meeting(s)", nullptr, int(ids.size())));
}

} // namespace Upskill
