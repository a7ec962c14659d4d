// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommand.h"

#include "chartexports.h"
#include "commandline.h"
#include "csvexports.h"
#include "icsexport.h"
#include "interruptguard.h"
#include "pdfexports.h"
#include "programfile.h"

#include <QFileInfo>
#include <QSqlQuery>

#include <algorithm>

namespace Upskill {

namespace {

// Formats appear here when they are built, never before (CLI.md). Several entries may share
// a format, each with its own kinds.
const ExportCommand::Exporter exporters[] = {
    {"csv", &CsvExports::kinds, &CsvExports::run, &CsvExports::options},
    {"pdf", &PdfExports::kinds, &PdfExports::run, &PdfExports::options},
    {"chart", &ChartExports::kinds, &ChartExports::run, &ChartExports::options},
    // Its one kind is empty: `export ics FILE`, without KIND.
    {"ics", &IcsExport::kinds, &IcsExport::run, &IcsExport::options},
};

QStringList formats()
{
    QStringList names;
    for (const ExportCommand::Exporter &exporter : exporters) {
        const QString format = QString::fromLatin1(exporter.format);
        if (!names.contains(format))
            names.append(format);
    }
    return names;
}

QStringList kindsOf(const QString &format)
{
    QStringList names;
    for (const ExportCommand::Exporter &exporter : exporters) {
        if (format == QLatin1String(exporter.format)) {
            for (const auto &[kind, description] : exporter.kinds())
                names.append(kind);
        }
    }
    return names;
}

const ExportCommand::Exporter *find(const QString &format, const QString &kind)
{
    for (const ExportCommand::Exporter &exporter : exporters) {
        if (format != QLatin1String(exporter.format))
            continue;
        for (const auto &[name, description] : exporter.kinds()) {
            if (name == kind)
                return &exporter;
        }
    }
    return nullptr;
}

// Every exporter's options, each once: the parser must know them all before it knows which
// exporter the call is for.
QList<QCommandLineOption> allOptions()
{
    QList<QCommandLineOption> options;
    QStringList seen;
    for (const ExportCommand::Exporter &exporter : exporters) {
        if (!exporter.options)
            continue;
        for (const QCommandLineOption &option : exporter.options()) {
            if (!seen.contains(option.names().first())) {
                seen.append(option.names().first());
                options.append(option);
            }
        }
    }
    return options;
}

// A format whose one kind is empty (ics) is called as FORMAT FILE, without KIND.
bool takesNoKind(const QString &format)
{
    return kindsOf(format) == QStringList{QString()};
}

// The FORMAT and how many arguments came, read before the real parser is built: whether it
// expects a KIND depends on the format. Options are known so their values are not taken for
// arguments.
QStringList positionalArguments(const QStringList &arguments,
                                const QList<QCommandLineOption> &options)
{
    QCommandLineParser probe;
    probe.addOptions(options);
    probe.addHelpOption();
    probe.parse(arguments);
    return probe.positionalArguments();
}

QString helpDescription()
{
    QString text = ExportCommand::tr(
        "Writes a program, or part of it, to a file other programs read. FORMAT and KIND say "
        "what; the output goes to a temporary file first and replaces OUT only when it is "
        "complete, so a failed or cancelled export leaves OUT as it was.\n\nFORMAT KIND:\n");
    QList<QPair<QString, QString>> lines;
    qsizetype width = 0;
    for (const ExportCommand::Exporter &exporter : exporters) {
        for (const auto &[kind, description] : exporter.kinds()) {
            const QString name = QString::fromLatin1(exporter.format) + QLatin1Char(' ') + kind;
            width = std::max(width, name.size());
            lines.append({name, description});
        }
    }
    for (const auto &[name, description] : std::as_const(lines))
        text += QStringLiteral("  %1  %2\n").arg(name, -int(width)).arg(description);
    return text;
}

} // namespace

qint64 ExportCommand::cohortOption(const ExportJob &job, int *exitCode)
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
        tr("%1: there is no cohort named \"%2\"").arg(job.program.path(), name));
    return -1;
}

QString ExportCommand::summary()
{
    return tr("Export part of a program to a file (FORMAT KIND FILE -o OUT)");
}

int ExportCommand::run(const QStringList &arguments)
{
    const QCommandLineOption outputOption(
        QStringList{QStringLiteral("o"), QStringLiteral("output")},
        tr("The file to write; an existing one is replaced only when the export succeeds."),
        QStringLiteral("OUT"));
    VerbParser parser(QStringLiteral("export"), helpDescription(),
                      tr("The program file to export from."));
    const QList<QCommandLineOption> options = allOptions();
    const QStringList given = positionalArguments(arguments, options + QList{outputOption});
    const bool kindless = takesNoKind(given.value(0));
    if (kindless && given.size() > 2)
        return CommandLine::usageError(
            QStringLiteral("export"),
            tr("'%1' takes no KIND: export %1 FILE -o OUT").arg(given.value(0)));
    parser.addArgument(QStringLiteral("FORMAT"),
                       tr("The format to write: %1.").arg(formats().join(QStringLiteral(", "))));
    if (!kindless)
        parser.addArgument(QStringLiteral("KIND"),
                           tr("What to export in that format, such as a table for csv (ics "
                              "takes none)."));
    parser.addOption(outputOption);
    for (const QCommandLineOption &option : options)
        parser.addOption(option);
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;

    const QString format = parser.argument(0);
    const QString kind = kindless ? QString() : parser.argument(1);
    if (!formats().contains(format))
        return CommandLine::usageError(parser.verb(),
                                       tr("unknown format '%1'; the formats are: %2")
                                           .arg(format, formats().join(QStringLiteral(", "))));
    const Exporter *exporter = find(format, kind);
    if (!exporter)
        return CommandLine::usageError(
            parser.verb(), tr("unknown %1 export '%2'; there are: %3")
                               .arg(format, kind, kindsOf(format).join(QStringLiteral(", "))));
    const QList<QCommandLineOption> own =
        exporter->options ? exporter->options() : QList<QCommandLineOption>();
    for (const QCommandLineOption &option : options) {
        const QString name = option.names().first();
        const bool accepted = std::any_of(own.cbegin(), own.cend(),
                                          [&](const auto &o) { return o.names().first() == name; });
        if (parser.isSet(name) && !accepted)
            return CommandLine::usageError(
                parser.verb(), tr("--%1 does not apply to '%2 %3'").arg(name, format, kind));
    }
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return CommandLine::usageError(parser.verb(), tr("the output file is missing (-o OUT)"));

    QString error;
    // Exports only read: they run beside a window that has the file open for editing.
    const auto file = ProgramFile::open(parser.file(), ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadShared);
    if (!file)
        return CommandLine::userError(error);
    const QFileInfo outputInfo(output);
    if (outputInfo.exists() &&
        outputInfo.canonicalFilePath() == QFileInfo(file->path()).canonicalFilePath())
        return CommandLine::userError(
            tr("%1 is the program file itself; write the export to another file.")
                .arg(file->path()));

    const ExportJob job{*file, format, kind, outputInfo.absoluteFilePath(), parser};
    const InterruptGuard interruptGuard;
    return exporter->run(job);
}

} // namespace Upskill
