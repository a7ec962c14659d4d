// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"
#include "trackplan.h"

namespace Upskill {

// The program's tracks, with their modules summed by SQL into hours, weeks and the hands-on
// share, each judged by the program's rules (TrackPlan): a warning on the hands-on share under
// the minimum, and on the hours when an average week needs more than the protected time.
class TrackModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Kind,
        Audience,
        Topics,
        Capstone,
        NominalHours,
        NominalWeeks,
        Position,
        ModuleCount,
        ModuleHours,
        ModuleWeeks,
        HandsOnShare
    };

    explicit TrackModel(EditHistory &history, QObject *parent = nullptr);

    // The modules of the track of id summed up; an empty plan for a track not known.
    TrackPlan planOf(qint64 id) const { return m_plans.value(id); }
    double handsOnMinPct() const { return m_handsOnMinPct; }
    double protectedHoursPerWeek() const { return m_protectedHours; }

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QStringList searchFields() const override;
    int computedColumnCount() const override { return 4; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QHash<qint64, TrackPlan> m_plans;
    double m_handsOnMinPct = 60;
    double m_protectedHours = 5;
};

} // namespace Upskill
