// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigures.h"
#include "skillspage.h"

#include <QList>

class QGridLayout;
class QLabel;

namespace Upskill {

class DashboardData;
class FigureView;

// A page of the Effectiveness area showing one level's figures (or the key figures, or the
// chain) for the area's filter. It draws what the shared dashboard data computed; it computes
// nothing itself.
class DashboardPage : public SkillsPage
{
    Q_OBJECT
public:
    DashboardPage(DashboardData &data, DashboardFigures::Level level, QWidget *parent = nullptr);

    DashboardFigures::Level level() const { return m_level; }
    QList<DashboardFigure> figures() const;
    QList<FigureView *> figureViews() const { return m_views; }

Q_SIGNALS:
    // Presentation mode from this page's figure at index.
    void presentRequested(int index);

private:
    void showData();
    // The text under the figures: how each key figure is computed, what the impact rests on.
    void showDetails(const EffectivenessFigures &figures);

    DashboardData &m_data;
    DashboardFigures::Level m_level;
    QGridLayout *m_grid;
    QList<FigureView *> m_views;
    QLabel *m_status;
    QLabel *m_details;
};

} // namespace Upskill
