// SPDX-License-Identifier: GPL-3.0-or-later
#include "externallearningmodel.h"

#include "edithistory.h"
#include "rules.h"
#include "sqlfilter.h"

#include <QDate>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QSqlRelation>

namespace Upskill {

ExternalLearningModel::ExternalLearningModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("external_learning"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           // Shown by name through a join; edited with a search field instead of the
           // relation's combo, which would load every participant of the program.
           {QStringLiteral("participant_id"), ColumnKind::Relation, tr("Person"), {}, true},
           {QStringLiteral("kind"), ColumnKind::Choice, tr("Kind"), Term::LearningKind, true},
           {QStringLiteral("title"), ColumnKind::Text, tr("Title"), {}, true},
           {QStringLiteral("provider"), ColumnKind::Text, tr("Provider")},
           {QStringLiteral("start_date"), ColumnKind::Date, tr("Start")},
           {QStringLiteral("end_date"), ColumnKind::Date, tr("End")},
           {QStringLiteral("cost"), ColumnKind::Real, tr("Cost")},
           {QStringLiteral("rating"), ColumnKind::Integer, tr("Rating")},
           {QStringLiteral("review"), ColumnKind::Text, tr("Review")},
           {QStringLiteral("recommended"), ColumnKind::Bool, tr("Recommends")},
           {QStringLiteral("presented"), ColumnKind::Bool, tr("Presented")}},
          parent)
{
    setRelation(Participant, QSqlRelation(QStringLiteral("participants"), QStringLiteral("id"),
                                          QStringLiteral("name")));
    setWatchedTables({QStringLiteral("participants")}, {});
    setSort(StartDate, Qt::DescendingOrder);
}

QVariant ExternalLearningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return ProgramTableModel::headerData(section, orientation, role);
    switch (section) {
    case Participant:
        return tr("Who took it. Type part of a name, email or team and choose from the list.");
    case Cost:
        return tr("What it cost, per person, in the program's currency; empty when unknown.");
    case Rating:
        return tr("How good it was, from 1 (poor) to 5 (excellent); empty until they finished.");
    case Recommended:
        return tr("Whether they would recommend it to a colleague.");
    case Presented:
        return tr("Whether they presented what they learned to their team afterwards.");
    default:
        return {};
    }
}

void ExternalLearningModel::setKind(const QString &kind)
{
    m_kind = kind;
    setCondition(QStringLiteral("kind"), kind.isEmpty() ? QVariant() : QVariant(kind));
    select();
}

void ExternalLearningModel::setParticipant(qint64 participantId)
{
    setCondition(QStringLiteral("participant_id"),
                 participantId < 0 ? QVariant() : QVariant(participantId));
    select();
}

void ExternalLearningModel::setFind(const QString &text)
{
    m_find = text.trimmed();
    // Recomposes the filter, which setFilter() completes with the find clause.
    setSearchText(m_find);
    select();
}

double ExternalLearningModel::matchingCost() const
{
    // filter() is composed by SqlFilter from literals, as matchingRowCount() uses it too.
    QString sql =
        QStringLiteral("SELECT total(cost) FROM %1")
            .arg(database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName));
    if (!filter().isEmpty())
        sql += QStringLiteral(" WHERE ") + filter();
    QSqlQuery query(database());
    return query.exec(sql) && query.next() ? query.value(0).toDouble() : 0;
}

QString ExternalLearningModel::findClause() const
{
    if (m_find.isEmpty())
        return {};
    const SqlFilter sql(database());
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    // The entry's own texts, or the person it belongs to; the text is always a literal made
    // by SqlFilter, never pasted in.
    const QString own = sql.contains({sql.column(tableName(), QStringLiteral("title")),
                                      sql.column(tableName(), QStringLiteral("provider")),
                                      sql.column(tableName(), QStringLiteral("review"))},
                                     m_find);
    const QString person = sql.contains(
        {QStringLiteral("p.name"), QStringLiteral("p.email"), QStringLiteral("p.team")}, m_find);
    return QStringLiteral("(%1 OR %2.participant_id IN (SELECT p.id FROM participants p WHERE %3))")
        .arg(own, table, person);
}

void ExternalLearningModel::setFilter(const QString &filter)
{
    // The base composes the conditions; the find clause reaches into participants, which its
    // search over the table's own columns cannot.
    ProgramTableModel::setFilter(SqlFilter::allOf({filter, findClause()}));
}

QString ExternalLearningModel::orderByClause() const
{
    // Equal values (the same start date) keep the newest entry first.
    const QString table = database().driver()->escapeIdentifier(tableName(), QSqlDriver::TableName);
    const QString clause = ProgramTableModel::orderByClause();
    const QString tieBreak = table + QStringLiteral(".id DESC");
    return clause.isEmpty() ? QStringLiteral("ORDER BY ") + tieBreak
                            : clause + QStringLiteral(", ") + tieBreak;
}

QString ExternalLearningModel::where(int row) const
{
    const QString title = storedValue(row, QStringLiteral("title")).toString();
    const QString person = index(row, Participant).data().toString();
    return person.isEmpty() ? tr("“%1”").arg(title) : tr("“%1” of %2").arg(title, person);
}

