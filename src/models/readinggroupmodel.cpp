// SPDX-License-Identifier: GPL-3.0-or-later
#include "readinggroupmodel.h"

#include "edithistory.h"
#include "readinggrouprules.h"

#include <QLocale>
#include <QSqlQuery>
#include <QSqlRelation>

namespace Upskill {

ReadingGroupModel::ReadingGroupModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(history, QStringLiteral("reading_groups"),
                        {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
                         {QStringLiteral("name"), ColumnKind::Text, tr("Reading group"), {}, true},
                         // Shown by name through a join; edited with a search field, as a
                         // program can have ten thousand cohorts.
                         {QStringLiteral("cohort_id"), ColumnKind::Relation, tr("Cohort")},
                         {QStringLiteral("notes"), ColumnKind::Text, tr("Notes")}},
                        parent)
{
    setRelation(Cohort, QSqlRelation(QStringLiteral("cohorts"), QStringLiteral("id"),
                                     QStringLiteral("name")));
    setWatchedTables({QStringLiteral("cohorts")},
                     {QStringLiteral("reading_group_members"),
                      QStringLiteral("reading_group_meetings"), QStringLiteral("participants")});
    setSort(Name, Qt::AscendingOrder);
}

QVariant ReadingGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section - tableColumnCount()) {
        case Members:
            return tr("Members today; a reading group works with %1 to %2 people.")
                .arg(ReadingGroupRules::MinMembers)
                .arg(ReadingGroupRules::MaxMembers);
        case Summaries:
            return tr("Past meetings with a written summary, of all past meetings.");
        default:
            break;
        }
        if (section == Cohort)
            return tr("The cohort the group reads with; empty for a group of its own, such as "
                      "alumni.");
    }
    return ProgramTableModel::headerData(section, orientation, role);
}

bool ReadingGroupModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.column() == Cohort && role == Qt::EditRole && value.toString().trimmed().isEmpty())
        return ProgramTableModel::setData(index, QVariant(QMetaType::fromType<qlonglong>()), role);
    return ProgramTableModel::setData(index, value, role);
}

QStringList ReadingGroupModel::searchFields() const
{
    return {QStringLiteral("name"), QStringLiteral("notes")};
}

qint64 ReadingGroupModel::cohortAt(int row) const
{
    const QVariant cohort = storedValue(row, QStringLiteral("cohort_id"));
    return cohort.isNull() ? -1 : cohort.toLongLong();
}

bool ReadingGroupModel::addGroup(const QString &name, qint64 cohortId, qint64 *id)
{
    QString groupName = name.trimmed();
    if (groupName.isEmpty() && cohortId >= 0) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
        query.addBindValue(cohortId);
        if (query.exec() && query.next())
            groupName = tr("Reading group of %1").arg(query.value(0).toString());
    }
    if (groupName.isEmpty())
        groupName = tr("New reading group");
    QVariantMap record{{QStringLiteral("name"), groupName}};
    if (cohortId >= 0)
        record.insert(QStringLiteral("cohort_id"), cohortId);
    return addRecord(record, tr("Add reading group"), id);
}

bool ReadingGroupModel::removeGroups(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n reading group(s)", nullptr, int(ids.size())));
}

QString ReadingGroupModel::validate(int row, int column, const QVariant &value) const
{
    if (column != Cohort || value.isNull())
        return {};
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM cohorts WHERE id = ?"));
    query.addBindValue(id);
    if (ok && query.exec() && query.next())
        return {};
    return tr("%1: no cohort is called “%2”. Type part of a cohort's name and choose from the "
              "list, or leave it empty for a group of its own.")
        .arg(storedValue(row, QStringLiteral("name")).toString(), value.toString());
}

QString ReadingGroupModel::describeEdit(int row, int column) const
{
    if (column == Name)
        return tr("Rename reading group");
    if (column == Cohort)
        return tr("Change cohort of a reading group");
    return ProgramTableModel::describeEdit(row, column);
}

int ReadingGroupModel::memberCount(int row) const
{
    return m_facts.value(idAt(row)).members;
}

QString ReadingGroupModel::sizeWarning(int row) const
{
    // Members drift away once a group has had its last meeting; that is no longer a problem.
    const Facts facts = m_facts.value(idAt(row));
    if (facts.held > 0 && !facts.nextMeeting.isValid())
        return {};
    return ReadingGroupRules::sizeWarning(facts.members);
}

QVariant ReadingGroupModel::computedHeader(int computedColumn) const
{
    switch (computedColumn) {
    case Members:
        return tr("Members");
    case NextMeeting:
        return tr("Next meeting");
    case NextFacilitator:
        return tr("Led by");
    case Summaries:
        return tr("Summaries");
    }
    return {};
}

QVariant ReadingGroupModel::computedData(int row, int computedColumn, int role) const
{
    const Facts facts = m_facts.value(idAt(row));
    if (role == Qt::TextAlignmentRole && (computedColumn == Members || computedColumn == Summaries))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (computedColumn) {
    case Members:
        return facts.members;
    case NextMeeting:
        return facts.nextMeeting.isValid()
                   ? QLocale().toString(facts.nextMeeting, QLocale::ShortFormat)
                   : QString();
    case NextFacilitator:
        return facts.nextFacilitator;
    case Summaries:
        return facts.held == 0 ? QString() : tr("%1 of %2").arg(facts.summaries).arg(facts.held);
    }
    return {};
}

QVariant ReadingGroupModel::cellHint(int row, int column, int role) const
{
    if (role != WarningRole && role != Qt::ToolTipRole)
        return {};
    if (column == tableColumnCount() + Members)
        return sizeWarning(row);
    if (column == tableColumnCount() + Summaries) {
        const Facts facts = m_facts.value(idAt(row));
        if (facts.summaries < facts.held)
            return tr("%n past meeting(s) without a written summary.", nullptr,
                      facts.held - facts.summaries);
    }
    if (column == Notes && role == Qt::ToolTipRole)
        return storedValue(row, QStringLiteral("notes"));
    return {};
}

void ReadingGroupModel::refreshComputed()
{
    m_facts.clear();
    // Every group at once: a program has a few thousand groups at most, and each figure is an
    // index lookup per group.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT g.id, "
        "(SELECT count(*) FROM reading_group_members m WHERE m.group_id = g.id AND "
        "(m.joined_on IS NULL OR m.joined_on <= :today) AND "
        "(m.left_on IS NULL OR m.left_on > :today)), "
        "n.held_on, (SELECT p.name FROM participants p WHERE p.id = n.facilitator_id), "
        "(SELECT count(*) FROM reading_group_meetings x WHERE x.group_id = g.id AND "
        "x.held_on < :today), "
        "(SELECT count(*) FROM reading_group_meetings x WHERE x.group_id = g.id AND "
        "x.held_on < :today AND x.summary_link <> '') "
        "FROM reading_groups g LEFT JOIN reading_group_meetings n ON n.id = "
        "(SELECT x.id FROM reading_group_meetings x WHERE x.group_id = g.id AND "
        "x.held_on >= :today ORDER BY x.held_on, x.id LIMIT 1)"));
    query.bindValue(QStringLiteral(":today"), QDate::currentDate().toString(Qt::ISODate));
    if (!query.exec())
        return;
    while (query.next())
        m_facts.insert(query.value(0).toLongLong(),
                       {query.value(1).toInt(),
                        QDate::fromString(query.value(2).toString(), Qt::ISODate),
                        query.value(3).toString(), query.value(4).toInt(), query.value(5).toInt()});
}

} // namespace Upskill
