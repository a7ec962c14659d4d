// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexports.h"

#include "chartreportfigures.h"
#include "checklistreport.h"
#include "commandline.h"
#include "gapreport.h"
#include "programfile.h"
#include "programreport.h"
#include "providerreport.h"
#include "providerreportfigures.h"
#include "rosterreport.h"
#include "vocabulary.h"

namespace Upskill {

namespace {

int exportGap(const ExportJob &job)
{
    GapOptions options;
    const QString by = job.parser.value(QStringLiteral("by"));
    if (by.isEmpty() || by == QLatin1String("role"))
        options.grouping = GapGrouping::Role;
    else if (by == QLatin1String("team"))
        options.grouping = GapGrouping::Team;
    else if (by == QLatin1String("cohort"))
        options.grouping = GapGrouping::Cohort;
    else
        return CommandLine::usageError(
            QStringLiteral("export"),
            PdfExports::tr("--by takes role, team or cohort (the export never lists people), "
                           "not \"%1\"")
                .arg(by));
    const QString role = job.parser.value(QStringLiteral("role"));
    if (!role.isEmpty()) {
        options.filter.role = Vocabulary::keyFor(Term::Role, role);
        if (options.filter.role.isEmpty())
            return CommandLine::usageError(
                QStringLiteral("export"),
                PdfExports::tr("--role takes one of %1, not \"%2\"")
                    .arg(Vocabulary::keys(Term::Role).join(QStringLiteral(", ")), role));
    }
    options.filter.team = job.parser.value(QStringLiteral("team")).trimmed();
    int exitCode = ExitSuccess;
    options.filter.cohortId = ExportCommand::cohortOption(job, &exitCode);
    if (options.filter.cohortId < 0)
        return exitCode;

    QString error;
    if (!GapReport::exportPdf(job.program.database(), options, job.output, &error))
        return CommandLine::userError(error);
    CommandLine::print(PdfExports::tr("Wrote %1 (gap analysis by %2).")
                           .arg(job.output, GapAnalysis::groupingName(options.grouping).toLower()));
    return ExitSuccess;
}

int exportChecklist(const ExportJob &job)
{
    int exitCode = ExitSuccess;
    const qint64 cohort = ExportCommand::cohortOption(job, &exitCode);
    if (cohort < 0)
        return exitCode;
    QString error;
    if (!ChecklistReport::exportPdf(job.program.database(), cohort, job.output, &error))
        return CommandLine::userError(error);
    CommandLine::print(PdfExports::tr("Wrote %1 (launch checklist of %2).")
                           .arg(job.output, cohort > 0 ? job.parser.value(QStringLiteral("cohort"))
                                                       : PdfExports::tr("the program")));
    return ExitSuccess;
}

int exportRoster(const ExportJob &job)
{
    int exitCode = ExitSuccess;
    const qint64 cohort = ExportCommand::cohortOption(job, &exitCode);
    if (cohort < 0)
        return exitCode;
    if (cohort == 0)
        return CommandLine::usageError(QStringLiteral("export"),
                                       PdfExports::tr("the roster needs --cohort NAME"));
    QString error;
    if (!RosterReport::exportPdf(job.program.database(), cohort, job.output, &error))
        return CommandLine::userError(error);
    CommandLine::print(PdfExports::tr("Wrote %1 (roster of %2).")
                           .arg(job.output, job.parser.value(QStringLiteral("cohort"))));
    return ExitSuccess;
}

int exportProgramReport(const ExportJob &job)
{
    QString error;
    // With the dashboards' charts of the four levels, drawn as vector graphics.
    if (!ProgramReport::exportPdf(job.program.database(), job.output, &error,
                                  &ChartReportFigures::create))
        return CommandLine::userError(error);
    CommandLine::print(PdfExports::tr("Wrote %1 (program report).").arg(job.output));
    return ExitSuccess;
}

int exportProviders(const ExportJob &job)
{
    QString error;
    // With the comparison charts, drawn as vector graphics.
    if (!ProviderReport::exportPdf(job.program.database(), job.output, &error,
                                   &ProviderReportFigures::create))
        return CommandLine::userError(error);
    CommandLine::print(PdfExports::tr("Wrote %1 (training providers compared).").arg(job.output));
    return ExitSuccess;
}

} // namespace

ExportCommand::Kinds PdfExports::kinds()
{
    return {{QStringLiteral("checklist"),
             tr("the launch checklist of the program, or of --cohort NAME, with a sign-off "
                "block")},
            {QStringLiteral("roster"),
             tr("a cohort's roster (--cohort NAME): dates, track, instructors, participants "
                "with mentors, sessions")},
            {QStringLiteral("report"),
             tr("the program report for leadership: key figures, the four levels' charts, top "
                "gaps, completion and advancement per cohort")},
            {QStringLiteral("gap"),
             tr("the gap analysis: curriculum priority, the three rankings and a heatmap by "
                "role, team or cohort (never by person)")},
            {QStringLiteral("providers"),
             tr("the training providers compared for the decision: ranking, scores per "
                "criterion with charts, red flags, answers, reviews and the readiness check")}};
}

QList<QCommandLineOption> PdfExports::options()
{
    return {
        QCommandLineOption(QStringLiteral("cohort"),
                           tr("The cohort of a checklist or roster; only this cohort (gap, "
                              "chart)."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("by"),
                           tr("Heatmap rows: role (default), team or cohort (gap)."), tr("GROUP")),
        QCommandLineOption(QStringLiteral("team"), tr("Only this team (gap, chart)."), tr("TEAM")),
        QCommandLineOption(QStringLiteral("role"), tr("Only this role (gap)."), tr("ROLE")),
    };
}

int PdfExports::run(const ExportJob &job)
{
    if (job.kind == QLatin1String("gap"))
        return exportGap(job);
    if (job.kind == QLatin1String("checklist"))
        return exportChecklist(job);
    if (job.kind == QLatin1String("roster"))
        return exportRoster(job);
    if (job.kind == QLatin1String("report"))
        return exportProgramReport(job);
    if (job.kind == QLatin1String("providers"))
        return exportProviders(job);
    return CommandLine::usageError(QStringLiteral("export"),
                                   tr("no PDF report called \"%1\"").arg(job.kind));
}

} // namespace Upskill
