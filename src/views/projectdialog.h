// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace Upskill {

// A new application project: whose it is (the cohort's participants, those still without a
// project first), its title, the team problem it takes on, and the team.
class ProjectDialog : public QDialog
{
    Q_OBJECT
public:
    ProjectDialog(const QSqlDatabase &db, qint64 cohortId, const QString &cohortName,
                  qint64 participantId, QWidget *parent = nullptr);

    qint64 participant() const;
    QString title() const;
    QString problem() const;
    QString team() const;
    // False when the cohort has nobody to record a project for.
    bool hasParticipants() const;

    QComboBox *participantCombo() const { return m_participant; }
    QLineEdit *titleEdit() const { return m_title; }

private:
    void onParticipantChanged();
    void updateOk();

    QComboBox *m_participant;
    QLineEdit *m_title;
    QPlainTextEdit *m_problem;
    QLineEdit *m_team;
    QDialogButtonBox *m_buttons;
    QString m_teamShown; // the team filled in for the participant, replaced when they change
};

} // namespace Upskill
