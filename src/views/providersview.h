// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagedareaview.h"

class QPushButton;

namespace Upskill {

class ProviderComparisonPage;
class ProviderCriteriaPage;
class ProvidersPage;
class ReadinessPage;
class WarningBanner;

// The Providers area: evaluating external training providers before signing. The providers
// with their scorecards, red flags and answers; the criteria and their weights; the providers
// compared side by side; and the program's readiness check, whose warning shows above every
// page while buying training would be premature.
class ProvidersView : public PagedAreaView
{
    Q_OBJECT
public:
    enum Page { Providers, Criteria, Comparison, Readiness };

    explicit ProvidersView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;

    ProvidersPage *providersPage() const { return m_providers; }
    ProviderCriteriaPage *criteriaPage() const { return m_criteria; }
    ProviderComparisonPage *comparisonPage() const { return m_comparison; }
    ReadinessPage *readinessPage() const { return m_readiness; }
    // The readiness warning above the pages (hidden on the Readiness page itself).
    WarningBanner *readinessBanner() const { return m_banner; }

private:
    void updateBanner();

    ProvidersPage *m_providers;
    ProviderCriteriaPage *m_criteria;
    ProviderComparisonPage *m_comparison;
    ReadinessPage *m_readiness;
    WarningBanner *m_banner;
    QPushButton *m_showReadiness;
};

} // namespace Upskill
