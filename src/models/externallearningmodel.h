// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// The external learning log: courses, conferences and certifications people took outside the
// program, with dates, cost, their rating (1–5), review and recommendation, and whether they
// presented what they learned to their team. Program-wide, newest first; Find matches the
// title, provider and review and the person's name, email or team.
class ExternalLearningModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id,
        Participant,
        Kind,
        Title,
        Provider,
        StartDate,
        EndDate,
        Cost,
        Rating,
        Review,
        Recommended,
        Presented
    };

    explicit ExternalLearningModel(EditHistory &history, QObject *parent = nullptr);

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void setFilter(const QString &filter) override;

    // A LearningKind key; empty shows every kind.
    void setKind(const QString &kind);
    QString kind() const { return m_kind; }
    // Only one person's entries; -1 shows everyone's.
    void setParticipant(qint64 participantId);
    void setFind(const QString &text);
    // The cost of the entries shown, added up by SQL (rowCount() knows only the rows fetched).
    double matchingCost() const;

    // One entry per person with the same values (a team that went to one conference), as one
    // undo step. values: field name → value, without participant_id.
    bool addEntries(const QList<qint64> &participantIds, const QVariantMap &values,
                    QList<qint64> *ids = nullptr);
    bool removeEntries(const QList<qint64> &ids);

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QString describeEdit(int row, int column) const override;
    QString orderByClause() const override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    // What is wrong with value for field, said without naming the entry; the callers add that.
    QString valueProblem(const QString &field, const QVariant &value) const;
    QString where(int row) const;
    QString findClause() const;

    QString m_kind;
    QString m_find;
};

} // namespace Upskill
