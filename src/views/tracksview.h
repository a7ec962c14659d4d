// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "areaview.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace Upskill {

class ModuleModel;
class TableView;
class TrackModel;

// Tracks above, the selected track's modules below with their hours and hands-on share.
class TracksView : public AreaView
{
    Q_OBJECT
public:
    explicit TracksView(EditHistory &history, QWidget *parent = nullptr);

    QString title() const override;
    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;

    TrackModel *model() const { return m_model; }
    ModuleModel *moduleModel() const { return m_modules; }
    TableView *table() const { return m_table; }

private:
    void showModulesOfCurrent();

    TrackModel *m_model;
    ModuleModel *m_modules;
    TableView *m_table;
    TableView *m_moduleTable;
    QLineEdit *m_search;
    QLabel *m_modulesTitle;
    QPushButton *m_addModule;
    QPushButton *m_removeModule;
};

} // namespace Upskill
