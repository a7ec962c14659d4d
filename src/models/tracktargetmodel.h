// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leveltablemodel.h"

namespace Upskill {

// The level a track brings its participants to per dimension; placement compares assessed
// levels with it (someone already there can test out). One target per track and dimension.
class TrackTargetModel : public LevelTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Track, Dimension, RequiredLevel };

    explicit TrackTargetModel(EditHistory &history, QObject *parent = nullptr);

    // -1 shows every track.
    void setTrack(qint64 trackId);
    // A target for the track on the first active dimension it has none for (level 2).
    bool addTarget(qint64 trackId, qint64 *id = nullptr);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;

private:
    QString duplicateProblem(qint64 trackId, qint64 dimensionId, qint64 exceptId) const;
    QString trackName(qint64 trackId) const;
};

} // namespace Upskill
