// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include "programfile.h"
#include "programtablemodel.h"
#include "scheduletext.h"
#include "sessionclashes.h"
#include "vocabulary.h"

namespace Upskill {

AgendaModel::AgendaModel(ProgramFile &file, QObject *parent)
    : QAbstractTableModel(parent), m_file(file)
{
    connect(&file, &ProgramFile::tablesChanged, this, &AgendaModel::onTablesChanged);
    connect(&file, &ProgramFile::rowChanged, this,
            [this](const QString &table, qint64) { onTablesChanged({table}); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AgendaModel::onPageRead);
}

void AgendaModel::setFilter(const CalendarFilter &filter)
{
    m_filter = filter;
    refresh();
}

void AgendaModel::onTablesChanged(const QStringList &tables)
{
    static const QStringList watched{QStringLiteral("sessions"), QStringLiteral("cohorts"),
                                     QStringLiteral("modules")};
    for (const QString &table : tables) {
        if (watched.contains(table)) {
            refresh();
            return;
        }
    }
}

void AgendaModel::refresh()
{
    beginResetModel();
    ++m_generation;
    m_rows.clear();
    m_reasons.clear();
    m_error.clear();
    m_lastStart.clear();
    m_lastId = 0;
    m_wanted = false;
    m_atEnd = !m_filter.from.isValid() || !m_filter.to.isValid();
    endResetModel();
    requestPage();
}

void AgendaModel::requestPage()
{
    if (m_atEnd)
        return;
    if (m_reading) {
        // One page at a time; a stale one is dropped when it arrives.
        m_wanted = true;
        return;
    }
    m_reading = true;
    m_readingFor = m_generation;
    const CalendarFilter filter = m_filter;
    const QString after = m_lastStart;
    const qint64 afterId = m_lastId;
    m_watcher.setFuture(computeInBackground<AgendaPage>(
        m_file.path(), [filter, after, afterId](const QSqlDatabase &db, QString *error) {
            return SessionCalendar::agendaPage(db, filter, after, afterId, PageSize, error);
        }));
}

void AgendaModel::onPageRead()
{
    m_reading = false;
    const FigureOutcome<AgendaPage> outcome = m_watcher.result();
    const bool current = m_readingFor == m_generation;
    if (current) {
        if (!outcome.value) {
            m_error = outcome.error;
            m_atEnd = true;
        } else {
            const AgendaPage &page = *outcome.value;
            m_atEnd = page.atEnd;
            if (!page.sessions.isEmpty()) {
                m_lastStart = page.lastStart;
                m_lastId = page.lastId;
                beginInsertRows({}, int(m_rows.size()),
                                int(m_rows.size() + page.sessions.size() - 1));
                m_rows += page.sessions;
                endInsertRows();
            }
        }
    }
    // A stale page was dropped: the current filter's first page is still to come.
    if (!current || m_wanted) {
        m_wanted = false;
        requestPage();
    }
    if (current)
        Q_EMIT pageLoaded();
}

bool AgendaModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_reading;
}

void AgendaModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        requestPage();
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AgendaModel::clashReason(const CalendarSession &session) const
{
    auto it = m_reasons.find(session.id);
    if (it == m_reasons.end())
        it = m_reasons.insert(session.id, SessionClashes::reasons(SessionClashes::ofSession(
                                              m_file.database(), session.id)));
    return *it;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CalendarSession &row = m_rows.at(index.row());
    switch (role) {
    case SessionIdRole:
        return row.id;
    case CohortIdRole:
        return row.cohortId;
    case StartRole:
        return row.start;
    case ClashRole:
        return row.clash;
    case ProgramTableModel::WarningRole:
    case Qt::ToolTipRole:
        if (index.column() == Facilitator && row.clash)
            // The reason is read only when a tooltip asks for it.
            return role == Qt::ToolTipRole ? clashReason(row) : tr("Clash");
        if (role == Qt::ToolTipRole && index.column() == Session && !row.module.isEmpty())
            return tr("Module: %1").arg(row.module);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return ScheduleText::day(row.start.date());
        case Time:
            return ScheduleText::timeRange(row.start, row.minutes);
        case Cohort:
            return row.cohort;
        case Session:
            return row.title.isEmpty() ? Vocabulary::label(Term::SessionFormat, row.format)
                                       : row.title;
        case Format:
            return Vocabulary::label(Term::SessionFormat, row.format);
        case Facilitator:
            return row.facilitator;
        case Location:
            return row.location;
        }
        return {};
    }
    return {};
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Cohort:
        return tr("Cohort");
    case Session:
        return tr("Session");
    case Format:
        return tr("Format");
    case Facilitator:
        return tr("Facilitator");
    case Location:
        return tr("Location or link");
    }
    return {};
}

} // namespace Upskill
