// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace Upskill {

class EditHistory;
class ModuleModel;
class TableView;
class TrackModel;

// The curriculum: tracks above with their hours, weeks and hands-on share; the selected
// track's modules below, and under them one line that puts the track against the norm of its
// kind and the program's minimum hands-on share, saying what to change when it falls short.
class TracksPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit TracksPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;

    TrackModel *model() const { return m_model; }
    ModuleModel *moduleModel() const { return m_modules; }
    TableView *table() const { return m_table; }
    TableView *moduleTable() const { return m_moduleTable; }
    // The line under the modules.
    QString summaryText() const;
    bool summaryWarns() const;

private:
    void showModulesOfCurrent();
    void updateSummary();

    TrackModel *m_model;
    ModuleModel *m_modules;
    TableView *m_table;
    TableView *m_moduleTable;
    QLineEdit *m_search;
    QLabel *m_modulesTitle;
    QPushButton *m_addModule;
    QPushButton *m_removeModule;
    QLabel *m_summaryIcon;
    QLabel *m_summary;
    bool m_summaryWarns = false;
};

} // namespace Upskill
