// SPDX-License-Identifier: GPL-3.0-or-later
#include "programreport.h"

#include "advancement.h"
#include "gapreport.h"
#include "pdfdocument.h"
#include "programsettings.h"
#include "reporthtml.h"
#include "rules.h"
#include "sqlerrors.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

namespace {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    if (error)
        *error = SqlErrors::explain(query.lastError());
    return false;
}

QString percent(double share)
{
    return QLocale().toString(100 * share, 'f', 0) + QStringLiteral(" %");
}

QString tileCell(const QString &value, const QString &label, const QString &detail,
                 const QString &background)
{
    return QStringLiteral("<td width=\"25%\" style=\"background-color: %1; padding: 8px\"><span "
                          "style=\"font-size: 18pt; font-weight: bold\">%2</span><br/>%3<br/><span "
                          "style=\"color: #555555; font-size: 8pt\">%4</span></td>")
        .arg(background, ReportHtml::escaped(value), ReportHtml::escaped(label),
             ReportHtml::escaped(detail));
}

QString kpiTile(const Kpi &kpi, int minGroupSize)
{
    QString background = QStringLiteral("#f5f5f5");
    QString standing = ProgramReport::tr("no data yet");
    if (kpi.withheld != Withheld::No) {
        standing = Suppression::reason(kpi.withheld, minGroupSize);
    } else if (const auto s = kpi.standing()) {
        switch (*s) {
        case Rules::Standing::Green:
            background = QStringLiteral("#e8f5e9");
            standing = ProgramReport::tr("on track");
            break;
        case Rules::Standing::Amber:
            background = QStringLiteral("#fff8e1");
            standing = ProgramReport::tr("close to target");
            break;
        case Rules::Standing::Red:
            background = QStringLiteral("#ffebee");
            standing = ProgramReport::tr("off track");
            break;
        }
    }
    return tileCell(kpi.value ? Kpis::formatValue(kpi.id, *kpi.value) : QStringLiteral("—"),
                    Kpis::name(kpi.id), Kpis::formatTarget(kpi) + QStringLiteral(" · ") + standing,
                    background);
}

QString figure(const QString &key)
{
    // Twice as wide as high: two fit on a page with their headings.
    return QStringLiteral("<p><img src=\"figure:%1\" width=\"1600\" height=\"800\"/></p>").arg(key);
}

} // namespace

std::optional<ProgramFigures> ProgramReport::compute(const QSqlDatabase &db, const QDate &asOf,
                                                     QString *error, int maxCohorts)
{
    ProgramFigures f;
    f.asOf = asOf;
    const ProgramSettings settings = ProgramSettings::load(db);
    f.organisation = settings.organisationName;
    f.minGroupSize = settings.minGroupSize;
    f.completionTarget = settings.completionTargetPct / 100.0;
    f.advancementTarget = settings.advancementTargetLevels;

    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT sum(status = 'planned'), sum(status = 'running'), "
                            "sum(status = 'completed') FROM cohorts"),
             {}, error) ||
        !query.next())
        return std::nullopt;
    f.cohortsPlanned = query.value(0).toInt();
    f.cohortsRunning = query.value(1).toInt();
    f.cohortsCompleted = query.value(2).toInt();

    if (!run(query,
             QStringLiteral(
                 "SELECT count(DISTINCT CASE WHEN e.status <> 'withdrawn' THEN e.participant_id "
                 "END), count(DISTINCT CASE WHEN e.status = 'completed' THEN e.participant_id END) "
                 "FROM enrollments e"),
             {}, error) ||
        !query.next())
        return std::nullopt;
    f.engineersEnrolled = query.value(0).toInt();
    f.engineersCompleted = query.value(1).toInt();

    const auto effectiveness = Effectiveness::compute(db, {}, error);
    if (!effectiveness)
        return std::nullopt;
    f.effectiveness = *effectiveness;

    // The cohorts leadership asks about: running and recent first, planned last.
    if (!run(query,
             QStringLiteral(
                 "SELECT c.id, c.name, t.name, c.quarter, c.status, count(e.id), "
                 "coalesce(sum(e.status = 'completed'), 0), coalesce(sum(e.status = "
                 "'withdrawn'), 0), (SELECT count(*) FROM cohorts) FROM cohorts c JOIN tracks t "
                 "ON t.id = c.track_id LEFT JOIN enrollments e ON e.cohort_id = c.id WHERE "
                 "c.status <> 'cancelled' GROUP BY c.id ORDER BY c.status = 'planned', "
                 "c.start_date DESC, c.name LIMIT ?"),
             {maxCohorts}, error))
        return std::nullopt;
    int total = 0;
    while (query.next()) {
        CohortFigures c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.track = query.value(2).toString();
        c.quarter = query.value(3).toString();
        c.status = query.value(4).toString();
        c.enrolled = query.value(5).toInt();
        c.completed = query.value(6).toInt();
        c.withdrawn = query.value(7).toInt();
        total = query.value(8).toInt();
        f.cohorts.append(c);
    }
    f.cohortsLeftOut = std::max(0, total - int(f.cohorts.size()));
    for (CohortFigures &c : f.cohorts) {
        const auto a = Advancement::compute(db, c.id, error);
        if (!a)
            return std::nullopt;
        if (!a->suppressed && a->pairs > 0)
            c.advancement = a->averageAdvancement();
    }

    const auto gaps = GapAnalysis::compute(db, {}, error);
    if (!gaps)
        return std::nullopt;
    f.gaps = *gaps;
    return f;
}

