// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programtablemodel.h"

namespace Upskill {

// The four levels of one rubric dimension (setDimension): the level number is fixed, the
// label and the behavioural indicators are edited through undo. Levels have no id column, so
// an edit names its row by dimension and level.
class RubricLevelModel : public ProgramTableModel
{
    Q_OBJECT
public:
    enum Column { DimensionId, Level, Label, Indicators };

    explicit RubricLevelModel(EditHistory &history, QObject *parent = nullptr);

    void setDimension(qint64 dimensionId);
    qint64 dimension() const { return m_dimensionId; }

protected:
    bool writeField(int row, const QString &field, const QVariant &value,
                    const QString &description) override;
    QString describeEdit(int row, int column) const override;

private:
    qint64 m_dimensionId = -1;
};

} // namespace Upskill
