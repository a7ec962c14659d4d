// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mentorload.h"
#include "programtablemodel.h"

#include <QHash>

namespace Upskill {

// The mentorships of one cohort (setCohort): who mentors whom, from when to when, whether the
// mentor was assigned beyond capacity and why, and afterwards the mentor's satisfaction and
// the mentee's feedback. New pairings follow the capacity rule (see MentorLoad): beyond the
// mentor's capacity a pairing is refused, unless it comes with the reason for an override,
// which is then recorded with it.
class MentorshipModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Mentor,
        Mentee,
        Cohort,
        StartsOn,
        EndsOn,
        OverCapacity,
        OverrideReason,
        MentorSatisfaction,
        MenteeFeedback,
        // computed
        MentorLoadColumn
    };

    struct Pairing
    {
        qint64 mentorId = 0;
        qint64 menteeId = 0;
        QString overrideReason; // non-empty: assign even beyond the mentor's capacity
    };

    explicit MentorshipModel(EditHistory &history, QObject *parent = nullptr);

    // The reason for going beyond capacity is edited only where capacity was overridden.
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // -1 shows no rows.
    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }
    // When a new mentorship of the cohort runs: its start to its end plus the follow-up.
    MentorshipPeriod period() const { return m_period; }

    bool addMentorship(qint64 mentorId, qint64 menteeId, const QString &overrideReason = {},
                       qint64 *id = nullptr);
    // Several pairings as one undo step; each is checked with the ones before it counted, and
    // one refused pairing refuses them all.
    bool addMentorships(const QList<Pairing> &pairings, const QString &description);
    bool removeMentorships(const QList<qint64> &ids);

    qint64 mentorAt(int row) const;
    qint64 menteeAt(int row) const;

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString describeEdit(int row, int column) const override;
    QVariant cellHint(int row, int column, int role) const override;
    int computedColumnCount() const override { return 1; }
    QVariant computedHeader(int computedColumn) const override;
    QVariant computedData(int row, int computedColumn, int role) const override;
    void refreshComputed() override;

private:
    QString personName(qint64 id) const;
    // Why new dates would take the mentor beyond capacity; empty when they do not.
    QString capacityError(int row, const MentorshipPeriod &period) const;

    qint64 m_cohortId = -1;
    MentorshipPeriod m_period;
    int m_capacity = 3;
    QHash<qint64, int> m_loads; // mentorship id → its mentor's mentees during it
};

} // namespace Upskill
