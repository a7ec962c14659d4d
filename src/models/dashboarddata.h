// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "effectiveness.h"
#include "figurejob.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

class QTimer;

namespace Upskill {

class ProgramFile;

// The dashboards' figures for the chosen filter, computed once for every dashboard page on a
// worker thread with its own connection. Recomputed a moment after a table they read changes,
// but only while a dashboard page is showing; otherwise they are just marked out of date.
class DashboardData : public QObject
{
    Q_OBJECT
public:
    explicit DashboardData(ProgramFile &file, QObject *parent = nullptr);

    const DashboardFilter &filter() const { return m_filter; }
    void setFilter(const DashboardFilter &filter);
    // A dashboard page is (or is no longer) showing.
    void setActive(bool active);
    bool isBusy() const { return m_watcher.isRunning(); }

    const std::optional<EffectivenessFigures> &figures() const { return m_figures; }
    QString error() const { return m_error; }
    qint64 milliseconds() const { return m_milliseconds; }
    ProgramFile &file() const { return m_file; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void updated();

private:
    void onTablesChanged(const QStringList &tables);
    void start();

    ProgramFile &m_file;
    DashboardFilter m_filter;
    std::optional<EffectivenessFigures> m_figures;
    QString m_error;
    qint64 m_milliseconds = 0;
    QFutureWatcher<FigureOutcome<EffectivenessFigures>> m_watcher;
    QTimer *m_debounce;
    bool m_active = false;
    bool m_stale = true;
    bool m_rerun = false;
};

} // namespace Upskill
