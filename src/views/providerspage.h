// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLineEdit;
class QPushButton;

namespace Upskill {

class EditHistory;
class ProviderDetailPanel;
class ProviderModel;
class TableView;

// The providers being evaluated, with their weighted total and rank kept up to date as scores
// and weights change, and below them the selected provider's scorecard, red flags and answers.
class ProvidersPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit ProvidersPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    void addItem() override;
    void removeSelected() override;
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    ProviderModel *model() const { return m_model; }
    TableView *table() const { return m_table; }
    ProviderDetailPanel *details() const { return m_details; }
    QLineEdit *searchBox() const { return m_search; }
    // Selects the provider of id and shows its details.
    void showProvider(qint64 id);

private:
    void onCurrentChanged();
    void updateButtons();

    ProviderModel *m_model;
    TableView *m_table;
    ProviderDetailPanel *m_details;
    QLineEdit *m_search;
    QPushButton *m_add;
    QPushButton *m_remove;
    qint64 m_shown = -1;
};

} // namespace Upskill
