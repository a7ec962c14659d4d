// SPDX-License-Identifier: GPL-3.0-or-later
#include "satisfactionfigures.h"

#include "dashboardsql.h"
#include "programsettings.h"
#include "quarter.h"
#include "rules.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace Upskill {

namespace {

// The fewest people any figure shown for a cohort is about: a cohort whose six responses hold
// only three recommend answers must not show an NPS of those three.
int privacySize(const CohortSatisfaction &c)
{
    if (c.rated > 0 && c.recommendAnswers() > 0)
        return std::min(c.rated, c.recommendAnswers());
    return std::max(c.rated, c.recommendAnswers());
}

bool sessionPoints(const QSqlDatabase &db, const DashboardFilter &filter, SatisfactionFigures &f,
                   QString *error)
{
    // By session when one cohort is chosen; otherwise by the quarter the sessions were held
    // in, worked out from the ISO date at the start of starts_at. The kind is tested as +r.kind
    // so that SQLite goes from the filter's cohorts or team to their responses instead of
    // reading every session answer through the kind index.
    const QString point =
        f.bySession
            ? QStringLiteral("s.id, min(s.starts_at), min(s.title)")
            : QStringLiteral("substr(s.starts_at, 1, 4) || '-Q' || "
                             "((CAST(substr(s.starts_at, 6, 2) AS INTEGER) + 2) / 3) AS quarter, "
                             "NULL, NULL");
    BoundSql sql;
    sql.add(QStringLiteral("SELECT %1, count(*), total(r.satisfaction) FROM survey_responses r "
                           "JOIN sessions s ON s.id = r.session_id")
                .arg(point))
        .add(DashboardSql::scopeJoins(filter, QStringLiteral("s.cohort_id"),
                                      QStringLiteral("r.participant_id")))
        .add(QStringLiteral(" WHERE +r.kind = 'session' AND r.satisfaction IS NOT NULL GROUP BY 1 "
                            "ORDER BY %1")
                 .arg(f.bySession ? QStringLiteral("2, 1") : QStringLiteral("1")));
    QSqlQuery query(db);
    if (!sql.exec(query, error))
        return false;
    const QLocale locale;
    while (query.next()) {
        SatisfactionPoint p;
        if (f.bySession) {
            p.date = QDate::fromString(query.value(1).toString().left(10), Qt::ISODate);
            const QString title = query.value(2).toString();
            const QString day = locale.toString(p.date, QLocale::ShortFormat);
            p.label =
                title.isEmpty()
                    ? day
                    : SatisfactionReport::tr("%1 · %2", "session date and title").arg(day, title);
        } else {
            p.label = query.value(0).toString();
            p.date = Quarter::parse(p.label).firstDay();
        }
        p.responses = query.value(3).toInt();
        p.satisfactionSum = query.value(4).toDouble();
        f.sessionResponses += p.responses;
        f.sessionSatisfactionSum += p.satisfactionSum;
        f.sessions.append(p);
    }
    QList<int> sizes;
    for (const SatisfactionPoint &p : std::as_const(f.sessions))
        sizes.append(p.responses);
    const QList<Withheld> withheld = Suppression::withhold(sizes, f.minGroupSize);
    for (qsizetype i = 0; i < f.sessions.size(); ++i)
        f.sessions[i].withheld = withheld.at(i);
    return true;
}

bool endOfProgram(const QSqlDatabase &db, const DashboardFilter &filter, SatisfactionFigures &f,
                  int maxCohorts, QString *error)
{
    BoundSql sql;
    sql.add(QStringLiteral("SELECT c.id, c.name, c.quarter, c.end_date, count(*), "
                           "count(r.satisfaction), total(r.satisfaction), total(r.recommend >= 9), "
                           "total(r.recommend BETWEEN 7 AND 8), total(r.recommend <= 6) FROM "
                           "survey_responses r JOIN cohorts c ON c.id = r.cohort_id"))
        .add(filter.cohortCondition(QStringLiteral("c")))
        .add(DashboardSql::personJoin(filter, QStringLiteral("r.participant_id")))
        .add(QStringLiteral(" WHERE r.kind = 'end_of_program' GROUP BY c.id "
                            "ORDER BY c.end_date, c.id"));
    QSqlQuery query(db);
    if (!sql.exec(query, error))
        return false;
    // One row per cohort in scope: thousands at most, already aggregated.
    QList<CohortSatisfaction> cohorts;
    CohortSatisfaction &all = f.endOfProgram;
    all.cohort = SatisfactionReport::tr("All cohorts");
    while (query.next()) {
        CohortSatisfaction c;
        c.cohortId = query.value(0).toLongLong();
        c.cohort = query.value(1).toString();
        c.quarter = query.value(2).toString();
        c.endDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        c.responses = query.value(4).toInt();
        c.rated = query.value(5).toInt();
        c.satisfactionSum = query.value(6).toDouble();
        c.promoters = query.value(7).toInt();
        c.passives = query.value(8).toInt();
        c.detractors = query.value(9).toInt();
        all.responses += c.responses;
        all.rated += c.rated;
        all.satisfactionSum += c.satisfactionSum;
        all.promoters += c.promoters;
        all.passives += c.passives;
        all.detractors += c.detractors;
        cohorts.append(c);
    }
    const int allSize = privacySize(all);
    if (allSize > 0 && Rules::isSuppressed(allSize, f.minGroupSize))
        all.withheld = Withheld::TooFew;

    // Withheld is decided over every cohort in scope, before the chart's cut: a cohort left
    // off the chart still counts in the total beside it.
    QList<int> sizes;
    for (const CohortSatisfaction &c : std::as_const(cohorts))
        sizes.append(privacySize(c));
    const QList<Withheld> withheld = Suppression::withhold(sizes, f.minGroupSize);
    for (qsizetype i = 0; i < cohorts.size(); ++i)
        cohorts[i].withheld = withheld.at(i);
    f.cohortsInScope = int(cohorts.size());
    f.cohorts = cohorts.mid(std::max<qsizetype>(0, cohorts.size() - std::max(0, maxCohorts)));
    return true;
}

} // namespace

double CohortSatisfaction::netPromoterScore() const
{
    return Rules::netPromoterScore(promoters, passives, detractors);
}

std::optional<SatisfactionFigures> SatisfactionReport::compute(const QSqlDatabase &db,
                                                               const DashboardFilter &filter,
                                                               QString *error, int maxCohorts)
{
    SatisfactionFigures f;
    f.minGroupSize = ProgramSettings::load(db).minGroupSize;
    f.bySession = filter.cohortId > 0;
    if (!sessionPoints(db, filter, f, error) || !endOfProgram(db, filter, f, maxCohorts, error))
        return std::nullopt;
    return f;
}

} // namespace Upskill
