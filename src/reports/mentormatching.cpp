// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentormatching.h"

#include "assessmentscope.h"
#include "gapanalysis.h"
#include "programsettings.h"

#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Upskill {

namespace {

// "A", "A and B", "A, B and C".
QString joinedList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return MentorMatching::tr("%1 and %2")
        .arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

int compareNames(const QString &a, const QString &b)
{
    const int folded = a.compare(b, Qt::CaseInsensitive);
    return folded != 0 ? folded : a.compare(b);
}

// score() without the list of covered needs: the ranking asks it for every mentor.
void scoreOf(const MenteeNeeds &mentee, const MentorCandidate &mentor, int *score, int *fully)
{
    *score = 0;
    *fully = 0;
    for (const SkillNeed &need : mentee.needs) {
        const int level = mentor.levels.value(need.dimensionId, 0);
        const int help = std::clamp(level - need.level, 0, need.gap());
        *score += help * need.gap();
        if (help > 0 && level >= need.target)
            ++*fully;
    }
}

// An alumnus is whoever completed a cohort, whether or not the flag was ticked by hand.
const QString Alumnus =
    QStringLiteral("(p.is_alumnus = 1 OR EXISTS (SELECT 1 FROM enrollments e WHERE "
                   "e.participant_id = p.id AND e.status = 'completed'))");
const QString MentorPool =
    QStringLiteral("(%1 OR p.is_champion = 1 OR p.is_mentor = 1)").arg(Alumnus);

} // namespace

int MenteeNeeds::totalGap() const
{
    int total = 0;
    for (const SkillNeed &need : needs)
        total += need.gap();
    return total;
}

bool MentorMatching::isManagerOf(const MentorCandidate &mentor, const MenteeNeeds &mentee)
{
    // The participant record names the manager in free text: matched as a coordinator would
    // read it, ignoring case and stray spaces. Called for every mentor of a large program, so
    // the common case compares without copying.
    const QStringView manager = QStringView(mentee.manager).trimmed();
    if (manager.isEmpty())
        return false;
    if (QStringView(mentor.name).trimmed().compare(manager, Qt::CaseInsensitive) == 0)
        return true;
    return mentee.manager.simplified().compare(mentor.name.simplified(), Qt::CaseInsensitive) == 0;
}

QString MentorMatching::exclusion(const MenteeNeeds &mentee, const MentorCandidate &mentor,
                                  int capacity)
{
    if (mentor.id == mentee.id)
        return tr("cannot mentor themself");
    if (isManagerOf(mentor, mentee))
        return tr("is %1's manager").arg(mentee.name);
    if (mentor.load >= capacity)
        return tr("already has %1").arg(MentorLoad::describe(mentor.load, capacity));
    return {};
}

int MentorMatching::score(const MenteeNeeds &mentee, const MentorCandidate &mentor,
                          QList<CoveredNeed> *covered)
{
    int total = 0;
    for (const SkillNeed &need : mentee.needs) {
        const int level = mentor.levels.value(need.dimensionId, 0);
        const int help = std::clamp(level - need.level, 0, need.gap());
        if (help <= 0)
            continue;
        total += help * need.gap();
        if (covered)
            covered->append({need.dimension, level, need.gap(), level >= need.target});
    }
    return total;
}

QString MentorMatching::reason(const MenteeNeeds &mentee, const MentorCandidate &mentor,
                               const QList<CoveredNeed> &covered, int capacity)
{
    QStringList full;
    QStringList partly;
    for (const CoveredNeed &c : covered) {
        const QString item = tr("%1 (%2 vs gap %3)").arg(c.dimension).arg(c.mentorLevel).arg(c.gap);
        (c.fully ? full : partly).append(item);
    }
    QStringList parts;
    if (!full.isEmpty())
        parts.append(tr("Covers %1").arg(joinedList(full)));
    if (!partly.isEmpty())
        parts.append(full.isEmpty() ? tr("Partly covers %1").arg(joinedList(partly))
                                    : tr("partly %1").arg(joinedList(partly)));
    QString text = parts.join(QStringLiteral("; "));
    if (text.isEmpty())
        text = mentee.needs.isEmpty() ? tr("No assessed gaps to match")
                                      : tr("Not above the mentee in their gaps");
    QStringList tags{text};
    if (mentor.alumnus && mentor.champion)
        tags.append(tr("alumnus and AI champion"));
    else if (mentor.alumnus)
        tags.append(tr("alumnus"));
    else if (mentor.champion)
        tags.append(tr("AI champion"));
    tags.append(MentorLoad::describe(mentor.load, capacity));
    return tags.join(QStringLiteral(" · "));
}

