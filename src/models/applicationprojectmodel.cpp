// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationprojectmodel.h"

#include "edithistory.h"
#include "rowstore.h"

#include <QDate>
#include <QSqlQuery>

namespace Upskill {

namespace {
const QString InProduction = QStringLiteral("in_production");
const QString Showcased = QStringLiteral("showcased");
} // namespace

ApplicationProjectModel::ApplicationProjectModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("application_projects"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("participant_id"),
            ColumnKind::Relation,
            tr("Participant"),
            {},
            true,
            false},
           {QStringLiteral("cohort_id"), ColumnKind::Relation, tr("Cohort"), {}, true, false},
           {QStringLiteral("title"), ColumnKind::Text, tr("Title"), {}, true},
           {QStringLiteral("problem"), ColumnKind::Text, tr("Team problem")},
           {QStringLiteral("team"), ColumnKind::Text, tr("Team")},
           {QStringLiteral("status"), ColumnKind::Choice, tr("Status"), Term::ProjectStatus, true},
           {QStringLiteral("recorded_on"), ColumnKind::Date, tr("Recorded on")},
           {QStringLiteral("showcase_date"), ColumnKind::Date, tr("Showcase")},
           {QStringLiteral("followthrough_days"), ColumnKind::Integer, tr("Follow-through days")}},
          parent)
{
    // Shown by name and never edited here, so no relation model of every person is loaded.
    setRelation(Participant, QSqlRelation(QStringLiteral("participants"), QStringLiteral("id"),
                                          QStringLiteral("name")));
    setRelation(Cohort, QSqlRelation(QStringLiteral("cohorts"), QStringLiteral("id"),
                                     QStringLiteral("name")));
    setWatchedTables({QStringLiteral("participants"), QStringLiteral("cohorts")}, {});
    setSort(Participant, Qt::AscendingOrder);
    setCohort(-1);
}

void ApplicationProjectModel::setCohort(qint64 cohortId)
{
    // Each condition selects again once the model has rows, so the narrowing one comes first:
    // the other way round would read every project of the program in between.
    m_cohortId = cohortId;
    setCondition(QStringLiteral("cohort_id"), cohortId);
    setCondition(QStringLiteral("status"), QVariant());
    if (!query().isActive())
        select();
}

void ApplicationProjectModel::setProductionOnly()
{
    m_cohortId = -1;
    setCondition(QStringLiteral("status"), InProduction);
    setCondition(QStringLiteral("cohort_id"), QVariant());
    if (!query().isActive())
        select();
}

QString ApplicationProjectModel::statusAt(int row) const
{
    return storedValue(row, QStringLiteral("status")).toString();
}

QString ApplicationProjectModel::neighbourStatus(const QString &status, int delta)
{
    const QStringList keys = Vocabulary::keys(Term::ProjectStatus);
    const int at = int(keys.indexOf(status));
    if (at < 0)
        return {};
    return keys.value(at + delta);
}

QStringList ApplicationProjectModel::searchFields() const
{
    return {QStringLiteral("title"), QStringLiteral("problem"), QStringLiteral("team")};
}

QString ApplicationProjectModel::validate(int, int column, const QVariant &value) const
{
    if (column == FollowthroughDays && !value.isNull() && value.toLongLong() < 0)
        return tr("Follow-through time is a number of days, 0 or more.");
    if (column == FollowthroughDays && value.isNull())
        return tr("Follow-through time is a number of days; enter 0 for none.");
    return {};
}

QString ApplicationProjectModel::describeEdit(int row, int column) const
{
    const QString title = storedValue(row, QStringLiteral("title")).toString();
    switch (column) {
    case Title:
        return tr("Rename project “%1”").arg(title);
    case Status:
        return tr("Change status of “%1”").arg(title);
    case ShowcaseDate:
        return tr("Change showcase date of “%1”").arg(title);
    case FollowthroughDays:
        return tr("Change follow-through time of “%1”").arg(title);
    default:
        return ProgramTableModel::describeEdit(row, column);
    }
}

