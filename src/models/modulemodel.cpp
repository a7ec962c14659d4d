// SPDX-License-Identifier: GPL-3.0-or-later
#include "modulemodel.h"

#include "edithistory.h"
#include "programfile.h"
#include "programsettings.h"
#include "trackplan.h"

#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

ModuleModel::ModuleModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("modules"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("track_id"), ColumnKind::Hidden, tr("Track")},
           {QStringLiteral("week"), ColumnKind::Integer, tr("Week"), {}, true},
           {QStringLiteral("title"), ColumnKind::Text, tr("Module"), {}, true},
           {QStringLiteral("topics"), ColumnKind::Text, tr("Topics")},
           {QStringLiteral("exercise"), ColumnKind::Text, tr("Hands-on exercise")},
           {QStringLiteral("instruction_hours"), ColumnKind::Real, tr("Instruction h")},
           {QStringLiteral("hands_on_hours"), ColumnKind::Real, tr("Hands-on h")},
           {QStringLiteral("presentation_hours"), ColumnKind::Real, tr("Presentation h")},
           {QStringLiteral("position"), ColumnKind::Hidden, tr("Position")}},
          parent)
{
    setWatchedTables({}, {QStringLiteral("program_settings")});
    setSort(Week, Qt::AscendingOrder);
    setTrack(-1);
}

void ModuleModel::setTrack(qint64 trackId)
{
    m_trackId = trackId;
    setCondition(QStringLiteral("track_id"), trackId);
    select();
}

bool ModuleModel::addModule(qint64 *id)
{
    if (m_trackId < 0)
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT coalesce(max(week), 0) FROM modules WHERE track_id = ?"));
    query.addBindValue(m_trackId);
    int week = 1;
    if (query.exec() && query.next())
        week = query.value(0).toInt() + 1;
    return addRecord({{QStringLiteral("track_id"), m_trackId},
                      {QStringLiteral("week"), week},
                      {QStringLiteral("title"), tr("New module")},
                      {QStringLiteral("position"), week}},
                     tr("Add module"), id);
}

QString ModuleModel::validate(int, int column, const QVariant &value) const
{
    if (column == Week && value.toInt() < 1)
        return tr("The week must be 1 or later.");
    if ((column == InstructionHours || column == HandsOnHours || column == PresentationHours) &&
        value.toDouble() < 0)
        return tr("Hours cannot be negative.");
    return {};
}

double ModuleModel::hours(int row, int column) const
{
    return QSqlRelationalTableModel::data(QSqlRelationalTableModel::index(row, column),
                                          Qt::EditRole)
        .toDouble();
}

QVariant ModuleModel::computedHeader(int computedColumn) const
{
    return computedColumn == 0 ? tr("Total h") : tr("Hands-on");
}

TrackPlan ModuleModel::planAt(int row) const
{
    TrackPlan plan;
    plan.modules = 1;
    plan.instructionHours = hours(row, InstructionHours);
    plan.handsOnHours = hours(row, HandsOnHours);
    plan.presentationHours = hours(row, PresentationHours);
    return plan;
}

QVariant ModuleModel::computedData(int row, int computedColumn, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const TrackPlan plan = planAt(row);
    if (computedColumn == 0)
        return TrackPlan::hoursText(plan.totalHours());
    if (plan.totalHours() <= 0)
        return QString();
    return QLocale().toString(plan.handsOnPercent()) + QStringLiteral(" %");
}

QVariant ModuleModel::cellHint(int row, int column, int role) const
{
    if (column != HandsOnShare || (role != WarningRole && role != Qt::ToolTipRole))
        return {};
    // Judged like the track's share: on the whole percent the cell shows.
    const TrackPlan plan = planAt(row);
    if (!plan.isBelowHandsOnMinimum(m_handsOnMinPct))
        return {};
    return tr("Only %1 % of this module is hands-on; the program's minimum is %2 %. Move time "
              "from instruction to an exercise on the engineers' own code.")
        .arg(QLocale().toString(plan.handsOnPercent()),
             QLocale().toString(m_handsOnMinPct, 'g', QLocale::FloatingPointShortest));
}

void ModuleModel::refreshComputed()
{
    m_handsOnMinPct = ProgramSettings::load(database()).handsOnMinPct;
}

} // namespace Upskill
