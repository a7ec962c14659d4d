// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthchecks.h"

#include "assessmentscope.h"
#include "placement.h"
#include "rules.h"
#include "trackplan.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <cmath>

namespace Upskill {

namespace {

// Names come from the coordinator and may contain "%1": every message substitutes all of its
// values in one arg() call, never in a chain.
QString num(qint64 n)
{
    return QLocale().toString(n);
}

QString pct(double value)
{
    return QLocale().toString(std::round(value * 10) / 10, 'g', QLocale::FloatingPointShortest);
}

QString day(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

QDate isoDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

int wholePercent(double part, double whole)
{
    return whole > 0 ? int(std::lround(100.0 * part / whole)) : 0;
}

} // namespace

HealthChecks::HealthChecks(const QSqlDatabase &db, const QDate &today)
    : m_db(db), m_today(today), m_todayText(today.toString(Qt::ISODate)),
      m_settings(ProgramSettings::load(db))
{}

bool HealthChecks::run(QSqlQuery &query, const BoundSql &sql, QString *error) const
{
    query.setForwardOnly(true);
    return sql.exec(query, error);
}

HealthWarning HealthChecks::cohortWarning(HealthCheck check, HealthSeverity severity,
                                          const QString &message, qint64 cohortId,
                                          const QString &cohortName, double rank) const
{
    HealthWarning w;
    w.check = check;
    w.severity = severity;
    w.message = message;
    w.area = QStringLiteral("cohorts");
    w.place = tr("Cohorts");
    w.object = cohortName;
    w.objectId = cohortId;
    w.rank = rank;
    return w;
}

bool HealthChecks::tooMuchTheory(QList<HealthWarning> *out, QString *error)
{
    struct Module
    {
        int week;
        QString title;
        TrackPlan plan;
    };
    struct Track
    {
        qint64 id;
        QString name;
        TrackPlan plan;
        QList<Module> below;
    };
    // A few dozen modules even in the largest program: judged here with the same TrackPlan
    // rules the Tracks area shows, so the two never disagree.
    QSqlQuery query(m_db);
    BoundSql sql;
    sql.add(QStringLiteral(
        "SELECT t.id, t.name, t.kind, m.week, m.title, m.instruction_hours, m.hands_on_hours, "
        "m.presentation_hours FROM tracks t JOIN modules m ON m.track_id = t.id "
        "ORDER BY t.position, t.id, m.week, m.position, m.id"));
    if (!run(query, sql, error))
        return false;
    const double minPct = m_settings.handsOnMinPct;
    QList<Track> tracks;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (tracks.isEmpty() || tracks.last().id != id) {
            Track track{id, query.value(1).toString(), {}, {}};
            track.plan.kind = query.value(2).toString();
            tracks.append(track);
        }
        Track &track = tracks.last();
        Module module{query.value(3).toInt(), query.value(4).toString(), {}};
        module.plan.modules = 1;
        module.plan.weeks = module.week;
        module.plan.instructionHours = query.value(5).toDouble();
        module.plan.handsOnHours = query.value(6).toDouble();
        module.plan.presentationHours = query.value(7).toDouble();
        track.plan.modules += 1;
        track.plan.weeks = std::max(track.plan.weeks, module.week);
        track.plan.instructionHours += module.plan.instructionHours;
        track.plan.handsOnHours += module.plan.handsOnHours;
        track.plan.presentationHours += module.plan.presentationHours;
        if (module.plan.isBelowHandsOnMinimum(minPct))
            track.below.append(module);
    }
    for (const Track &track : std::as_const(tracks)) {
        HealthWarning w;
        w.check = HealthCheck::TooMuchTheory;
        w.area = QStringLiteral("tracks");
        w.place = tr("Tracks");
        w.object = track.name;
        w.objectId = track.id;
        if (track.plan.isBelowHandsOnMinimum(minPct)) {
            w.severity = HealthSeverity::Warning;
            w.rank = minPct - track.plan.handsOnPercent();
            w.message = tr("%1: %2 % of its %3 h is hands-on, under the minimum of %4 %")
                            .arg(track.name, num(track.plan.handsOnPercent()),
                                 TrackPlan::hoursText(track.plan.totalHours()), pct(minPct));
            if (!track.below.isEmpty())
                w.message += tr("; %n module(s) under it", nullptr, int(track.below.size()));
            out->append(w);
            continue;
        }
        for (const Module &module : track.below) {
            w.severity = HealthSeverity::Notice;
            w.rank = minPct - module.plan.handsOnPercent();
            w.message = tr("%1, week %2, “%3”: %4 % of its %5 h is hands-on, under the minimum "
                           "of %6 %")
                            .arg(track.name, num(module.week), module.title,
                                 num(module.plan.handsOnPercent()),
                                 TrackPlan::hoursText(module.plan.totalHours()), pct(minPct));
            out->append(w);
        }
    }
    return true;
}

bool HealthChecks::noApplicationProject(QList<HealthWarning> *out, QString *error)
{
    QSqlQuery query(m_db);
    BoundSql sql;
    sql.add(QStringLiteral(
                "SELECT c.id, c.name, c.status, c.start_date, count(*), "
                "total(NOT EXISTS (SELECT 1 FROM application_projects p WHERE p.participant_id = "
                "e.participant_id AND p.cohort_id = c.id)) AS missing "
                "FROM cohorts c JOIN enrollments e ON e.cohort_id = c.id "
                "WHERE c.status IN ('running', 'completed') AND e.status <> 'withdrawn' "
                "AND c.start_date IS NOT NULL AND c.start_date <= date(?, '-7 days') "
                "GROUP BY c.id HAVING missing > 0"),
            {m_todayText});
    if (!run(query, sql, error))
        return false;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const bool running = query.value(2).toString() == QLatin1String("running");
        const int people = query.value(4).toInt();
        const int missing = query.value(5).toInt();
        // Week 1 is the start day and the six after it.
        const qint64 daysAfterWeek1 = isoDate(query.value(3)).addDays(6).daysTo(m_today);
        QString message;
        HealthSeverity severity = HealthSeverity::Notice;
        if (running) {
            severity = 2 * missing >= people ? HealthSeverity::Critical : HealthSeverity::Warning;
            message = tr("%1: %n of %2 participants have no application project, %3 after week 1",
                         nullptr, missing)
                          .arg(name, num(people), tr("%n day(s)", nullptr, int(daysAfterWeek1)));
        } else {
            message = tr("%1 finished with %n of %2 participants without an application project",
                         nullptr, missing)
                          .arg(name, num(people));
        }
        HealthWarning w =
            cohortWarning(HealthCheck::NoApplicationProject, severity, message,
                          query.value(0).toLongLong(), name, missing + double(missing) / people);
        w.area = QStringLiteral("projects");
        w.place = tr("Application projects");
        out->append(w);
    }
    return true;
}

