// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rubric.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QSqlDatabase>

namespace Upskill {

// The ratings of a whole cohort before they are saved: one row per participant still in the
// cohort (not withdrawn), one column per active dimension, each cell empty or a level 1–4.
// Nothing is written here; rows() turns the filled cells into assessment records that
// AssessmentModel::addAssessments() saves as one undo step.
class AssessmentGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit AssessmentGridModel(const QSqlDatabase &db, QObject *parent = nullptr);

    void setCohort(qint64 cohortId);
    qint64 cohort() const { return m_cohortId; }
    int participantCount() const { return int(m_participants.size()); }
    int dimensionCount() const { return int(m_dimensions.size()); }
    int filledCount() const;
    // 0 when the cell is empty.
    int level(int row, int column) const;
    QList<QVariantMap> records(const QString &kind, const QDate &date) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Takes 1–4 (number, "3" or "3 Proficient"); 0, "" or an invalid QVariant clears.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void filledCountChanged(int count);

private:
    struct Person
    {
        qint64 id = -1;
        QString name;
    };

    QSqlDatabase m_db;
    qint64 m_cohortId = -1;
    QList<Person> m_participants;
    QList<RubricDimension> m_dimensions;
    QList<int> m_levels; // row-major, 0 = not rated
};

} // namespace Upskill
