// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinggroupmembermodel.h"

#include "edithistory.h"
#include "vocabulary.h"

#include <QColor>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRelation>

namespace Upskill {

namespace {
const QString Table = QStringLiteral("reading_group_members");

QDate dateOf(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QString today()
{
    return QDate::currentDate().toString(Qt::ISODate);
}
} // namespace

ReadingGroupMemberModel::ReadingGroupMemberModel(EditHistory &history, QObject *parent)
    : ReadingGroupPartModel(
          history, Table,
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("group_id"), ColumnKind::Hidden, tr("Group")},
           // Members are added through the people picker and never swapped for someone else.
           {QStringLiteral("participant_id"), ColumnKind::Relation, tr("Member"), {}, true, false},
           {QStringLiteral("position"), ColumnKind::Hidden, tr("Order")},
           {QStringLiteral("joined_on"), ColumnKind::Date, tr("Joined")},
           {QStringLiteral("left_on"), ColumnKind::Date, tr("Left")}},
          parent)
{
    setRelation(Participant, QSqlRelation(QStringLiteral("participants"), QStringLiteral("id"),
                                          QStringLiteral("name")));
    setWatchedTables({QStringLiteral("participants")}, {QStringLiteral("reading_group_meetings")});
    setGroup(-1);
}

QVariant ReadingGroupMemberModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == LeftOn)
            return tr("The day the member left. From then on the facilitator's role passes them "
                      "by; the meetings they led keep their name.");
        if (section == tableColumnCount() + NextTurn)
            return tr("The next planned meeting this member leads.");
    }
    return ReadingGroupPartModel::headerData(section, orientation, role);
}

qint64 ReadingGroupMemberModel::participantAt(int row) const
{
    return storedValue(row, QStringLiteral("participant_id")).toLongLong();
}

int ReadingGroupMemberModel::addMembers(const QList<qint64> &participantIds)
{
    if (m_groupId < 0) {
        Q_EMIT editRefused(tr("Choose a reading group first."));
        return -1;
    }
    QSet<qint64> present;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT participant_id FROM reading_group_members "
                                 "WHERE group_id = ?"));
    query.addBindValue(m_groupId);
    if (query.exec()) {
        while (query.next())
            present.insert(query.value(0).toLongLong());
    }
    QList<QVariantMap> records;
    int position = nextPosition();
    for (qint64 id : participantIds) {
        if (present.contains(id))
            continue;
        present.insert(id);
        records.append({{QStringLiteral("group_id"), m_groupId},
                        {QStringLiteral("participant_id"), id},
                        {QStringLiteral("position"), position++},
                        {QStringLiteral("joined_on"), QDate::currentDate()}});
    }
    if (records.isEmpty())
        return 0;
    if (!addRecords(records, tr("Add %n reading group member(s)", nullptr, int(records.size()))))
        return -1;
    return int(records.size());
}

bool ReadingGroupMemberModel::markLeft(const QList<qint64> &memberIds, const QDate &day)
{
    const QString left = (day.isValid() ? day : QDate::currentDate()).toString(Qt::ISODate);
    QList<FieldChange> changes;
    for (qint64 id : memberIds) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT p.name, m.joined_on FROM reading_group_members m "
                                     "JOIN participants p ON p.id = m.participant_id "
                                     "WHERE m.id = ?"));
        query.addBindValue(id);
        if (!query.exec() || !query.next())
            continue;
        const QDate joined = dateOf(query.value(1));
        if (joined.isValid() && joined > dateOf(left)) {
            Q_EMIT editRefused(tr("%1 joined on %2 and cannot leave before that.")
                                   .arg(query.value(0).toString(),
                                        QLocale().toString(joined, QLocale::ShortFormat)));
            return false;
        }
        changes.append({Table, id, QStringLiteral("left_on"), left});
    }
    if (changes.isEmpty())
        return false;
    return m_history.editFields(
        changes, tr("Mark %n member(s) as having left", nullptr, int(changes.size())));
}

bool ReadingGroupMemberModel::removeMembers(const QList<qint64> &memberIds)
{
    return removeIds(memberIds,
                     tr("Remove %n reading group member(s)", nullptr, int(memberIds.size())));
}

