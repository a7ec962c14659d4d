// SPDX-License-Identifier: GPL-3.0-or-later
#include "knowledgefigures.h"

#include "dashboardsql.h"
#include "programsettings.h"
#include "rules.h"

#include <QSqlQuery>

namespace Upskill {

namespace {

// Bins in half levels: -1 is "half a level lost or more", 4 "two levels gained or more".
constexpr int LowestBin = -1;
constexpr int HighestBin = 4;

} // namespace

std::optional<KnowledgeFigures>
KnowledgeReport::compute(const QSqlDatabase &db, const DashboardFilter &filter, QString *error)
{
    KnowledgeFigures f;
    const ProgramSettings settings = ProgramSettings::load(db);
    f.minGroupSize = settings.minGroupSize;
    f.targetLevels = settings.advancementTargetLevels;
    QString problem;
    const QList<SkillDimension> dimensions = GapAnalysis::activeDimensions(db, &problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    for (const SkillDimension &dimension : dimensions)
        f.dimensions.append(DimensionAdvancement{dimension});
    for (int half = LowestBin; half <= HighestBin; ++half)
        f.distribution.append(AdvancementBin{half / 2.0});

    // One row in all, with a single sort: pairs are grouped by person (for the distribution
    // and the people per dimension), and those few rows are summed. Per dimension and per bin
    // the figures are columns, as the gap analysis does, so no further grouping sorts anything.
    QStringList perPerson;
    QStringList totals;
    QVariantList perPersonValues;
    QVariantList totalValues;
    for (qsizetype i = 0; i < dimensions.size(); ++i) {
        perPerson.append(
            QStringLiteral("max(dimension_id = ?) AS h%1, total(dimension_id = ?) AS n%1, "
                           "total(CASE WHEN dimension_id = ? THEN pre_level END) AS pre%1, "
                           "total(CASE WHEN dimension_id = ? THEN post_level END) AS post%1")
                .arg(i));
        perPersonValues << dimensions.at(i).id << dimensions.at(i).id << dimensions.at(i).id
                        << dimensions.at(i).id;
        totals.append(QStringLiteral("total(h%1), total(n%1), total(pre%1), total(post%1)").arg(i));
    }
    for (int levels = LowestBin; levels <= HighestBin; ++levels) {
        totals.append(QStringLiteral("total(bin = ?)"));
        totalValues.append(levels);
    }
    // SQLite rounds half a level away from zero.
    BoundSql sql;
    sql.add(QStringLiteral("WITH "))
        .add(DashboardSql::pairsCte(filter))
        .add(QStringLiteral(", per_person AS (SELECT count(*) AS n, total(post_level - pre_level) "
                            "AS gained, min(max(CAST(round(2 * avg(post_level - pre_level)) AS "
                            "INTEGER), ?), ?) AS bin%1 FROM pairs GROUP BY participant_id) ")
                 .arg(perPerson.isEmpty()
                          ? QString()
                          : QStringLiteral(", ") + perPerson.join(QStringLiteral(", "))),
             QVariantList{LowestBin, HighestBin} + perPersonValues)
        .add(QStringLiteral("SELECT count(*), total(n), total(gained), %1 FROM per_person")
                 .arg(totals.join(QStringLiteral(", "))),
             totalValues);
    const auto row = DashboardSql::row(db, sql, error);
    if (!row)
        return std::nullopt;
    f.people = row->value(0).toInt();
    f.pairs = row->value(1).toInt();
    f.advancementSum = row->value(2).toDouble();
    int at = 3;
    for (DimensionAdvancement &d : f.dimensions) {
        d.people = row->value(at++).toInt();
        d.pairs = row->value(at++).toInt();
        d.preSum = row->value(at++).toDouble();
        d.postSum = row->value(at++).toDouble();
    }
    for (AdvancementBin &bin : f.distribution)
        bin.people = row->value(at++).toInt();

    // As in Advancement: nobody at all counts as too few.
    f.suppressed = Rules::isSuppressed(f.people, f.minGroupSize);
    for (DimensionAdvancement &d : f.dimensions)
        d.suppressed = f.suppressed || Rules::isSuppressed(d.people, f.minGroupSize);
    // The bins add up to everyone with a pair, which the summary shows: so they are withheld
    // the way groups beside a total are.
    QList<int> sizes;
    for (const AdvancementBin &bin : std::as_const(f.distribution))
        sizes.append(bin.people);
    const QList<Withheld> withheld = Suppression::withhold(sizes, f.minGroupSize);
    for (qsizetype i = 0; i < f.distribution.size(); ++i)
        f.distribution[i].withheld = withheld.at(i);
    return f;
}

} // namespace Upskill
