// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendargridmodel.h"

#include "programfile.h"
#include "scheduletext.h"
#include "sessionclashes.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlQuery>
#include <QTimer>

namespace Upskill {

CalendarGridModel::CalendarGridModel(ProgramFile &file, QObject *parent)
    : QAbstractTableModel(parent), m_file(file), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &CalendarGridModel::start);
    connect(&file, &ProgramFile::tablesChanged, this, &CalendarGridModel::onTablesChanged);
    connect(&file, &ProgramFile::rowChanged, this,
            [this](const QString &table, qint64) { onTablesChanged({table}); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_computing = false;
        if (m_rerun) {
            m_rerun = false;
            start();
            return;
        }
        const FigureOutcome<CalendarFigures> outcome = m_watcher.result();
        // A result for a range no longer shown is dropped; the current one is on its way.
        if (outcome.value && !(outcome.value->filter == m_filter))
            return;
        m_figures = outcome.value;
        m_error = outcome.error;
        m_milliseconds = outcome.milliseconds;
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT busyChanged(false);
        Q_EMIT updated();
    });
}

void CalendarGridModel::setFilter(const CalendarFilter &filter)
{
    if (filter == m_filter && (m_figures || m_computing))
        return;
    const bool sameRange = filter.from == m_filter.from && filter.to == m_filter.to;
    if (!sameRange)
        beginResetModel();
    m_filter = filter;
    if (!sameRange) {
        // Whole weeks from the locale's first day of the week.
        const int first = int(QLocale().firstDayOfWeek());
        m_firstDay = filter.from.isValid()
                         ? filter.from.addDays(-((filter.from.dayOfWeek() - first + 7) % 7))
                         : QDate();
        m_weeks = m_firstDay.isValid() && filter.to.isValid()
                      ? int(m_firstDay.daysTo(filter.to) / 7) + 1
                      : 0;
        // The figures of another range would sit on the wrong days until the new ones come.
        m_figures.reset();
        loadHolidays();
        endResetModel();
    }
    m_stale = true;
    if (m_active)
        m_debounce->start(0);
}

bool CalendarGridModel::isBusy() const
{
    return m_computing || m_debounce->isActive();
}

void CalendarGridModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        m_debounce->start(0);
}

void CalendarGridModel::onTablesChanged(const QStringList &tables)
{
    if (tables.contains(QLatin1String("holidays"))) {
        loadHolidays();
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }
    if (tables.contains(QLatin1String("sessions")) || tables.contains(QLatin1String("cohorts"))) {
        m_stale = true;
        if (m_active)
            m_debounce->start();
    }
}

void CalendarGridModel::loadHolidays()
{
    m_holidays.clear();
    if (!m_firstDay.isValid())
        return;
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT day, name FROM holidays WHERE day >= ? AND day <= ?"));
    query.addBindValue(m_firstDay.toString(Qt::ISODate));
    query.addBindValue(m_firstDay.addDays(7 * m_weeks - 1).toString(Qt::ISODate));
    if (query.exec()) {
        while (query.next())
            m_holidays.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                              query.value(1).toString());
    }
}

void CalendarGridModel::start()
{
    if (m_computing) {
        m_rerun = true;
        return;
    }
    m_computing = true;
    m_stale = false;
    Q_EMIT busyChanged(true);
    const CalendarFilter filter = m_filter;
    m_watcher.setFuture(computeInBackground<CalendarFigures>(
        m_file.path(), [filter](const QSqlDatabase &db, QString *error) {
            return SessionCalendar::compute(db, filter, PerDay, error);
        }));
}

int CalendarGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

int CalendarGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_weeks == 0 ? 0 : 7;
}

QDate CalendarGridModel::dayAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_firstDay.isValid())
        return {};
    return m_firstDay.addDays(7 * index.row() + index.column());
}

QModelIndex CalendarGridModel::indexOf(const QDate &day) const
{
    if (!m_firstDay.isValid() || !day.isValid())
        return {};
    const qint64 offset = m_firstDay.daysTo(day);
    if (offset < 0 || offset >= 7 * qint64(m_weeks))
        return {};
    return index(int(offset / 7), int(offset % 7));
}

