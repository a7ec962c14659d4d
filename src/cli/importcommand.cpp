// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "commandline.h"
#include "importvalues.h"
#include "interruptguard.h"
#include "programfile.h"
#include "programimport.h"
#include "textencoding.h"

#include <QFileInfo>

#include <cstdio>

namespace Upskill {

namespace {

bool delimiterFrom(const QString &text, QChar *delimiter)
{
    const QString name = text.trimmed().toLower();
    if (name == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        *delimiter = QLatin1Char('\t');
    else if (name == QLatin1String("comma"))
        *delimiter = QLatin1Char(',');
    else if (name == QLatin1String("semicolon"))
        *delimiter = QLatin1Char(';');
    else if (name == QLatin1String("pipe"))
        *delimiter = QLatin1Char('|');
    else if (text.size() == 1 && text != QLatin1String("\"") && text != QLatin1String("\n") &&
             text != QLatin1String("\r"))
        *delimiter = text.front();
    else
        return false;
    return true;
}

// --map FIELD=COLUMN: FIELD by its key, its label or a rubric dimension's name, COLUMN by its
// header or its number.
bool applyMaps(const QStringList &maps, const ProgramImport &import, ColumnMapping *mapping,
               QString *error)
{
    for (const QString &map : maps) {
        const qsizetype equals = map.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *error = ImportCommand::tr("--map wants FIELD=COLUMN, not \"%1\"").arg(map);
            return false;
        }
        const QString fieldName = map.left(equals).trimmed();
        const QString columnName = map.mid(equals + 1).trimmed();
        QString key;
        QStringList known;
        for (const ImportField &field : import.fields()) {
            const QString name = field.dimensionId > 0 ? field.dimensionName : field.key;
            known.append(name);
            if (name.compare(fieldName, Qt::CaseInsensitive) == 0 ||
                field.label.compare(fieldName, Qt::CaseInsensitive) == 0)
                key = field.key;
        }
        if (key.isEmpty()) {
            *error = ImportCommand::tr("--map: there is no field \"%1\"; the fields are: %2")
                         .arg(fieldName, known.join(QStringLiteral(", ")));
            return false;
        }
        if (columnName.isEmpty()) {
            mapping->remove(key); // --map cohort= leaves the field out
            continue;
        }
        bool isNumber = false;
        int column = columnName.toInt(&isNumber) - 1;
        if (!isNumber) {
            column = -1;
            for (int i = 0; i < import.headers().size(); ++i) {
                if (import.headers().at(i).compare(columnName, Qt::CaseInsensitive) == 0)
                    column = i;
            }
        }
        if (column < 0 || column >= import.headers().size()) {
            *error = ImportCommand::tr("--map: the file has no column \"%1\"; its columns are: %2")
                         .arg(columnName, import.headers().join(QStringLiteral(", ")));
            return false;
        }
        mapping->insert(key, column);
    }
    return true;
}

QString describeMapping(const ProgramImport &import)
{
    QStringList parts;
    for (const ImportField &field : import.fields()) {
        const auto it = import.mapping().constFind(field.key);
        if (it != import.mapping().cend())
            parts.append(QStringLiteral("%1 ← \"%2\"").arg(field.label, import.headers().at(*it)));
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString ImportCommand::summary()
{
    return tr("Import participants, assessments or surveys from CSV or XLSX (KIND FILE --from "
              "DATA)");
}

int ImportCommand::run(const QStringList &arguments)
{
    QStringList kindNames;
    for (ImportKind kind : ImportFields::kinds())
        kindNames.append(ImportFields::kindName(kind));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The CSV file or Excel workbook (.xlsx) to import."),
                                  QStringLiteral("DATA"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        tr("Check every row and print what would happen, without writing anything."));
    const QCommandLineOption onDuplicate(
        QStringLiteral("on-duplicate"),
        tr("What to do with a row for someone already in the program or earlier in the file "
           "(the same email): skip it (the default) or update what is there with the file's "
           "non-empty cells."),
        QStringLiteral("skip|update"), QStringLiteral("skip"));
    const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"),
        tr("Write the valid rows even when others are refused; the refused rows are listed. "
           "Without it nothing is written while any row is refused."));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        tr("The CSV file's encoding instead of the detected one: %1.").arg(TextEncodings::names()),
        QStringLiteral("E"));
    const QCommandLineOption delimiter(
        QStringLiteral("delimiter"),
        tr("The CSV file's delimiter instead of the detected one: comma, semicolon, tab, pipe "
           "or the character itself."),
        QStringLiteral("D"));
    const QCommandLineOption sheet(QStringLiteral("sheet"),
                                   tr("The workbook's sheet to import instead of the first."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        tr("For rows without a kind of their own: the kind of assessment (self, pre, post, "
           "manager, annual) or of survey (session, end_of_program, mentor, manager)."),
        QStringLiteral("KIND"));
    const QCommandLineOption cohort(QStringLiteral("cohort"),
                                    tr("For rows without a cohort of their own: its name."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption date(QStringLiteral("date"),
                                  tr("For rows without a date of their own: YYYY-MM-DD."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        tr("Take FIELD from the column COLUMN (its header or number) instead of the column "
           "matched by name, or from no column with FIELD=; may be given several times."),
        QStringLiteral("FIELD=COLUMN"));

    VerbParser parser(
        QStringLiteral("import"),
        tr("Imports rows of a CSV file or an Excel workbook into a program. Columns are matched "
           "to the program's fields by their headers (Email, E-mail address, Name, Team, a "
           "rubric dimension's name, ...). Duplicates are found by email. The import is one "
           "transaction: if any row is refused, nothing is written."),
        tr("The program file to import into."));
    parser.addArgument(QStringLiteral("KIND"),
                       tr("What the rows are: %1.").arg(kindNames.join(QStringLiteral(", "))));
    for (const QCommandLineOption &option : {from, dryRun, onDuplicate, skipInvalid, encoding,
                                             delimiter, sheet, kindOption, cohort, date, map})
        parser.addOption(option);
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;

    ImportOptions options;
    if (!ImportFields::kindFromName(parser.argument(0), &options.kind))
        return CommandLine::usageError(
            parser.verb(), tr("unknown kind '%1'; the kinds are: %2")
                               .arg(parser.argument(0), kindNames.join(QStringLiteral(", "))));
    const QString data = parser.value(QStringLiteral("from"));
    if (data.isEmpty())
        return CommandLine::usageError(parser.verb(),
                                       tr("the file to import is missing (--from DATA)"));
    const QString duplicates = parser.value(QStringLiteral("on-duplicate"));
    if (duplicates == QLatin1String("update"))
        options.duplicates = ImportOptions::Duplicates::Update;
    else if (duplicates != QLatin1String("skip"))
        return CommandLine::usageError(
            parser.verb(), tr("--on-duplicate is skip or update, not '%1'").arg(duplicates));
    options.skipInvalid = parser.isSet(QStringLiteral("skip-invalid"));
    options.read.encoding = parser.value(QStringLiteral("encoding"));
    TextEncoding ignored;
    if (!options.read.encoding.isEmpty() &&
        !TextEncodings::fromName(options.read.encoding, &ignored))
        return CommandLine::usageError(parser.verb(),
                                       tr("unknown encoding '%1'; the encodings are: %2")
                                           .arg(options.read.encoding, TextEncodings::names()));
    if (parser.isSet(QStringLiteral("delimiter")) &&
        !delimiterFrom(parser.value(QStringLiteral("delimiter")), &options.read.delimiter))
        return CommandLine::usageError(
            parser.verb(),
            tr("--delimiter is comma, semicolon, tab, pipe or one character, not '%1'")
                .arg(parser.value(QStringLiteral("delimiter"))));
    options.read.sheet = parser.value(QStringLiteral("sheet"));
    options.defaultKind = parser.value(QStringLiteral("kind"));
    options.defaultCohort = parser.value(QStringLiteral("cohort"));
    if (parser.isSet(QStringLiteral("date"))) {
        QString error;
        if (!ImportValues::parseDate(parser.value(QStringLiteral("date")), &options.defaultDate,
                                     &error))
            return CommandLine::usageError(parser.verb(), QStringLiteral("--date: ") + error);
    }

    QString error;
    const auto file = ProgramFile::open(parser.file(), ProgramFile::Mode::OpenExisting, &error);
    if (!file)
        return CommandLine::userError(error);
    if (QFileInfo(data).canonicalFilePath() == QFileInfo(file->path()).canonicalFilePath())
        return CommandLine::userError(
            tr("%1 is the program file itself; import from a CSV file or a workbook.").arg(data));

    ProgramImport import(file->database(), options);
    if (!import.open(data, &error))
        return CommandLine::userError(error);
    // --map may come several times; the verb parser hands out one value per option.
    QStringList maps;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--map") && i + 1 < arguments.size())
            maps.append(arguments.at(++i));
        else if (argument.startsWith(QLatin1String("--map=")))
            maps.append(argument.mid(6));
    }
    if (!maps.isEmpty()) {
        ColumnMapping mapping = import.mapping();
        if (!applyMaps(maps, import, &mapping, &error))
            return CommandLine::usageError(parser.verb(), error);
        import.setMapping(mapping);
    }

    const bool check = parser.isSet(QStringLiteral("dry-run"));
    const bool showProgress = CommandLine::stderrIsTerminal();
    const InterruptGuard interruptGuard;
    int shownPercent = -1;
    const ImportResult result = import.run(
        check ? ProgramImport::Mode::Check : ProgramImport::Mode::Write, [&](double fraction) {
            const int percent = int(fraction * 100);
            if (showProgress && percent != shownPercent) {
                shownPercent = percent;
                std::fprintf(stderr, "\r%s", qUtf8Printable(tr("Importing… %1 %").arg(percent)));
                std::fflush(stderr);
            }
            return !InterruptGuard::interrupted();
        });
    if (showProgress && shownPercent >= 0)
        std::fputs("\r                    \r", stderr);

    const TableReader::Format format = import.reader()->format();
    for (const ImportProblem &problem : result.problems)
        std::fputs(
            qUtf8Printable(
                QStringLiteral("%1: %2\n").arg(data, ProgramImport::describe(problem, format))),
            stderr);
    if (result.problemCount > result.problems.size())
        std::fputs(qUtf8Printable(tr("%1: … and %n more problem(s)", nullptr,
                                     int(result.problemCount - result.problems.size()))
                                      .arg(data) +
                                  QLatin1Char('\n')),
                   stderr);
    if (!result.error.isEmpty())
        return CommandLine::userError(result.error);

    const QString kind = ImportFields::kindName(options.kind);
    CommandLine::print(
        check       ? tr("Checked %1 for %2 (%3; nothing written):").arg(data, file->path(), kind)
        : result.ok ? tr("Imported %1 into %2 (%3):").arg(data, file->path(), kind)
                    : tr("Did not import %1 into %2 (%3):").arg(data, file->path(), kind));
    // What was detected, so a wrong guess is seen and can be overridden.
    if (format == TableReader::Format::Csv) {
        const QChar delimiter = import.reader()->delimiter();
        const QString separator = delimiter == QLatin1Char('\t')  ? tr("tab")
                                  : delimiter == QLatin1Char(',') ? tr("comma")
                                  : delimiter == QLatin1Char(';') ? tr("semicolon")
                                                                  : QString(delimiter);
        CommandLine::print(tr("  read as: %1, %2-separated (--encoding and --delimiter change it)")
                               .arg(import.reader()->encodingName(), separator));
    } else if (!import.reader()->sheet().isEmpty()) {
        CommandLine::print(tr("  sheet: %1").arg(import.reader()->sheet()));
    }
    CommandLine::print(tr("  columns: %1").arg(describeMapping(import)));
    CommandLine::printCounts({{tr("rows read"), result.rows},
                              {tr("imported"), result.inserted},
                              {tr("updated"), result.updated},
                              {tr("skipped (duplicates)"), result.skipped},
                              {tr("refused (with problems)"), result.refused}});
    if (result.refused > 0 && !options.skipInvalid)
        return CommandLine::userError(
            tr("%1: %n row(s) refused, so nothing was written; fix them, or write the other "
               "rows with --skip-invalid.",
               nullptr, int(result.refused))
                .arg(data));
    if (result.refused > 0 && !check)
        CommandLine::print(
            tr("The refused rows were not imported: %1.")
                .arg(TableReader::position(format, result.refusedLines.first(), 0) +
                     (result.refused > 1 ? tr(" and %n more", nullptr, int(result.refused - 1))
                                         : QString())));
    return ExitSuccess;
}

} // namespace Upskill
