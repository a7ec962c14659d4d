// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areaview.h"

#include <QHash>

class QTabWidget;

namespace Upskill {

class AssessmentsPage;
class RubricPage;
class SkillsPage;
class TargetsPage;

// The Skills area: the rubric, the target levels per role and per track, and the assessments,
// each on its own page. More pages (gap analysis, placement, ...) are added with addPage();
// the window's New, Delete and Find act on the page showing.
class SkillsView : public AreaView
{
    Q_OBJECT
public:
    enum Page { Rubric, Targets, Assessments };

    explicit SkillsView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;
    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;
    // The page showing and every page's splitter.
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    QTabWidget *tabs() const { return m_tabs; }
    // Adds a page at the end. A SkillsPage takes part in New/Delete/Find, its refusals are
    // shown, and its layout is remembered under its objectName.
    void addPage(QWidget *page, const QString &title);

    RubricPage *rubricPage() const { return m_rubric; }
    TargetsPage *targetsPage() const { return m_targets; }
    AssessmentsPage *assessmentsPage() const { return m_assessments; }

private:
    SkillsPage *currentPage() const;

    QTabWidget *m_tabs;
    RubricPage *m_rubric;
    TargetsPage *m_targets;
    AssessmentsPage *m_assessments;
    // What restoreLayout() read for pages not added yet: applied when they are.
    int m_pendingTab = -1;
    QHash<QString, QByteArray> m_pageLayouts;
};

} // namespace Upskill