bool HealthChecks::managersNotBriefed(QList<HealthWarning> *out, QString *error)
{
    QSqlQuery query(m_db);
    BoundSql sql;
    sql.add(QStringLiteral(
                "SELECT c.id, c.name, c.status, c.start_date, count(e.id), "
                "count(DISTINCT nullif(trim(p.manager), '')) FROM cohorts c "
                "LEFT JOIN enrollments e ON e.cohort_id = c.id AND e.status <> 'withdrawn' "
                "LEFT JOIN participants p ON p.id = e.participant_id "
                "WHERE c.managers_briefed = 0 AND (c.status = 'running' OR (c.status = 'planned' "
                "AND c.start_date IS NOT NULL AND c.start_date <= date(?, ?))) GROUP BY c.id"),
            {m_todayText, QStringLiteral("+%1 days").arg(BriefingLeadDays)});
    if (!run(query, sql, error))
        return false;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const QDate start = isoDate(query.value(3));
        const int people = query.value(4).toInt();
        const int managers = query.value(5).toInt();
        const QString who = managers > 0 ? tr("%n manager(s)", nullptr, managers)
                                         : tr("%n participant(s)", nullptr, people);
        const qint64 daysToStart = start.isValid() ? m_today.daysTo(start) : 0;
        QString message;
        HealthSeverity severity = HealthSeverity::Critical;
        double rank = 0;
        if (!start.isValid()) {
            message = tr("%1 is running and its participants' managers were not briefed (%2)")
                          .arg(name, who);
        } else if (daysToStart < 0) {
            message = tr("%1 started %n day(s) ago and its participants' managers were not "
                         "briefed (%2)",
                         nullptr, int(-daysToStart))
                          .arg(name, who);
            rank = double(-daysToStart);
        } else if (daysToStart == 0) {
            message = tr("%1 starts today and its participants' managers were not briefed (%2)")
                          .arg(name, who);
        } else {
            severity = HealthSeverity::Warning;
            message = tr("%1 starts in %n day(s) and its participants' managers have not been "
                         "briefed yet (%2)",
                         nullptr, int(daysToStart))
                          .arg(name, who);
            rank = double(BriefingLeadDays - daysToStart);
        }
        out->append(cohortWarning(HealthCheck::ManagersNotBriefed, severity, message,
                                  query.value(0).toLongLong(), name, rank));
    }
    return true;
}

