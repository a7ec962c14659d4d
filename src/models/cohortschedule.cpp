// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortschedule.h"

#include "edithistory.h"
#include "programfile.h"
#include "replacerowscommand.h"
#include "sessionmodel.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace Upskill {

namespace {

// What makes a generated session the same one as a kept session: its module, format and title.
QString placeKey(const QVariant &moduleId, const QString &format, const QString &title)
{
    return (moduleId.isNull() || moduleId.toLongLong() == 0 ? QString() : moduleId.toString()) +
           QLatin1Char('\x1f') + format + QLatin1Char('\x1f') + title;
}

} // namespace

CohortScheduleInputs CohortSchedule::load(const QSqlDatabase &db, qint64 cohortId)
{
    CohortScheduleInputs inputs;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.id, c.name, t.name, c.start_date, c.end_date, "
                                 "c.instructors, c.track_id FROM cohorts c JOIN tracks t ON "
                                 "t.id = c.track_id WHERE c.id = ?"));
    query.addBindValue(cohortId);
    if (!query.exec() || !query.next())
        return inputs;
    inputs.cohortId = query.value(0).toLongLong();
    inputs.name = query.value(1).toString();
    inputs.track = query.value(2).toString();
    inputs.start = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    inputs.end = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    inputs.instructors = query.value(5).toString().trimmed();
    const qint64 trackId = query.value(6).toLongLong();

    query.prepare(QStringLiteral("SELECT id, week, title, instruction_hours, hands_on_hours, "
                                 "presentation_hours FROM modules WHERE track_id = ? ORDER BY "
                                 "week, position, id"));
    query.addBindValue(trackId);
    if (query.exec()) {
        while (query.next())
            inputs.modules.append({query.value(0).toLongLong(), query.value(1).toInt(),
                                   query.value(2).toString(), query.value(3).toDouble(),
                                   query.value(4).toDouble(), query.value(5).toDouble()});
    }
    query.prepare(QStringLiteral("SELECT p.name FROM enrollments e JOIN participants p ON p.id = "
                                 "e.participant_id WHERE e.cohort_id = ? AND e.status <> "
                                 "'withdrawn' ORDER BY p.name, p.id"));
    query.addBindValue(cohortId);
    if (query.exec()) {
        while (query.next())
            inputs.participants.append(query.value(0).toString());
    }
    // Every holiday that can matter: a track runs for weeks, not years.
    const QDate from = inputs.start.isValid() ? inputs.start.addYears(-1) : QDate::currentDate();
    query.prepare(QStringLiteral("SELECT day FROM holidays WHERE day >= ? AND day <= ?"));
    query.addBindValue(from.toString(Qt::ISODate));
    query.addBindValue(from.addYears(3).toString(Qt::ISODate));
    if (query.exec()) {
        while (query.next())
            inputs.holidays.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    }

    query.prepare(QStringLiteral("SELECT starts_at, format, location, edited FROM sessions WHERE "
                                 "cohort_id = ? ORDER BY starts_at"));
    query.addBindValue(cohortId);
    QHash<QString, int> locations;
    QHash<QTime, int> times;
    if (query.exec()) {
        while (query.next()) {
            ++inputs.sessions;
            if (query.value(3).toInt() == 1)
                ++inputs.edited;
            // The pattern comes from the workshops, which set the rhythm of a week.
            if (query.value(1).toString() != QLatin1String("workshop"))
                continue;
            const QDateTime start = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
            if (!inputs.usualWeekdays.contains(start.date().dayOfWeek()))
                inputs.usualWeekdays.append(start.date().dayOfWeek());
            ++times[start.time()];
            if (!query.value(2).toString().isEmpty())
                ++locations[query.value(2).toString()];
        }
    }
    std::sort(inputs.usualWeekdays.begin(), inputs.usualWeekdays.end());
    auto mostCommon = [](const auto &counts, auto fallback) {
        auto best = fallback;
        int most = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        }
        return best;
    };
    inputs.usualTime = mostCommon(times, QTime());
    inputs.usualLocation = mostCommon(locations, QString());
    return inputs;
}