Qt::ItemFlags CalendarGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant CalendarGridModel::data(const QModelIndex &index, int role) const
{
    const QDate day = dayAt(index);
    if (!day.isValid())
        return {};
    const bool inRange = day >= m_filter.from && day <= m_filter.to;
    const CalendarDay entry = m_figures && inRange ? m_figures->days.value(day) : CalendarDay();
    const QLocale locale;
    switch (role) {
    case DateRole:
        return day;
    case InRangeRole:
        return inRange;
    case CountRole:
        return entry.sessions;
    case ClashCountRole:
        return entry.clashes;
    case HolidayRole:
        return m_holidays.value(day);
    case LinesRole: {
        QStringList lines;
        for (const CalendarSession &session : entry.first)
            lines.append(tr("%1 %2").arg(ScheduleText::time(session.start.time()), session.cohort));
        return lines;
    }
    case LineClashesRole: {
        QVariantList clashes;
        for (const CalendarSession &session : entry.first)
            clashes.append(session.clash);
        return clashes;
    }
    case Qt::DisplayRole:
        return day.day() == 1 || (index.row() == 0 && index.column() == 0)
                   ? locale.toString(day, QStringLiteral("d MMM"))
                   : QString::number(day.day());
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QStringList lines{locale.toString(day, QLocale::LongFormat)};
        if (const QString holiday = m_holidays.value(day); !holiday.isEmpty())
            lines.append(tr("Holiday: %1").arg(holiday));
        if (!inRange)
            return lines.join(QLatin1Char('\n'));
        if (entry.sessions == 0)
            lines.append(m_figures ? tr("No sessions.") : tr("Counting the sessions…"));
        for (const CalendarSession &session : entry.first) {
            const QString title = session.title.isEmpty()
                                      ? Vocabulary::label(Term::SessionFormat, session.format)
                                      : session.title;
            QString line = tr("%1 %2: %3 (%4)")
                               .arg(ScheduleText::timeRange(session.start, session.minutes),
                                    session.cohort, title, session.facilitator);
            if (session.clash && role == Qt::ToolTipRole) {
                // The reason, read when the tooltip asks: only the sessions around it that may
                // name one of its people are read.
                const QList<SessionClash> clashes =
                    SessionClashes::ofSession(m_file.database(), session.id);
                QString reasons =
                    clashes.isEmpty()
                        ? tr("clashes with another session of %1").arg(session.facilitator)
                        : SessionClashes::reasons(clashes);
                line += QStringLiteral("\n    ⚠ ") +
                        reasons.replace(QLatin1Char('\n'), QStringLiteral("\n    ⚠ "));
            } else if (session.clash) {
                line += QLatin1Char(' ') +
                        tr("— clashes with another session of %1").arg(session.facilitator);
            }
            lines.append(line);
        }
        if (entry.sessions > entry.first.size())
            lines.append(tr("and %n more", nullptr, int(entry.sessions - entry.first.size())));
        if (entry.clashes > 0)
            lines.append(
                tr("%n session(s) with a facilitator clash that day.", nullptr, entry.clashes));
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariant CalendarGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const QLocale locale;
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < 7) {
        const int weekday = (int(locale.firstDayOfWeek()) - 1 + section) % 7 + 1;
        return locale.dayName(weekday, QLocale::ShortFormat);
    }
    if (orientation == Qt::Vertical && section >= 0 && section < m_weeks && m_firstDay.isValid()) {
        // The row's Thursday names its ISO week, whichever day the locale starts a week on.
        const QDate rowStart = m_firstDay.addDays(7 * section);
        const QDate thursday = rowStart.addDays((4 - rowStart.dayOfWeek() + 7) % 7);
        int year = 0;
        const int week = thursday.weekNumber(&year);
        if (role == Qt::DisplayRole)
            return tr("W%1").arg(week);
        if (role == Qt::ToolTipRole)
            return tr("Week %1 of %2").arg(week).arg(year);
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Upskill
