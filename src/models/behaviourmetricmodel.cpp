// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviourmetricmodel.h"

#include "edithistory.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

BehaviourMetricModel::BehaviourMetricModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("behaviour_metrics"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           // The row is the person's: it is never moved to someone else.
           {QStringLiteral("participant_id"),
            ColumnKind::Relation,
            tr("Participant"),
            {},
            true,
            false},
           {QStringLiteral("cohort_id"), ColumnKind::Hidden, tr("Cohort"), {}, true, false},
           {QStringLiteral("month_after"), ColumnKind::Integer, tr("Month"), {}, true},
           {QStringLiteral("ai_tool_usage_pct"), ColumnKind::Real, tr("AI tool usage %")},
           {QStringLiteral("experiments"), ColumnKind::Integer, tr("Experiments")},
           {QStringLiteral("ai_commits"), ColumnKind::Integer, tr("AI commits")},
           {QStringLiteral("manager_rating"), ColumnKind::Integer, tr("Manager rating (1–5)")},
           {QStringLiteral("manager_observation"), ColumnKind::Text, tr("Manager observation")}},
          parent)
{
    // A join on the primary key for the names of the cohort's few rows.
    setRelation(Participant, QSqlRelation(QStringLiteral("participants"), QStringLiteral("id"),
                                          QStringLiteral("name")));
    setWatchedTables({QStringLiteral("participants")}, {});
    setSort(Month, Qt::AscendingOrder);
    setCohort(-1);
}

void BehaviourMetricModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    setCondition(QStringLiteral("cohort_id"), cohortId);
    select();
}

QStringList BehaviourMetricModel::searchFields() const
{
    return {QStringLiteral("manager_observation")};
}

QString BehaviourMetricModel::orderByClause() const
{
    // Within a month (or whatever the header sorts by), people by name, so a month reads
    // like the roster.
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    const QString tieBreak =
        QStringLiteral("(SELECT name FROM participants p WHERE p.id = %1.participant_id), "
                       "%1.month_after, %1.id")
            .arg(table);
    const QString clause = ProgramTableModel::orderByClause();
    return clause.isEmpty() ? QStringLiteral("ORDER BY ") + tieBreak
                            : clause + QStringLiteral(", ") + tieBreak;
}

QString BehaviourMetricModel::describeEdit(int row, int column) const
{
    switch (column) {
    case Month:
        return tr("Change follow-up month");
    case AiToolUsage:
        return tr("Change AI tool usage");
    case Experiments:
        return tr("Change experiments");
    case AiCommits:
        return tr("Change AI-related commits");
    case ManagerRating:
        return tr("Change manager rating");
    case ManagerObservation:
        return tr("Change manager observation");
    default:
        return ProgramTableModel::describeEdit(row, column);
    }
}

QString BehaviourMetricModel::where(int row) const
{
    const QString name =
        QSqlRelationalTableModel::data(QSqlRelationalTableModel::index(row, Participant))
            .toString();
    return tr("%1, month %2")
        .arg(name)
        .arg(storedValue(row, QStringLiteral("month_after")).toInt());
}

QString BehaviourMetricModel::valueProblem(const QString &field, const QVariant &value) const
{
    if (value.isNull())
        return {};
    const QLocale locale;
    if (field == QLatin1String("month_after") && (value.toInt() < 1 || value.toInt() > MonthCount))
        return tr("follow-up months go from 1 to %1 after completion, not %2.")
            .arg(MonthCount)
            .arg(value.toInt());
    if (field == QLatin1String("ai_tool_usage_pct") &&
        (value.toDouble() < 0 || value.toDouble() > 100))
        return tr("AI tool usage is a share of the work from 0 to 100 %, not %1 %.")
            .arg(locale.toString(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    if (field == QLatin1String("experiments") && value.toLongLong() < 0)
        return tr("the number of experiments cannot be negative.");
    if (field == QLatin1String("ai_commits") && value.toLongLong() < 0)
        return tr("the number of AI-related commits cannot be negative.");
    if (field == QLatin1String("manager_rating") && (value.toInt() < 1 || value.toInt() > 5))
        return tr("the manager's rating goes from 1 to 5, not %1.").arg(value.toLongLong());
    return {};
}

bool BehaviourMetricModel::monthTaken(qint64 participant, int month, qint64 exceptId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM behaviour_metrics WHERE participant_id = ? AND "
                                 "cohort_id = ? AND month_after = ? AND id <> ?"));
    query.addBindValue(participant);
    query.addBindValue(m_cohortId);
    query.addBindValue(month);
    query.addBindValue(exceptId);
    return query.exec() && query.next();
}

