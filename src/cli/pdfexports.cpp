// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfexports.h"

#include "checklistreport.h"
#include "commandline.h"
#include "gapreport.h"
#include "programfile.h"
#include "programreport.h"
#include "rosterreport.h"
#include "vocabulary.h"

#include <QSqlQuery>

namespace Upskill {

namespace {

// The cohort named on the command line: its id, 0 when none was named, -1 (with a message
// printed) when no cohort has that name.
qint64 cohortFromOption(const ExportJob &job, int *exitCode)
{
    const QString name = job.parser.value(QStringLiteral("cohort")).trimmed();
    if (name.isEmpty())
        return 0;
    QSqlQuery query(job.program.database());
    query.prepare(QStringLiteral("SELECT id FROM cohorts WHERE name = ?"));
    query.addBindValue(name);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    *exitCode = CommandLine::userError(
        PdfExports::tr("%1: there is no cohort named \"%2\"").arg(job.program.path(), name));
    return -1;
}

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
    options.filter.cohortId = cohortFromOption(job, &exitCode);
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
    const qint64 cohort = cohortFromOption(job, &exitCode);
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
    const qint64 cohort = cohortFromOption(job, &exitCode);
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
    if (!ProgramReport::exportPdf(job.program.database(), job.output, &error))
        return CommandLine::userError(error);
    CommandLine::print(PdfExports::tr("Wrote %1 (program report).").arg(job.output));
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
             tr("the program report for leadership: key figures, top gaps, completion and "
                "advancement per cohort")},
            {QStringLiteral("gap"),
             tr("the gap analysis: curriculum priority, the three rankings and a heatmap by "
                "role, team or cohort (never by person)")}};
}

QList<QCommandLineOption> PdfExports::options()
{
    return {
        QCommandLineOption(QStringLiteral("cohort"), tr("Only the people of this cohort (gap)."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("by"),
                           tr("Heatmap rows: role (default), team or cohort (gap)."), tr("GROUP")),
        QCommandLineOption(QStringLiteral("team"), tr("Only this team (gap)."), tr("TEAM")),
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
    return CommandLine::usageError(QStringLiteral("export"),
                                   tr("no PDF report called \"%1\"").arg(job.kind));
}

} // namespace Upskill
