// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

namespace Upskill {

class PeopleSearchList;

// Picks people to add to something (a reading group, the attendees of an event): search,
// choose several, confirm with the action's own words.
class PeoplePickerDialog : public QDialog
{
    Q_OBJECT
public:
    PeoplePickerDialog(const QSqlDatabase &db, const QString &title, const QString &prompt,
                       const QString &acceptText, QWidget *parent = nullptr);

    PeopleSearchList *people() const { return m_people; }
    QList<qint64> chosenIds() const;

private:
    PeopleSearchList *m_people;
};

} // namespace Upskill
