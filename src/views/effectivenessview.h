// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"
#include "pagedareaview.h"

#include <QList>

namespace Upskill {

class DashboardData;
class DashboardFilterBar;
class DashboardPage;
class FollowUpPage;
class ImpactDataPage;
class PresentationWindow;
class SurveysPage;

// The Effectiveness area: the four-level dashboards with their key figures and the chain, for
// the filter above them, and the pages where the surveys, the behaviour follow-up and the
// business impact are entered. F5 presents the dashboards full screen.
class EffectivenessView : public PagedAreaView
{
    Q_OBJECT
public:
    explicit EffectivenessView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;

    DashboardData *data() const { return m_data; }
    DashboardFilterBar *filterBar() const { return m_filterBar; }
    QList<DashboardPage *> dashboardPages() const { return m_dashboards; }
    SurveysPage *surveysPage() const { return m_surveys; }
    FollowUpPage *followUpPage() const { return m_followUp; }
    ImpactDataPage *impactDataPage() const { return m_impactData; }
    // Every dashboard figure in order, for presentation mode.
    QList<DashboardFigure> allFigures() const;
    // Presentation mode from a page's figure (or from the page showing).
    PresentationWindow *present(DashboardPage *page = nullptr, int index = 0);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateActive();
    void editTargets();

    DashboardData *m_data;
    DashboardFilterBar *m_filterBar;
    QWidget *m_toolbar;
    QList<DashboardPage *> m_dashboards;
    SurveysPage *m_surveys;
    FollowUpPage *m_followUp;
    ImpactDataPage *m_impactData;
};

} // namespace Upskill
