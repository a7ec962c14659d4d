// SPDX-License-Identifier: GPL-3.0-or-later
#include "democommand.h"

#include "commandline.h"
#include "demoprogram.h"
#include "programfile.h"
#include "programsettings.h"

#include <QElapsedTimer>
#include <QFile>

#include <csignal>
#include <cstdio>

namespace Upskill {

namespace {

volatile std::sig_atomic_t interrupted = 0;

void onInterrupt(int)
{
    interrupted = 1;
}

// The file is new, so everything of it goes: SQLite's sidecar files too.
void removeProgramFile(const QString &path)
{
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

} // namespace

QString DemoCommand::summary()
{
    return tr("Create a realistic demo program (--engineers N, --seed S)");
}

int DemoCommand::run(const QStringList &arguments)
{
    const QCommandLineOption engineersOption(
        QStringLiteral("engineers"),
        tr("How many engineers the program has (1 to %1; default 180).")
            .arg(DemoProgram::MaxEngineers),
        QStringLiteral("N"), QStringLiteral("180"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"),
        tr("Seed of the random choices: the same seed gives the same program (default 1)."),
        QStringLiteral("S"), QStringLiteral("1"));
    VerbParser parser(QStringLiteral("demo"),
                      tr("Creates a program file with a realistic demo program: engineers in "
                         "teams, four quarters of cohorts up to the current one and one planned, "
                         "with assessments, sessions, attendance, surveys, projects, mentors, "
                         "protected time, follow-up metrics, community events and providers. "
                         "Prints what it wrote and how long it took."),
                      tr("The program file to create; it must not exist yet."));
    parser.addOption(engineersOption);
    parser.addOption(seedOption);
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;

    DemoProgram::Options options;
    bool ok = false;
    const QString engineers = parser.value(QStringLiteral("engineers"));
    options.engineers = engineers.toInt(&ok);
    if (!ok || options.engineers < 1 || options.engineers > DemoProgram::MaxEngineers)
        return CommandLine::usageError(
            parser.verb(), tr("--engineers must be a whole number from 1 to %1, not '%2'")
                               .arg(DemoProgram::MaxEngineers)
                               .arg(engineers));
    const QString seed = parser.value(QStringLiteral("seed"));
    options.seed = seed.toUInt(&ok);
    if (!ok)
        return CommandLine::usageError(
            parser.verb(),
            tr("--seed must be a whole number from 0 to 4294967295, not '%1'").arg(seed));

    QElapsedTimer timer;
    timer.start();
    // Ctrl+C cancels through the progress callback, so the half-made file can be removed;
    // caught from the start, a press while the file is being created counts too.
    interrupted = 0;
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    const bool terminal = CommandLine::stderrIsTerminal();
    const auto progress = [terminal](int percent) {
        if (terminal) {
            std::fputs(qUtf8Printable(tr("\rGenerating the demo program: %1 %").arg(percent)),
                       stderr);
            std::fflush(stderr);
        }
        return interrupted == 0;
    };

    QString error;
    auto file = ProgramFile::open(parser.file(), ProgramFile::Mode::CreateNew, &error);
    if (!file) {
        std::signal(SIGINT, previousHandler);
        return CommandLine::userError(error);
    }
    const QString path = file->path();
    DemoProgram::RowCounts counts;
    const bool generated = DemoProgram::generate(*file, options, progress, &error, &counts);
    std::signal(SIGINT, previousHandler);
    if (terminal)
        std::fputs("\n", stderr);
    if (!generated) {
        file.reset();
        removeProgramFile(path);
        return CommandLine::userError(tr("%1 was not created: %2").arg(path, error));
    }

    const QString organisation = ProgramSettings::load(file->database()).organisationName;
    file.reset(); // closing checkpoints the write-ahead log: part of the time it takes
    CommandLine::print(tr("Created %1: the demo program of %2 (engineers: %3, seed: %4).")
                           .arg(path, organisation)
                           .arg(options.engineers)
                           .arg(options.seed));
    CommandLine::printCounts(counts);
    CommandLine::print(tr("Elapsed: %1 s").arg(timer.elapsed() / 1000.0, 0, 'f', 2));
    return ExitSuccess;
}

} // namespace Upskill
