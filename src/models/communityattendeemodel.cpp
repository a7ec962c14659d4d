// SPDX-License-Identifier: GPL-3.0-or-later
#include "communityattendeemodel.h"

#include "edithistory.h"
#include "linkrowscommand.h"
#include "programfile.h"
#include "vocabulary.h"

#include <QSqlQuery>

namespace Upskill {

namespace {
const QString Table = QStringLiteral("community_attendance");
}

CommunityAttendeeModel::CommunityAttendeeModel(EditHistory &history, QObject *parent)
    : QSqlQueryModel(parent), m_history(history)
{
    connect(&history.file(), &ProgramFile::tablesChanged, this,
            &CommunityAttendeeModel::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this,
            [this](const QString &table, qint64) { onTablesChanged({table}); });
    reload();
}

void CommunityAttendeeModel::onTablesChanged(const QStringList &tables)
{
    for (const QString &table : tables) {
        if (table == Table || table == QLatin1String("participants") ||
            table == QLatin1String("enrollments") || table == QLatin1String("community_events")) {
            reload();
            return;
        }
    }
}

void CommunityAttendeeModel::setEvent(qint64 eventId)
{
    m_eventId = eventId;
    reload();
}

void CommunityAttendeeModel::reload()
{
    QSqlQuery query(m_history.file().database());
    query.prepare(QStringLiteral(
        "SELECT p.id, p.name, p.team, p.role, EXISTS (SELECT 1 FROM enrollments e WHERE "
        "e.participant_id = p.id AND e.status = 'completed') "
        "FROM community_attendance a JOIN participants p ON p.id = a.participant_id "
        "WHERE a.event_id = ? ORDER BY p.name, p.id"));
    query.addBindValue(m_eventId);
    query.exec();
    setQuery(std::move(query));
}

qint64 CommunityAttendeeModel::participantAt(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toLongLong();
}

int CommunityAttendeeModel::attendeeCount() const
{
    QSqlQuery query(m_history.file().database());
    query.prepare(QStringLiteral("SELECT count(*) FROM community_attendance WHERE event_id = ?"));
    query.addBindValue(m_eventId);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QVariant CommunityAttendeeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.column() == Role && role == Qt::DisplayRole)
        return Vocabulary::label(Term::Role, QSqlQueryModel::data(index).toString());
    if (index.column() == Alumnus) {
        const bool alumnus = QSqlQueryModel::data(index).toInt() != 0;
        if (role == Qt::DisplayRole)
            return alumnus ? tr("Alumnus") : QString();
        if (role == Qt::ToolTipRole && alumnus)
            return tr("Has completed a cohort of the program.");
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return QSqlQueryModel::data(index, role);
    return {};
}

QVariant CommunityAttendeeModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Team:
        return tr("Team");
    case Role:
        return tr("Role");
    case Alumnus:
        return tr("Alumni");
    }
    return {};
}

int CommunityAttendeeModel::addAttendees(const QList<qint64> &participantIds)
{
    QList<QVariantMap> rows;
    for (qint64 id : participantIds)
        rows.append(
            {{QStringLiteral("event_id"), m_eventId}, {QStringLiteral("participant_id"), id}});
    int changed = 0;
    if (m_eventId < 0 ||
        !LinkRowsCommand::push(m_history, Table, LinkRowsCommand::Change::Add, rows,
                               tr("Add %n attendee(s)", nullptr, int(rows.size())), &changed))
        return -1;
    return changed;
}

int CommunityAttendeeModel::removeAttendees(const QList<qint64> &participantIds)
{
    QList<QVariantMap> rows;
    for (qint64 id : participantIds)
        rows.append(
            {{QStringLiteral("event_id"), m_eventId}, {QStringLiteral("participant_id"), id}});
    int changed = 0;
    if (m_eventId < 0 ||
        !LinkRowsCommand::push(m_history, Table, LinkRowsCommand::Change::Remove, rows,
                               tr("Remove %n attendee(s)", nullptr, int(rows.size())), &changed))
        return -1;
    return changed;
}

} // namespace Upskill