bool HealthChecks::oneAndDone(QList<HealthWarning> *out, QString *error)
{
    // The window is computed by SQLite so that the message states the same day the query
    // used. Attendance is looked up per graduate (the participant index), never scanned.
    QSqlQuery query(m_db);
    BoundSql sql;
    sql.add(QStringLiteral(
                "SELECT c.id, c.name, c.end_date, date(c.end_date, '+3 months'), count(*), "
                "EXISTS (SELECT 1 FROM enrollments g JOIN community_attendance a ON "
                "a.participant_id = g.participant_id JOIN community_events ev ON ev.id = "
                "a.event_id WHERE g.cohort_id = c.id AND g.status = 'completed' AND ev.held_on > "
                "c.end_date AND ev.held_on <= date(c.end_date, '+3 months') AND ev.held_on <= ?) "
                "FROM cohorts c JOIN enrollments e ON e.cohort_id = c.id AND e.status = "
                "'completed' WHERE c.status = 'completed' AND c.end_date IS NOT NULL AND "
                "c.end_date <= date(?, ?) GROUP BY c.id"),
            {m_todayText, m_todayText, QStringLiteral("-%1 days").arg(CommunityGraceDays)});
    if (!run(query, sql, error))
        return false;
    while (query.next()) {
        if (query.value(5).toBool())
            continue;
        const QString name = query.value(1).toString();
        const QDate end = isoDate(query.value(2));
        const QDate windowEnd = isoDate(query.value(3));
        const int graduates = query.value(4).toInt();
        const qint64 sinceEnd = end.daysTo(m_today);
        // More people lost weighs most; of two alike, the more recent one is more actionable.
        const double rank = graduates + 1.0 / double(1 + sinceEnd);
        if (windowEnd < m_today) {
            out->append(cohortWarning(
                HealthCheck::OneAndDone, HealthSeverity::Warning,
                tr("%1: none of its %n graduate(s) came to a community event or refresher in "
                   "the quarter after it ended on %2",
                   nullptr, graduates)
                    .arg(name, day(end)),
                query.value(0).toLongLong(), name, rank));
        } else {
            out->append(cohortWarning(
                HealthCheck::OneAndDone, HealthSeverity::Notice,
                tr("%1 ended %n day(s) ago and none of its %2 graduates has come to a community "
                   "event or refresher since",
                   nullptr, int(sinceEnd))
                    .arg(name, num(graduates)),
                query.value(0).toLongLong(), name, rank));
        }
    }
    return true;
}

