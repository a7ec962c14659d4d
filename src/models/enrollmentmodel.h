// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

#include <QSet>

namespace Upskill {

// Who is in which cohort: a cohort's roster (setCohort) or a person's cohorts (setParticipant).
class EnrollmentModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Cohort,
        Participant,
        Status,
        Placement,
        EnrolledOn,
        CompletedOn,
        WithdrawnOn,
        FirstAiContributionOn,
        CapstoneRating
    };

    explicit EnrollmentModel(EditHistory &history, QObject *parent = nullptr);

    void setCohort(qint64 cohortId);
    void setParticipant(qint64 participantId);

    // Enrols several people in one cohort as one undoable step; people already in it are
    // skipped. Returns how many were enrolled, or -1 on failure.
    int enroll(qint64 cohortId, const QList<qint64> &participantIds);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    // "Suggestion": on a foundational cohort's roster, who could test out because their latest
    // assessed levels already meet the track's target levels.
    int computedColumnCount() const override { return 1; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;

private:
    qint64 m_cohortId = -1;
    QString m_trackName;
    QSet<qint64> m_canTestOut; // participant ids
};

} // namespace Upskill
