// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthview.h"

#include "healthpage.h"

#include <QVBoxLayout>

namespace Upskill {

HealthView::HealthView(EditHistory &history, QWidget *parent)
    : AreaView(history, parent), m_page(new HealthPage(history, this))
{
    setObjectName(QStringLiteral("healthView"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    connect(m_page, &HealthPage::fixRequested, this, &HealthView::fixRequested);
    connect(m_page, &SkillsPage::statusMessage, this, &AreaView::statusMessage);
}

QString HealthView::title() const
{
    return tr("Health");
}

void HealthView::focusSearch()
{
    m_page->focusSearch();
}

QByteArray HealthView::saveLayout() const
{
    return m_page->saveLayout();
}

void HealthView::restoreLayout(const QByteArray &state)
{
    m_page->restoreLayout(state);
}

} // namespace Upskill
