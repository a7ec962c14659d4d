// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcommand.h"

#include "commandline.h"
#include "programfile.h"
#include "programhealth.h"

namespace Upskill {

namespace {
// Enough to act on in one sitting; --all lists the rest.
constexpr int DefaultLimit = 10;
} // namespace

QString HealthCommand::summary()
{
    return tr("List the program-health warnings, one per line");
}

int HealthCommand::run(const QStringList &arguments)
{
    VerbParser parser(
        QStringLiteral("health"),
        tr("Checks the program for the known ways upskilling programs fail (too much theory, "
           "no application projects, managers not briefed, no activity after a cohort, "
           "placement ignoring assessments, protected time eroding, mentors over capacity, "
           "cohort sizes, completion) and prints one warning per line: severity, check, the "
           "numbers, and in brackets where to fix it. Each check lists its worst %n "
           "warning(s) and counts the rest. The exit code is 0 whether or not there are "
           "warnings.",
           nullptr, DefaultLimit),
        tr("The program file to check."));
    const QCommandLineOption allOption(
        QStringLiteral("all"), tr("List every warning instead of the worst of each check."));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        tr("Check the program as on DATE (YYYY-MM-DD) instead of "
                                           "today."),
                                        tr("DATE"));
    parser.addOption(allOption);
    parser.addOption(dateOption);
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;

    HealthOptions options;
    options.limitPerCheck = parser.isSet(QStringLiteral("all")) ? 0 : DefaultLimit;
    if (parser.isSet(QStringLiteral("date"))) {
        const QString text = parser.value(QStringLiteral("date"));
        options.today = QDate::fromString(text, Qt::ISODate);
        if (!options.today.isValid())
            return CommandLine::usageError(
                parser.verb(), tr("--date '%1' is not a date like 2026-03-31").arg(text));
    }

    // Opened as `info` opens it: a file of this version is only read; an older one is
    // upgraded first (with a backup beside it), as the application would.
    QString error;
    const auto file = ProgramFile::open(parser.file(), ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadShared);
    if (!file)
        return CommandLine::userError(error);
    const auto report = ProgramHealth::compute(file->database(), options, &error);
    if (!report)
        return CommandLine::userError(tr("%1: %2").arg(file->path(), error));

    if (report->total() == 0) {
        CommandLine::print(ProgramHealth::noWarningsLine());
        return ExitSuccess;
    }
    for (const HealthGroup &group : report->groups) {
        for (const HealthWarning &warning : group.warnings)
            CommandLine::print(ProgramHealth::line(warning));
        if (group.more() > 0)
            CommandLine::print(ProgramHealth::moreLine(group) + tr(" (--all lists them)"));
    }
    return ExitSuccess;
}

} // namespace Upskill
