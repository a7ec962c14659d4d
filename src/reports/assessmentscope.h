// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

class QSqlQuery;

namespace Upskill {

// Which assessments count as a person's "current" level: the latest of the chosen kinds within
// a date range. Self and manager ratings are separate kinds, so choosing one of them never
// mixes in the other.
struct AssessmentScope
{
    QStringList kinds; // empty: every kind
    QDate from;        // invalid: no lower bound
    QDate to;          // invalid: no upper bound

    // What a coordinator usually means by "where people are now": every kind except the
    // manager's rating, which is looked at on its own.
    static AssessmentScope current();
    static AssessmentScope ofKind(const QString &kind);
};

// The people a figure is about; empty members do not narrow.
struct PeopleFilter
{
    QString team;
    QString role;
    qint64 cohortId = 0; // the cohort's enrolled people, withdrawn ones excepted
};

// SQL text with its positional values, appended in order, so that fragments built by
// different functions can be composed without ever putting a value into the text.
class BoundSql
{
public:
    BoundSql &add(const QString &sql, const QVariantList &values = {});
    BoundSql &add(const BoundSql &other);
    const QString &sql() const { return m_sql; }
    const QVariantList &values() const { return m_values; }
    // Prepares, binds and runs on db; on failure *error says why.
    bool exec(QSqlQuery &query, QString *error) const;

    // "?, ?, ?" for n values.
    static QString placeholders(qsizetype n);

private:
    QString m_sql;
    QVariantList m_values;
};

// The shared pieces of the skill figures' SQL.
class AssessmentSql
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentSql)
public:
    // The conditions of scope on assessments `a`, starting with " AND ".
    static BoundSql scopeCondition(const AssessmentScope &scope);
    // An assessment's place in time, as a number: its date and then its id, so that of two on
    // the same day the one entered later counts as later.
    static QString recencyKey();
    // A CTE named `latest` (participant_id, dimension_id, level): each person's latest
    // assessment per dimension within scope. Ties on the date go to the assessment entered
    // last. participantCondition, when given, is ANDed on `a.participant_id` (e.g. "IN (...)").
    static BoundSql latestCte(const AssessmentScope &scope,
                              const BoundSql &participantCondition = {});
    // A CTE named `targets` (role, dimension_id, target, weight, criticality): the required
    // level of every role in every dimension still asked, the role's own target where it has
    // one and the organisation-wide default otherwise; target is NULL when neither exists.
    static BoundSql targetsCte();
    // "a.participant_id IN (people of the cohort)" when the filter names a cohort.
    static BoundSql cohortCondition(qint64 cohortId);
};

} // namespace Upskill
