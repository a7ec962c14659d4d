// SPDX-License-Identifier: GPL-3.0-or-later
#include "leveltablemodel.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

LevelTableModel::LevelTableModel(EditHistory &history, const QString &table,
                                 const QList<ColumnSpec> &columns, int dimensionColumn,
                                 int levelColumn, QObject *parent)
    : ProgramTableModel(history, table, columns, parent), m_dimensionColumn(dimensionColumn),
      m_levelColumn(levelColumn)
{
    setWatchedTables(rubricTables(), {});
}

QStringList LevelTableModel::rubricTables()
{
    return {QStringLiteral("rubric_dimensions"), QStringLiteral("rubric_levels")};
}

bool LevelTableModel::select()
{
    // Labels change only with the rubric tables, which re-run select(): read them once here
    // rather than per painted cell.
    m_rubric = Rubric::load(database(), false);
    m_byName.clear();
    for (int i = 0; i < m_rubric.size(); ++i)
        m_byName.insert(m_rubric.at(i).name, i);
    return ProgramTableModel::select();
}

void LevelTableModel::setInitialSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column;
    setSort(column, order);
}

void LevelTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isComputedColumn(column))
        m_sortColumn = column;
    ProgramTableModel::sort(column, order);
}

QString LevelTableModel::orderByClause() const
{
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    const QString tieBreak =
        QStringLiteral("(SELECT position FROM rubric_dimensions WHERE id = %1.%2), %1.rowid")
            .arg(table, fieldOf(m_dimensionColumn));
    const QString clause = ProgramTableModel::orderByClause();
    return clause.isEmpty() ? QStringLiteral("ORDER BY ") + tieBreak
                            : clause + QStringLiteral(", ") + tieBreak;
}

const RubricDimension *LevelTableModel::dimensionOfRow(int row) const
{
    const QString name =
        QSqlRelationalTableModel::data(QSqlRelationalTableModel::index(row, m_dimensionColumn))
            .toString();
    const auto it = m_byName.constFind(name);
    return it == m_byName.cend() ? nullptr : &m_rubric.at(*it);
}

QString LevelTableModel::dimensionName(qint64 id) const
{
    for (const RubricDimension &d : m_rubric) {
        if (d.id == id)
            return d.name;
    }
    // Not read yet (the model was never selected) or added since.
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name FROM rubric_dimensions WHERE id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString::number(id);
}

bool LevelTableModel::dimensionTaken(const QString &ownerField, const QVariant &owner,
                                     qint64 dimensionId, qint64 exceptId) const
{
    const QSqlDriver *driver = database().driver();
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ? AND %3 = ? AND id <> ?")
            .arg(driver->escapeIdentifier(tableName(), QSqlDriver::TableName),
                 driver->escapeIdentifier(ownerField, QSqlDriver::FieldName),
                 driver->escapeIdentifier(fieldOf(m_dimensionColumn), QSqlDriver::FieldName)));
    query.addBindValue(owner);
    query.addBindValue(dimensionId);
    query.addBindValue(exceptId);
    return query.exec() && query.next();
}

qint64 LevelTableModel::firstFreeDimension(const QString &ownerField, const QVariant &owner) const
{
    const QSqlDriver *driver = database().driver();
    QSqlQuery query(database());
    query.prepare(
        QStringLiteral("SELECT id FROM rubric_dimensions d WHERE retired = 0 AND NOT "
                       "EXISTS (SELECT 1 FROM %1 t WHERE t.%2 = ? AND t.%3 = d.id) "
                       "ORDER BY position, id LIMIT 1")
            .arg(driver->escapeIdentifier(tableName(), QSqlDriver::TableName),
                 driver->escapeIdentifier(ownerField, QSqlDriver::FieldName),
                 driver->escapeIdentifier(fieldOf(m_dimensionColumn), QSqlDriver::FieldName)));
    query.addBindValue(owner);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return -1;
}

QVariant LevelTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() != m_levelColumn || index.row() >= rowCount())
        return ProgramTableModel::data(index, role);
    const int level = QSqlRelationalTableModel::data(
                          QSqlRelationalTableModel::index(index.row(), m_levelColumn), Qt::EditRole)
                          .toInt();
    const RubricDimension *dimension = dimensionOfRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return dimension ? dimension->levelText(level) : QString::number(level);
    case Qt::EditRole:
        // A string, so the combo editor finds its current entry among the choices' keys.
        return QString::number(level);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (dimension && level >= 1 && level <= Rubric::LevelCount)
            return dimension->levels.at(level - 1).indicators;
        return {};
    case ChoicesRole: {
        QVariantList choices;
        for (int l = 1; l <= Rubric::LevelCount; ++l)
            choices.append(QVariant(QStringList{
                QString::number(l), dimension ? dimension->levelText(l) : QString::number(l)}));
        return choices;
    }
    default:
        return ProgramTableModel::data(index, role);
    }
}

QString LevelTableModel::levelProblem(const QVariant &value) const
{
    if (Rubric::isLevel(value))
        return {};
    return tr("“%1” is not a level of the rubric; levels go from 1 (aware) to 4 (expert).")
        .arg(value.toString());
}

QString LevelTableModel::validate(int, int column, const QVariant &value) const
{
    if (column == m_levelColumn)
        return levelProblem(value);
    return {};
}

QString LevelTableModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    const QString levelField = fieldOf(m_levelColumn);
    if (!values.contains(levelField))
        return tr("A level is needed.");
    return levelProblem(values.value(levelField));
}

} // namespace Upskill
