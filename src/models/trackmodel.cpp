// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackmodel.h"

#include "curriculum.h"
#include "edithistory.h"
#include "programfile.h"
#include "programsettings.h"

#include <QLocale>

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
           {QStringLiteral("nominal_weeks"), ColumnKind::Integer, tr("Planned weeks")},
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
        return tr("Hours");
    case 2:
        return tr("Weeks");
    case 3:
        return tr("Hands-on");
    }
    return {};
}

QVariant TrackModel::computedData(int row, int computedColumn, int role) const
{
    const TrackPlan plan = m_plans.value(idAt(row));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (computedColumn) {
    case 0:
        return plan.modules;
    case 1:
        return TrackPlan::hoursText(plan.totalHours());
    case 2:
        return plan.weeks;
    case 3:
        if (plan.totalHours() <= 0)
            return QString();
        return QLocale().toString(plan.handsOnPercent()) + QStringLiteral(" %");
    }
    return {};
}

QVariant TrackModel::cellHint(int row, int column, int role) const
{
    if (role != WarningRole && role != Qt::ToolTipRole)
        return {};
    const TrackPlan plan = m_plans.value(idAt(row));
    QString text;
    if (column == HandsOnShare)
        text = plan.modules == 0 ? tr("This track has no module hours yet.")
                                 : plan.handsOnWarning(m_handsOnMinPct);
    else if (column == ModuleHours || column == ModuleWeeks) {
        text = plan.loadWarning(m_protectedHours);
        // Without a warning the tooltip still puts the figures beside the norm.
        if (text.isEmpty() && role == Qt::ToolTipRole)
            return tr("%1 (%2).").arg(plan.totalsText(), plan.normText());
    }
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void TrackModel::refreshComputed()
{
    const ProgramSettings settings = ProgramSettings::load(database());
    m_handsOnMinPct = settings.handsOnMinPct;
    m_protectedHours = settings.protectedHoursPerWeek;
    QString error;
    m_plans = Curriculum::plans(database(), &error).value_or(QHash<qint64, TrackPlan>());
}

} // namespace Upskill
