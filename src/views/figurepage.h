// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

#include <QStringList>

class QLabel;
class QTimer;

namespace Upskill {

class EditHistory;

// A page of figures: recomputed when the tables it reads change, but only while it is showing
// (a hidden page just remembers it is out of date), a moment after the last change so a bulk
// entry triggers one refresh, not twelve.
class FigurePage : public SkillsPage
{
    Q_OBJECT
public:
    FigurePage(EditHistory &history, const QStringList &watchedTables, QWidget *parent = nullptr);

    // Recomputes now if showing, otherwise when next shown.
    void refreshSoon();
    bool isStale() const { return m_stale; }

protected:
    // Starts computing; the page calls finished() when its result has arrived.
    virtual void refresh() = 0;
    void showEvent(QShowEvent *event) override;
    // The line under the page's controls: "Computing…" while busy, then the given text.
    QLabel *statusLabel() const { return m_status; }
    void setBusy(bool busy);

    EditHistory &m_history;

private:
    void onTablesChanged(const QStringList &tables);

    QStringList m_watched;
    QTimer *m_debounce;
    QLabel *m_status;
    bool m_stale = true;
};

} // namespace Upskill
