// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "leveltablemodel.h"

namespace Upskill {

// One participant's assessments (setParticipant), newest first: dimension, kind, level, date,
// the cohort it belongs to and a note. New assessments, one or a whole cohort's, are added
// with addAssessments() as one undo step.
class AssessmentModel : public LevelTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Participant, Dimension, Cohort, Kind, Level, AssessedOn, Note };

    explicit AssessmentModel(EditHistory &history, QObject *parent = nullptr);

    void setParticipant(qint64 participantId);
    qint64 participant() const { return m_participantId; }

    // Each record needs participant_id, dimension_id, kind, level and assessed_on; cohort_id
    // and note are optional. All are checked first; one refused record writes nothing.
    // reason (optional) receives why nothing was written, for a dialog to show.
    bool addAssessments(const QList<QVariantMap> &records, const QString &description,
                        QString *reason = nullptr);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;

private:
    qint64 m_participantId = -1;
};

} // namespace Upskill
