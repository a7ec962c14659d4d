// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"
#include "trackplan.h"

namespace Upskill {

// The modules of one track (set with setTrack), week by week, with their hands-on share.
class ModuleModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        TrackId,
        Week,
        Title,
        Topics,
        Exercise,
        InstructionHours,
        HandsOnHours,
        PresentationHours,
        Position,
        TotalHours,
        HandsOnShare
    };

    explicit ModuleModel(EditHistory &history, QObject *parent = nullptr);

    void setTrack(qint64 trackId);
    qint64 track() const { return m_trackId; }
    // Adds a module after the last week of the current track.
    bool addModule(qint64 *id = nullptr);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    int computedColumnCount() const override { return 2; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    double hours(int row, int column) const;
    // The module alone, judged by the same rules as a whole track.
    TrackPlan planAt(int row) const;
    qint64 m_trackId = -1;
    double m_handsOnMinPct = 60;
};

} // namespace Upskill