bool HealthChecks::ignoringStartingPoints(QList<HealthWarning> *out, QString *error)
{
    const qint64 track = Placement::foundationalTrack(m_db);
    if (track <= 0)
        return true;
    // Who is still on the standard placement in a cohort of the track that is ahead or under
    // way, leaving out people the Placement page leaves out (completed the track before, or
    // tested out of it in another cohort).
    QSqlQuery query(m_db);
    BoundSql sql;
    sql.add(QStringLiteral(
                "SELECT e.participant_id, c.id FROM enrollments e JOIN cohorts c ON c.id = "
                "e.cohort_id WHERE c.track_id = ? AND c.status IN ('planned', 'running') AND "
                "e.status IN ('enrolled', 'active') AND e.placement = 'standard' AND NOT EXISTS "
                "(SELECT 1 FROM enrollments e3 JOIN cohorts c3 ON c3.id = e3.cohort_id WHERE "
                "e3.participant_id = e.participant_id AND c3.track_id = c.track_id AND "
                "(e3.status = 'completed' OR e3.placement = 'tested_out'))"),
            {track});
    if (!run(query, sql, error))
        return false;
    QList<QPair<qint64, qint64>> placed; // participant, cohort
    QList<qint64> people;
    while (query.next()) {
        placed.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
        people.append(placed.last().first);
    }
    if (placed.isEmpty())
        return true;
    // Asked about these people only, in slices: the latest-level scan then follows the
    // assessment index person by person instead of reading a million assessments.
    constexpr qsizetype Slice = 500;
    QSet<qint64> ready;
    for (qsizetype i = 0; i < people.size(); i += Slice) {
        QString why;
        ready += Placement::meetingTargets(m_db, track, AssessmentScope::current(),
                                           people.mid(i, Slice), &why);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
    }
    QHash<qint64, int> readyPerCohort;
    for (const auto &[person, cohort] : std::as_const(placed)) {
        if (ready.contains(person))
            ++readyPerCohort[cohort];
    }
    if (readyPerCohort.isEmpty())
        return true;

    BoundSql cohorts;
    cohorts.add(QStringLiteral(
                    "SELECT c.id, c.name, t.name, (SELECT count(*) FROM enrollments e WHERE "
                    "e.cohort_id = c.id AND e.status <> 'withdrawn') FROM cohorts c JOIN tracks t "
                    "ON t.id = c.track_id WHERE c.track_id = ? AND c.status IN ('planned', "
                    "'running')"),
                {track});
    if (!run(query, cohorts, error))
        return false;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const int count = readyPerCohort.value(id);
        if (count == 0)
            continue;
        const QString name = query.value(1).toString();
        HealthWarning w = cohortWarning(
            HealthCheck::IgnoringStartingPoints, HealthSeverity::Warning,
            tr("%1: %n of its %2 participants already meet every target level of %3 and could "
               "test out",
               nullptr, count)
                .arg(name, num(query.value(3).toInt()), query.value(2).toString()),
            id, name, count);
        w.area = QStringLiteral("placement");
        w.place = tr("Skills › Placement");
        out->append(w);
    }
    return true;
}

