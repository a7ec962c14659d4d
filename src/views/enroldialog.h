// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Upskill {

// Picks people to enrol in a cohort. Searches the participants in SQL and lists at most a
// page of matches, so it stays quick with 100,000 engineers.
class EnrolDialog : public QDialog
{
    Q_OBJECT
public:
    EnrolDialog(const QSqlDatabase &db, qint64 cohortId, const QString &cohortName,
                QWidget *parent = nullptr);

    QList<qint64> selectedParticipants() const;

private:
    void search();

    QSqlDatabase m_db;
    qint64 m_cohortId;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_hint;
};

} // namespace Upskill
