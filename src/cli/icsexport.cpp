// SPDX-License-Identifier: GPL-3.0-or-later
#include "icsexport.h"

#include "calendarexport.h"
#include "commandline.h"
#include "programfile.h"

namespace Upskill {

ExportCommand::Kinds IcsExport::kinds()
{
    return {{QString(), tr("a cohort's sessions for calendar programs (--cohort NAME; "
                           "--time-zone ZONE, the computer's by default)")}};
}

QList<QCommandLineOption> IcsExport::options()
{
    return {
        QCommandLineOption(QStringLiteral("cohort"), tr("The cohort whose sessions to export."),
                           tr("NAME")),
        QCommandLineOption(QStringLiteral("time-zone"),
                           tr("The time zone the sessions' times are in, such as Europe/Berlin "
                              "(ics; the computer's by default)."),
                           tr("ZONE")),
    };
}

int IcsExport::run(const ExportJob &job)
{
    int exitCode = ExitSuccess;
    const qint64 cohort = ExportCommand::cohortOption(job, &exitCode);
    if (cohort < 0)
        return exitCode;
    if (cohort == 0)
        return CommandLine::usageError(QStringLiteral("export"),
                                       tr("the calendar needs --cohort NAME"));
    CalendarExport::Options options;
    const QString zoneName = job.parser.value(QStringLiteral("time-zone")).trimmed();
    if (!zoneName.isEmpty()) {
        options.zone = QTimeZone(zoneName.toUtf8());
        if (!options.zone.isValid())
            return CommandLine::usageError(
                QStringLiteral("export"),
                tr("--time-zone takes a zone such as Europe/Berlin or America/New_York, not "
                   "\"%1\"")
                    .arg(zoneName));
    }
    QString error;
    QString cohortName;
    const auto events =
        CalendarExport::events(job.program.database(), cohort, options, &cohortName, &error);
    if (!events)
        return CommandLine::userError(tr("%1: %2").arg(job.program.path(), error));
    // The write error names the output file itself.
    if (!CalendarExport::write(*events, cohortName, job.output, options, &error))
        return CommandLine::userError(error);
    CommandLine::print(
        tr("Wrote %1 (%n session(s) of %2, times in %3).", nullptr, int(events->size()))
            .arg(job.output, cohortName, QString::fromUtf8(options.zone.id())));
    return ExitSuccess;
}

} // namespace Upskill
