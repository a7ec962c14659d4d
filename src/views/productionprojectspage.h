// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QLineEdit;

namespace Upskill {

class ApplicationProjectModel;
class EditHistory;
class TableView;

// "In production": every application project of the program that reached production, with
// its cohort, person and team, found by any part of its title, problem or team. The list is
// read as it scrolls and counted by SQL, so a program of any size opens it at once.
class ProductionProjectsPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit ProductionProjectsPage(EditHistory &history, QWidget *parent = nullptr);

    static QString title();
    void removeSelected() override;
    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    ApplicationProjectModel *projects() const { return m_projects; }
    TableView *table() const { return m_table; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *countLabel() const { return m_count; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCount();

    ApplicationProjectModel *m_projects;
    QLineEdit *m_search;
    QLabel *m_count;
    TableView *m_table;
    bool m_loaded = false;
    QByteArray m_pendingLayout;
};

} // namespace Upskill