QString ProgramReport::html(const ProgramFigures &f, const ReportFigures *charts)
{
    const QLocale locale;
    QStringList meta;
    if (!f.organisation.isEmpty())
        meta.append(f.organisation);
    meta.append(tr("As of %1").arg(locale.toString(f.asOf, QLocale::LongFormat)));
    meta.append(tr("Figures about fewer than %1 people are withheld to protect individuals.")
                    .arg(f.minGroupSize));
    QString html = ReportHtml::begin(tr("AI upskilling program report"), meta);

    // The key figures, two rows of four: the program's size first, then the seven KPIs.
    const KpiSummary &kpis = f.effectiveness.kpis;
    html += QStringLiteral("<table cellspacing=\"6\" cellpadding=\"0\" width=\"100%\"><tr>");
    html += tileCell(QString::number(f.engineersEnrolled), tr("engineers in the program"),
                     tr("%1 have completed a track").arg(f.engineersCompleted),
                     QStringLiteral("#e3f2fd"));
    for (int i = 0; i < kpis.kpis.size(); ++i) {
        if (i == 3)
            html += QStringLiteral("</tr><tr>");
        html += kpiTile(kpis.kpis.at(i), kpis.minGroupSize);
    }
    html += QStringLiteral("</tr></table>");
    html += ReportHtml::note(tr("Cohorts: %1 running, %2 completed, %3 planned.")
                                 .arg(f.cohortsRunning)
                                 .arg(f.cohortsCompleted)
                                 .arg(f.cohortsPlanned));

    // The four levels, from "did they like it" to "what did it change".
    const EffectivenessFigures &e = f.effectiveness;
    const bool withCharts = charts != nullptr;
    html += ReportHtml::heading(tr("Effectiveness on four levels"), withCharts);
    bool firstLevel = true;
    const QLocale here;
    const auto level = [&](const QString &title, const QString &key, const QString &summary) {
        // With charts each level starts a page, so a heading never ends a page alone.
        html += QStringLiteral("<h3%1>%2</h3>")
                    .arg(withCharts && !firstLevel
                             ? QStringLiteral(" style=\"page-break-before: always\"")
                             : QString(),
                         ReportHtml::escaped(title));
        firstLevel = false;
        if (!summary.isEmpty())
            html += ReportHtml::note(summary);
        if (charts) {
            const QStringList keys = charts->keys(key);
            for (const QString &each : keys)
                html += figure(each);
        }
    };
    const CohortSatisfaction &end = e.satisfaction.endOfProgram;
    QString satisfaction;
    if (e.satisfaction.isEmpty())
        satisfaction = tr("No survey answers yet.");
    else if (end.rated >= e.satisfaction.minGroupSize)
        satisfaction = tr("End-of-program satisfaction %1 of 5 over %2 answers.")
                           .arg(here.toString(end.averageSatisfaction(), 'f', 1))
                           .arg(end.rated);
    level(tr("1. Satisfaction"), QStringLiteral("satisfaction"), satisfaction);
    QString knowledge;
    if (e.knowledge.isEmpty())
        knowledge = tr("No pre and post assessments yet.");
    else if (!e.knowledge.suppressed)
        knowledge = tr("Average advancement %1 levels over %2 people.")
                        .arg(GapReport::formatGap(e.knowledge.averageAdvancement()))
                        .arg(e.knowledge.people);
    level(tr("2. Knowledge"), QStringLiteral("knowledge"), knowledge);
    level(tr("3. Behaviour"), QStringLiteral("behaviour"),
          e.behaviour.isEmpty() ? tr("No follow-up figures after completion yet.") : QString());
    level(tr("4. Business impact"), QStringLiteral("impact"),
          e.impact.isEmpty() ? tr("No business-impact reports yet.") : QString());

    html += ReportHtml::heading(tr("Top skill gaps"), withCharts);
    const QList<int> priority = f.gaps.priority();
    if (priority.isEmpty()) {
        html += ReportHtml::note(f.gaps.totalsSuppressed
                                     ? tr("Withheld: too few people have been assessed.")
                                     : tr("Nobody is below target in any dimension."));
    } else {
        html += ReportHtml::tableBegin({tr("#"), tr("Dimension"), tr("Why it comes first")},
                                       {5, 30, 65});
        for (int i = 0; i < priority.size() && i < 5; ++i) {
            const DimensionGap &d = f.gaps.totals.at(priority.at(i));
            html += ReportHtml::row(
                {QString::number(i + 1),
                 QStringLiteral("<b>%1</b>").arg(ReportHtml::escaped(d.dimension.name)),
                 ReportHtml::escaped(GapReport::priorityReason(d))});
        }
        html += ReportHtml::tableEnd();
    }

    html += ReportHtml::heading(tr("Cohorts"));
    if (f.cohorts.isEmpty()) {
        html += ReportHtml::note(tr("No cohorts yet."));
    } else {
        html += ReportHtml::tableBegin({tr("Cohort"), tr("Track"), tr("Status"), tr("Enrolled"),
                                        tr("Completed"), tr("Completion"), tr("Advancement")},
                                       {23, 17, 12, 10, 11, 12, 15});
        for (const CohortFigures &c : f.cohorts) {
            const auto rate = c.completionRate();
            const bool low = rate && *rate < f.completionTarget;
            html += ReportHtml::row(
                {ReportHtml::escaped(c.name), ReportHtml::escaped(c.track),
                 ReportHtml::escaped(Vocabulary::label(Term::CohortStatus, c.status)),
                 QString::number(c.enrolled), QString::number(c.completed),
                 rate ? (low ? QStringLiteral("<span style=\"color:#b71c1c\">%1</span>")
                                   .arg(percent(*rate))
                             : percent(*rate))
                      : QString(),
                 c.advancement ? GapReport::formatGap(*c.advancement) : QString()});
        }
        html += ReportHtml::tableEnd();
        if (f.cohortsLeftOut > 0)
            html += ReportHtml::note(
                tr("%1 older or cancelled cohorts are not listed.").arg(f.cohortsLeftOut));
    }
    html += ReportHtml::note(tr("Completion: completed of everyone enrolled, for completed "
                                "cohorts. Advancement: average change from the pre to the post "
                                "assessment in levels, shown for cohorts with at least %1 people "
                                "assessed both times.")
                                 .arg(f.minGroupSize));
    return html + ReportHtml::end();
}

std::optional<PdfDocument::Report> ProgramReport::document(const QSqlDatabase &db, QString *error,
                                                           const FigureFactory &makeFigures)
{
    const auto figures = compute(db, QDate::currentDate(), error);
    if (!figures)
        return std::nullopt;
    std::shared_ptr<const ReportFigures> charts;
    if (makeFigures)
        charts = makeFigures(figures->effectiveness);
    return PdfDocument::Report{html(*figures, charts.get()),
                               {figures->organisation, tr("AI upskilling program report")},
                               charts};
}

bool ProgramReport::exportPdf(const QSqlDatabase &db, const QString &path, QString *error,
                              const FigureFactory &makeFigures)
{
    const auto report = document(db, error, makeFigures);
    return report && PdfDocument::write(*report, PdfDocument::pageSize(db), path, error);
}

} // namespace Upskill
