// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistreport.h"

#include "pdfdocument.h"
#include "programsettings.h"
#include "reporthtml.h"
#include "sqlerrors.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

std::optional<Checklist> ChecklistReport::load(const QSqlDatabase &db, qint64 cohortId,
                                               const QDate &asOf, QString *error)
{
    Checklist checklist;
    checklist.cohortId = cohortId;
    checklist.asOf = asOf;
    checklist.organisation = ProgramSettings::load(db).organisationName;
    QSqlQuery query(db);
    if (cohortId > 0) {
        query.prepare(
            QStringLiteral("SELECT c.name, t.name, c.start_date, c.end_date FROM "
                           "cohorts c JOIN tracks t ON t.id = c.track_id WHERE c.id = ?"));
        query.addBindValue(cohortId);
        if (!query.exec() || !query.next()) {
            if (error)
                *error = tr("The cohort does not exist.");
            return std::nullopt;
        }
        checklist.cohort = query.value(0).toString();
        checklist.track = query.value(1).toString();
        checklist.start = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        checklist.end = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    }
    // Sections in the order of the launch: preparation, infrastructure, measurement.
    query.prepare(QStringLiteral(
        "SELECT section, title, owner, due_date, done, done_on, note FROM checklist_items "
        "WHERE cohort_id IS ? ORDER BY CASE section WHEN 'pre_launch' THEN 1 WHEN "
        "'infrastructure' THEN 2 ELSE 3 END, position, id"));
    query.addBindValue(cohortId > 0 ? QVariant(cohortId) : QVariant());
    if (!query.exec()) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        ChecklistEntry entry;
        entry.section = query.value(0).toString();
        entry.title = query.value(1).toString();
        entry.owner = query.value(2).toString();
        entry.due = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        entry.done = query.value(4).toBool();
        entry.doneOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        entry.note = query.value(6).toString();
        entry.overdue = !entry.done && entry.due.isValid() && entry.due < asOf;
        checklist.done += entry.done;
        checklist.overdue += entry.overdue;
        checklist.entries.append(entry);
    }
    return checklist;
}

QString ChecklistReport::title(const Checklist &checklist)
{
    return checklist.cohort.isEmpty() ? tr("Program launch checklist")
                                      : tr("Launch checklist: %1").arg(checklist.cohort);
}

QString ChecklistReport::html(const Checklist &checklist)
{
    QStringList meta;
    if (!checklist.organisation.isEmpty())
        meta.append(checklist.organisation);
    if (!checklist.cohort.isEmpty()) {
        QString line = tr("Track: %1").arg(checklist.track);
        if (checklist.start.isValid())
            line += tr(" · runs %1 to %2")
                        .arg(ReportHtml::date(checklist.start), ReportHtml::date(checklist.end));
        meta.append(line);
    }
    meta.append(tr("As of %1: %2 of %3 done, %4 overdue")
                    .arg(QLocale().toString(checklist.asOf, QLocale::LongFormat))
                    .arg(checklist.done)
                    .arg(checklist.entries.size())
                    .arg(checklist.overdue));
    QString html = ReportHtml::begin(title(checklist), meta);
    if (checklist.entries.isEmpty())
        html += ReportHtml::note(tr("This checklist has no items yet."));

    QString section;
    for (const ChecklistEntry &entry : checklist.entries) {
        if (entry.section != section) {
            if (!section.isEmpty())
                html += ReportHtml::tableEnd();
            section = entry.section;
            html += ReportHtml::heading(Vocabulary::label(Term::ChecklistSection, section));
            html += ReportHtml::tableBegin({QString(), tr("Item"), tr("Owner"), tr("Due")},
                                           {5, 59, 20, 16});
        }
        QString item = ReportHtml::escaped(entry.title);
        if (!entry.note.isEmpty())
            item += QStringLiteral("<br/><span style=\"color:#555555; font-size:8.5pt\">%1</span>")
                        .arg(ReportHtml::escaped(entry.note));
        QString due = ReportHtml::date(entry.due);
        if (entry.overdue)
            due = QStringLiteral("<span style=\"color:#b71c1c\"><b>%1</b><br/>%2</span>")
                      .arg(due, tr("overdue"));
        else if (entry.done && entry.doneOn.isValid())
            due += QStringLiteral("<br/><span style=\"color:#2e7d32\">%1</span>")
                       .arg(tr("done %1").arg(ReportHtml::date(entry.doneOn)));
        // Check boxes from the font itself, so they print crisp at any size.
        const QString box = entry.done ? QStringLiteral("\u2611") : QStringLiteral("\u2610");
        html +=
            ReportHtml::row({QStringLiteral("<span style=\"font-size:13pt\">%1</span>").arg(box),
                             item, ReportHtml::escaped(entry.owner), due});
    }
    if (!section.isEmpty())
        html += ReportHtml::tableEnd();

    html += ReportHtml::heading(tr("Sign-off"));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"10\" width=\"100%\">");
    for (const QString &role : {tr("Program coordinator"), tr("Executive sponsor")})
        html +=
            QStringLiteral("<tr><td width=\"30%\">%1</td><td width=\"45%\" style=\"border-bottom: "
                           "1px solid #37474f\">%2</td><td width=\"25%\" style=\"border-bottom: "
                           "1px solid #37474f\">%3</td></tr>")
                .arg(ReportHtml::escaped(role), tr("Name and signature"), tr("Date"));
    html += QStringLiteral("</table>");
    return html + ReportHtml::end();
}

std::optional<PdfDocument::Report> ChecklistReport::document(const QSqlDatabase &db,
                                                             qint64 cohortId, QString *error)
{
    const auto checklist = load(db, cohortId, QDate::currentDate(), error);
    if (!checklist)
        return std::nullopt;
    return PdfDocument::Report{html(*checklist), {checklist->organisation, title(*checklist)}, {}};
}

bool ChecklistReport::exportPdf(const QSqlDatabase &db, qint64 cohortId, const QString &path,
                                QString *error)
{
    const auto report = document(db, cohortId, error);
    return report &&
           PdfDocument::write(report->html, report->header, PdfDocument::pageSize(db), path, error);
}

} // namespace Upskill
