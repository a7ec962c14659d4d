// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areaview.h"

#include <QHash>

class QTabWidget;

namespace Upskill {

class SkillsPage;

// An area made of pages on tabs (Skills, Effectiveness). The window's New, Delete and Find
// act on the page showing; the page showing and each page's splitters are remembered.
class PagedAreaView : public AreaView
{
    Q_OBJECT
public:
    explicit PagedAreaView(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    QTabWidget *tabs() const { return m_tabs; }
    // Adds a page at the end. A SkillsPage takes part in New/Delete/Find, its refusals are
    // shown, and its layout is remembered under its objectName.
    void addPage(QWidget *page, const QString &title);

protected:
    SkillsPage *currentPage() const;

    QTabWidget *m_tabs;

private:
    // What restoreLayout() read for pages not added yet: applied when they are.
    int m_pendingTab = -1;
    QHash<QString, QByteArray> m_pageLayouts;
};

} // namespace Upskill
