// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figurejob.h"
#include "figurepage.h"
#include "programhealth.h"

#include <QDate>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Upskill {

// The program-health warnings grouped by check: each group with its worst severity and how
// many it found, each warning with its numbers and where to fix it; below, what the selected
// check means and what to do. Computed on a worker thread, again a moment after a table the
// checks read changes (and when a new day starts while the page is open).
class HealthPage : public FigurePage
{
    Q_OBJECT
public:
    // Warnings shown per check until "Show all warnings" is ticked.
    static constexpr int DefaultLimit = 20;

    explicit HealthPage(EditHistory &history, QWidget *parent = nullptr);

    void focusSearch() override;

    QTreeWidget *tree() const { return m_tree; }
    QLabel *summaryLabel() const { return m_summary; }
    QCheckBox *showAllBox() const { return m_showAll; }
    const std::optional<HealthReport> &report() const { return m_report; }
    // Asks to go to where the current warning can be fixed; false when no warning is current.
    bool goToCurrent();

Q_SIGNALS:
    // area: a HealthWarning::area key; id: the object there (a track, cohort or person).
    void fixRequested(const QString &area, qint64 id);
    void resultShown();

protected:
    void refresh() override;
    void showEvent(QShowEvent *event) override;

private:
    void showOutcome(const FigureOutcome<HealthReport> &outcome);
    void fillTree(const HealthReport &report);
    QTreeWidgetItem *groupItem(const HealthGroup &group);
    void updateDetails();

    QLabel *m_summary;
    QCheckBox *m_showAll;
    QPushButton *m_refresh;
    QPushButton *m_goTo;
    QTreeWidget *m_tree;
    QLabel *m_details;
    std::optional<HealthReport> m_report;
    QDate m_computedFor;
};

} // namespace Upskill
