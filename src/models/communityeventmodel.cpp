// SPDX-License-Identifier: GPL-3.0-or-later
#include "communityeventmodel.h"

#include "edithistory.h"

#include <QDate>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

CommunityEventModel::CommunityEventModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("community_events"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("kind"), ColumnKind::Choice, tr("Kind"), Term::CommunityEventKind, true},
           {QStringLiteral("title"), ColumnKind::Text, tr("Event"), {}, true},
           {QStringLiteral("held_on"), ColumnKind::Date, tr("Date"), {}, true},
           {QStringLiteral("notes"), ColumnKind::Text, tr("Notes")}},
          parent)
{
    setWatchedTables({}, {QStringLiteral("community_attendance")});
    setSort(HeldOn, Qt::DescendingOrder);
}

void CommunityEventModel::setKind(const QString &kind)
{
    m_kind = kind;
    setCondition(QStringLiteral("kind"), kind.isEmpty() ? QVariant() : QVariant(kind));
    select();
}

QStringList CommunityEventModel::searchFields() const
{
    return {QStringLiteral("title"), QStringLiteral("notes")};
}

QString CommunityEventModel::orderByClause() const
{
    // Events of the same day keep the one entered last on top.
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    const QString clause = ProgramTableModel::orderByClause();
    const QString tieBreak = table + QStringLiteral(".id DESC");
    return clause.isEmpty() ? QStringLiteral("ORDER BY ") + tieBreak
                            : clause + QStringLiteral(", ") + tieBreak;
}

bool CommunityEventModel::addEvent(const QString &kind, const QDate &day, qint64 *id)
{
    return addRecord({{QStringLiteral("kind"), kind},
                      {QStringLiteral("title"), Vocabulary::label(Term::CommunityEventKind, kind)},
                      {QStringLiteral("held_on"), day.isValid() ? day : QDate::currentDate()}},
                     tr("Add community event"), id);
}

bool CommunityEventModel::removeEvents(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n community event(s)", nullptr, int(ids.size())));
}

QString CommunityEventModel::describeEdit(int row, int column) const
{
    if (column == Title)
        return tr("Rename community event");
    if (column == HeldOn)
        return tr("Change date of community event");
    return ProgramTableModel::describeEdit(row, column);
}

int CommunityEventModel::attendedAt(int row) const
{
    return m_attended.value(idAt(row));
}

QVariant CommunityEventModel::computedHeader(int) const
{
    return tr("Attended");
}

QVariant CommunityEventModel::computedData(int row, int, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    return attendedAt(row);
}

QVariant CommunityEventModel::cellHint(int row, int column, int role) const
{
    if (role == Qt::ToolTipRole && (column == Title || column == Notes))
        return storedValue(row, fieldOf(column));
    return {};
}

void CommunityEventModel::refreshComputed()
{
    m_attended.clear();
    // One pass over the attendance's primary key, which is ordered by event.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT event_id, count(*) FROM community_attendance GROUP BY event_id")))
        return;
    while (query.next())
        m_attended.insert(query.value(0).toLongLong(), query.value(1).toInt());
}

} // namespace Upskill
