// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// The program's tracks, with their module hours and hands-on share summed by SQL.
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
        HandsOnShare
    };

    explicit TrackModel(EditHistory &history, QObject *parent = nullptr);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QStringList searchFields() const override;
    int computedColumnCount() const override { return 3; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    struct Totals
    {
        int modules = 0;
        double hours = 0;
        double handsOn = 0;
    };
    QString handsOnWarning(int row) const;
    QHash<qint64, Totals> m_totals;
    double m_handsOnMinPct = 60;
};

} // namespace Upskill
