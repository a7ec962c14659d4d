// SPDX-License-Identifier: GPL-3.0-or-later
#include "roletargetmodel.h"

#include "vocabulary.h"

#include <QSqlDriver>

namespace Upskill {

RoleTargetModel::RoleTargetModel(EditHistory &history, QObject *parent)
    : LevelTableModel(
          history, QStringLiteral("role_targets"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("role"), ColumnKind::Choice, tr("Role"), Term::TargetRole, true},
           {QStringLiteral("dimension_id"), ColumnKind::Relation, tr("Dimension"), {}, true},
           {QStringLiteral("required_level"), ColumnKind::Integer, tr("Required level"), {}, true},
           {QStringLiteral("criticality"), ColumnKind::Choice, tr("Criticality"), Term::Criticality,
            true}},
          Dimension, RequiredLevel, parent)
{
    setRelation(Dimension, QSqlRelation(QStringLiteral("rubric_dimensions"), QStringLiteral("id"),
                                        QStringLiteral("name")));
    setInitialSort(Role, Qt::AscendingOrder);
}

void RoleTargetModel::setRole(const QString &role)
{
    setCondition(QStringLiteral("role"), role.isEmpty() ? QVariant() : QVariant(role));
}

QString RoleTargetModel::orderByClause() const
{
    const QString clause = LevelTableModel::orderByClause();
    if (sortColumn() != Role)
        return clause;
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    return QStringLiteral("ORDER BY %1.role = 'organisation' DESC, ").arg(table) +
           clause.mid(QStringLiteral("ORDER BY ").size());
}

QString RoleTargetModel::duplicateProblem(const QString &role, qint64 dimensionId,
                                          qint64 exceptId) const
{
    if (!dimensionTaken(QStringLiteral("role"), role, dimensionId, exceptId))
        return {};
    return tr("%1 already has a target for “%2”; change that one instead.")
        .arg(Vocabulary::label(Term::TargetRole, role), dimensionName(dimensionId));
}

QString RoleTargetModel::validate(int row, int column, const QVariant &value) const
{
    if (column == Role)
        return duplicateProblem(value.toString(),
                                storedValue(row, QStringLiteral("dimension_id")).toLongLong(),
                                idAt(row));
    if (column == Dimension)
        return duplicateProblem(storedValue(row, QStringLiteral("role")).toString(),
                                value.toLongLong(), idAt(row));
    return LevelTableModel::validate(row, column, value);
}

QString RoleTargetModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = LevelTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    return duplicateProblem(values.value(QStringLiteral("role")).toString(),
                            values.value(QStringLiteral("dimension_id")).toLongLong(), -1);
}

bool RoleTargetModel::addTarget(const QString &role, qint64 *id)
{
    const qint64 dimension = firstFreeDimension(QStringLiteral("role"), role);
    if (dimension < 0) {
        Q_EMIT editRefused(tr("%1 already has a target for every dimension; change the "
                              "existing ones instead.")
                               .arg(Vocabulary::label(Term::TargetRole, role)));
        return false;
    }
    return addRecord({{QStringLiteral("role"), role},
                      {QStringLiteral("dimension_id"), dimension},
                      {QStringLiteral("required_level"), 2},
                      {QStringLiteral("criticality"), QStringLiteral("important")}},
                     tr("Add role target"), id);
}

} // namespace Upskill
