// SPDX-License-Identifier: GPL-3.0-or-later
#include "impactmetricmodel.h"

#include "edithistory.h"

#include <QLocale>
#include <QSet>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

ImpactMetricModel::ImpactMetricModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("impact_metrics"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("cohort_id"), ColumnKind::Hidden, tr("Cohort"), {}, false, false},
           // Figures of a team rather than a cohort are kept apart from the cohort's.
           {QStringLiteral("team"), ColumnKind::Hidden, tr("Team"), {}, false, false},
           {QStringLiteral("quarter_after"), ColumnKind::Integer, tr("Quarter"), {}, true},
           {QStringLiteral("features_shipped"), ColumnKind::Integer, tr("AI features shipped")},
           {QStringLiteral("hours_saved"), ColumnKind::Real, tr("Hours saved")},
           {QStringLiteral("quality_improvement_pct"), ColumnKind::Real,
            tr("Quality improvement %")},
           {QStringLiteral("cost_reduction"), ColumnKind::Real, tr("Cost reduction")},
           {QStringLiteral("revenue_impact"), ColumnKind::Real, tr("Revenue impact")},
           {QStringLiteral("evidence"), ColumnKind::Text, tr("Evidence")}},
          parent)
{
    setSort(Quarter, Qt::AscendingOrder);
    setCohort(-1);
}

void ImpactMetricModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    setCondition(QStringLiteral("cohort_id"), cohortId);
    select();
}

QStringList ImpactMetricModel::searchFields() const
{
    return {QStringLiteral("evidence")};
}

QString ImpactMetricModel::orderByClause() const
{
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    const QString tieBreak = QStringLiteral("%1.quarter_after, %1.id").arg(table);
    const QString clause = ProgramTableModel::orderByClause();
    return clause.isEmpty() ? QStringLiteral("ORDER BY ") + tieBreak
                            : clause + QStringLiteral(", ") + tieBreak;
}

QString ImpactMetricModel::describeEdit(int row, int column) const
{
    switch (column) {
    case Quarter:
        return tr("Change quarter after completion");
    case FeaturesShipped:
        return tr("Change AI features shipped");
    case HoursSaved:
        return tr("Change hours saved");
    case QualityImprovement:
        return tr("Change quality improvement");
    case CostReduction:
        return tr("Change cost reduction");
    case RevenueImpact:
        return tr("Change revenue impact");
    case Evidence:
        return tr("Change evidence");
    default:
        return ProgramTableModel::describeEdit(row, column);
    }
}

QString ImpactMetricModel::valueProblem(const QString &field, const QVariant &value) const
{
    if (value.isNull())
        return {};
    const QLocale locale;
    if (field == QLatin1String("quarter_after") &&
        (value.toInt() < 1 || value.toInt() > QuarterCount))
        return tr("impact is followed up in quarters 1 to %1 after completion, not %2.")
            .arg(QuarterCount)
            .arg(value.toInt());
    if (field == QLatin1String("features_shipped") && value.toLongLong() < 0)
        return tr("the number of AI features shipped cannot be negative.");
    if (field == QLatin1String("hours_saved") && value.toDouble() < 0)
        return tr("hours saved cannot be negative; %1 h would be time lost.")
            .arg(locale.toString(-value.toDouble(), 'g', QLocale::FloatingPointShortest));
    return {};
}

bool ImpactMetricModel::quarterTaken(const QVariant &team, int quarter, qint64 exceptId) const
{
    QSqlQuery query(database());
    // "IS" so that the cohort's own figures (no team) compare equal too.
    query.prepare(QStringLiteral("SELECT 1 FROM impact_metrics WHERE cohort_id = ? AND team IS ? "
                                 "AND quarter_after = ? AND id <> ?"));
    query.addBindValue(m_cohortId);
    query.addBindValue(team);
    query.addBindValue(quarter);
    query.addBindValue(exceptId);
    return query.exec() && query.next();
}

