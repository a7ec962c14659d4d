// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfilter.h"

#include <QWidget>

class QComboBox;
class QTimer;

namespace Upskill {

class ProgramFile;

// The dashboards' filters: a quarter range, a track, a cohort and a team. The choices come
// from the program and follow its changes.
class DashboardFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardFilterBar(ProgramFile &file, QWidget *parent = nullptr);

    DashboardFilter filter() const;
    // Shows one cohort (the chain page follows one cohort).
    void setCohort(qint64 cohortId);
    void reset();

Q_SIGNALS:
    void filterChanged(const DashboardFilter &filter);

private:
    void reload();
    void emitChanged();
    static qint64 chosenId(const QComboBox *combo);

    ProgramFile &m_file;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_track;
    QComboBox *m_cohort;
    QComboBox *m_team;
    QTimer *m_reload;
    bool m_loading = false;
};

} // namespace Upskill
