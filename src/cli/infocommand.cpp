// SPDX-License-Identifier: GPL-3.0-or-later
#include "infocommand.h"

#include "commandline.h"
#include "programfile.h"
#include "sqlerrors.h"

#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

QString InfoCommand::summary()
{
    return tr("Show the file format, a full integrity check and the rows per table");
}

int InfoCommand::run(const QStringList &arguments)
{
    VerbParser parser(QStringLiteral("info"),
                      tr("Shows a program file's format version, the result of a full integrity "
                         "check and how many rows each table holds."),
                      tr("The program file to describe."));
    if (const auto exitCode = parser.parse(arguments))
        return *exitCode;

    QString error;
    // Reading only: a file open in a window can be described too.
    const auto file = ProgramFile::open(parser.file(), ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadShared);
    if (!file)
        return CommandLine::userError(error);

    QList<QPair<QString, qint64>> counts;
    const QSqlDatabase db = file->database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    for (const QString &table : file->tables()) {
        // The name comes from the file's own schema, never from the command line.
        const QString name = db.driver()->escapeIdentifier(table, QSqlDriver::TableName);
        if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + name) || !query.next())
            return CommandLine::userError(
                tr("%1: counting the rows of %2 failed: %3")
                    .arg(file->path(), table, SqlErrors::technical(query.lastError())));
        counts.append({table, query.value(0).toLongLong()});
    }
    const QStringList problems = file->integrityProblems(false);
    const bool intact = problems == QStringList{QStringLiteral("ok")};

    CommandLine::print(tr("File:            %1").arg(file->path()));
    CommandLine::print(tr("Schema version:  %1").arg(file->schemaVersion()));
    CommandLine::print(tr("Integrity check: %1").arg(intact ? QStringLiteral("ok") : tr("failed")));
    if (!intact) {
        for (const QString &problem : problems)
            CommandLine::print(QStringLiteral("  ") + problem);
    }
    CommandLine::print(tr("Rows per table:"));
    CommandLine::printCounts(counts);

    if (!intact)
        return CommandLine::userError(tr("%1 failed the integrity check.").arg(file->path()));
    return ExitSuccess;
}

} // namespace Upskill
