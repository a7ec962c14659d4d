// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QPushButton;

namespace Upskill {

class EditHistory;
class RubricDimensionModel;
class RubricLevelModel;
class TableView;

// The rubric: its dimensions in the order they are asked, and below them the four levels of
// the selected dimension with their behavioural indicators.
class RubricPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit RubricPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;

    RubricDimensionModel *dimensionModel() const { return m_dimensions; }
    RubricLevelModel *levelModel() const { return m_levels; }
    TableView *dimensionTable() const { return m_dimensionTable; }

private:
    void showLevelsOfCurrent();
    void updateButtons();
    void move(int delta);
    void toggleRetired();

    RubricDimensionModel *m_dimensions;
    RubricLevelModel *m_levels;
    TableView *m_dimensionTable;
    TableView *m_levelTable;
    QLabel *m_levelsTitle;
    QPushButton *m_add;
    QPushButton *m_retire;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Upskill