bool HealthChecks::protectedTimeEroding(QList<HealthWarning> *out, QString *error)
{
    QSqlQuery query(m_db);
    BoundSql sql;
    sql.add(QStringLiteral(
                "WITH people AS (SELECT t.cohort_id, total(t.hours_used) AS used, "
                "total(t.hours_planned) AS planned, total(t.hours_used < t.hours_planned) AS "
                "below FROM protected_time t WHERE t.hours_used IS NOT NULL AND t.week_start <= ? "
                "GROUP BY t.cohort_id, t.participant_id) "
                "SELECT c.id, c.name, c.status, total(w.used), total(w.planned), "
                "total(w.below >= 2), count(*) FROM people w JOIN cohorts c ON c.id = w.cohort_id "
                "WHERE c.status IN ('running', 'completed') GROUP BY c.id"),
            {m_todayText});
    if (!run(query, sql, error))
        return false;
    const double target = m_settings.protectedTimeTargetPct;
    while (query.next()) {
        const double used = query.value(3).toDouble();
        const double planned = query.value(4).toDouble();
        const int repeated = query.value(5).toInt();
        const int people = query.value(6).toInt();
        const int utilisation = wholePercent(used, planned);
        const bool under = planned > 0 && utilisation < target - 1e-9;
        const bool eroding = repeated > 0 && 4 * repeated >= people;
        if (!under && !eroding)
            continue;
        const QString name = query.value(1).toString();
        const bool running = query.value(2).toString() == QLatin1String("running");
        QString message = tr("%1: %2 % of the planned protected hours used (target %3 %)")
                              .arg(name, num(utilisation), pct(target));
        if (repeated > 0)
            message +=
                tr("; %n of %1 participants below plan in two or more weeks", nullptr, repeated)
                    .arg(num(people));
        HealthWarning w =
            cohortWarning(HealthCheck::ProtectedTimeEroding,
                          running ? HealthSeverity::Warning : HealthSeverity::Notice, message,
                          query.value(0).toLongLong(), name,
                          (target - utilisation) + 100.0 * repeated / std::max(1, people));
        w.area = QStringLiteral("protected_time");
        w.place = tr("Protected time");
        out->append(w);
    }
    return true;
}

bool HealthChecks::mentorsOverCapacity(QList<HealthWarning> *out, QString *error)
{
    QSqlQuery query(m_db);
    BoundSql sql;
    sql.add(QStringLiteral("SELECT p.id, p.name, count(*), total(m.over_capacity) FROM "
                           "mentorships m JOIN participants p ON p.id = m.mentor_id WHERE "
                           "(m.starts_on IS NULL OR m.starts_on <= ?) AND (m.ends_on IS NULL OR "
                           "m.ends_on >= ?) GROUP BY m.mentor_id HAVING count(*) > ?"),
            {m_todayText, m_todayText, m_settings.mentorCapacity});
    if (!run(query, sql, error))
        return false;
    const int capacity = m_settings.mentorCapacity;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const int load = query.value(2).toInt();
        const int overrides = query.value(3).toInt();
        const bool accepted = overrides >= load - capacity;
        QString message = tr("%1 mentors %n people at once; the capacity is %2", nullptr, load)
                              .arg(name, num(capacity));
        if (overrides > 0)
            message += tr(" (%n accepted with a recorded override)", nullptr, overrides);
        HealthWarning w;
        w.check = HealthCheck::MentorsOverCapacity;
        w.severity = accepted ? HealthSeverity::Notice : HealthSeverity::Warning;
        w.message = message;
        w.area = QStringLiteral("mentorship");
        w.place = tr("Mentorship");
        w.object = name;
        w.objectId = query.value(0).toLongLong();
        w.rank = load - capacity;
        out->append(w);
    }
    return true;
}

