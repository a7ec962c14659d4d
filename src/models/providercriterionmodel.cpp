// SPDX-License-Identifier: GPL-3.0-or-later
#include "providercriterionmodel.h"

#include "edithistory.h"
#include "programfile.h"

#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

namespace {
const QString Table = QStringLiteral("provider_criteria");
}

ProviderCriterionModel::ProviderCriterionModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(history, Table,
                        {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
                         {QStringLiteral("name"), ColumnKind::Text, tr("Criterion"), {}, true},
                         {QStringLiteral("description"), ColumnKind::Text, tr("What it means")},
                         {QStringLiteral("criterion_group"), ColumnKind::Choice, tr("Group"),
                          Term::CriterionGroup, true},
                         {QStringLiteral("weight"), ColumnKind::Real, tr("Weight"), {}, true},
                         {QStringLiteral("position"), ColumnKind::Hidden, tr("Position")}},
                        parent)
{
    setSort(Position, Qt::AscendingOrder);
    // A new weight changes every criterion's share, not only its own row's.
    connect(&history.file(), &ProgramFile::rowChanged, this, [this](const QString &table, qint64) {
        if (table == Table && rowCount() > 0)
            Q_EMIT dataChanged(index(0, Share), index(rowCount() - 1, Share));
    });
}

QString ProviderCriterionModel::nameProblem(const QString &name, qint64 exceptId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM provider_criteria WHERE name = ? AND id <> ?"));
    query.addBindValue(name.trimmed());
    query.addBindValue(exceptId);
    if (query.exec() && query.next())
        return tr("Another criterion is already called “%1”.").arg(name.trimmed());
    return {};
}

QString ProviderCriterionModel::validate(int row, int column, const QVariant &value) const
{
    if (column == Name)
        return nameProblem(value.toString(), idAt(row));
    if (column == Weight && value.toDouble() < 0)
        return tr("A weight cannot be negative; 0 leaves the criterion out of the total.");
    return {};
}

QString ProviderCriterionModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    if (values.value(QStringLiteral("weight")).toDouble() < 0)
        return tr("A weight cannot be negative; 0 leaves the criterion out of the total.");
    return nameProblem(values.value(QStringLiteral("name")).toString(), -1);
}

bool ProviderCriterionModel::addCriterion(const QString &group, const QString &name, qint64 *id)
{
    QString chosen = name.trimmed();
    if (chosen.isEmpty()) {
        chosen = tr("New criterion");
        for (int n = 2; !nameProblem(chosen, -1).isEmpty(); ++n)
            chosen = tr("New criterion %1").arg(n);
    }
    int position = 1;
    QSqlQuery query(database());
    if (query.exec(
            QStringLiteral("SELECT coalesce(max(position), 0) + 1 FROM provider_criteria")) &&
        query.next())
        position = query.value(0).toInt();
    return addRecord(
        {{QStringLiteral("name"), chosen},
         {QStringLiteral("criterion_group"), group.isEmpty() ? QStringLiteral("decision") : group},
         {QStringLiteral("weight"), 1},
         {QStringLiteral("position"), position}},
        tr("Add criterion"), id);
}

bool ProviderCriterionModel::move(int row, int delta)
{
    if (row < 0 || row >= rowCount() || (delta != -1 && delta != 1))
        return false;
    // Read from the file and renumbered 1..n, so that tied positions move too.
    QList<qint64> order;
    QHash<qint64, int> positionOf;
    QSqlQuery query(database());
    query.exec(QStringLiteral("SELECT id, position FROM provider_criteria ORDER BY position, id"));
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
                                delta < 0 ? tr("Move criterion up") : tr("Move criterion down"));
}

int ProviderCriterionModel::scoreCount(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT count(*) FROM provider_scores WHERE criterion_id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

bool ProviderCriterionModel::removeCriteria(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n criterion(s)", nullptr, int(ids.size())));
}

QVariant ProviderCriterionModel::computedHeader(int) const
{
    return tr("Share of the total");
}

QVariant ProviderCriterionModel::computedData(int row, int, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const double weight = storedValue(row, QStringLiteral("weight")).toDouble();
    const double share = m_weightSum > 0 ? weight / m_weightSum : 0;
    if (role == Qt::EditRole)
        return share;
    if (role != Qt::DisplayRole)
        return {};
    if (m_weightSum <= 0)
        return QStringLiteral("—");
    return QLocale().toString(share * 100, 'f', 0) + QStringLiteral(" %");
}

QVariant ProviderCriterionModel::cellHint(int row, int column, int role) const
{
    const bool counts = storedValue(row, QStringLiteral("weight")).toDouble() > 0;
    if (!counts && role == Qt::ForegroundRole)
        return QColor(128, 128, 128);
    if (role != Qt::ToolTipRole)
        return {};
    if (!counts)
        return tr("Weight 0: scored, but left out of every provider's total.");
    if (column == Name)
        return storedValue(row, QStringLiteral("description"));
    if (column == Share)
        return tr("The part of a provider's total that this criterion decides.");
    return {};
}

void ProviderCriterionModel::refreshComputed()
{
    QSqlQuery query(database());
    m_weightSum = query.exec(QStringLiteral(
                      "SELECT coalesce(sum(weight), 0) FROM provider_criteria WHERE weight > 0")) &&
                          query.next()
                      ? query.value(0).toDouble()
                      : 0;
}

} // namespace Upskill
