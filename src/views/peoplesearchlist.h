// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessmentscope.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Upskill {

// Finds people to add somewhere (a reading group, an event, a learning log entry): a search
// field over name, email and team, and the matches a page at a time from SQL, so it stays
// quick with 100,000 engineers. What is chosen stays chosen while searching for the next
// person. People already there are left out; a cohort's people can be offered on their own.
class PeopleSearchList : public QWidget
{
    Q_OBJECT
public:
    explicit PeopleSearchList(const QSqlDatabase &db, QWidget *parent = nullptr);

    // A subquery of participant ids to leave out, e.g. "SELECT participant_id FROM ... WHERE
    // event_id = ?" with its value.
    void setExcluded(const BoundSql &participantIds);
    // Offers "only the people of cohort" (on at first); -1 removes the choice.
    void setCohort(qint64 cohortId, const QString &cohortName);
    void setSingleSelection(bool single);

    QList<qint64> chosenIds() const;
    int chosenCount() const { return int(m_chosen.size()); }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QCheckBox *cohortOnly() const { return m_cohortOnly; }
    void search();

Q_SIGNALS:
    void chosenChanged();
    // A person was double-clicked: the dialog may take that as its answer.
    void personActivated();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelectionChanged();
    void updateHint(int shown);

    QSqlDatabase m_db;
    BoundSql m_excluded;
    qint64 m_cohortId = -1;
    QLineEdit *m_search;
    QCheckBox *m_cohortOnly;
    QListWidget *m_list;
    QLabel *m_hint;
    QList<qint64> m_order; // chosen ids in the order they were chosen
    QSet<qint64> m_chosen;
    bool m_filling = false;
    bool m_more = false; // the last search found more than a page
};

} // namespace Upskill
