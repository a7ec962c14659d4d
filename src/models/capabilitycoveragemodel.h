// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "curriculum.h"

#include <QAbstractTableModel>

namespace Upskill {

class EditHistory;

// Tracks × the four capability areas: a check box per track and area that says whether the
// track covers it (ticking one is one undo step), and a last row counting the tracks that
// cover each area, where an area no track covers carries a warning. Follows the file: a
// track added, renamed or deleted, or a box ticked elsewhere, shows at once.
class CapabilityCoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit CapabilityCoverageModel(EditHistory &history, QObject *parent = nullptr);

    // Reads the tracks and their areas again.
    void reload();
    const CapabilityCoverage &coverage() const { return m_coverage; }
    // The row of the totals, after the tracks.
    int totalsRow() const { return int(m_coverage.tracks.size()); }
    bool isTotalsRow(int row) const { return row == totalsRow(); }
    qint64 trackIdAt(int row) const;
    // The area key of a column, empty for the first (the track's name).
    QString areaAt(int column) const;
    QString gapText() const { return Curriculum::gapText(m_coverage); }
    // Ticks or clears one box as one undo step; false when it was refused or did not change.
    bool setCovered(int row, const QString &area, bool covered);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every reload: the gaps may have changed.
    void coverageChanged();
    // A read failed; message says what.
    void problem(const QString &message);

private:
    void onTablesChanged(const QStringList &tables);

    EditHistory &m_history;
    CapabilityCoverage m_coverage;
    QStringList m_areas;
};

} // namespace Upskill
