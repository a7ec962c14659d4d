// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Upskill {

class EditHistory;

// File → Export: the reports, each built on a worker thread and then shown in a print preview
// from which it can be printed or saved as PDF. Checklist and roster are about the cohort
// selected in the Cohorts area (the checklist falls back to the program's own).
class ReportActions : public QObject
{
    Q_OBJECT
public:
    enum class Report { Checklist, Roster, ProgramReport, GapAnalysis, Providers };

    ReportActions(QWidget *window, QMenu *menu);

    // The open program (nullptr when none) and how to ask which cohort is selected (0: none).
    void setProgram(EditHistory *history, std::function<qint64()> selectedCohort);
    void open(Report report);

Q_SIGNALS:
    void problem(const QString &message);

private:
    QWidget *m_window;
    QList<QAction *> m_actions;
    EditHistory *m_history = nullptr;
    std::function<qint64()> m_selectedCohort;
    bool m_busy = false;
};

} // namespace Upskill