QString ExternalLearningModel::valueProblem(const QString &field, const QVariant &value) const
{
    if (field == QLatin1String("participant_id")) {
        bool ok = false;
        const qint64 id = value.toLongLong(&ok);
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT 1 FROM participants WHERE id = ?"));
        query.addBindValue(id);
        if (!ok || id <= 0 || !query.exec() || !query.next())
            return value.toString().trimmed().isEmpty()
                       ? tr("every entry belongs to a person; choose who took it.")
                       : tr("nobody in the program matches “%1”. Type part of a name, email or "
                            "team and choose from the list.")
                             .arg(value.toString());
        return {};
    }
    if (value.isNull())
        return {};
    if (field == QLatin1String("rating") && (value.toInt() < 1 || value.toInt() > 5))
        return tr("the rating goes from 1 (poor) to 5 (excellent), not %1.").arg(value.toInt());
    if (field == QLatin1String("cost") && value.toDouble() < 0)
        return tr("the cost cannot be negative (%1); leave it empty when it is not known.")
            .arg(QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest));
    return {};
}

QString ExternalLearningModel::validate(int row, int column, const QVariant &value) const
{
    QString problem = valueProblem(fieldOf(column), value);
    if (problem.isEmpty() && (column == StartDate || column == EndDate)) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        const QDate other =
            QDate::fromString(storedValue(row, column == StartDate ? QStringLiteral("end_date")
                                                                   : QStringLiteral("start_date"))
                                  .toString(),
                              Qt::ISODate);
        problem = column == StartDate ? Rules::dateOrderError(date, other)
                                      : Rules::dateOrderError(other, date);
    }
    return problem.isEmpty() ? QString() : tr("%1: %2").arg(where(row), problem);
}

QString ExternalLearningModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    const QString title = values.value(QStringLiteral("title")).toString();
    if (title.trimmed().isEmpty())
        return tr("A new entry needs the title of the course, conference or certification.");
    if (!values.contains(QStringLiteral("kind")))
        return tr("“%1”: say whether it is a course, a conference or a certification.").arg(title);
    // The person is checked even when left out: an entry without one cannot be stored.
    for (const QString &field :
         {QStringLiteral("participant_id"), QStringLiteral("rating"), QStringLiteral("cost")}) {
        const bool given = values.contains(field) || field == QLatin1String("participant_id");
        if (QString problem = given ? valueProblem(field, values.value(field)) : QString();
            !problem.isEmpty())
            return tr("“%1”: %2").arg(title, problem);
    }
    const QString error = Rules::dateOrderError(
        QDate::fromString(values.value(QStringLiteral("start_date")).toString(), Qt::ISODate),
        QDate::fromString(values.value(QStringLiteral("end_date")).toString(), Qt::ISODate));
    return error.isEmpty() ? QString() : tr("“%1”: %2").arg(title, error);
}

QString ExternalLearningModel::describeEdit(int row, int column) const
{
    switch (column) {
    case Participant:
        return tr("Change who took it");
    case Rating:
        return tr("Change rating");
    case Recommended:
        return tr("Change recommendation");
    case Presented:
        return tr("Change presented to team");
    default:
        return ProgramTableModel::describeEdit(row, column);
    }
}

QVariant ExternalLearningModel::cellHint(int row, int column, int role) const
{
    if (role != Qt::ToolTipRole)
        return {};
    // The whole review, which a narrow column cuts short.
    if (column == Review || column == Title)
        return storedValue(row, fieldOf(column));
    if (column == Presented && !storedValue(row, QStringLiteral("presented")).toBool()) {
        const QDate end =
            QDate::fromString(storedValue(row, QStringLiteral("end_date")).toString(), Qt::ISODate);
        if (end.isValid() && end < QDate::currentDate())
            return tr("Finished on %1; the presentation to the team has not happened yet.")
                .arg(QLocale().toString(end, QLocale::ShortFormat));
    }
    return {};
}

bool ExternalLearningModel::addEntries(const QList<qint64> &participantIds,
                                       const QVariantMap &values, QList<qint64> *ids)
{
    if (participantIds.isEmpty()) {
        Q_EMIT editRefused(tr("Choose who took it: every entry belongs to a person."));
        return false;
    }
    QVariantMap common = values;
    // An empty text field may come as a null string, which the file's NOT NULL columns refuse.
    for (const QString &field :
         {QStringLiteral("title"), QStringLiteral("provider"), QStringLiteral("review")}) {
        if (common.contains(field) && common.value(field).toString().isNull())
            common.insert(field, QStringLiteral(""));
    }
    QList<QVariantMap> records;
    for (qint64 id : participantIds) {
        QVariantMap record = common;
        record.insert(QStringLiteral("participant_id"), id);
        records.append(record);
    }
    const QString title = values.value(QStringLiteral("title")).toString().trimmed();
    return addRecords(
        records, tr("Add “%1” for %n person(s)", nullptr, int(records.size())).arg(title), ids);
}

bool ExternalLearningModel::removeEntries(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n learning log entry(s)", nullptr, int(ids.size())));
}

} // namespace Upskill
