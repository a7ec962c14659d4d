// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackcapabilitycommand.h"

#include "programfile.h"
#include "sqlerrors.h"
#include "writetransaction.h"

#include <QSqlQuery>

namespace Upskill {

TrackCapabilityCommand::TrackCapabilityCommand(EditHistory &history, qint64 trackId,
                                               const QString &area, bool covered,
                                               const QString &text, bool *firstResult)
    : HistoryCommand(history, text), m_trackId(trackId), m_area(area), m_covered(covered),
      m_firstResult(firstResult)
{}

bool TrackCapabilityCommand::push(EditHistory &history, qint64 trackId, const QString &area,
                                  bool covered, const QString &text)
{
    bool ok = false;
    history.stack()->push(new TrackCapabilityCommand(history, trackId, area, covered, text, &ok));
    return ok;
}

void TrackCapabilityCommand::write(bool covered)
{
    ProgramFile &file = m_history.file();
    QString error;
    bool ok = false;
    {
        WriteTransaction transaction(file);
        QSqlQuery query(file.database());
        // OR IGNORE: a row another coordinator added meanwhile is the state wanted anyway.
        query.prepare(covered ? QStringLiteral("INSERT OR IGNORE INTO track_capabilities "
                                               "(track_id, area) VALUES (?, ?)")
                              : QStringLiteral("DELETE FROM track_capabilities WHERE track_id "
                                               "= ? AND area = ?"));
        query.addBindValue(m_trackId);
        query.addBindValue(m_area);
        if (!transaction.isActive())
            error = transaction.error();
        else if (!query.exec())
            error = SqlErrors::explain(query.lastError());
        else if (!transaction.commit())
            error = transaction.error();
        else
            ok = true;
    }
    if (ok)
        file.notifyChanged({QStringLiteral("track_capabilities")});
    if (m_firstResult) {
        *m_firstResult = ok;
        m_firstResult = nullptr;
    }
    finish(ok, error);
}

void TrackCapabilityCommand::redo()
{
    write(m_covered);
}

void TrackCapabilityCommand::undo()
{
    write(!m_covered);
}

} // namespace Upskill
