// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "sessioncalendar.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>

namespace Upskill {

class ProgramFile;

// The agenda of the calendar: every session of the filter's date range in time order, read a
// page at a time as the view scrolls (a quarter of a large program holds tens of thousands),
// each page on a worker thread with a connection of its own: finding the few clashes among
// them can take a while, and the window never waits for it. A session whose facilitator leads
// another one at the same time carries a warning with the reason. Read only: sessions are
// changed on their cohort's Sessions page.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Time, Cohort, Session, Format, Facilitator, Location, ColumnCount };
    enum Role {
        SessionIdRole = Qt::UserRole + 100,
        CohortIdRole,
        StartRole,
        ClashRole, // true when the session clashes
    };
    static constexpr int PageSize = 200;

    explicit AgendaModel(ProgramFile &file, QObject *parent = nullptr);

    void setFilter(const CalendarFilter &filter);
    const CalendarFilter &filter() const { return m_filter; }
    QString error() const { return m_error; }
    // A page is being read.
    bool isLoading() const { return m_reading; }
    // Every session of the filter is in the model.
    bool isComplete() const { return m_atEnd; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // A page came in (or the reading failed: error() says why).
    void pageLoaded();

private:
    void refresh();
    void requestPage();
    void onPageRead();
    void onTablesChanged(const QStringList &tables);
    QString clashReason(const CalendarSession &session) const;

    ProgramFile &m_file;
    CalendarFilter m_filter;
    QList<CalendarSession> m_rows;
    bool m_atEnd = true;
    bool m_wanted = false; // another page was asked for while one was being read
    int m_generation = 0;  // a refresh makes pages read before it stale
    int m_readingFor = -1; // the generation of the page being read
    // From the request until the page is taken: the future can be finished before its
    // watcher says so.
    bool m_reading = false;
    QString m_lastStart; // where the next page begins
    qint64 m_lastId = 0;
    QString m_error;
    QFutureWatcher<FigureOutcome<AgendaPage>> m_watcher;
    mutable QHash<qint64, QString> m_reasons; // read when a tooltip asks
};

} // namespace Upskill