bool HealthChecks::cohortSize(QList<HealthWarning> *out, QString *error)
{
    QSqlQuery query(m_db);
    BoundSql sql;
    // As the Cohorts area counts: once a cohort has started, those who withdrew still count
    // (their leaving shows in the completion rate); while planned, only those enrolled.
    sql.add(QStringLiteral(
                "SELECT c.id, c.name, c.status, c.start_date, count(e.id) AS size FROM cohorts c "
                "LEFT JOIN enrollments e ON e.cohort_id = c.id AND (c.status <> 'planned' OR "
                "e.status <> 'withdrawn') WHERE c.status IN ('planned', 'running') GROUP BY c.id "
                "HAVING size < ? OR size > ?"),
            {m_settings.cohortSizeMin, m_settings.cohortSizeMax});
    if (!run(query, sql, error))
        return false;
    while (query.next()) {
        const QString name = query.value(1).toString();
        const bool running = query.value(2).toString() == QLatin1String("running");
        const QDate start = isoDate(query.value(3));
        const int size = query.value(4).toInt();
        HealthSeverity severity = HealthSeverity::Warning;
        QString message;
        double rank = 0;
        if (size > m_settings.cohortSizeMax) {
            message = tr("%1: %n engineer(s) enrolled, more than the maximum of %2", nullptr, size)
                          .arg(name, num(m_settings.cohortSizeMax));
            rank = size - m_settings.cohortSizeMax;
        } else {
            const bool soon =
                running || (start.isValid() && m_today.daysTo(start) <= BriefingLeadDays);
            severity = soon ? HealthSeverity::Warning : HealthSeverity::Notice;
            message = tr("%1: %n engineer(s) enrolled, fewer than the minimum of %2", nullptr, size)
                          .arg(name, num(m_settings.cohortSizeMin));
            rank = m_settings.cohortSizeMin - size;
        }
        out->append(cohortWarning(HealthCheck::CohortSize, severity, message,
                                  query.value(0).toLongLong(), name, rank));
    }
    return true;
}

bool HealthChecks::completionBelowTarget(QList<HealthWarning> *out, QString *error)
{
    QSqlQuery query(m_db);
    BoundSql sql;
    sql.add(QStringLiteral("SELECT c.id, c.name, count(*), total(e.status = 'completed') FROM "
                           "cohorts c JOIN enrollments e ON e.cohort_id = c.id WHERE c.status = "
                           "'completed' GROUP BY c.id"));
    if (!run(query, sql, error))
        return false;
    const double target = m_settings.completionTargetPct;
    auto judge = [&](int completed, int enrolled, HealthWarning *w) {
        const double rate = 100.0 * completed / enrolled;
        const auto standing = Rules::standing(rate, target, CompletionMargin, true);
        if (standing == Rules::Standing::Green)
            return false;
        w->severity =
            standing == Rules::Standing::Red ? HealthSeverity::Warning : HealthSeverity::Notice;
        w->rank = target - rate;
        return true;
    };
    int allEnrolled = 0;
    int allCompleted = 0;
    QList<HealthWarning> cohorts;
    while (query.next()) {
        const int enrolled = query.value(2).toInt();
        const int completed = query.value(3).toInt();
        allEnrolled += enrolled;
        allCompleted += completed;
        const QString name = query.value(1).toString();
        HealthWarning w = cohortWarning(HealthCheck::CompletionBelowTarget, HealthSeverity::Notice,
                                        QString(), query.value(0).toLongLong(), name, 0);
        if (!judge(completed, enrolled, &w))
            continue;
        w.message = tr("%1: %2 of %3 participants completed (%4 %, target %5 %)")
                        .arg(name, num(completed), num(enrolled),
                             num(wholePercent(completed, enrolled)), pct(target));
        cohorts.append(w);
    }
    if (allEnrolled > 0) {
        HealthWarning w;
        w.check = HealthCheck::CompletionBelowTarget;
        w.area = QStringLiteral("effectiveness");
        w.place = tr("Effectiveness › Key figures");
        w.object = tr("The program");
        if (judge(allCompleted, allEnrolled, &w)) {
            w.message = tr("The program: %1 % of the enrollments in completed cohorts were "
                           "completed (%2 of %3, target %4 %)")
                            .arg(num(wholePercent(allCompleted, allEnrolled)), num(allCompleted),
                                 num(allEnrolled), pct(target));
            // The program-wide figure leads its group, a grade above a cohort's: it is what
            // leadership sees.
            w.severity = w.severity == HealthSeverity::Warning ? HealthSeverity::Critical
                                                               : HealthSeverity::Warning;
            w.rank += 1000;
            out->append(w);
        }
    }
    out->append(cohorts);
    return true;
}

} // namespace Upskill
