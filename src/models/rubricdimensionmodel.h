// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// The dimensions of the skill rubric in the program's order. A dimension is added together
// with its four levels, moved by swapping places, and retired rather than deleted once people
// have been assessed on it: a retired dimension keeps its assessments but is no longer asked.
class RubricDimensionModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Description, Position, Retired };

    explicit RubricDimensionModel(EditHistory &history, QObject *parent = nullptr);

    // A new dimension at the end with levels Aware … Expert and no indicators yet; one undo
    // step. An empty name picks the first free "New dimension N".
    bool addDimension(const QString &name = QString(), qint64 *id = nullptr);
    // Swaps the dimension of row with its neighbour above (delta -1) or below (+1).
    bool move(int row, int delta);
    bool setRetired(const QList<qint64> &ids, bool retired);
    // Refused, with a message suggesting Retire, when any of them has assessments.
    bool removeDimensions(const QList<qint64> &ids);
    bool isRetired(int row) const;
    int assessmentCount(qint64 id) const;

protected:
    QString validate(int row, int column, const QVariant &value) const override;
    QString validateRecord(const QVariantMap &values) const override;
    QVariant cellHint(int row, int column, int role) const override;

private:
    QString nameProblem(const QString &name, qint64 exceptId) const;
};

} // namespace Upskill
