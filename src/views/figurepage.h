// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "skillspage.h"

#include <QFutureWatcher>
#include <QStringList>

#include <utility>

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

    // The program file, for the worker thread's own connection.
    QString programPath() const;
    // refresh() starts with this: while a computation runs, another is only noted, and made
    // (through refresh(), with the page's settings then) when that one ends, so the page never
    // shows figures older than the last change and never runs two at once.
    bool deferWhileComputing()
    {
        if (m_computing)
            m_rerun = true;
        return m_computing;
    }
    // Computes on a worker thread with a connection of its own and hands the outcome to show
    // on the window's thread, unless a newer computation was asked for meanwhile.
    template <typename T, typename Compute, typename Show>
    void computeThen(Compute compute, Show show)
    {
        m_computing = true;
        setBusy(true);
        auto *watcher = new QFutureWatcher<FigureOutcome<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, show] {
            watcher->deleteLater();
            m_computing = false;
            setBusy(false);
            if (std::exchange(m_rerun, false)) {
                refresh();
                return;
            }
            show(watcher->result());
        });
        watcher->setFuture(computeInBackground<T>(programPath(), std::move(compute)));
    }

    EditHistory &m_history;

private:
    void onTablesChanged(const QStringList &tables);

    QStringList m_watched;
    QTimer *m_debounce;
    QLabel *m_status;
    bool m_stale = true;
    bool m_computing = false;
    bool m_rerun = false;
};

} // namespace Upskill
