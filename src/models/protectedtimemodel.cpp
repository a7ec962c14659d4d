// SPDX-License-Identifier: GPL-3.0-or-later
#include "protectedtimemodel.h"

#include "edithistory.h"
#include "protectedtime.h"

#include <QDate>
#include <QLocale>

namespace Upskill {

ProtectedTimeModel::ProtectedTimeModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("protected_time"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("cohort_id"), ColumnKind::Hidden, tr("Cohort"), {}, false, false},
           {QStringLiteral("participant_id"),
            ColumnKind::Relation,
            tr("Participant"),
            {},
            true,
            false},
           {QStringLiteral("week_start"), ColumnKind::Date, tr("Week of"), {}, true, false},
           {QStringLiteral("hours_planned"), ColumnKind::Real, tr("Hours planned"), {}, true},
           {QStringLiteral("hours_used"), ColumnKind::Real, tr("Hours used")},
           {QStringLiteral("reason"), ColumnKind::Choice, tr("Time taken for"), Term::TimeReason},
           {QStringLiteral("note"), ColumnKind::Text, tr("Note")}},
          parent)
{
    setRelation(Participant, QSqlRelation(QStringLiteral("participants"), QStringLiteral("id"),
                                          QStringLiteral("name")));
    setWatchedTables({QStringLiteral("participants")}, {});
    setSort(WeekStart, Qt::AscendingOrder);
    setCohort(-1);
}

void ProtectedTimeModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    setCondition(QStringLiteral("cohort_id"), cohortId);
    select();
}

bool ProtectedTimeModel::removeEntries(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n week(s) of protected time", nullptr, int(ids.size())));
}

QVariant ProtectedTimeModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == Reason && index.row() < rowCount()) {
        const QVariant key = storedValue(index.row(), QStringLiteral("reason"));
        // No reason is a choice of its own, so a reason set by mistake can be taken back.
        if (role == ChoicesRole) {
            QVariantList choices{QVariant(QStringList{QString(), tr("(none)")})};
            choices += ProgramTableModel::data(index, role).toList();
            return choices;
        }
        if (role == Qt::DisplayRole && key.isNull())
            return QString();
        if (role == Qt::EditRole && key.isNull())
            return QString();
    }
    return ProgramTableModel::data(index, role);
}

bool ProtectedTimeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (index.isValid() && index.column() == Reason && role == Qt::EditRole &&
        value.toString().trimmed().isEmpty()) {
        if (storedValue(index.row(), QStringLiteral("reason")).isNull())
            return true;
        return writeField(index.row(), QStringLiteral("reason"),
                          QVariant(QMetaType::fromType<QString>()), tr("Clear reason"));
    }
    return ProgramTableModel::setData(index, value, role);
}

QString ProtectedTimeModel::validate(int, int column, const QVariant &value) const
{
    if ((column == HoursPlanned || column == HoursUsed) && !value.isNull() &&
        (value.toDouble() < 0 || value.toDouble() > 80))
        return tr("Hours in a week go from 0 to 80, not %1.")
            .arg(QLocale().toString(value.toDouble()));
    if (column == HoursPlanned && value.isNull())
        return tr("Hours planned cannot be empty; enter 0 for a week without protected time.");
    return {};
}

QString ProtectedTimeModel::describeEdit(int row, int column) const
{
    switch (column) {
    case HoursPlanned:
        return tr("Change hours planned");
    case HoursUsed:
        return tr("Change hours used");
    case Reason:
        return tr("Change reason");
    case Note:
        return tr("Change note");
    default:
        return ProgramTableModel::describeEdit(row, column);
    }
}

QVariant ProtectedTimeModel::cellHint(int row, int column, int role) const
{
    if (column != HoursUsed && column != Reason)
        return {};
    const double planned = storedValue(row, QStringLiteral("hours_planned")).toDouble();
    const QVariant used = storedValue(row, QStringLiteral("hours_used"));
    if (!ProtectedTime::isViolation(planned, used))
        return {};
    const bool noReason = storedValue(row, QStringLiteral("reason")).isNull();
    if (column == HoursUsed && (role == WarningRole || role == Qt::ToolTipRole))
        return tr("Below the plan: %1 of %2 hours used.")
            .arg(QLocale().toString(used.toDouble()), QLocale().toString(planned));
    if (column == Reason && noReason && (role == WarningRole || role == Qt::ToolTipRole))
        return tr("Below the plan without a reason: choose what the time went to.");
    return {};
}

} // namespace Upskill
