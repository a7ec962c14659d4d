// SPDX-License-Identifier: GPL-3.0-or-later
#include "rubriclevelmodel.h"

#include "edithistory.h"

namespace Upskill {

RubricLevelModel::RubricLevelModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("rubric_levels"),
          {{QStringLiteral("dimension_id"), ColumnKind::Hidden, tr("Dimension")},
           {QStringLiteral("level"), ColumnKind::Integer, tr("Level"), {}, true, false},
           {QStringLiteral("label"), ColumnKind::Text, tr("Label"), {}, true},
           {QStringLiteral("indicators"), ColumnKind::Text, tr("Behavioural indicators")}},
          parent)
{
    setSort(Level, Qt::AscendingOrder);
    setDimension(-1);
}

void RubricLevelModel::setDimension(qint64 dimensionId)
{
    m_dimensionId = dimensionId;
    setCondition(QStringLiteral("dimension_id"), dimensionId);
    select();
}

bool RubricLevelModel::writeField(int row, const QString &field, const QVariant &value,
                                  const QString &description)
{
    const QVariantMap key{{QStringLiteral("dimension_id"), m_dimensionId},
                          {QStringLiteral("level"), storedValue(row, QStringLiteral("level"))}};
    return m_history.editFieldByKey(tableName(), key, field, value, description);
}

QString RubricLevelModel::describeEdit(int row, int column) const
{
    const int level = storedValue(row, QStringLiteral("level")).toInt();
    if (column == Indicators)
        return tr("Change the indicators of level %1").arg(level);
    return tr("Change the label of level %1").arg(level);
}

} // namespace Upskill
