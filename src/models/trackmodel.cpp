// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackmodel.h"

#include "edithistory.h"
#include "programfile.h"
#include "programsettings.h"

#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

TrackModel::TrackModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("tracks"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("name"), ColumnKind::Text, tr("Track"), {}, true},
           {QStringLiteral("kind"), ColumnKind::Choice, tr("Kind"), Term::TrackKind, true},
           {QStringLiteral("audience"), ColumnKind::Text, tr("Audience")},
           {QStringLiteral("topics"), ColumnKind::Text, tr("Key topics")},
           {QStringLiteral("capstone"), ColumnKind::Text, tr("Capstone project")},
           {QStringLiteral("nominal_hours"), ColumnKind::Real, tr("Planned hours")},
           {QStringLiteral("nominal_weeks"), ColumnKind::Integer, tr("Weeks")},
           {QStringLiteral("position"), ColumnKind::Hidden, tr("Position")}},
          parent)
{
    setWatchedTables({}, {QStringLiteral("modules"), QStringLiteral("program_settings")});
    setSort(Position, Qt::AscendingOrder);
}

QStringList TrackModel::searchFields() const
{
    return {QStringLiteral("name"), QStringLiteral("audience"), QStringLiteral("topics")};
}

QString TrackModel::validate(int, int column, const QVariant &value) const
{
    if ((column == NominalHours || column == NominalWeeks) && value.toDouble() < 0)
        return tr("Hours and weeks cannot be negative.");
    return {};
}

QVariant TrackModel::computedHeader(int computedColumn) const
{
    switch (computedColumn) {
    case 0:
        return tr("Modules");
    case 1:
        return tr("Module hours");
    case 2:
        return tr("Hands-on");
    }
    return {};
}

QVariant TrackModel::computedData(int row, int computedColumn, int role) const
{
    const Totals totals = m_totals.value(idAt(row));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (computedColumn) {
    case 0:
        return totals.modules;
    case 1:
        return QLocale().toString(totals.hours, 'g', QLocale::FloatingPointShortest);
    case 2:
        if (totals.hours <= 0)
            return QString();
        return QLocale().toString(100.0 * totals.handsOn / totals.hours, 'f', 0) +
               QStringLiteral(" %");
    }
    return {};
}

QString TrackModel::handsOnWarning(int row) const
{
    const Totals totals = m_totals.value(idAt(row));
    if (totals.hours <= 0)
        return tr("This track has no module hours yet.");
    const double pct = 100.0 * totals.handsOn / totals.hours;
    if (pct < m_handsOnMinPct)
        return tr("Only %1 % of this track's time is hands-on; the program asks for at least "
                  "%2 %. Too much theory is a known reason programs fail.")
            .arg(QLocale().toString(pct, 'f', 0), QLocale().toString(m_handsOnMinPct, 'f', 0));
    return {};
}

QVariant TrackModel::cellHint(int row, int column, int role) const
{
    if (column == HandsOnShare && (role == WarningRole || role == Qt::ToolTipRole)) {
        const QString warning = handsOnWarning(row);
        return warning.isEmpty() ? QVariant() : QVariant(warning);
    }
    return {};
}

void TrackModel::refreshComputed()
{
    m_totals.clear();
    m_handsOnMinPct = ProgramSettings::load(database()).handsOnMinPct;
    QSqlQuery query(database());
    query.exec(QStringLiteral(
        "SELECT track_id, count(*), "
        "sum(instruction_hours + hands_on_hours + presentation_hours), sum(hands_on_hours) "
        "FROM modules GROUP BY track_id"));
    while (query.next())
        m_totals.insert(
            query.value(0).toLongLong(),
            {query.value(1).toInt(), query.value(2).toDouble(), query.value(3).toDouble()});
}

} // namespace Upskill
