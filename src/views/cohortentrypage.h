// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

#include <QDate>

class QComboBox;
class QSplitter;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStandardItemModel;

namespace Upskill {

class EditHistory;
class ProgramTableModel;
class TableView;

// Base of the pages where figures are entered one cohort at a time (surveys, behaviour
// follow-up, business impact): a cohort picker on top, newest cohorts first and found by any
// part of their name, the cohort's rows below, and in the empty table a text that says what
// to enter and how. Delete and Find of the window act on the table and the picker.
class CohortEntryPage : public SkillsPage
{
    Q_OBJECT
public:
    // Shows cohortId (-1 for none), as the dashboard does to jump to a cohort's figures.
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }

    void removeSelected() override;
    void focusSearch() override;
    // The table's columns: their widths and order.
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    QComboBox *cohortPicker() const { return m_picker; }
    TableView *table() const { return m_table; }
    // What the table shows while it has no rows.
    QString emptyText() const { return m_emptyText; }
    QString infoText() const;

protected:
    // dataTable is the page's table: the first cohort shown is the newest with rows in it.
    CohortEntryPage(EditHistory &history, ProgramTableModel *model, const QString &dataTable,
                    QWidget *parent);

    // Points the page's model at cohortId (-1 for none).
    virtual void showCohort(qint64 cohortId) = 0;
    // The empty-table text and the line under the picker for the cohort shown (never -1).
    virtual QString cohortEmptyText() const = 0;
    virtual QString cohortInfo() const = 0;
    virtual QString removeQuestion(int count) const = 0;
    virtual bool removeRows(const QList<qint64> &ids) = 0;

    struct CohortFacts
    {
        QString name;
        QString status;
        QDate start;
        QDate end;
    };
    CohortFacts cohortFacts() const;
    // "ended 6 Feb 2026" or "ends …", or a word on the status when there is no end date.
    QString endPhrase(const CohortFacts &facts) const;
    // The bar above the table: the picker, then what a page adds, then its buttons.
    QHBoxLayout *toolBar() const { return m_bar; }
    void updateTexts();
    // Appends the Remove button to the bar, enabled while rows are selected; pages call it
    // last, after their own buttons.
    void addRemoveButton();
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Pages about the work of a cohort under way (projects, mentors, protected time, sessions)
    // open on the cohort running now rather than the newest one planned.
    void startWithRunningCohort() { m_startWithRunning = true; }
    // Splitters whose positions are remembered with the table's columns.
    void rememberSplitters(const QList<QSplitter *> &splitters) { m_splitters = splitters; }

    EditHistory &m_history;

private:
    QList<QSplitter *> m_splitters;
    bool m_startWithRunning = false;
    bool m_shownOnce = false;
    void reloadCohorts();
    qint64 initialCohort() const;
    void onPicked();
    void onTablesChanged(const QStringList &tables);
    void onRowChanged(const QString &table, qint64 id);
    void fitLastColumnOnce();
    void applyPendingLayout();

    ProgramTableModel *m_model;
    QString m_dataTable;
    QStandardItemModel *m_cohorts;
    QComboBox *m_picker;
    QHBoxLayout *m_bar;
    QLabel *m_info;
    QPushButton *m_remove = nullptr;
    TableView *m_table;
    QString m_emptyText;
    qint64 m_cohortId = -1;
    bool m_cohortsStale = true;
    bool m_chosen = false; // once listed or set, reloads keep the cohort showing
    bool m_lastColumnFitted = false;
    QByteArray m_pendingLayout;
};

} // namespace Upskill
