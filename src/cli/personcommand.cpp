// SPDX-License-Identifier: GPL-3.0-or-later
#include "personcommand.h"

#include "backups.h"
#include "commandline.h"
#include "personerasure.h"
#include "personexport.h"
#include "programfile.h"

#include <QDir>
#include <QFileInfo>

namespace Upskill {

namespace {

QList<QPair<QString, qint64>> pairs(const QList<PersonErasure::Count> &counts)
{
    QList<QPair<QString, qint64>> result;
    for (const PersonErasure::Count &count : counts)
        result.append({count.label, count.rows});
    return result;
}

int exportPerson(const VerbParser &parser, const QString &email)
{
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CommandLine::usageError(
            parser.verb(), PersonCommand::tr("the output file is missing (-o OUT.json)"));
    QString error;
    const auto file = ProgramFile::open(parser.file(), ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadShared);
    if (!file)
        return CommandLine::userError(error);
    const QFileInfo outputInfo(output);
    if (outputInfo.exists() &&
        outputInfo.canonicalFilePath() == QFileInfo(file->path()).canonicalFilePath())
        return CommandLine::userError(
            PersonCommand::tr("%1 is the program file itself; write the export to another file.")
                .arg(file->path()));
    QList<QPair<QString, qint64>> counts;
    if (!PersonExport::writeJson(file->database(), email, outputInfo.absoluteFilePath(), &error,
                                 &counts))
        return CommandLine::userError(error);
    CommandLine::print(
        PersonCommand::tr("Wrote %1: the data of %2, rows per part:")
            .arg(QDir::toNativeSeparators(outputInfo.absoluteFilePath()), email.trimmed()));
    CommandLine::printCounts(counts);
    return ExitSuccess;
}

int erasePerson(const VerbParser &parser, const QString &email)
{
    if (parser.isSet(QStringLiteral("output")))
        return CommandLine::usageError(parser.verb(),
                                       PersonCommand::tr("-o does not apply to 'person erase'"));
    QString error;
    // Exclusive: refused, naming the owner, while a window has the file open.
    auto file = ProgramFile::open(parser.file(), ProgramFile::Mode::OpenExisting, &error);
    if (!file)
        return CommandLine::userError(error);
    const QString path = file->path();
    auto report = PersonErasure::erase(file->database(), email, &error);
    if (!report)
        return CommandLine::userError(error);
    // Still under the lock, so no window opens the file half-way through.
    PersonErasure::eraseFromBackups(path, email, &*report);
    file.reset();

    CommandLine::print(
        PersonCommand::tr("Erased %1 (%2) from %3. Removed:")
            .arg(report->person.email, report->person.name, QDir::toNativeSeparators(path)));
    if (report->removed.isEmpty())
        CommandLine::print(PersonCommand::tr("  only their participant record"));
    CommandLine::printCounts(pairs(report->removed));
    if (!report->namesCleared.isEmpty()) {
        CommandLine::print(PersonCommand::tr("Their name was cleared in:"));
        CommandLine::printCounts(pairs(report->namesCleared));
    }
    if (report->namesakes > 0)
        CommandLine::print(
            PersonCommand::tr("Other participants are also called %1 (%2), so fields that name "
                              "someone by name (manager, facilitator, instructors, checklist "
                              "owner) were left as they are; check them by hand.")
                .arg(report->person.name)
                .arg(report->namesakes));
    CommandLine::print(PersonCommand::tr("Backups cleaned: %1 (in %2).")
                           .arg(report->backupsCleaned)
                           .arg(QDir::toNativeSeparators(Backups::folderFor(path))));
    if (!report->mentions.isEmpty()) {
        CommandLine::print(PersonCommand::tr("Free text that still contains their name or email "
                                             "(check and edit it by hand):"));
        CommandLine::printCounts(pairs(report->mentions));
    }
    for (const QString &problem : std::as_const(report->backupProblems))
        CommandLine::print(PersonCommand::tr("A backup could not be cleaned: %1").arg(problem));
    if (!report->compacted)
        return CommandLine::userError(
            PersonCommand::tr("%1: the person was erased, but the file could not be compacted, "
                              "so parts of their data may remain in unused space of the file.")
                .arg(QDir::toNativeSeparators(path)));
    if (!report->backupProblems.isEmpty())
        return CommandLine::userError(
            PersonCommand::tr("%1: the person was erased from the program, but not from every "
                              "backup (see above).")
                .arg(QDir::toNativeSeparators(path)));
    return ExitSuccess;
}

} // namespace

QString PersonCommand::summary()
{
    return tr("Export all data about one person, or erase them (export|erase FILE --email E)");
}

int PersonCommand::run(const QStringList &arguments)
{
    const QCommandLineOption emailOption(
        QStringLiteral("email"), tr("The person, by their email address."), QStringLiteral("E"));
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        tr("The JSON file to write (export); an existing one is replaced only when the export "
           "succeeds."),
        QStringLiteral("OUT"));
    VerbParser parser(
        QStringLiteral("person"),
        tr("A person's request about their data.\n\n"
           "export writes everything the program holds about them to a JSON file: their record "
           "and their rows of every table (enrollments, assessments, attendance, survey answers "
           "given by name, mentorships, projects, protected time, learning log, community "
           "events, follow-up figures, reading groups).\n\n"
           "erase removes them from every table in one transaction, clears their name where "
           "other records name them (manager, facilitator, instructor, checklist owner) unless "
           "someone else has the same name, "
           "deletes the survey answers they gave by name (anonymous answers stay), compacts the "
           "file so nothing of them remains in unused space, and erases them from the file's "
           "backups too. It cannot be undone; export their data first if they asked for it. It "
           "needs the file to itself: close it in Upskill Planner first."),
        tr("The program file."));
    parser.addArgument(QStringLiteral("ACTION"), tr("export or erase."));
    parser.addOption(emailOption);
    parser.addOption(outputOption);
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;

    const QString action = parser.argument(0);
    const QString email = parser.value(QStringLiteral("email")).trimmed();
    if (action != QLatin1String("export") && action != QLatin1String("erase"))
        return CommandLine::usageError(
            parser.verb(), tr("unknown action '%1'; the actions are: export, erase").arg(action));
    if (email.isEmpty())
        return CommandLine::usageError(parser.verb(), tr("the person is missing (--email E)"));
    return action == QLatin1String("export") ? exportPerson(parser, email)
                                             : erasePerson(parser, email);
}

} // namespace Upskill
