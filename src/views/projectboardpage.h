// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortentrypage.h"

class QListWidget;
class QSplitter;

namespace Upskill {

class ApplicationProjectModel;
class ProjectBoard;

// "Application projects": one cohort's projects on a board by status, the same projects as
// a table below to edit them, and beside the board the participants who still have no
// project although the cohort's first week is over.
class ProjectBoardPage : public CohortEntryPage
{
    Q_OBJECT
public:
    explicit ProjectBoardPage(EditHistory &history, QWidget *parent = nullptr);

    static QString title();
    QString addActionText() const override;
    // A project for the participant chosen under "Without a project", else the first of them.
    void addItem() override;
    // Deletes the cards selected on the board when it has the focus, else the table's rows.
    void removeSelected() override;

    // Opens the new-project dialog for participantId (-1: let the coordinator choose).
    void addProjectFor(qint64 participantId);

    ApplicationProjectModel *projects() const { return m_projects; }
    ProjectBoard *board() const { return m_board; }
    QListWidget *missingList() const { return m_missing; }

protected:
    void showCohort(qint64 cohortId) override;
    QString cohortEmptyText() const override;
    QString cohortInfo() const override;
    QString removeQuestion(int count) const override;
    bool removeRows(const QList<qint64> &ids) override;

private:
    void updateMissing();
    void onTablesChanged(const QStringList &tables);

    ApplicationProjectModel *m_projects;
    ProjectBoard *m_board;
    QListWidget *m_missing;
    class QLabel *m_missingTitle;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
    bool m_syncing = false;
};

} // namespace Upskill