ScheduleReplacement CohortSchedule::replacement(const QSqlDatabase &db, qint64 cohortId,
                                                bool keepEdited)
{
    ScheduleReplacement result;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT count(*), (SELECT count(*) FROM attendance a WHERE a.session_id IN (SELECT id "
        "FROM sessions WHERE cohort_id = :c AND (:all OR edited = 0))), (SELECT count(*) FROM "
        "survey_responses r WHERE r.session_id IN (SELECT id FROM sessions WHERE cohort_id = :c "
        "AND (:all OR edited = 0))) FROM sessions WHERE cohort_id = :c AND (:all OR edited = 0)"));
    query.bindValue(QStringLiteral(":c"), cohortId);
    query.bindValue(QStringLiteral(":all"), keepEdited ? 0 : 1);
    if (query.exec() && query.next()) {
        result.sessions = query.value(0).toInt();
        result.attendanceMarks = query.value(1).toInt();
        result.surveyAnswers = query.value(2).toInt();
    }
    return result;
}

QList<PlannedSession> CohortSchedule::withoutKept(const QSqlDatabase &db, qint64 cohortId,
                                                  const QList<PlannedSession> &planned)
{
    QHash<QString, int> kept;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT module_id, format, title FROM sessions WHERE cohort_id = "
                                 "? AND edited = 1"));
    query.addBindValue(cohortId);
    if (query.exec()) {
        while (query.next())
            ++kept[placeKey(query.value(0), query.value(1).toString(), query.value(2).toString())];
    }
    QList<PlannedSession> result;
    for (const PlannedSession &session : planned) {
        int &count = kept[placeKey(session.moduleId, session.format, session.title)];
        if (count > 0)
            --count;
        else
            result.append(session);
    }
    return result;
}

bool CohortSchedule::write(EditHistory &history, qint64 cohortId,
                           const QList<PlannedSession> &planned, bool keepEdited, int *written)
{
    const QSqlDatabase db = history.file().database();
    QList<qint64> replaced;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id FROM sessions WHERE cohort_id = ? AND (? OR edited = "
                                 "0) ORDER BY id"));
    query.addBindValue(cohortId);
    query.addBindValue(keepEdited ? 0 : 1);
    if (query.exec()) {
        while (query.next())
            replaced.append(query.value(0).toLongLong());
    }
    const QList<PlannedSession> sessions =
        keepEdited ? withoutKept(db, cohortId, planned) : planned;
    // An empty text, never NULL: the text columns are NOT NULL.
    auto notNull = [](const QString &value) {
        return value.isNull() ? QString(QLatin1String("")) : value;
    };
    QList<QVariantMap> rows;
    for (const PlannedSession &s : sessions)
        rows.append(
            {{QStringLiteral("cohort_id"), cohortId},
             {QStringLiteral("module_id"),
              s.moduleId > 0 ? QVariant(s.moduleId) : QVariant(QMetaType::fromType<qlonglong>())},
             {QStringLiteral("title"), notNull(s.title)},
             {QStringLiteral("starts_at"), SessionModel::storedStart(s.start)},
             {QStringLiteral("duration_minutes"), s.minutes},
             {QStringLiteral("format"), s.format},
             {QStringLiteral("facilitator"), notNull(s.facilitator)},
             {QStringLiteral("location"), notNull(s.location)},
             {QStringLiteral("edited"), 0}});
    const QString text =
        replaced.isEmpty()
            ? tr("Generate %n session(s)", nullptr, int(rows.size()))
            : tr("Regenerate the schedule (%n session(s))", nullptr, int(rows.size()));
    if (!ReplaceRowsCommand::apply(history, QStringLiteral("sessions"), replaced, rows, text))
        return false;
    if (written)
        *written = int(rows.size());
    return true;
}

} // namespace Upskill