QString ImpactMetricModel::validate(int row, int column, const QVariant &value) const
{
    QString problem = valueProblem(fieldOf(column), value);
    if (problem.isEmpty() && column == Quarter &&
        quarterTaken(storedValue(row, QStringLiteral("team")), value.toInt(), idAt(row)))
        problem = tr("this cohort has figures for quarter %1 already.").arg(value.toInt());
    if (problem.isEmpty())
        return {};
    return tr("Quarter %1: %2")
        .arg(storedValue(row, QStringLiteral("quarter_after")).toInt())
        .arg(problem);
}

QString ImpactMetricModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    if (values.value(QStringLiteral("quarter_after")).isNull())
        return tr("Business-impact figures need the quarter after completion they are about.");
    if (values.value(QStringLiteral("cohort_id")).isNull() &&
        values.value(QStringLiteral("team")).toString().trimmed().isEmpty())
        return tr("Business-impact figures belong to a cohort or a team.");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (QString problem = valueProblem(it.key(), it.value()); !problem.isEmpty())
            return tr("New business-impact figures: %1").arg(problem);
    }
    return {};
}

QVariant ImpactMetricModel::data(const QModelIndex &index, int role) const
{
    // Amounts in plain digits: the shortest form would show 30,000 as "3e+04".
    if (role == Qt::DisplayRole && index.isValid() && index.row() < rowCount() &&
        !isComputedColumn(index.column()) &&
        columnSpecs().at(index.column()).kind == ColumnKind::Real) {
        const QVariant value = storedValue(index.row(), fieldOf(index.column()));
        return value.isNull()
                   ? QString()
                   : QLocale().toString(value.toDouble(), 'f', QLocale::FloatingPointShortest);
    }
    return ProgramTableModel::data(index, role);
}

QVariant ImpactMetricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return ProgramTableModel::headerData(section, orientation, role);
    switch (section) {
    case Quarter:
        return tr("The quarter after the cohort's completion, 1 to %1.").arg(QuarterCount);
    case FeaturesShipped:
        return tr("Features with AI in them that reached production in the quarter.");
    case HoursSaved:
        return tr("Working hours saved in the quarter by the AI work.");
    case QualityImprovement:
        return tr("How much quality improved, in per cent (fewer defects, incidents or review "
                  "findings); negative when it got worse.");
    case CostReduction:
        return tr("Costs saved in the quarter; negative when costs rose.");
    case RevenueImpact:
        return tr("Revenue the AI work brought in the quarter; negative when it cost revenue.");
    default:
        return {};
    }
}

QVariant ImpactMetricModel::cellHint(int row, int column, int role) const
{
    // The whole evidence note, which a narrow column cuts short.
    if (column == Evidence && role == Qt::ToolTipRole)
        return storedValue(row, QStringLiteral("evidence"));
    return {};
}

int ImpactMetricModel::nextQuarter() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT DISTINCT quarter_after FROM impact_metrics WHERE cohort_id = ? AND team IS NULL"));
    query.addBindValue(m_cohortId);
    QSet<int> taken;
    if (query.exec()) {
        while (query.next())
            taken.insert(query.value(0).toInt());
    }
    for (int quarter = 1; quarter <= QuarterCount; ++quarter) {
        if (!taken.contains(quarter))
            return quarter;
    }
    return 0;
}

bool ImpactMetricModel::addQuarter(qint64 *id)
{
    if (m_cohortId < 0) {
        Q_EMIT editRefused(tr("Choose a cohort first: business-impact figures belong to one."));
        return false;
    }
    const int quarter = nextQuarter();
    if (quarter == 0) {
        Q_EMIT editRefused(tr("This cohort has figures for all four quarters of the year after "
                              "completion already."));
        return false;
    }
    return addRecord(
        {{QStringLiteral("cohort_id"), m_cohortId}, {QStringLiteral("quarter_after"), quarter}},
        tr("Add business impact of quarter %1").arg(quarter), id);
}

bool ImpactMetricModel::removeMetrics(const QList<qint64> &ids)
{
    return removeIds(
        ids, tr("Delete %n quarter(s) of business-impact figures", nullptr, int(ids.size())));
}

} // namespace Upskill
