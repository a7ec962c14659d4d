// SPDX-License-Identifier: GPL-3.0-or-later
#include "behaviourfigures.h"

#include "dashboardsql.h"
#include "programsettings.h"
#include "rules.h"

#include <QSqlQuery>

#include <algorithm>

namespace Upskill {

namespace {

constexpr BehaviourMeasure Measures[] = {BehaviourMeasure::ToolUsage, BehaviourMeasure::Experiments,
                                         BehaviourMeasure::AiCommits,
                                         BehaviourMeasure::ManagerRating};

int answers(const BehaviourMonth &m, BehaviourMeasure measure)
{
    switch (measure) {
    case BehaviourMeasure::ToolUsage:
        return m.usageCount;
    case BehaviourMeasure::Experiments:
        return m.experimentsCount;
    case BehaviourMeasure::AiCommits:
        return m.commitsCount;
    case BehaviourMeasure::ManagerRating:
        return m.ratingCount;
    }
    return 0;
}

double sum(const BehaviourMonth &m, BehaviourMeasure measure)
{
    switch (measure) {
    case BehaviourMeasure::ToolUsage:
        return m.usageSum;
    case BehaviourMeasure::Experiments:
        return m.experimentsSum;
    case BehaviourMeasure::AiCommits:
        return m.commitsSum;
    case BehaviourMeasure::ManagerRating:
        return m.ratingSum;
    }
    return 0;
}

void add(BehaviourMonth &to, const BehaviourMonth &from)
{
    to.people += from.people;
    to.usageSum += from.usageSum;
    to.usageCount += from.usageCount;
    to.experimentsSum += from.experimentsSum;
    to.experimentsCount += from.experimentsCount;
    to.commitsSum += from.commitsSum;
    to.commitsCount += from.commitsCount;
    to.ratingSum += from.ratingSum;
    to.ratingCount += from.ratingCount;
}

// The cohorts of one month are groups beside their total (`all`): withheld together, for the
// month's people and for each measure's answers.
void withhold(QList<BehaviourSeries> &cohorts, BehaviourSeries &all, int month, int minGroupSize)
{
    BehaviourMonth &total = all.months[month];
    if (total.people > 0 && Rules::isSuppressed(total.people, minGroupSize))
        total.withheld = Withheld::TooFew;
    QList<int> people;
    for (const BehaviourSeries &s : std::as_const(cohorts))
        people.append(s.months[month].people);
    const QList<Withheld> byPeople = Suppression::withhold(people, minGroupSize);
    for (qsizetype i = 0; i < cohorts.size(); ++i)
        cohorts[i].months[month].withheld = byPeople.at(i);

    for (const BehaviourMeasure measure : Measures) {
        const int k = int(measure);
        const int totalAnswers = answers(total, measure);
        if (totalAnswers > 0 && Rules::isSuppressed(totalAnswers, minGroupSize))
            total.measureWithheld[k] = Withheld::TooFew;
        QList<int> counts;
        for (const BehaviourSeries &s : std::as_const(cohorts))
            counts.append(answers(s.months[month], measure));
        const QList<Withheld> byAnswers = Suppression::withhold(counts, minGroupSize);
        for (qsizetype i = 0; i < cohorts.size(); ++i)
            cohorts[i].months[month].measureWithheld[k] = byAnswers.at(i);
    }
}

} // namespace

Withheld BehaviourMonth::withheldFor(BehaviourMeasure measure) const
{
    return withheld != Withheld::No ? withheld : measureWithheld[int(measure)];
}

std::optional<double> BehaviourMonth::average(BehaviourMeasure measure) const
{
    const int n = answers(*this, measure);
    if (n == 0 || withheldFor(measure) != Withheld::No)
        return std::nullopt;
    return sum(*this, measure) / n;
}

bool BehaviourFigures::isEmpty() const
{
    return std::all_of(all.months.cbegin(), all.months.cend(),
                       [](const BehaviourMonth &m) { return m.people == 0; });
}

std::optional<BehaviourFigures> BehaviourReport::compute(const QSqlDatabase &db,
                                                         const DashboardFilter &filter,
                                                         QString *error, int maxCohorts)
{
    BehaviourFigures f;
    f.minGroupSize = ProgramSettings::load(db).minGroupSize;
    f.all.name = tr("All cohorts");

    BoundSql sql;
    sql.add(QStringLiteral(
                "SELECT b.cohort_id, c.name, b.month_after, count(*), total(b.ai_tool_usage_pct), "
                "count(b.ai_tool_usage_pct), total(b.experiments), count(b.experiments), "
                "total(b.ai_commits), count(b.ai_commits), total(b.manager_rating), "
                "count(b.manager_rating) FROM behaviour_metrics b JOIN cohorts c ON "
                "c.id = b.cohort_id"))
        .add(filter.cohortCondition(QStringLiteral("c")))
        .add(DashboardSql::personJoin(filter, QStringLiteral("b.participant_id")))
        .add(QStringLiteral(" GROUP BY b.cohort_id, b.month_after "
                            "ORDER BY c.end_date, b.cohort_id, b.month_after"));
    QSqlQuery query(db);
    if (!sql.exec(query, error))
        return std::nullopt;
    // One row per cohort and month, already aggregated: a few thousand cohorts at most.
    QList<BehaviourSeries> cohorts;
    while (query.next()) {
        const qint64 cohortId = query.value(0).toLongLong();
        if (cohorts.isEmpty() || cohorts.constLast().cohortId != cohortId) {
            BehaviourSeries series;
            series.cohortId = cohortId;
            series.name = query.value(1).toString();
            cohorts.append(series);
        }
        const int month = query.value(2).toInt() - 1;
        if (month < 0 || month >= int(f.all.months.size()))
            continue;
        BehaviourMonth &m = cohorts.last().months[month];
        m.people = query.value(3).toInt();
        m.usageSum = query.value(4).toDouble();
        m.usageCount = query.value(5).toInt();
        m.experimentsSum = query.value(6).toDouble();
        m.experimentsCount = query.value(7).toInt();
        m.commitsSum = query.value(8).toDouble();
        m.commitsCount = query.value(9).toInt();
        m.ratingSum = query.value(10).toDouble();
        m.ratingCount = query.value(11).toInt();
        add(f.all.months[month], m);
    }
    for (int month = 0; month < int(f.all.months.size()); ++month)
        withhold(cohorts, f.all, month, f.minGroupSize);
    f.cohortsInScope = int(cohorts.size());
    f.cohorts = cohorts.mid(std::max<qsizetype>(0, cohorts.size() - std::max(0, maxCohorts)));
    return f;
}

QString BehaviourReport::measureName(BehaviourMeasure measure)
{
    switch (measure) {
    case BehaviourMeasure::ToolUsage:
        return tr("AI tool usage (% of work)");
    case BehaviourMeasure::Experiments:
        return tr("AI experiments per person");
    case BehaviourMeasure::AiCommits:
        return tr("AI-related commits per person");
    case BehaviourMeasure::ManagerRating:
        return tr("Manager's rating (1–5)");
    }
    return {};
}

} // namespace Upskill