QList<MentorSuggestion> MentorMatching::rank(const MenteeNeeds &mentee,
                                             const QList<MentorCandidate> &mentors, int capacity,
                                             int limit)
{
    // Scores for everyone, reasons only for those shown: a large program has tens of
    // thousands of alumni.
    struct Scored
    {
        int index;
        int score;
        int fully;
    };
    std::vector<Scored> scored;
    scored.reserve(size_t(mentors.size()));
    for (int i = 0; i < mentors.size(); ++i) {
        const MentorCandidate &mentor = mentors.at(i);
        if (mentor.id == mentee.id || mentor.load >= capacity || isManagerOf(mentor, mentee))
            continue;
        Scored s{i, 0, 0};
        scoreOf(mentee, mentor, &s.score, &s.fully);
        scored.push_back(s);
    }
    const auto better = [&](const Scored &a, const Scored &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.fully != b.fully)
            return a.fully > b.fully;
        const MentorCandidate &x = mentors.at(a.index);
        const MentorCandidate &y = mentors.at(b.index);
        if (x.load != y.load)
            return x.load < y.load;
        if (const int byName = compareNames(x.name, y.name); byName != 0)
            return byName < 0;
        return x.id < y.id;
    };
    const size_t shown = limit > 0 ? std::min(scored.size(), size_t(limit)) : scored.size();
    std::partial_sort(scored.begin(), scored.begin() + qsizetype(shown), scored.end(), better);

    QList<MentorSuggestion> ranked;
    ranked.reserve(qsizetype(shown));
    for (size_t i = 0; i < shown; ++i) {
        const MentorCandidate &mentor = mentors.at(scored[i].index);
        MentorSuggestion s;
        s.mentorId = mentor.id;
        s.mentorName = mentor.name;
        s.load = mentor.load;
        s.capacity = capacity;
        s.score = score(mentee, mentor, &s.covered);
        s.reason = reason(mentee, mentor, s.covered, capacity);
        ranked.append(s);
    }
    return ranked;
}

