// SPDX-License-Identifier: GPL-3.0-or-later
#include "providersview.h"

#include "providercomparisonpage.h"
#include "providercriteriapage.h"
#include "providerspage.h"
#include "readiness.h"
#include "readinessmodel.h"
#include "readinesspage.h"
#include "warningbanner.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

ProvidersView::ProvidersView(EditHistory &history, QWidget *parent)
    : PagedAreaView(history, parent), m_providers(new ProvidersPage(history, this)),
      m_criteria(new ProviderCriteriaPage(history, this)),
      m_comparison(new ProviderComparisonPage(history, this)),
      m_readiness(new ReadinessPage(history, this)), m_banner(new WarningBanner(this)),
      m_showReadiness(new QPushButton(tr("Show the &readiness check"), this))
{
    addPage(m_providers, tr("Providers"));
    addPage(m_criteria, tr("Criteria"));
    addPage(m_comparison, tr("Comparison"));
    addPage(m_readiness, tr("Readiness"));

    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_showReadiness);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(m_tabs, 1);

    connect(m_showReadiness, &QPushButton::clicked, this,
            [this] { m_tabs->setCurrentWidget(m_readiness); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &ProvidersView::updateBanner);
    // After the readiness page's own banner, which is connected first: this one repeats it.
    connect(m_readiness->model(), &QAbstractItemModel::dataChanged, this,
            &ProvidersView::updateBanner);
    connect(m_readiness->model(), &QAbstractItemModel::modelReset, this,
            &ProvidersView::updateBanner);
    updateBanner();
}

QString ProvidersView::title() const
{
    return tr("Providers");
}

void ProvidersView::updateBanner()
{
    // Only a premature purchase earns a place above every page; open questions are the
    // Readiness page's business.
    const bool premature = m_readiness->banner()->level() == WarningBanner::Level::Problem &&
                           !m_readiness->banner()->text().isEmpty();
    const bool show = premature && m_tabs->currentWidget() != m_readiness;
    m_banner->setMessage(WarningBanner::Level::Problem,
                         show ? m_readiness->banner()->text() : QString());
    m_showReadiness->setVisible(show);
}

} // namespace Upskill
