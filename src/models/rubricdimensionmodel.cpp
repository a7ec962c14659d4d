// SPDX-License-Identifier: GPL-3.0-or-later
#include "rubricdimensionmodel.h"

#include "edithistory.h"
#include "rubric.h"

#include <QColor>
#include <QHash>
#include <QSqlQuery>

namespace Upskill {

namespace {
const QString Table = QStringLiteral("rubric_dimensions");
}

RubricDimensionModel::RubricDimensionModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(history, Table,
                        {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
                         {QStringLiteral("name"), ColumnKind::Text, tr("Dimension"), {}, true},
                         {QStringLiteral("description"), ColumnKind::Text, tr("Description")},
                         {QStringLiteral("position"), ColumnKind::Hidden, tr("Position")},
                         {QStringLiteral("retired"), ColumnKind::Bool, tr("Retired")}},
                        parent)
{
    setSort(Position, Qt::AscendingOrder);
}

QString RubricDimensionModel::nameProblem(const QString &name, qint64 exceptId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM rubric_dimensions WHERE name = ? AND id <> ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(exceptId);
    if (query.exec() && query.next())
        return tr("Another dimension is already called “%1”.").arg(name.trimmed());
    return {};
}

QString RubricDimensionModel::validate(int row, int column, const QVariant &value) const
{
    if (column == Name)
        return nameProblem(value.toString(), idAt(row));
    return {};
}

QString RubricDimensionModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    return nameProblem(values.value(QStringLiteral("name")).toString(), -1);
}

bool RubricDimensionModel::addDimension(const QString &name, qint64 *id)
{
    QString chosen = name.trimmed();
    if (chosen.isEmpty()) {
        chosen = tr("New dimension");
        for (int n = 2; !nameProblem(chosen, -1).isEmpty(); ++n)
            chosen = tr("New dimension %1").arg(n);
    }
    if (const QString problem = nameProblem(chosen, -1); !problem.isEmpty()) {
        Q_EMIT editRefused(problem);
        return false;
    }
    int position = 1;
    QSqlQuery query(database());
    if (query.exec(
            QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM rubric_dimensions")) &&
        query.next())
        position = query.value(0).toInt();
    QList<QVariantMap> levels;
    const QStringList labels = Rubric::defaultLabels();
    for (int level = 1; level <= Rubric::LevelCount; ++level)
        levels.append({{QStringLiteral("level"), level},
                       {QStringLiteral("label"), labels.at(level - 1)},
                       {QStringLiteral("indicators"), QStringLiteral("")}});
    return m_history.addRowWithChildren(
        Table, {{QStringLiteral("name"), chosen}, {QStringLiteral("position"), position}},
        QStringLiteral("rubric_levels"), QStringLiteral("dimension_id"), levels,
        tr("Add dimension"), id);
}

bool RubricDimensionModel::move(int row, int delta)
{
    if (row < 0 || row >= rowCount() || (delta != -1 && delta != 1))
        return false;
    // The order is read from the file, not from the view, and renumbered 1..n: positions
    // that tie (dimensions added by hand, imports) would otherwise not move at all.
    QList<qint64> order;
    QHash<qint64, int> positionOf;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT id, position FROM rubric_dimensions ORDER BY position, id"));
    while (query.next()) {
        order.append(query.value(0).toLongLong());
        positionOf.insert(order.last(), query.value(1).toInt());
    }
    const int from = int(order.indexOf(idAt(row)));
    const int to = from + delta;
    if (from < 0 || to < 0 || to >= order.size())
        return false;
    order.swapItemsAt(from, to);
    QList<FieldChange> changes;
    for (int i = 0; i < order.size(); ++i) {
        if (positionOf.value(order.at(i)) != i + 1)
            changes.append({Table, order.at(i), QStringLiteral("position"), i + 1});
    }
    return m_history.editFields(changes,
                                delta < 0 ? tr("Move dimension up") : tr("Move dimension down"));
}

bool RubricDimensionModel::isRetired(int row) const
{
    return storedValue(row, QStringLiteral("retired")).toInt() != 0;
}

bool RubricDimensionModel::setRetired(const QList<qint64> &ids, bool retired)
{
    QList<FieldChange> changes;
    for (qint64 id : ids)
        changes.append({Table, id, QStringLiteral("retired"), retired ? 1 : 0});
    if (changes.isEmpty())
        return false;
    return m_history.editFields(
        changes, retired ? tr("Retire %n dimension(s)", nullptr, int(changes.size()))
                         : tr("Restore %n dimension(s)", nullptr, int(changes.size())));
}

int RubricDimensionModel::assessmentCount(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM assessments WHERE dimension_id = ?"));
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

bool RubricDimensionModel::removeDimensions(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const int assessed = assessmentCount(id);
        if (assessed == 0)
            continue;
        const int row = rowOf(id);
        const QString name = row >= 0 ? data(index(row, Name)).toString() : QString::number(id);
        Q_EMIT editRefused(tr("“%1” cannot be deleted: %n assessment(s) use it. Retire it "
                              "instead; a retired dimension keeps its assessments but is no "
                              "longer asked.",
                              nullptr, assessed)
                               .arg(name));
        return false;
    }
    return removeIds(ids, tr("Delete %n dimension(s)", nullptr, int(ids.size())));
}

QVariant RubricDimensionModel::cellHint(int row, int column, int role) const
{
    if (!isRetired(row)) {
        if (role == Qt::ToolTipRole && column == Name)
            return storedValue(row, QStringLiteral("description"));
        return {};
    }
    // A mid grey reads as "inactive" on light and dark palettes alike, and needs no
    // application palette, which models that also run headless cannot ask for.
    if (role == Qt::ForegroundRole)
        return QColor(128, 128, 128);
    if (role == Qt::ToolTipRole)
        return tr("Retired: its assessments are kept, but it is no longer asked.");
    return {};
}

} // namespace Upskill
