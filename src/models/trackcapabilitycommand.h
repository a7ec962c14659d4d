// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edithistory.h"

namespace Upskill {

// Ticks or clears one capability area of a track: the row (track, area) of track_capabilities
// is there or not. The table has no id column, so EditHistory's row commands cannot name its
// rows; the key can, and it survives the track being deleted and put back by other steps.
class TrackCapabilityCommand : public HistoryCommand
{
public:
    // Pushes the change as one undo step; false (and nothing on the stack) when the first
    // write failed, which EditHistory::editFailed() reports.
    static bool push(EditHistory &history, qint64 trackId, const QString &area, bool covered,
                     const QString &text);

    void redo() override;
    void undo() override;

private:
    TrackCapabilityCommand(EditHistory &history, qint64 trackId, const QString &area, bool covered,
                           const QString &text, bool *firstResult);
    void write(bool covered);

    qint64 m_trackId;
    QString m_area;
    bool m_covered;
    // Where the first redo, which runs inside QUndoStack::push(), leaves its outcome: the
    // stack deletes a command that failed, so it cannot be asked afterwards.
    bool *m_firstResult;
};

} // namespace Upskill
