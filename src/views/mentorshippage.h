// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cohortentrypage.h"
#include "figurejob.h"
#include "mentormatching.h"

#include <QFutureWatcher>

class QLabel;
class QListWidget;
class QPushButton;
class QSplitter;

namespace Upskill {

class MentorshipModel;

// "Mentorship": one cohort's mentorships with their dates, the mentor's load, any override
// of the capacity, and the mentor's satisfaction and the mentee's feedback. Beside them, the
// participants still without a mentor and, for the one chosen, the mentors suggested with the
// reason for each. "Pair the whole cohort" proposes a mentor for all of them at once.
class MentorshipPage : public CohortEntryPage
{
    Q_OBJECT
public:
    explicit MentorshipPage(EditHistory &history, QWidget *parent = nullptr);

    static QString title();
    QString addActionText() const override;
    void addItem() override;

    // Opens the assignment dialog (-1: nobody preselected).
    void assign(qint64 menteeId, qint64 mentorId);
    // Computes the proposal on a worker thread, then shows it for acceptance.
    void pairWholeCohort();

    MentorshipModel *mentorships() const { return m_mentorships; }
    QListWidget *unmentoredList() const { return m_unmentored; }
    QListWidget *suggestionList() const { return m_suggestions; }
    QPushButton *pairButton() const { return m_pairWhole; }
    // True until the suggestions asked for last are shown.
    bool isSuggesting() const { return m_suggesting; }
    bool isProposing() const { return m_proposalWatcher.isRunning(); }

protected:
    void showCohort(qint64 cohortId) override;
    QString cohortEmptyText() const override;
    QString cohortInfo() const override;
    QString removeQuestion(int count) const override;
    bool removeRows(const QList<qint64> &ids) override;

private:
    void updateUnmentored();
    void suggestForCurrent();
    void showSuggestions(const FigureOutcome<QList<MentorSuggestion>> &outcome);
    void showProposal(const FigureOutcome<CohortPairing> &outcome);
    void onTablesChanged(const QStringList &tables);

    MentorshipModel *m_mentorships;
    QListWidget *m_unmentored;
    QLabel *m_unmentoredTitle;
    QListWidget *m_suggestions;
    QLabel *m_suggestionsTitle;
    QPushButton *m_pairSelected;
    QPushButton *m_pairWhole;
    QSplitter *m_horizontal;
    QFutureWatcher<FigureOutcome<QList<MentorSuggestion>>> m_suggestWatcher;
    QFutureWatcher<FigureOutcome<CohortPairing>> m_proposalWatcher;
    qint64 m_suggestedFor = -1;
    qint64 m_proposalCohort = -1;
    bool m_suggestAgain = false;
    bool m_suggesting = false;
};

} // namespace Upskill
