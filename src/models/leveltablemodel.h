// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"
#include "rubric.h"

namespace Upskill {

// Base of the tables with a rubric level in them (targets, assessments): the level shows as
// "2 Practicing" in the words of that row's dimension, edits with a combo of the four levels,
// and anything outside 1–4 is refused.
class LevelTableModel : public ProgramTableModel
{
    Q_OBJECT
public:
    LevelTableModel(EditHistory &history, const QString &table, const QList<ColumnSpec> &columns,
                    int dimensionColumn, int levelColumn, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool select() override;
    void sort(int column, Qt::SortOrder order) override;

protected:
    // Rows that tie on the sorted column follow the rubric's order of dimensions.
    QString orderByClause() const override;
    // The sort set by the header (or the constructor), for subclasses that refine the order.
    int sortColumn() const { return m_sortColumn; }
    void setInitialSort(int column, Qt::SortOrder order);
    // The rubric tables every subclass watches, plus its own.
    static QStringList rubricTables();
    QString levelProblem(const QVariant &value) const;
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    // The dimension's name for an id, for messages.
    QString dimensionName(qint64 id) const;
    // Targets are one per owner (a role, a track) and dimension: whether another row of owner
    // already has dimensionId, and the first dimension still asked that owner has none for
    // (-1 when there is none). ownerField is one of the model's own columns.
    bool dimensionTaken(const QString &ownerField, const QVariant &owner, qint64 dimensionId,
                        qint64 exceptId) const;
    qint64 firstFreeDimension(const QString &ownerField, const QVariant &owner) const;

private:
    const RubricDimension *dimensionOfRow(int row) const;

    int m_dimensionColumn;
    int m_levelColumn;
    int m_sortColumn = -1;
    QList<RubricDimension> m_rubric;
    QHash<QString, int> m_byName; // the relation shows the dimension's name (unique)
};

} // namespace Upskill
