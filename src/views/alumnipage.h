// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "skillspage.h"

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QTimer;

namespace Upskill {

class AlumniModel;
class EditHistory;

// "Alumni": everyone who has completed a cohort, as the community of practice to invite and
// the mentors of the cohorts to come, with their mentoring load against the capacity.
class AlumniPage : public SkillsPage
{
    Q_OBJECT
public:
    explicit AlumniPage(EditHistory &history, QWidget *parent = nullptr);

    void focusSearch() override;
    QByteArray saveLayout() const override;
    void restoreLayout(const QByteArray &state) override;

    AlumniModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *search() const { return m_search; }
    QString countText() const;
    // Runs the pending search at once (the box waits for a pause in typing).
    void applySearchNow();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateCount();

    AlumniModel *m_model = nullptr;
    EditHistory &m_history;
    QLineEdit *m_search;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_empty;
    QTimer *m_searchDelay;
    QByteArray m_pendingLayout;
};

} // namespace Upskill