QVariant ApplicationProjectModel::cellHint(int row, int column, int role) const
{
    if (role != Qt::ToolTipRole)
        return {};
    // The whole problem, which a card or a narrow column cuts short.
    if (column == Problem || column == Title) {
        const QString problem = storedValue(row, QStringLiteral("problem")).toString();
        if (column == Problem || problem.isEmpty())
            return storedValue(row, fieldOf(column));
        return tr("%1\n\n%2").arg(storedValue(row, QStringLiteral("title")).toString(), problem);
    }
    if (column == FollowthroughDays)
        return tr("Days of work time granted after the showcase to take the project further.");
    return {};
}

bool ApplicationProjectModel::writeField(int row, const QString &field, const QVariant &value,
                                         const QString &description)
{
    // A status chosen in the table is a move on the board: the same step with the same
    // showcase date filled in.
    if (field == QLatin1String("status"))
        return moveProjects({idAt(row)}, value.toString());
    return ProgramTableModel::writeField(row, field, value, description);
}

bool ApplicationProjectModel::addProject(qint64 participantId, const QString &title,
                                         const QString &problem, const QString &team, qint64 *id)
{
    if (m_cohortId < 0) {
        Q_EMIT editRefused(tr("Choose a cohort first: every project belongs to one."));
        return false;
    }
    if (title.trimmed().isEmpty()) {
        Q_EMIT editRefused(tr("A project needs a title: a few words on the team problem."));
        return false;
    }
    QString teamName = team.trimmed();
    if (teamName.isEmpty())
        teamName = RowStore(file())
                       .value(QStringLiteral("participants"), participantId, QStringLiteral("team"))
                       .toString();
    QVariantMap record{{QStringLiteral("participant_id"), participantId},
                       {QStringLiteral("cohort_id"), m_cohortId},
                       {QStringLiteral("title"), title.trimmed()},
                       {QStringLiteral("status"), QStringLiteral("idea")},
                       {QStringLiteral("recorded_on"), QDate::currentDate()}};
    // Left out when empty, so the columns keep their default of empty text.
    if (!problem.trimmed().isEmpty())
        record.insert(QStringLiteral("problem"), problem.trimmed());
    if (!teamName.isEmpty())
        record.insert(QStringLiteral("team"), teamName);
    return addRecord(record, tr("Add project “%1”").arg(title.trimmed()), id);
}

bool ApplicationProjectModel::removeProjects(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n project(s)", nullptr, int(ids.size())));
}

bool ApplicationProjectModel::moveProjects(const QList<qint64> &ids, const QString &status)
{
    if (!Vocabulary::contains(Term::ProjectStatus, status)) {
        Q_EMIT editRefused(tr("“%1” is not a project status.").arg(status));
        return false;
    }
    const QString table = tableName();
    const bool showcased = status == Showcased || status == InProduction;
    QList<FieldChange> changes;
    QString title;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT a.status, a.showcase_date, a.title, c.showcase_date FROM "
                                 "application_projects a JOIN cohorts c ON c.id = a.cohort_id "
                                 "WHERE a.id = ?"));
    for (const qint64 id : ids) {
        query.addBindValue(id);
        if (!query.exec() || !query.next() || query.value(0).toString() == status)
            continue;
        title = query.value(2).toString();
        changes.append({table, id, QStringLiteral("status"), status});
        if (showcased && query.value(1).isNull()) {
            const QDate cohortShowcase = QDate::fromString(query.value(3).toString(), Qt::ISODate);
            const QDate day = cohortShowcase.isValid() ? cohortShowcase : QDate::currentDate();
            changes.append({table, id, QStringLiteral("showcase_date"), day.toString(Qt::ISODate)});
        }
    }
    if (changes.isEmpty())
        return true;
    const QString label = Vocabulary::label(Term::ProjectStatus, status);
    const int moved = int(std::count_if(changes.cbegin(), changes.cend(), [](const FieldChange &c) {
        return c.column == QLatin1String("status");
    }));
    const QString description = moved == 1
                                    ? tr("Move “%1” to %2").arg(title, label)
                                    : tr("Move %n project(s) to %1", nullptr, moved).arg(label);
    return m_history.editFields(changes, description);
}

} // namespace Upskill
