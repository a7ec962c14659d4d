// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Upskill {

class ProgramFile;
class VerbParser;

// What an exporter is handed once the command line has been checked: the open program,
// the kind asked for (a table for csv, a report for pdf...) and the output path, which is
// absolute and not the program file itself. parser answers the exporter's own options.
struct ExportJob
{
    ProgramFile &program;
    QString format;
    QString kind;
    QString output;
    const VerbParser &parser;
};

// upskill-cli export FORMAT KIND FILE -o OUT: a program, or part of it, in a file other
// programs read. Each format plugs in as an entry of the exporter table in
// exportcommand.cpp: the format, the kinds it writes, the function that writes one and the
// options it takes.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    // A kind of an export and the line --help shows for it.
    using Kinds = QList<QPair<QString, QString>>;
    struct Exporter
    {
        const char *format;
        Kinds (*kinds)();
        // Writes job.output and prints what it wrote; returns the exit code (CLI.md), so a
        // failure goes through CommandLine::userError(). Ctrl+C sets
        // InterruptGuard::interrupted() while it runs.
        int (*run)(const ExportJob &job);
        // Options it takes besides -o, such as --cohort; nullptr when none.
        QList<QCommandLineOption> (*options)() = nullptr;
    };

    static QString summary();
    // The cohort named by --cohort: its id, 0 when none was named, -1 when no cohort has that
    // name (the message is printed and *exitCode set).
    static qint64 cohortOption(const ExportJob &job, int *exitCode);
    // arguments: the program name followed by what came after the verb.
    static int run(const QStringList &arguments);
};

} // namespace Upskill
