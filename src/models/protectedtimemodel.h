// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// One cohort's protected-time entries as a list (setCohort): per participant and week the
// hours planned and used, why time went to other work, and a note. A week below the plan is
// marked, and one without a reason says that one is missing. The reason can be cleared.
class ProtectedTimeModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Cohort, Participant, WeekStart, HoursPlanned, HoursUsed, Reason, Note };

    explicit ProtectedTimeModel(EditHistory &history, QObject *parent = nullptr);

    // -1 shows no rows.
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }
    bool removeEntries(const QList<qint64> &ids);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString describeEdit(int row, int column) const override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    qint64 m_cohortId = -1;
};

} // namespace Upskill
