// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpis.h"

#include "dashboardsql.h"
#include "programsettings.h"

#include <QLocale>

#include <QSqlQuery>
#include <cmath>

namespace Upskill {

namespace {

// The amber band short of each target, in the figure's own unit. Fixed rather than settings:
// a tile in a leadership meeting should mean the same in every program.
constexpr double CompletionMargin = 10;
constexpr double AdvancementMargin = 0.25;
constexpr double DaysMargin = 15;
constexpr double SatisfactionMargin = 0.5;
constexpr double ProtectedTimeMargin = 10;
constexpr double NpsMargin = 20;

Kpi kpi(Kpi::Id id, double target, double margin, bool higherIsBetter = true)
{
    Kpi k;
    k.id = id;
    k.target = target;
    k.margin = margin;
    k.higherIsBetter = higherIsBetter;
    return k;
}

// A figure over fewer people than the minimum is withheld; over nobody it is simply not there.
void settle(Kpi &k, int people, std::optional<double> value, int minGroupSize)
{
    k.people = people;
    if (people <= 0 || !value)
        return;
    if (Rules::isSuppressed(people, minGroupSize)) {
        k.withheld = Withheld::TooFew;
        return;
    }
    k.value = value;
}

std::optional<double> ratio(double part, double whole, double scale = 1)
{
    if (whole <= 0)
        return std::nullopt;
    return scale * part / whole;
}

bool completionRate(const QSqlDatabase &db, const DashboardFilter &filter, Kpi &k, int min,
                    QString *error)
{
    BoundSql sql;
    sql.add(QStringLiteral("SELECT count(*), total(e.status = 'completed') FROM enrollments e "
                           "JOIN cohorts c ON c.id = e.cohort_id"))
        .add(filter.cohortCondition(QStringLiteral("c")))
        .add(DashboardSql::personJoin(filter, QStringLiteral("e.participant_id")))
        .add(QStringLiteral(" WHERE c.status = 'completed'"));
    const auto row = DashboardSql::row(db, sql, error);
    if (!row)
        return false;
    const int enrollments = row->value(0).toInt();
    settle(k, enrollments, ratio(row->value(1).toDouble(), enrollments, 100), min);
    return true;
}

bool advancement(const QSqlDatabase &db, const DashboardFilter &filter, Kpi &k, int min,
                 QString *error)
{
    BoundSql sql;
    sql.add(QStringLiteral("WITH "))
        .add(DashboardSql::pairsCte(filter))
        .add(QStringLiteral(" SELECT count(*), count(DISTINCT participant_id), "
                            "total(post_level - pre_level) FROM pairs"));
    const auto row = DashboardSql::row(db, sql, error);
    if (!row)
        return false;
    settle(k, row->value(1).toInt(), ratio(row->value(2).toDouble(), row->value(0).toInt()), min);
    return true;
}

bool daysToFirstContribution(const QSqlDatabase &db, const DashboardFilter &filter, Kpi &k, int min,
                             QString *error)
{
    BoundSql from;
    from.add(QStringLiteral(" FROM enrollments e"))
        .add(DashboardSql::scopeJoins(filter, QStringLiteral("e.cohort_id"),
                                      QStringLiteral("e.participant_id")))
        .add(QStringLiteral(" WHERE e.status = 'completed' AND e.completed_on IS NOT NULL AND "
                            "e.first_ai_contribution_on IS NOT NULL"));
    BoundSql count;
    count.add(QStringLiteral("SELECT count(*)")).add(from);
    const auto counted = DashboardSql::row(db, count, error);
    if (!counted)
        return false;
    const int n = counted->value(0).toInt();
    if (n <= 0 || Rules::isSuppressed(n, min)) {
        settle(k, n, 0.0, min);
        return true;
    }
    // The median without reading every row: the middle one (odd count) or the middle two (even
    // count), straight from the sorted result.
    BoundSql middle;
    middle
        .add(QStringLiteral("SELECT julianday(e.first_ai_contribution_on) - "
                            "julianday(e.completed_on) AS days"))
        .add(from)
        .add(QStringLiteral(" ORDER BY days LIMIT ? OFFSET ?"), {n % 2 ? 1 : 2, (n - 1) / 2});
    QSqlQuery query(db);
    if (!middle.exec(query, error))
        return false;
    double sum = 0;
    int values = 0;
    while (query.next()) {
        sum += query.value(0).toDouble();
        ++values;
    }
    settle(k, n, ratio(sum, values), min);
    return true;
}

bool mentorSatisfaction(const QSqlDatabase &db, const DashboardFilter &filter, Kpi &k, int min,
                        QString *error)
{
    // A mentorship is traced to its mentee: the mentee is the program's participant.
    BoundSql sql;
    sql.add(QStringLiteral("SELECT count(*), total(satisfaction) FROM (SELECT "
                           "m.mentor_satisfaction AS satisfaction FROM mentorships m"))
        .add(DashboardSql::scopeJoins(filter, QStringLiteral("m.cohort_id"),
                                      QStringLiteral("m.mentee_id")))
        .add(QStringLiteral(" WHERE m.mentor_satisfaction IS NOT NULL UNION ALL SELECT "
                            "r.satisfaction FROM survey_responses r"))
        .add(DashboardSql::scopeJoins(filter, QStringLiteral("r.cohort_id"),
                                      QStringLiteral("r.participant_id")))
        .add(QStringLiteral(" WHERE r.kind = 'mentor' AND r.satisfaction IS NOT NULL)"));
    const auto row = DashboardSql::row(db, sql, error);
    if (!row)
        return false;
    const int answers = row->value(0).toInt();
    settle(k, answers, ratio(row->value(1).toDouble(), answers), min);
    return true;
}

bool managerSatisfaction(const QSqlDatabase &db, const DashboardFilter &filter, Kpi &k, int min,
                         QString *error)
{
    BoundSql sql;
    sql.add(QStringLiteral("SELECT count(*), total(r.satisfaction) FROM survey_responses r"))
        .add(DashboardSql::scopeJoins(filter, QStringLiteral("r.cohort_id"),
                                      QStringLiteral("r.participant_id")))
        .add(QStringLiteral(" WHERE r.kind = 'manager' AND r.satisfaction IS NOT NULL"));
    const auto row = DashboardSql::row(db, sql, error);
    if (!row)
        return false;
    const int answers = row->value(0).toInt();
    settle(k, answers, ratio(row->value(1).toDouble(), answers), min);
    return true;
}

bool protectedTime(const QSqlDatabase &db, const DashboardFilter &filter, Kpi &k, int min,
                   QString *error)
{
    // Weeks still ahead have no hours used yet; counting their plan would look like erosion.
    BoundSql sql;
    sql.add(QStringLiteral("SELECT count(DISTINCT t.participant_id), total(t.hours_used), "
                           "total(t.hours_planned) FROM protected_time t"))
        .add(DashboardSql::scopeJoins(filter, QStringLiteral("t.cohort_id"),
                                      QStringLiteral("t.participant_id")))
        .add(QStringLiteral(" WHERE t.hours_used IS NOT NULL"));
    const auto row = DashboardSql::row(db, sql, error);
    if (!row)
        return false;
    settle(k, row->value(0).toInt(), ratio(row->value(1).toDouble(), row->value(2).toDouble(), 100),
           min);
    return true;
}

bool netPromoterScore(const QSqlDatabase &db, const DashboardFilter &filter, Kpi &k, int min,
                      QString *error)
{
    // The same answers as the satisfaction report's "all cohorts": those of a cohort.
    BoundSql sql;
    sql.add(QStringLiteral("SELECT total(r.recommend >= 9), total(r.recommend BETWEEN 7 AND 8), "
                           "total(r.recommend <= 6) FROM survey_responses r JOIN cohorts c ON "
                           "c.id = r.cohort_id"))
        .add(filter.cohortCondition(QStringLiteral("c")))
        .add(DashboardSql::personJoin(filter, QStringLiteral("r.participant_id")))
        .add(QStringLiteral(" WHERE r.kind = 'end_of_program' AND r.recommend IS NOT NULL"));
    const auto row = DashboardSql::row(db, sql, error);
    if (!row)
        return false;
    const int promoters = row->value(0).toInt();
    const int passives = row->value(1).toInt();
    const int detractors = row->value(2).toInt();
    settle(k, promoters + passives + detractors,
           Rules::netPromoterScore(promoters, passives, detractors), min);
    return true;
}

std::optional<KpiSummary> summarise(const QSqlDatabase &db, const DashboardFilter &filter,
                                    const KnowledgeFigures *knowledge, QString *error)
{
    const ProgramSettings settings = ProgramSettings::load(db);
    KpiSummary summary;
    summary.minGroupSize = settings.minGroupSize;
    summary.kpis = {
        kpi(Kpi::CompletionRate, settings.completionTargetPct, CompletionMargin),
        kpi(Kpi::Advancement, settings.advancementTargetLevels, AdvancementMargin),
        kpi(Kpi::DaysToFirstContribution, settings.firstContributionTargetDays, DaysMargin, false),
        kpi(Kpi::MentorSatisfaction, settings.mentorSatisfactionTarget, SatisfactionMargin),
        kpi(Kpi::ManagerSatisfaction, settings.managerSatisfactionTarget, SatisfactionMargin),
        kpi(Kpi::ProtectedTime, settings.protectedTimeTargetPct, ProtectedTimeMargin),
        kpi(Kpi::NetPromoterScore, settings.npsTarget, NpsMargin),
    };
    using Figure = bool (*)(const QSqlDatabase &, const DashboardFilter &, Kpi &, int, QString *);
    // In the order of Kpi::Id.
    static constexpr Figure figures[] = {
        completionRate,      advancement,   daysToFirstContribution, mentorSatisfaction,
        managerSatisfaction, protectedTime, netPromoterScore};
    for (qsizetype i = 0; i < summary.kpis.size(); ++i) {
        Kpi &k = summary.kpis[i];
        if (k.id == Kpi::Advancement && knowledge) {
            settle(k, knowledge->people, ratio(knowledge->advancementSum, knowledge->pairs),
                   summary.minGroupSize);
            continue;
        }
        if (!figures[i](db, filter, k, summary.minGroupSize, error))
            return std::nullopt;
    }
    return summary;
}

} // namespace

std::optional<Rules::Standing> Kpi::standing() const
{
    if (!value)
        return std::nullopt;
    // Judged as shown: a tile reading "85 %" against a target of 85 % is on track, whatever
    // the next decimal was.
    const double decimals =
        id == Advancement || id == MentorSatisfaction || id == ManagerSatisfaction ? 10 : 1;
    return Rules::standing(std::round(*value * decimals) / decimals, target, margin,
                           higherIsBetter);
}

std::optional<KpiSummary> Kpis::compute(const QSqlDatabase &db, const DashboardFilter &filter,
                                        QString *error)
{
    return summarise(db, filter, nullptr, error);
}

std::optional<KpiSummary> Kpis::compute(const QSqlDatabase &db, const DashboardFilter &filter,
                                        const KnowledgeFigures &knowledge, QString *error)
{
    return summarise(db, filter, &knowledge, error);
}

QString Kpis::name(Kpi::Id id)
{
    switch (id) {
    case Kpi::CompletionRate:
        return tr("Completion rate");
    case Kpi::Advancement:
        return tr("Skill advancement");
    case Kpi::DaysToFirstContribution:
        return tr("Time to first AI contribution");
    case Kpi::MentorSatisfaction:
        return tr("Mentor satisfaction");
    case Kpi::ManagerSatisfaction:
        return tr("Manager satisfaction");
    case Kpi::ProtectedTime:
        return tr("Protected learning time used");
    case Kpi::NetPromoterScore:
        return tr("Net Promoter Score");
    }
    return {};
}

QString Kpis::formatValue(Kpi::Id id, double value)
{
    const QLocale locale;
    switch (id) {
    case Kpi::CompletionRate:
    case Kpi::ProtectedTime:
        return tr("%1 %").arg(locale.toString(value, 'f', 0));
    case Kpi::Advancement:
        return tr("%1 levels").arg(locale.toString(value, 'f', 1));
    case Kpi::DaysToFirstContribution:
        return tr("%Ln day(s)", nullptr, qRound(value));
    case Kpi::MentorSatisfaction:
    case Kpi::ManagerSatisfaction:
        return tr("%1 / 5").arg(locale.toString(value, 'f', 1));
    case Kpi::NetPromoterScore: {
        // A score is read against zero, so a positive one carries its sign.
        const int score = qRound(value);
        return score > 0 ? locale.positiveSign() + locale.toString(score) : locale.toString(score);
    }
    }
    return {};
}

QString Kpis::formatTarget(const Kpi &kpi)
{
    const QString target = formatValue(kpi.id, kpi.target);
    return kpi.higherIsBetter ? tr("Target %1").arg(target) : tr("Target at most %1").arg(target);
}

} // namespace Upskill
