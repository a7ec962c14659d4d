// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexports.h"

#include "commandline.h"
#include "interruptguard.h"
#include "programfile.h"
#include "tableexport.h"

namespace Upskill {

ExportCommand::Kinds CsvExports::kinds()
{
    ExportCommand::Kinds kinds;
    for (const QString &table : TableExport::tables())
        kinds.append({table, TableExport::description(table)});
    return kinds;
}

QList<QCommandLineOption> CsvExports::options()
{
    return {
        // The first exporter's description of a shared option is the one --help shows.
        QCommandLineOption(QStringLiteral("cohort"),
                           tr("The cohort: of a checklist, roster or calendar (pdf, ics); only its "
                              "rows (csv, gap, chart)."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("bom"),
                           tr("Start the CSV with a UTF-8 byte order mark, so Excel shows "
                              "accents and other non-English letters correctly (csv).")),
    };
}

int CsvExports::run(const ExportJob &job)
{
    TableExport::Options options;
    options.byteOrderMark = job.parser.isSet(QStringLiteral("bom"));
    int exitCode = ExitSuccess;
    options.cohortId = ExportCommand::cohortOption(job, &exitCode);
    if (options.cohortId < 0)
        return exitCode;
    if (options.cohortId > 0 && !TableExport::appliesToCohort(job.kind))
        return CommandLine::usageError(
            QStringLiteral("export"),
            tr("--cohort does not apply to 'csv %1': it is not kept per cohort").arg(job.kind));

    qint64 rows = 0;
    QString error;
    if (!TableExport::writeCsv(
            job.program.database(), job.kind, job.output, &rows, &error,
            [](qint64) { return !InterruptGuard::interrupted(); }, options))
        return CommandLine::userError(error);
    CommandLine::print(tr("Wrote %1 (%2, rows: %3).").arg(job.output, job.kind).arg(rows));
    return ExitSuccess;
}

} // namespace Upskill