CohortPairing MentorMatching::pairAll(const QList<MenteeNeeds> &mentees,
                                      const QList<MentorCandidate> &mentors, int capacity)
{
    CohortPairing result;
    result.capacity = capacity;
    const qsizetype m = mentees.size();
    const qsizetype n = mentors.size();
    // -1: this mentor can never take this mentee (themself, their manager).
    std::vector<int> scores(size_t(m * n), -1);
    std::vector<int> fully(size_t(m * n), 0);
    for (qsizetype i = 0; i < m; ++i) {
        for (qsizetype j = 0; j < n; ++j) {
            const MentorCandidate &mentor = mentors.at(j);
            if (mentor.id == mentees.at(i).id || isManagerOf(mentor, mentees.at(i)))
                continue;
            scoreOf(mentees.at(i), mentor, &scores[size_t(i * n + j)], &fully[size_t(i * n + j)]);
        }
    }
    std::vector<int> load(static_cast<size_t>(n));
    for (qsizetype j = 0; j < n; ++j)
        load[size_t(j)] = mentors.at(j).load;
    std::vector<qint64> assigned(size_t(m), -1);

    // Ties go by name; the places in name order are worked out once, so the tens of millions
    // of comparisons below compare numbers only.
    auto nameOrder = [](qsizetype count, auto nameAt, auto idAt) {
        std::vector<qsizetype> order(static_cast<size_t>(count));
        for (qsizetype k = 0; k < count; ++k)
            order[size_t(k)] = k;
        std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            if (const int c = compareNames(nameAt(a), nameAt(b)); c != 0)
                return c < 0;
            return idAt(a) < idAt(b);
        });
        std::vector<qsizetype> place(static_cast<size_t>(count));
        for (qsizetype k = 0; k < count; ++k)
            place[size_t(order[size_t(k)])] = k;
        return place;
    };
    const std::vector<qsizetype> menteePlace = nameOrder(
        m, [&](qsizetype k) { return mentees.at(k).name; },
        [&](qsizetype k) { return mentees.at(k).id; });
    const std::vector<qsizetype> mentorPlace = nameOrder(
        n, [&](qsizetype k) { return mentors.at(k).name; },
        [&](qsizetype k) { return mentors.at(k).id; });
    std::vector<int> totalGap(static_cast<size_t>(m));
    for (qsizetype i = 0; i < m; ++i)
        totalGap[size_t(i)] = mentees.at(i).totalGap();

    // Larger is better: score, gaps covered fully, fewer mentees so far, the mentee with
    // larger gaps, then name order.
    auto better = [&](qsizetype i, qsizetype j, qsizetype bi, qsizetype bj) {
        const auto key = [&](qsizetype a, qsizetype b) {
            return std::make_tuple(scores[size_t(a * n + b)], fully[size_t(a * n + b)],
                                   -load[size_t(b)], totalGap[size_t(a)], -menteePlace[size_t(a)],
                                   -mentorPlace[size_t(b)]);
        };
        return key(i, j) > key(bi, bj);
    };

    for (qsizetype round = 0; round < m; ++round) {
        qsizetype bestI = -1;
        qsizetype bestJ = -1;
        for (qsizetype i = 0; i < m; ++i) {
            if (assigned[size_t(i)] >= 0)
                continue;
            for (qsizetype j = 0; j < n; ++j) {
                if (scores[size_t(i * n + j)] < 0 || load[size_t(j)] >= capacity)
                    continue;
                if (bestI < 0 || better(i, j, bestI, bestJ)) {
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        if (bestI < 0)
            break;
        assigned[size_t(bestI)] = bestJ;
        ++load[size_t(bestJ)];
    }

    // Reasons are given with the load the mentor has before this pairing.
    std::vector<int> running(static_cast<size_t>(n));
    for (qsizetype j = 0; j < n; ++j)
        running[size_t(j)] = mentors.at(j).load;
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m; ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return compareNames(mentees.at(a).name, mentees.at(b).name) < 0;
    });
    for (const qsizetype i : std::as_const(order)) {
        const MenteeNeeds &mentee = mentees.at(i);
        const qsizetype j = assigned[size_t(i)];
        if (j < 0) {
            result.unpaired.append(mentee);
            continue;
        }
        MentorCandidate mentor = mentors.at(j);
        mentor.load = running[size_t(j)]++;
        QList<CoveredNeed> covered;
        ProposedPairing pair;
        pair.menteeId = mentee.id;
        pair.menteeName = mentee.name;
        pair.mentorId = mentor.id;
        pair.mentorName = mentor.name;
        pair.score = score(mentee, mentor, &covered);
        pair.reason = reason(mentee, mentor, covered, capacity);
        result.pairs.append(pair);
    }
    for (const MenteeNeeds &mentee : mentees)
        result.alternatives.insert(mentee.id, rank(mentee, mentors, capacity, AlternativeCount));
    return result;
}

std::optional<QList<MentorCandidate>> MentorMatching::mentors(const QSqlDatabase &db,
                                                              qint64 cohortId,
                                                              const MentorshipPeriod &period,
                                                              bool withLevels, QString *error)
{
    return pool(db, cohortId, period, withLevels, QString(), 0, error);
}

std::optional<QList<MentorCandidate>>
MentorMatching::findMentors(const QSqlDatabase &db, qint64 cohortId, const MentorshipPeriod &period,
                            const QString &text, int limit, QString *error)
{
    return pool(db, cohortId, period, false, text, limit, error);
}

