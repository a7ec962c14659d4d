// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboardfilter.h"

#include <QSqlQuery>

namespace Upskill {

namespace {

QString nameOf(const QSqlDatabase &db, const QString &sql, qint64 id)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(id);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

} // namespace

bool DashboardFilter::narrowsCohorts() const
{
    return from.isValid() || to.isValid() || trackId > 0 || cohortId > 0;
}

BoundSql DashboardFilter::cohortCondition(const QString &cohortAlias) const
{
    // The quarter's text form sorts chronologically, so a range is a plain text comparison that
    // the cohorts_quarter index can serve.
    BoundSql sql;
    if (from.isValid())
        sql.add(QStringLiteral(" AND %1.quarter >= ?").arg(cohortAlias), {from.toString()});
    if (to.isValid())
        sql.add(QStringLiteral(" AND %1.quarter <= ?").arg(cohortAlias), {to.toString()});
    if (trackId > 0)
        sql.add(QStringLiteral(" AND %1.track_id = ?").arg(cohortAlias), {trackId});
    if (cohortId > 0)
        sql.add(QStringLiteral(" AND %1.id = ?").arg(cohortAlias), {cohortId});
    return sql;
}

BoundSql DashboardFilter::personCondition(const QString &personAlias) const
{
    BoundSql sql;
    if (narrowsPeople())
        sql.add(QStringLiteral(" AND %1.team = ?").arg(personAlias), {team});
    return sql;
}

QString DashboardFilter::describe(const QSqlDatabase &db) const
{
    QStringList parts;
    if (from.isValid() && to.isValid())
        parts.append(from == to ? from.toString()
                                : tr("%1 to %2").arg(from.toString(), to.toString()));
    else if (from.isValid())
        parts.append(tr("From %1").arg(from.toString()));
    else if (to.isValid())
        parts.append(tr("Up to %1").arg(to.toString()));
    if (trackId > 0) {
        const QString track =
            nameOf(db, QStringLiteral("SELECT name FROM tracks WHERE id = ?"), trackId);
        parts.append(track.isEmpty() ? tr("A deleted track") : track);
    }
    if (cohortId > 0) {
        const QString cohort =
            nameOf(db, QStringLiteral("SELECT name FROM cohorts WHERE id = ?"), cohortId);
        parts.append(cohort.isEmpty() ? tr("A deleted cohort") : tr("Cohort %1").arg(cohort));
    }
    if (narrowsPeople())
        parts.append(tr("Team %1").arg(team));
    if (parts.isEmpty())
        return tr("All cohorts");
    if (!narrowsCohorts())
        parts.prepend(tr("All cohorts"));
    return parts.join(QStringLiteral(" · "));
}

} // namespace Upskill
