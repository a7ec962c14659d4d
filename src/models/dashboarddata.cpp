// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddata.h"

#include "programfile.h"

#include <QTimer>

namespace Upskill {

namespace {
// Every table a dashboard figure reads.
const QStringList &watchedTables()
{
    static const QStringList tables = {QStringLiteral("cohorts"),
                                       QStringLiteral("enrollments"),
                                       QStringLiteral("participants"),
                                       QStringLiteral("assessments"),
                                       QStringLiteral("rubric_dimensions"),
                                       QStringLiteral("sessions"),
                                       QStringLiteral("survey_responses"),
                                       QStringLiteral("behaviour_metrics"),
                                       QStringLiteral("impact_metrics"),
                                       QStringLiteral("mentorships"),
                                       QStringLiteral("protected_time"),
                                       QStringLiteral("program_settings"),
                                       QStringLiteral("tracks")};
    return tables;
}
} // namespace

DashboardData::DashboardData(ProgramFile &file, QObject *parent)
    : QObject(parent), m_file(file), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DashboardData::start);
    connect(&file, &ProgramFile::tablesChanged, this, &DashboardData::onTablesChanged);
    connect(&file, &ProgramFile::rowChanged, this,
            [this](const QString &table, qint64) { onTablesChanged({table}); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_rerun) {
            m_rerun = false;
            start();
            return;
        }
        const FigureOutcome<EffectivenessFigures> outcome = m_watcher.result();
        m_figures = outcome.value;
        m_error = outcome.error;
        m_milliseconds = outcome.milliseconds;
        Q_EMIT busyChanged(false);
        Q_EMIT updated();
    });
}

void DashboardData::setFilter(const DashboardFilter &filter)
{
    if (filter == m_filter && m_figures)
        return;
    m_filter = filter;
    m_stale = true;
    if (m_active)
        m_debounce->start(0);
}

void DashboardData::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        m_debounce->start(0);
}

void DashboardData::onTablesChanged(const QStringList &tables)
{
    for (const QString &table : tables) {
        if (watchedTables().contains(table)) {
            m_stale = true;
            if (m_active)
                m_debounce->start();
            return;
        }
    }
}

void DashboardData::start()
{
    if (m_watcher.isRunning()) {
        m_rerun = true;
        return;
    }
    m_stale = false;
    Q_EMIT busyChanged(true);
    const DashboardFilter filter = m_filter;
    m_watcher.setFuture(computeInBackground<EffectivenessFigures>(
        m_file.path(), [filter](const QSqlDatabase &db, QString *error) {
            return Effectiveness::compute(db, filter, error);
        }));
}

} // namespace Upskill
