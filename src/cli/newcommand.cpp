// SPDX-License-Identifier: GPL-3.0-or-later
#include "newcommand.h"

#include "commandline.h"
#include "programfile.h"

namespace Upskill {

QString NewCommand::summary()
{
    return tr("Create a program file with the default content");
}

int NewCommand::run(const QStringList &arguments)
{
    VerbParser parser(QStringLiteral("new"),
                      tr("Creates a program file with the default content: the settings, the "
                         "skill rubric, the tracks with their modules, the launch-checklist "
                         "template and the provider-evaluation criteria."),
                      tr("The program file to create; it must not exist yet."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;

    QString error;
    const auto file = ProgramFile::open(parser.file(), ProgramFile::Mode::CreateNew, &error);
    if (!file)
        return CommandLine::userError(error);
    CommandLine::print(
        tr("Created %1 (file format %2).").arg(file->path()).arg(file->schemaVersion()));
    return ExitSuccess;
}

} // namespace Upskill
