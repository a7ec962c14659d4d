// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentormatching.h"
#include "mentorshipmodel.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Upskill {

// "Pair the whole cohort": the proposed mentor for every participant without one, with the
// reason, for the coordinator to accept as it is or to change a mentor first (each row offers
// the mentee's next best mentors, or none). Accepting adds them all as one undo step.
class CohortPairingDialog : public QDialog
{
    Q_OBJECT
public:
    CohortPairingDialog(MentorshipModel *model, const CohortPairing &pairing,
                        QWidget *parent = nullptr);

    QList<MentorshipModel::Pairing> pairings() const;
    QTableWidget *table() const { return m_table; }
    // Chooses the mentor of a row (-1: no mentor), as the row's list would.
    void setMentor(int row, qint64 mentorId);

    void accept() override;

private:
    void updateRow(int row);
    void updateSummary();

    MentorshipModel *m_model;
    CohortPairing m_pairing;
    QList<qint64> m_mentees; // per row
    QTableWidget *m_table;
    QLabel *m_summary;
    class QPushButton *m_acceptButton = nullptr;
};

} // namespace Upskill
