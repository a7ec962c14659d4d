// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlQueryModel>

namespace Upskill {

class ProgramFile;

// The alumni: everyone who has completed a cohort, once each with the cohort they completed
// last, how many community events they came to and whom they mentor now against the program's
// mentor capacity. They are the community to invite and the mentors of the next cohorts.
// Read as the view scrolls, sorted and searched by SQL.
class AlumniModel : public QSqlQueryModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Team, Role, Cohort, CompletedOn, Events, Mentees, ColumnCount };

    explicit AlumniModel(ProgramFile &file, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Any part of a name, team or cohort; empty lists everyone.
    void setSearchText(const QString &text);
    // "Mentees now" counts the mentorships running on this day (today by default).
    void setToday(const QDate &today);
    qint64 participantAt(int row) const;
    // All alumni and those the search finds, counted by SQL (rowCount() knows only the rows
    // fetched so far).
    int alumniCount() const;
    int matchingCount() const;
    int mentorCapacity() const { return m_capacity; }

private:
    void reload();
    void onTablesChanged(const QStringList &tables);

    ProgramFile &m_file;
    QString m_search;
    QDate m_today = QDate::currentDate();
    int m_capacity = 3;
};

} // namespace Upskill
