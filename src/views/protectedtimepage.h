// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortentrypage.h"

class QSplitter;
class QTableView;
class QTreeWidget;

namespace Upskill {

class ProtectedTimeGridModel;
class ProtectedTimeModel;

// "Protected time": one cohort's weekly grid of protected learning time (participants by
// weeks, hours used against planned, each person's utilisation), the weeks below the plan
// with the manager to raise them with, utilisation per team and per manager, and the
// entries as a list below to give reasons and notes. "Bulk entry for a week" fills in a
// whole week at once.
class ProtectedTimePage : public CohortEntryPage
{
    Q_OBJECT
public:
    explicit ProtectedTimePage(EditHistory &history, QWidget *parent = nullptr);

    static QString title();
    QString addActionText() const override;
    // The bulk entry of a week.
    void addItem() override;
    // Clears the hours used of the cells selected in the grid when it has the focus, else
    // deletes the entries selected in the list.
    void removeSelected() override;

    // week: the one to start with (invalid: the current week, or the first not filled in).
    void bulkEntry(const QDate &week = QDate());

    ProtectedTimeGridModel *grid() const { return m_grid; }
    QTableView *gridView() const { return m_gridView; }
    ProtectedTimeModel *entries() const { return m_entries; }
    QTreeWidget *violationList() const { return m_violations; }
    QTreeWidget *teamList() const { return m_teams; }
    QTreeWidget *managerList() const { return m_managers; }

protected:
    void showCohort(qint64 cohortId) override;
    QString cohortEmptyText() const override;
    QString cohortInfo() const override;
    QString removeQuestion(int count) const override;
    bool removeRows(const QList<qint64> &ids) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateFigures();
    void showGridMenu(const QPoint &position);
    void askPlanned();
    QDate suggestedWeek() const;

    ProtectedTimeModel *m_entries;
    ProtectedTimeGridModel *m_grid;
    QTableView *m_gridView;
    QTreeWidget *m_violations;
    QTreeWidget *m_teams;
    QTreeWidget *m_managers;
    class QLabel *m_violationsTitle;
    QSplitter *m_vertical;
    QSplitter *m_horizontal;
};

} // namespace Upskill
