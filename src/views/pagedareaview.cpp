// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedareaview.h"

#include "skillspage.h"

#include <QDataStream>
#include <QIODevice>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {
// Tells this layout apart from a splitter state saved by an older version under the same key.
constexpr quint32 LayoutMagic = 0x534b4c31; // "SKL1"
} // namespace

PagedAreaView::PagedAreaView(EditHistory &history, QWidget *parent)
    : AreaView(history, parent), m_tabs(new QTabWidget(this))
{
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::currentChanged, this, &AreaView::actionsChanged);
}

SkillsPage *PagedAreaView::currentPage() const
{
    return qobject_cast<SkillsPage *>(m_tabs->currentWidget());
}

void PagedAreaView::addPage(QWidget *page, const QString &title)
{
    const int index = m_tabs->addTab(page, title);
    if (auto *skillsPage = qobject_cast<SkillsPage *>(page)) {
        connect(skillsPage, &SkillsPage::problem, this, &PagedAreaView::showProblem);
        connect(skillsPage, &SkillsPage::statusMessage, this, &AreaView::statusMessage);
        const QByteArray layout = m_pageLayouts.value(page->objectName());
        if (!page->objectName().isEmpty() && !layout.isEmpty())
            skillsPage->restoreLayout(layout);
    }
    if (index == m_pendingTab) {
        m_tabs->setCurrentIndex(index);
        m_pendingTab = -1;
    }
}

QString PagedAreaView::addActionText() const
{
    const SkillsPage *page = currentPage();
    return page ? page->addActionText() : QString();
}

void PagedAreaView::addItem()
{
    if (SkillsPage *page = currentPage())
        page->addItem();
}

void PagedAreaView::removeSelected()
{
    if (SkillsPage *page = currentPage())
        page->removeSelected();
}

void PagedAreaView::focusSearch()
{
    if (SkillsPage *page = currentPage())
        page->focusSearch();
}

QByteArray PagedAreaView::saveLayout() const
{
    QHash<QString, QByteArray> layouts = m_pageLayouts;
    for (int i = 0; i < m_tabs->count(); ++i) {
        const auto *page = qobject_cast<const SkillsPage *>(m_tabs->widget(i));
        if (page && !page->objectName().isEmpty())
            layouts.insert(page->objectName(), page->saveLayout());
    }
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << LayoutMagic << qint32(m_tabs->currentIndex()) << layouts;
    return state;
}

void PagedAreaView::restoreLayout(const QByteArray &state)
{
    QDataStream stream(state);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    qint32 tab = 0;
    QHash<QString, QByteArray> layouts;
    stream >> magic;
    if (magic != LayoutMagic)
        return;
    stream >> tab >> layouts;
    if (stream.status() != QDataStream::Ok)
        return;
    m_pageLayouts = layouts;
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto *page = qobject_cast<SkillsPage *>(m_tabs->widget(i));
        if (page && layouts.contains(page->objectName()))
            page->restoreLayout(layouts.value(page->objectName()));
    }
    // The page shown last may be one that is added after the area is built.
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    else if (tab >= 0)
        m_pendingTab = tab;
}

} // namespace Upskill
