// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "quarter.h"
#include "skillspage.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Upskill {

class AgendaModel;
class CalendarGridModel;
class ProgramFile;

// "Calendar": all cohorts' sessions of a quarter. Above, the quarter week by week, each day
// with its first sessions ("10:00 Cohort") and how many there are, clashes of a facilitator
// in red; below, the agenda of the days selected (the whole quarter when none is) with the
// reason of each clash. Only the quarter is read, so it is as quick with ten thousand cohorts
// as with ten. Previous, Next and Today move by quarter; Find narrows both to a cohort,
// facilitator or place; opening a session in the agenda shows it on its cohort's Sessions page.
class CalendarPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit CalendarPage(ProgramFile &file, QWidget *parent = nullptr);

    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    Quarter quarter() const { return m_quarter; }
    void setQuarter(const Quarter &quarter);
    // Shows the quarter of day and selects the day, which narrows the agenda to it.
    void showDay(const QDate &day);
    // Shows the quarter of today with today current, the agenda still of the whole quarter.
    void showToday();

    CalendarGridModel *gridModel() const { return m_grid; }
    AgendaModel *agendaModel() const { return m_agenda; }
    QTableView *gridView() const { return m_gridView; }
    QTableView *agendaView() const { return m_agendaView; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *clashesOnlyBox() const { return m_clashesOnly; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *previousButton() const { return m_previous; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *todayButton() const { return m_today; }

Q_SIGNALS:
    void sessionRequested(qint64 cohortId, qint64 sessionId);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void updateAgendaRange();
    void updateSummary();
    void openSession(const QModelIndex &index);

    Quarter m_quarter;
    CalendarGridModel *m_grid;
    AgendaModel *m_agenda;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_today;
    QLabel *m_title;
    QLineEdit *m_search;
    QCheckBox *m_clashesOnly;
    QLabel *m_summary;
    QLabel *m_agendaTitle;
    QTableView *m_gridView;
    QTableView *m_agendaView;
    QTimer *m_searchDelay;
    bool m_shown = false;
    bool m_agendaSized = false;
};

} // namespace Upskill