int ReadingGroupMemberModel::activeCount(const QDate &day) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM reading_group_members WHERE group_id = :g "
                                 "AND (joined_on IS NULL OR joined_on <= :d) "
                                 "AND (left_on IS NULL OR left_on > :d)"));
    query.bindValue(QStringLiteral(":g"), m_groupId);
    query.bindValue(QStringLiteral(":d"),
                    (day.isValid() ? day : QDate::currentDate()).toString(Qt::ISODate));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QList<RotationMember> ReadingGroupMemberModel::rotationOf(const QSqlDatabase &db, qint64 groupId)
{
    QList<RotationMember> members;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT participant_id, joined_on, left_on FROM "
                                 "reading_group_members WHERE group_id = ? ORDER BY position, id"));
    query.addBindValue(groupId);
    if (query.exec()) {
        while (query.next())
            members.append(
                {query.value(0).toLongLong(), dateOf(query.value(1)), dateOf(query.value(2))});
    }
    return members;
}

QString ReadingGroupMemberModel::validate(int row, int column, const QVariant &value) const
{
    if (column != JoinedOn && column != LeftOn)
        return {};
    const QDate joined =
        column == JoinedOn ? dateOf(value) : dateOf(storedValue(row, QStringLiteral("joined_on")));
    const QDate left =
        column == LeftOn ? dateOf(value) : dateOf(storedValue(row, QStringLiteral("left_on")));
    if (joined.isValid() && left.isValid() && left < joined)
        return tr("%1 cannot leave the group (%2) before joining it (%3).")
            .arg(index(row, Participant).data().toString(),
                 QLocale().toString(left, QLocale::ShortFormat),
                 QLocale().toString(joined, QLocale::ShortFormat));
    return {};
}

QString ReadingGroupMemberModel::describeEdit(int row, int column) const
{
    if (column == JoinedOn)
        return tr("Change the day a member joined");
    if (column == LeftOn)
        return tr("Change the day a member left");
    return ReadingGroupPartModel::describeEdit(row, column);
}

QString ReadingGroupMemberModel::moveText(int delta) const
{
    return delta < 0 ? tr("Move member up") : tr("Move member down");
}

QVariant ReadingGroupMemberModel::computedHeader(int computedColumn) const
{
    switch (computedColumn) {
    case Role:
        return tr("Role");
    case Team:
        return tr("Team");
    case MeetingsLed:
        return tr("Meetings led");
    case NextTurn:
        return tr("Next turn");
    }
    return {};
}

QVariant ReadingGroupMemberModel::computedData(int row, int computedColumn, int role) const
{
    const Facts facts = m_facts.value(participantAt(row));
    if (role == Qt::TextAlignmentRole && computedColumn == MeetingsLed)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (computedColumn) {
    case Role:
        return Vocabulary::label(Term::Role, facts.role);
    case Team:
        return facts.team;
    case MeetingsLed:
        return facts.led;
    case NextTurn:
        return facts.nextTurn.isValid() ? QLocale().toString(facts.nextTurn, QLocale::ShortFormat)
                                        : QString();
    }
    return {};
}

QVariant ReadingGroupMemberModel::cellHint(int row, int column, int role) const
{
    Q_UNUSED(column)
    // A member who has left steps back in mid grey, on light and dark palettes alike.
    if (role == Qt::ForegroundRole) {
        const QDate left = dateOf(storedValue(row, QStringLiteral("left_on")));
        if (left.isValid() && left <= QDate::currentDate())
            return QColor(128, 128, 128);
    }
    return {};
}

void ReadingGroupMemberModel::refreshComputed()
{
    m_facts.clear();
    if (m_groupId < 0)
        return;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT p.id, p.role, p.team, "
        "(SELECT count(*) FROM reading_group_meetings x WHERE x.group_id = :g AND "
        "x.facilitator_id = p.id AND x.held_on < :today), "
        "(SELECT min(x.held_on) FROM reading_group_meetings x WHERE x.group_id = :g AND "
        "x.facilitator_id = p.id AND x.held_on >= :today) "
        "FROM reading_group_members m JOIN participants p ON p.id = m.participant_id "
        "WHERE m.group_id = :g"));
    query.bindValue(QStringLiteral(":g"), m_groupId);
    query.bindValue(QStringLiteral(":today"), today());
    if (!query.exec())
        return;
    while (query.next())
        m_facts.insert(query.value(0).toLongLong(),
                       {query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toInt(), dateOf(query.value(4))});
}

} // namespace Upskill
