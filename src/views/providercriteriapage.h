// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QPushButton;

namespace Upskill {

class EditHistory;
class ProviderCriterionModel;
class TableView;

// The scorecard's criteria with their weights: the four that decide contracts, the four
// capability areas and open-source alternatives to start with. Weights are edited in place;
// criteria are added, renamed, moved and deleted here.
class ProviderCriteriaPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit ProviderCriteriaPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    ProviderCriterionModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    QLabel *summaryLabel() const { return m_summary; }

private:
    void updateSummary();
    void updateButtons();
    void move(int delta);

    ProviderCriterionModel *m_model;
    TableView *m_table;
    QLabel *m_summary;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace Upskill
