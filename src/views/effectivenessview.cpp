// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectivenessview.h"

#include "dashboarddata.h"
#include "dashboardfilterbar.h"
#include "dashboardpage.h"
#include "edithistory.h"
#include "followuppage.h"
#include "impactdatapage.h"
#include "kpitargetsdialog.h"
#include "presentationwindow.h"
#include "programfile.h"
#include "surveyspage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

EffectivenessView::EffectivenessView(EditHistory &history, QWidget *parent)
    : PagedAreaView(history, parent), m_data(new DashboardData(history.file(), this)),
      m_filterBar(new DashboardFilterBar(history.file(), this)), m_toolbar(new QWidget(this)),
      m_surveys(new SurveysPage(history, this)), m_followUp(new FollowUpPage(history, this)),
      m_impactData(new ImpactDataPage(history, this))
{
    using Level = DashboardFigures::Level;
    const QList<QPair<Level, QString>> levels = {
        {Level::Kpis, tr("Key figures")},         {Level::Satisfaction, tr("1 Satisfaction")},
        {Level::Knowledge, tr("2 Knowledge")},    {Level::Behaviour, tr("3 Behaviour")},
        {Level::Impact, tr("4 Business impact")}, {Level::Chain, tr("The chain")}};
    for (const auto &[level, name] : levels) {
        auto *page = new DashboardPage(*m_data, level, this);
        connect(page, &DashboardPage::presentRequested, this,
                [this, page](int index) { present(page, index); });
        m_dashboards.append(page);
        addPage(page, name);
    }
    addPage(m_surveys, tr("Surveys"));
    addPage(m_followUp, tr("Follow-up data"));
    addPage(m_impactData, tr("Impact data"));

    auto *targets = new QPushButton(tr("&Targets…"), m_toolbar);
    targets->setToolTip(tr("The targets the key figures are judged by"));
    auto *presentButton = new QPushButton(tr("&Present"), m_toolbar);
    presentButton->setToolTip(tr("Show the dashboards full screen, one chart at a time (F5)"));
    auto *toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    toolbarLayout->addWidget(m_filterBar, 1);
    toolbarLayout->addWidget(targets);
    toolbarLayout->addWidget(presentButton);

    auto *presentAction = new QAction(tr("Present"), this);
    presentAction->setShortcut(Qt::Key_F5);
    presentAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(presentAction);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_tabs, 1);

    connect(targets, &QPushButton::clicked, this, &EffectivenessView::editTargets);
    connect(presentButton, &QPushButton::clicked, this, [this] { present(); });
    connect(presentAction, &QAction::triggered, this, [this] { present(); });
    connect(m_filterBar, &DashboardFilterBar::filterChanged, m_data, &DashboardData::setFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EffectivenessView::updateActive);
    updateActive();
}

QString EffectivenessView::title() const
{
    return tr("Effectiveness");
}

void EffectivenessView::showEvent(QShowEvent *event)
{
    PagedAreaView::showEvent(event);
    updateActive();
}

void EffectivenessView::hideEvent(QHideEvent *event)
{
    PagedAreaView::hideEvent(event);
    m_data->setActive(false);
}

void EffectivenessView::updateActive()
{
    const bool dashboard = qobject_cast<DashboardPage *>(m_tabs->currentWidget()) != nullptr;
    // The filters are the dashboards'; the data pages pick their cohort themselves.
    m_toolbar->setVisible(dashboard);
    m_data->setActive(dashboard && isVisible());
}

QList<DashboardFigure> EffectivenessView::allFigures() const
{
    QList<DashboardFigure> figures;
    for (const DashboardPage *page : m_dashboards)
        figures += page->figures();
    return figures;
}

PresentationWindow *EffectivenessView::present(DashboardPage *page, int index)
{
    if (!page)
        page = qobject_cast<DashboardPage *>(m_tabs->currentWidget());
    // Pages not yet drawn have no figures: they are built from the data now.
    int start = 0;
    QList<DashboardFigure> figures;
    const auto &data = m_data->figures();
    if (!data) {
        Q_EMIT statusMessage(tr("The dashboards are still being computed."));
        return nullptr;
    }
    for (const DashboardPage *each : std::as_const(m_dashboards)) {
        if (each == page)
            start = int(figures.size()) + index;
        figures += DashboardFigures::figures(*data, each->level());
    }
    return PresentationWindow::present(figures, start, window());
}

void EffectivenessView::editTargets()
{
    KpiTargetsDialog dialog(m_history, this);
    dialog.exec();
}

} // namespace Upskill
