// SPDX-License-Identifier: GPL-3.0-or-later
#include "effectiveness.h"

namespace Upskill {

std::optional<EffectivenessFigures>
Effectiveness::compute(const QSqlDatabase &db, const DashboardFilter &filter, QString *error)
{
    EffectivenessFigures f;
    f.filter = filter;
    f.scope = filter.describe(db);
    // Knowledge first: the key figures take their advancement from it rather than pair every
    // assessment again, the dearest query of them all.
    auto knowledge = KnowledgeReport::compute(db, filter, error);
    if (!knowledge)
        return std::nullopt;
    f.knowledge = std::move(*knowledge);
    auto kpis = Kpis::compute(db, filter, f.knowledge, error);
    if (!kpis)
        return std::nullopt;
    f.kpis = std::move(*kpis);
    auto satisfaction = SatisfactionReport::compute(db, filter, error);
    if (!satisfaction)
        return std::nullopt;
    f.satisfaction = std::move(*satisfaction);
    auto behaviour = BehaviourReport::compute(db, filter, error);
    if (!behaviour)
        return std::nullopt;
    f.behaviour = std::move(*behaviour);
    auto impact = ImpactReport::compute(db, filter, error);
    if (!impact)
        return std::nullopt;
    f.impact = std::move(*impact);
    return f;
}

} // namespace Upskill
