// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinglistmodel.h"

#include "edithistory.h"
#include "readinggrouprules.h"

#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

ReadingListModel::ReadingListModel(EditHistory &history, QObject *parent)
    : ReadingGroupPartModel(history, QStringLiteral("reading_group_readings"),
                            {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
                             {QStringLiteral("group_id"), ColumnKind::Hidden, tr("Group")},
                             {QStringLiteral("title"), ColumnKind::Text, tr("Reading"), {}, true},
                             {QStringLiteral("link"), ColumnKind::Text, tr("Link")},
                             {QStringLiteral("position"), ColumnKind::Hidden, tr("Order")}},
                            parent)
{
    setWatchedTables({}, {QStringLiteral("reading_group_meetings")});
    setGroup(-1);
}

QVariant ReadingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == Link)
            return tr("Where to find the text: a web address or a shared file.");
        if (section == tableColumnCount() + DiscussedOn)
            return tr("The meeting that discusses this reading; choose the reading on the "
                      "meeting.");
    }
    return ReadingGroupPartModel::headerData(section, orientation, role);
}

bool ReadingListModel::addReading(const QString &title, const QString &link, qint64 *id)
{
    if (m_groupId < 0) {
        Q_EMIT editRefused(tr("Choose a reading group first."));
        return false;
    }
    QVariantMap record{
        {QStringLiteral("group_id"), m_groupId},
        {QStringLiteral("title"), title.trimmed().isEmpty() ? tr("New reading") : title.trimmed()},
        {QStringLiteral("position"), nextPosition()}};
    // Left out when empty: the schema's default is an empty text, a null would be refused.
    if (!link.trimmed().isEmpty())
        record.insert(QStringLiteral("link"), link.trimmed());
    return addRecord(record, tr("Add reading"), id);
}

bool ReadingListModel::removeReadings(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n reading(s)", nullptr, int(ids.size())));
}

QString ReadingListModel::validate(int row, int column, const QVariant &value) const
{
    if (column != Link)
        return {};
    const QString problem = ReadingGroupRules::linkProblem(value.toString());
    return problem.isEmpty()
               ? QString()
               : tr("%1: %2").arg(storedValue(row, QStringLiteral("title")).toString(), problem);
}

QString ReadingListModel::describeEdit(int row, int column) const
{
    if (column == Title)
        return tr("Change reading");
    if (column == Link)
        return tr("Change link of a reading");
    return ReadingGroupPartModel::describeEdit(row, column);
}

QString ReadingListModel::moveText(int delta) const
{
    return delta < 0 ? tr("Move reading up") : tr("Move reading down");
}

QVariant ReadingListModel::computedHeader(int) const
{
    return tr("Discussed");
}

QVariant ReadingListModel::computedData(int row, int, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const QDate day = m_discussedOn.value(idAt(row));
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QVariant ReadingListModel::cellHint(int row, int column, int role) const
{
    if (column == Link && role == Qt::ToolTipRole)
        return storedValue(row, QStringLiteral("link"));
    return {};
}

void ReadingListModel::refreshComputed()
{
    m_discussedOn.clear();
    if (m_groupId < 0)
        return;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT reading_id, min(held_on) FROM reading_group_meetings "
                                 "WHERE group_id = ? AND reading_id IS NOT NULL "
                                 "GROUP BY reading_id"));
    query.addBindValue(m_groupId);
    if (!query.exec())
        return;
    while (query.next())
        m_discussedOn.insert(query.value(0).toLongLong(),
                             QDate::fromString(query.value(1).toString(), Qt::ISODate));
}

} // namespace Upskill