std::optional<QList<MentorCandidate>> MentorMatching::pool(const QSqlDatabase &db, qint64 cohortId,
                                                           const MentorshipPeriod &period,
                                                           bool withLevels, const QString &text,
                                                           int limit, QString *error)
{
    QList<MentorCandidate> result;
    QHash<qint64, int> index;
    QSqlQuery query(db);
    // People taking part in the cohort are its mentees' peers, not their mentors.
    BoundSql people;
    people.add(QStringLiteral("SELECT p.id, p.name, p.team, %1, p.is_champion FROM "
                              "participants p WHERE ")
                       .arg(Alumnus) +
                   MentorPool +
                   QStringLiteral(" AND p.id NOT IN (SELECT participant_id FROM enrollments "
                                  "WHERE cohort_id = ? AND status <> 'withdrawn')"),
               {cohortId});
    if (!text.trimmed().isEmpty()) {
        QString pattern = text.trimmed();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        people.add(QStringLiteral(" AND p.name LIKE ? ESCAPE '\\'"),
                   {QLatin1Char('%') + pattern + QLatin1Char('%')});
    }
    people.add(QStringLiteral(" ORDER BY p.name, p.id"));
    if (limit > 0)
        people.add(QStringLiteral(" LIMIT ?"), {limit});
    if (!people.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        MentorCandidate c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.team = query.value(2).toString();
        c.alumnus = query.value(3).toInt() != 0;
        c.champion = query.value(4).toInt() != 0;
        index.insert(c.id, int(result.size()));
        result.append(c);
    }
    if (result.isEmpty())
        return result;
    // Their mentorships during the period, for their load: of the few found by name, or of
    // the whole pool at once.
    BoundSql loads;
    loads.add(QStringLiteral("SELECT m.mentor_id, m.starts_on, m.ends_on FROM mentorships m "
                             "JOIN participants p ON p.id = m.mentor_id WHERE ") +
                  MentorPool + QStringLiteral(" AND ") +
                  MentorLoad::overlapCondition(QStringLiteral("m")),
              {MentorLoad::boundTo(period), MentorLoad::boundFrom(period)});
    if (limit > 0) {
        QVariantList ids;
        for (const MentorCandidate &c : std::as_const(result))
            ids.append(c.id);
        loads.add(
            QStringLiteral(" AND m.mentor_id IN (%1)").arg(BoundSql::placeholders(ids.size())),
            ids);
    }
    if (!loads.exec(query, error))
        return std::nullopt;
    QHash<qint64, QList<MentorshipPeriod>> running;
    while (query.next())
        running[query.value(0).toLongLong()].append(
            {QDate::fromString(query.value(1).toString(), Qt::ISODate),
             QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    for (auto it = running.cbegin(); it != running.cend(); ++it) {
        const int at = index.value(it.key(), -1);
        if (at >= 0)
            result[at].load = MentorLoad::peak(it.value(), period);
    }
    if (!withLevels || result.isEmpty())
        return result;

    // One row per mentor with the latest level of each dimension: the level rides in the
    // lowest three bits of the recency key, so max() of the key carries it along (as in the
    // gap analysis). Tens of thousands of alumni give a row each instead of one per level.
    const QList<SkillDimension> dimensions = GapAnalysis::activeDimensions(db, error);
    if (dimensions.isEmpty())
        return result;
    QStringList columns;
    QVariantList dimensionIds;
    for (const SkillDimension &d : dimensions) {
        columns.append(QStringLiteral("CAST(max(CASE WHEN a.dimension_id = ? THEN %1 * 8 + "
                                      "a.level END) AS INTEGER) % 8")
                           .arg(AssessmentSql::recencyKey()));
        dimensionIds.append(d.id);
    }
    BoundSql levels;
    levels
        .add(QStringLiteral("SELECT a.participant_id, %1 FROM assessments a WHERE 1")
                 .arg(columns.join(QStringLiteral(", "))),
             dimensionIds)
        .add(AssessmentSql::scopeCondition(AssessmentScope::current()))
        .add(QStringLiteral(" AND a.participant_id IN (SELECT p.id FROM participants p WHERE ") +
             MentorPool + QStringLiteral(") GROUP BY a.participant_id"));
    if (!levels.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        const int at = index.value(query.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        for (int i = 0; i < dimensions.size(); ++i) {
            const QVariant level = query.value(1 + i);
            if (!level.isNull())
                result[at].levels.insert(dimensions.at(i).id, level.toInt());
        }
    }
    return result;
}

std::optional<QList<MenteeNeeds>>
MentorMatching::mentees(const QSqlDatabase &db, const QList<qint64> &participantIds, QString *error)
{
    QList<MenteeNeeds> result;
    if (participantIds.isEmpty())
        return result;
    QVariantList ids;
    for (const qint64 id : participantIds)
        ids.append(id);
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral("SELECT id, name, manager FROM participants WHERE id IN (%1) "
                                 "ORDER BY name, id")
                      .arg(BoundSql::placeholders(ids.size())),
                  ids)
             .exec(query, error))
        return std::nullopt;
    QHash<qint64, int> index;
    while (query.next()) {
        MenteeNeeds mentee;
        mentee.id = query.value(0).toLongLong();
        mentee.name = query.value(1).toString();
        mentee.manager = query.value(2).toString();
        index.insert(mentee.id, int(result.size()));
        result.append(mentee);
    }

    BoundSql condition;
    condition.add(QStringLiteral("IN (%1)").arg(BoundSql::placeholders(ids.size())), ids);
    BoundSql needs;
    needs.add(QStringLiteral("WITH "))
        .add(AssessmentSql::targetsCte())
        .add(QStringLiteral(", "))
        .add(AssessmentSql::latestCte(AssessmentScope::current(), condition))
        .add(QStringLiteral(" SELECT l.participant_id, l.dimension_id, d.name, l.level, t.target "
                            "FROM latest l JOIN participants p ON p.id = l.participant_id "
                            "JOIN targets t ON t.role = p.role AND t.dimension_id = "
                            "l.dimension_id JOIN rubric_dimensions d ON d.id = l.dimension_id "
                            "WHERE t.target > l.level ORDER BY d.position, d.id"));
    if (!needs.exec(query, error))
        return std::nullopt;
    while (query.next()) {
        const int at = index.value(query.value(0).toLongLong(), -1);
        if (at >= 0)
            result[at].needs.append({query.value(1).toLongLong(), query.value(2).toString(),
                                     query.value(3).toInt(), query.value(4).toInt()});
    }
    for (MenteeNeeds &mentee : result)
        std::stable_sort(mentee.needs.begin(), mentee.needs.end(),
                         [](const SkillNeed &a, const SkillNeed &b) { return a.gap() > b.gap(); });
    return result;
}

std::optional<QList<qint64>> MentorMatching::unmentored(const QSqlDatabase &db, qint64 cohortId,
                                                        QString *error)
{
    QSqlQuery query(db);
    if (!BoundSql()
             .add(QStringLiteral("SELECT p.id FROM enrollments e JOIN participants p ON p.id = "
                                 "e.participant_id WHERE e.cohort_id = ? AND e.status <> "
                                 "'withdrawn' AND NOT EXISTS (SELECT 1 FROM mentorships m WHERE "
                                 "m.mentee_id = p.id AND m.cohort_id = e.cohort_id) "
                                 "ORDER BY p.name, p.id"),
                  {cohortId})
             .exec(query, error))
        return std::nullopt;
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<QList<MentorSuggestion>> MentorMatching::suggest(const QSqlDatabase &db,
                                                               qint64 cohortId, qint64 menteeId,
                                                               int limit, QString *error)
{
    const std::optional<MentorshipPeriod> period = MentorLoad::periodOf(db, cohortId, error);
    if (!period)
        return std::nullopt;
    const auto pool = mentors(db, cohortId, *period, true, error);
    if (!pool)
        return std::nullopt;
    const auto mentee = mentees(db, {menteeId}, error);
    if (!mentee)
        return std::nullopt;
    if (mentee->isEmpty()) {
        if (error)
            *error = tr("The participant no longer exists.");
        return std::nullopt;
    }
    return rank(mentee->first(), *pool, ProgramSettings::load(db).mentorCapacity, limit);
}

std::optional<CohortPairing> MentorMatching::proposeForCohort(const QSqlDatabase &db,
                                                              qint64 cohortId, QString *error)
{
    const std::optional<MentorshipPeriod> period = MentorLoad::periodOf(db, cohortId, error);
    if (!period)
        return std::nullopt;
    const auto ids = unmentored(db, cohortId, error);
    if (!ids)
        return std::nullopt;
    const auto people = mentees(db, *ids, error);
    if (!people)
        return std::nullopt;
    const auto pool = mentors(db, cohortId, *period, true, error);
    if (!pool)
        return std::nullopt;
    CohortPairing pairing = pairAll(*people, *pool, ProgramSettings::load(db).mentorCapacity);
    pairing.period = *period;
    return pairing;
}

} // namespace Upskill
