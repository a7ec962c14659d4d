// SPDX-License-Identifier: GPL-3.0-or-later
#include "rosterreport.h"

#include "pdfdocument.h"
#include "programsettings.h"
#include "reporthtml.h"
#include "sqlerrors.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

std::optional<Roster> RosterReport::load(const QSqlDatabase &db, qint64 cohortId, QString *error)
{
    Roster roster;
    roster.organisation = ProgramSettings::load(db).organisationName;
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT c.name, t.name, c.quarter, c.status, c.start_date, c.end_date, c.showcase_date, "
        "c.instructors, c.managers_briefed FROM cohorts c JOIN tracks t ON t.id = c.track_id "
        "WHERE c.id = ?"));
    query.addBindValue(cohortId);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("The cohort does not exist.");
        return std::nullopt;
    }
    roster.cohort = query.value(0).toString();
    roster.track = query.value(1).toString();
    roster.quarter = query.value(2).toString();
    roster.status = query.value(3).toString();
    roster.start = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    roster.end = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    roster.showcase = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    roster.instructors = query.value(7).toString();
    roster.managersBriefed = query.value(8).toBool();

    query.prepare(QStringLiteral(
        "SELECT s.starts_at, s.duration_minutes, coalesce(nullif(s.title, ''), m.title, ''), "
        "s.format, s.facilitator, s.location FROM sessions s LEFT JOIN modules m ON m.id = "
        "s.module_id WHERE s.cohort_id = ? ORDER BY s.starts_at"));
    query.addBindValue(cohortId);
    if (!query.exec()) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return std::nullopt;
    }
    while (query.next())
        roster.sessions.append({QDateTime::fromString(query.value(0).toString(), Qt::ISODate),
                                query.value(1).toInt(), query.value(2).toString(),
                                query.value(3).toString(), query.value(4).toString(),
                                query.value(5).toString()});

    // Each participant's mentor for this cohort (the first one when there are several).
    query.prepare(QStringLiteral(
        "SELECT p.name, p.email, p.role, p.team, p.manager, e.status, (SELECT mp.name FROM "
        "mentorships ms JOIN participants mp ON mp.id = ms.mentor_id WHERE ms.mentee_id = p.id "
        "AND (ms.cohort_id = e.cohort_id OR ms.cohort_id IS NULL) ORDER BY ms.cohort_id IS NULL, "
        "ms.id LIMIT 1) FROM enrollments e JOIN participants p ON p.id = e.participant_id WHERE "
        "e.cohort_id = ? ORDER BY e.status = 'withdrawn', p.name"));
    query.addBindValue(cohortId);
    if (!query.exec()) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return std::nullopt;
    }
    while (query.next())
        roster.members.append({query.value(0).toString(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toString(),
                               query.value(4).toString(), query.value(5).toString(),
                               query.value(6).toString()});
    return roster;
}

QString RosterReport::html(const Roster &roster, const QDate &generatedOn)
{
    const QLocale locale;
    QStringList meta;
    if (!roster.organisation.isEmpty())
        meta.append(roster.organisation);
    meta.append(tr("%1 · %2 · %3")
                    .arg(roster.track, roster.quarter,
                         Vocabulary::label(Term::CohortStatus, roster.status)));
    if (roster.start.isValid())
        meta.append(
            tr("Runs %1 to %2").arg(ReportHtml::date(roster.start), ReportHtml::date(roster.end)));
    if (!roster.instructors.isEmpty())
        meta.append(tr("Instructors: %1").arg(roster.instructors));
    if (roster.showcase.isValid())
        meta.append(tr("Showcase: %1").arg(ReportHtml::date(roster.showcase)));
    meta.append(roster.managersBriefed ? tr("Managers briefed") : tr("Managers not briefed yet"));
    meta.append(tr("Printed %1").arg(locale.toString(generatedOn, QLocale::LongFormat)));
    QString html = ReportHtml::begin(tr("Cohort roster: %1").arg(roster.cohort), meta);

    int active = 0;
    for (const Roster::Member &m : roster.members)
        active += m.status != QLatin1String("withdrawn");
    html += ReportHtml::heading(tr("Participants (%1)").arg(active));
    if (roster.members.isEmpty()) {
        html += ReportHtml::note(tr("Nobody is enrolled yet."));
    } else {
        html += ReportHtml::tableBegin(
            {tr("Name"), tr("Role"), tr("Team"), tr("Manager"), tr("Mentor"), tr("Status")},
            {22, 14, 18, 17, 17, 12});
        for (const Roster::Member &m : roster.members) {
            const bool withdrawn = m.status == QLatin1String("withdrawn");
            html += ReportHtml::row(
                {QStringLiteral("%1<br/><span style=\"color:#555555; font-size:8pt\">%2</span>")
                     .arg(ReportHtml::escaped(m.name), ReportHtml::escaped(m.email)),
                 ReportHtml::escaped(Vocabulary::label(Term::Role, m.role)),
                 ReportHtml::escaped(m.team), ReportHtml::escaped(m.manager),
                 ReportHtml::escaped(m.mentor),
                 ReportHtml::escaped(Vocabulary::label(Term::EnrollmentStatus, m.status))},
                withdrawn ? QStringLiteral("color: #777777") : QString());
        }
        html += ReportHtml::tableEnd();
    }

    html += ReportHtml::heading(tr("Sessions (%1)").arg(roster.sessions.size()));
    if (roster.sessions.isEmpty()) {
        html += ReportHtml::note(tr("No sessions are scheduled yet."));
    } else {
        html += ReportHtml::tableBegin(
            {tr("When"), tr("Session"), tr("Format"), tr("Facilitator"), tr("Where")},
            {20, 34, 16, 14, 16});
        for (const Roster::Session &s : roster.sessions) {
            const QString when =
                QStringLiteral("%1<br/>%2–%3")
                    .arg(locale.toString(s.starts.date(), QStringLiteral("ddd d MMM")),
                         s.starts.time().toString(QStringLiteral("HH:mm")),
                         s.starts.addSecs(s.minutes * 60).time().toString(QStringLiteral("HH:mm")));
            html += ReportHtml::row(
                {when, ReportHtml::escaped(s.title),
                 ReportHtml::escaped(Vocabulary::label(Term::SessionFormat, s.format)),
                 ReportHtml::escaped(s.facilitator), ReportHtml::escaped(s.location)});
        }
        html += ReportHtml::tableEnd();
    }
    return html + ReportHtml::end();
}

std::optional<PdfDocument::Report> RosterReport::document(const QSqlDatabase &db, qint64 cohortId,
                                                          QString *error)
{
    const auto roster = load(db, cohortId, error);
    if (!roster)
        return std::nullopt;
    return PdfDocument::Report{html(*roster, QDate::currentDate()),
                               {roster->organisation, tr("Cohort roster: %1").arg(roster->cohort)},
                               {}};
}

bool RosterReport::exportPdf(const QSqlDatabase &db, qint64 cohortId, const QString &path,
                             QString *error)
{
    const auto report = document(db, cohortId, error);
    return report &&
           PdfDocument::write(report->html, report->header, PdfDocument::pageSize(db), path, error);
}

} // namespace Upskill
