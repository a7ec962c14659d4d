// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace Upskill {

struct TableExportOptions
{
    // Only the rows of this cohort (0: all). For tables of people: the people who are or were
    // in it; for tracks and modules: the cohort's track.
    qint64 cohortId = 0;
    // UTF-8 with a byte order mark, which Excel needs to read anything but ASCII.
    bool byteOrderMark = false;
};

// A program's tables as CSV for people and tools outside the application (HR, a
// spreadsheet, a script). Ids are resolved to what a coordinator calls things: people by
// email and name, cohorts, tracks and rubric dimensions by name. Rows are streamed from a
// forward-only query to the file, so a million assessments never sit in memory. Text that a
// spreadsheet would run as a formula is defused per value (CsvWriter); the schema's STRICT
// tables keep numbers numbers, so a score or a negative cost stays a number.
//
// Which tables can be exported, with which columns and in which order, is a small registry
// in tableexport.cpp: one entry (name, description, query) per table.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
public:
    // Hears the rows written so far every few thousand rows; returning false cancels.
    using Progress = std::function<bool(qint64 rows)>;
    using Options = TableExportOptions;

    // The tables that can be exported, sorted by name.
    static QStringList tables();
    // One line on what a table's export holds; empty for an unknown table.
    static QString description(const QString &table);
    // Whether Options::cohortId means anything for the table.
    static bool appliesToCohort(const QString &table);

    // Writes table to path as CSV: a header of column names, then one record per row.
    // rows receives the number of data rows. On failure or cancellation path is left as it
    // was and error names what went wrong.
    static bool writeCsv(const QSqlDatabase &db, const QString &table, const QString &path,
                         qint64 *rows, QString *error, const Progress &progress = {},
                         const Options &options = {});
};

} // namespace Upskill
