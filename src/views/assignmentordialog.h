// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentormatching.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace Upskill {

class MentorshipModel;

// Pairs a mentor with a mentee of the cohort the model shows. Any alumnus, champion or
// declared mentor can be found by typing part of their name (a large program has tens of
// thousands, so they are looked up as the coordinator types), each with their load during
// the cohort. A mentor at capacity can only be assigned with the override ticked and a
// reason, which is kept with the mentorship.
class AssignMentorDialog : public QDialog
{
    Q_OBJECT
public:
    // menteeId and mentorId preselect (-1: none).
    AssignMentorDialog(MentorshipModel *model, qint64 menteeId, qint64 mentorId,
                       QWidget *parent = nullptr);

    qint64 mentee() const;
    qint64 mentor() const;
    QString overrideReason() const;
    // True when the chosen mentor has no room left during the cohort.
    bool mentorIsFull() const;
    // Lists the mentors whose name contains text at once (typing waits a moment first).
    void search(const QString &text);
    // Chooses the listed mentor of id; false when they are not listed.
    bool chooseMentor(qint64 mentorId);

    QComboBox *menteeCombo() const { return m_mentee; }
    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *mentorList() const { return m_mentors; }
    QCheckBox *overrideCheck() const { return m_override; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QLabel *loadLabel() const { return m_load; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    // Adds the mentorship; the dialog stays open when it is refused.
    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateState();
    const MentorCandidate *chosenMentor() const;

    MentorshipModel *m_model;
    QList<MentorCandidate> m_found;
    QHash<qint64, QString> m_managers; // mentee → their manager's name
    int m_capacity = 3;
    QComboBox *m_mentee;
    QLineEdit *m_search;
    QListWidget *m_mentors;
    QTimer *m_searchTimer;
    QLabel *m_load;
    QCheckBox *m_override;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace Upskill