QString BehaviourMetricModel::validate(int row, int column, const QVariant &value) const
{
    QString problem = valueProblem(fieldOf(column), value);
    if (problem.isEmpty() && column == Month &&
        monthTaken(storedValue(row, QStringLiteral("participant_id")).toLongLong(), value.toInt(),
                   idAt(row)))
        problem = tr("there are figures for month %1 already.").arg(value.toInt());
    return problem.isEmpty() ? QString() : tr("%1: %2").arg(where(row), problem);
}

QString BehaviourMetricModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    for (const char *field : {"participant_id", "cohort_id", "month_after"}) {
        if (values.value(QString::fromLatin1(field)).isNull())
            return tr("Follow-up figures need a participant, a cohort and a month.");
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (QString problem = valueProblem(it.key(), it.value()); !problem.isEmpty())
            return tr("New follow-up figures: %1").arg(problem);
    }
    return {};
}

QVariant BehaviourMetricModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return ProgramTableModel::headerData(section, orientation, role);
    switch (section) {
    case Month:
        return tr("The month after the cohort's completion, 1 to %1.").arg(MonthCount);
    case AiToolUsage:
        return tr("The share of their work done with AI tools that month, 0–100 %.");
    case Experiments:
        return tr("AI experiments they ran that month.");
    case AiCommits:
        return tr("Their commits that month that build or change AI features.");
    case ManagerRating:
        return tr("How their manager rates their use of AI at work, from 1 to 5.");
    default:
        return {};
    }
}

QVariant BehaviourMetricModel::cellHint(int row, int column, int role) const
{
    // The whole observation, which a narrow column cuts short.
    if (column == ManagerObservation && role == Qt::ToolTipRole)
        return storedValue(row, QStringLiteral("manager_observation"));
    return {};
}

int BehaviourMetricModel::completedCount() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM enrollments WHERE cohort_id = ? AND status = 'completed'"));
    query.addBindValue(m_cohortId);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

int BehaviourMetricModel::firstMissingMonth() const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT month_after, count(*) FROM behaviour_metrics b WHERE cohort_id = ? AND EXISTS "
        "(SELECT 1 FROM enrollments e WHERE e.cohort_id = b.cohort_id AND e.participant_id = "
        "b.participant_id AND e.status = 'completed') GROUP BY month_after"));
    query.addBindValue(m_cohortId);
    QHash<int, int> rows;
    if (query.exec()) {
        while (query.next())
            rows.insert(query.value(0).toInt(), query.value(1).toInt());
    }
    const int completed = completedCount();
    for (int month = 1; completed > 0 && month <= MonthCount; ++month) {
        if (rows.value(month) < completed)
            return month;
    }
    return 0;
}

int BehaviourMetricModel::addFollowUpMonth(int month, QList<qint64> *ids)
{
    if (m_cohortId < 0) {
        Q_EMIT editRefused(tr("Choose a cohort first: follow-up figures belong to one."));
        return -1;
    }
    if (const QString problem = valueProblem(QStringLiteral("month_after"), month);
        !problem.isEmpty()) {
        Q_EMIT editRefused(tr("Month %1: %2").arg(month).arg(problem));
        return -1;
    }
    QSqlQuery query(database());
    query.prepare(QStringLiteral(
        "SELECT e.participant_id FROM enrollments e JOIN participants p ON p.id = "
        "e.participant_id WHERE e.cohort_id = ? AND e.status = 'completed' AND NOT EXISTS "
        "(SELECT 1 FROM behaviour_metrics b WHERE b.participant_id = e.participant_id AND "
        "b.cohort_id = e.cohort_id AND b.month_after = ?) ORDER BY p.name, p.id"));
    query.addBindValue(m_cohortId);
    query.addBindValue(month);
    if (!query.exec()) {
        Q_EMIT editRefused(tr("The participants of this cohort could not be read."));
        return -1;
    }
    QList<QVariantMap> records;
    while (query.next())
        records.append({{QStringLiteral("participant_id"), query.value(0).toLongLong()},
                        {QStringLiteral("cohort_id"), m_cohortId},
                        {QStringLiteral("month_after"), month}});
    if (records.isEmpty())
        return 0;
    if (!addRecords(
            records,
            tr("Add follow-up month %1 for %n person(s)", nullptr, int(records.size())).arg(month),
            ids))
        return -1;
    return int(records.size());
}

bool BehaviourMetricModel::removeMetrics(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n row(s) of follow-up figures", nullptr, int(ids.size())));
}

} // namespace Upskill
