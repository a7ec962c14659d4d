// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areaview.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;

namespace Upskill {

class ChecklistItemModel;
class TableView;

// The launch checklists: the program's own and one per cohort, picked at the top (the program
// first, then the cohorts newest first; typing filters them, which is how one cohort is found
// among thousands). Below, the chosen checklist by section with its progress, and the buttons
// to add, remove and reorder items or to fill an empty checklist from the template.
class ChecklistsView : public AreaView
{
    Q_OBJECT
public:
    explicit ChecklistsView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;
    QString addActionText() const override;
    // Edit → New: an item at the end of the current item's section.
    void addItem() override;
    void removeSelected() override;
    // Edit → Find: the checklist picker, to type a cohort's name.
    void focusSearch() override;

    void showProgram();
    void showCohort(qint64 cohortId);

    ChecklistItemModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    QComboBox *selector() const { return m_selector; }
    QLabel *progressLabel() const { return m_progress; }
    QPushButton *fromTemplateButton() const { return m_fromTemplate; }
    // Adds an item at the end of section (a ChecklistSection key) and starts editing its title.
    void addItemIn(const QString &section);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadSelector();
    void onSelectorChanged();
    void onTablesChanged(const QStringList &tables);
    void onRowChanged(const QString &table, qint64 id);
    void updateHeading();
    void sizeColumnsOnce();
    void updateButtons();
    void move(int delta);
    void createFromTemplate();
    void rememberPosition();
    void restorePosition();

    ChecklistItemModel *m_model;
    QStandardItemModel *m_choices;
    TableView *m_table;
    QComboBox *m_selector;
    QLabel *m_heading;
    QLabel *m_progress;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_fromTemplate;
    bool m_selectorStale = true;
    bool m_columnsSized = false;
    // What a refresh of the same checklist keeps: the current item and the scroll position.
    qint64 m_keepChecklist = -2; // the cohort id, -1 the program's, -2 none yet
    qint64 m_keepId = -1;
    int m_keepScroll = -1;
};

} // namespace Upskill
