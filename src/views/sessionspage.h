// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortentrypage.h"

class QPushButton;

namespace Upskill {

class SessionModel;

// "Sessions": one cohort's sessions in time order, edited in place (date, start, duration,
// module, format, facilitator, location or link, notes). “Generate schedule…” plans them from
// the cohort's track, “Move…” shifts the selected ones, New adds one after the last; every
// change is undoable, and changing a generated session marks it as changed by you.
class SessionsPage : public CohortEntryPage
{
    Q_OBJECT
public:
    explicit SessionsPage(EditHistory &history, QWidget *parent = nullptr);

    QString addActionText() const override;
    void addItem() override;

    SessionModel *sessionModel() const { return m_sessions; }
    QPushButton *generateButton() const { return m_generate; }
    QPushButton *moveButton() const { return m_move; }
    // Opens the dialog that generates (or regenerates) the schedule of the cohort shown.
    void generateSchedule();
    void moveSelected();
    // Shows the cohort and selects the session, as the calendar asks when a session in it is
    // opened.
    void showSession(qint64 cohortId, qint64 sessionId);

Q_SIGNALS:
    void cohortShown(qint64 cohortId);

protected:
    void showCohort(qint64 cohortId) override;
    QString cohortEmptyText() const override;
    QString cohortInfo() const override;
    QString removeQuestion(int count) const override;
    bool removeRows(const QList<qint64> &ids) override;

private:
    void updateButtons();

    SessionModel *m_sessions;
    QPushButton *m_generate;
    QPushButton *m_add;
    QPushButton *m_move;
};

} // namespace Upskill
