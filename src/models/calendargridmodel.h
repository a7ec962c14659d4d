// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "sessioncalendar.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>

#include <optional>

class QTimer;

namespace Upskill {

class ProgramFile;

// The calendar's grid: a row per week of the filter's range (a quarter), a column per day
// from the locale's first day of the week, each day with its sessions of all cohorts (the
// first few with time and cohort, and how many more), the number of facilitator clashes, and
// the holiday it is. The figures are computed on a worker thread for the range only, again a
// moment after sessions change while the calendar is showing.
class CalendarGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        DateRole = Qt::UserRole + 50, // QDate
        InRangeRole,                  // the day belongs to the range (the quarter) shown
        CountRole,                    // sessions on the day
        ClashCountRole,               // of them, those that clash
        LinesRole,                    // QStringList: "10:00 Cohort" for the first sessions
        LineClashesRole,              // QVariantList of bool, one per line
        HolidayRole,                  // the holiday's name, empty on other days
    };
    // Sessions listed per day; the rest are counted.
    static constexpr int PerDay = 6;

    explicit CalendarGridModel(ProgramFile &file, QObject *parent = nullptr);

    void setFilter(const CalendarFilter &filter);
    const CalendarFilter &filter() const { return m_filter; }
    // The calendar is (or is no longer) showing: only then is it computed.
    void setActive(bool active);
    // Computing, or about to: the figures shown may be of the filter before.
    bool isBusy() const;
    bool hasFigures() const { return m_figures.has_value(); }
    int sessionCount() const { return m_figures ? m_figures->sessions : 0; }
    int clashCount() const { return m_figures ? m_figures->clashes : 0; }
    QString error() const { return m_error; }
    qint64 milliseconds() const { return m_milliseconds; }

    QDate dayAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QDate &day) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void updated();

private:
    void start();
    void onTablesChanged(const QStringList &tables);
    void loadHolidays();

    ProgramFile &m_file;
    CalendarFilter m_filter;
    QDate m_firstDay; // the top left cell
    int m_weeks = 0;
    std::optional<CalendarFigures> m_figures;
    QHash<QDate, QString> m_holidays;
    QString m_error;
    qint64 m_milliseconds = 0;
    QFutureWatcher<FigureOutcome<CalendarFigures>> m_watcher;
    QTimer *m_debounce;
    bool m_active = false;
    bool m_stale = true;
    bool m_rerun = false;
    // From start() until the result is taken: the future can be finished before its watcher
    // says so, and figures shown until then are the old ones.
    bool m_computing = false;
};

} // namespace Upskill
