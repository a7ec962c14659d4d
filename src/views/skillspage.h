// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSplitter;

namespace Upskill {

class ProgramTableModel;

// A page of the Skills area. The window's New, Delete and Find act on the page that is
// showing; a page that has nothing to add or find leaves these as they are. Pages added later
// (gap analysis, placement, ...) derive from this to take part, or are plain widgets.
class SkillsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Empty when the page adds nothing (New is then disabled).
    virtual QString addActionText() const { return {}; }
    virtual void addItem() {}
    virtual void removeSelected() {}
    virtual void focusSearch() {}
    // The page's splitter, remembered between sessions; pages are told apart by objectName.
    virtual QByteArray saveLayout() const;
    virtual void restoreLayout(const QByteArray &state);

Q_SIGNALS:
    void problem(const QString &message);
    void statusMessage(const QString &message);

protected:
    // Refusals of model edits go to the area, which shows them.
    void watchRefusals(ProgramTableModel *model);
    QSplitter *m_splitter = nullptr;
};

} // namespace Upskill
