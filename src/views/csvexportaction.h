// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tableexport.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace Upskill {

class ProgramFile;

struct CsvExportRequest
{
    QString table;           // preselected; empty: the user chooses
    bool fixedTable = false; // the caller's table only (an area's own export)
    qint64 cohortId = 0;     // preselected cohort (e.g. the one selected in Cohorts)
};

// File → Export → "Table as CSV…" (and any "Export as CSV…" of an area): asks what and where
// (CsvExportDialog, with the byte order mark for Excel), then writes the file on a worker
// thread with a connection of its own while a progress dialog counts the rows and offers
// Cancel. A cancelled or failed export leaves an existing file as it was; a failure is shown.
class CsvExportAction
{
    Q_DECLARE_TR_FUNCTIONS(CsvExportAction)
public:
    using Request = CsvExportRequest;

    // The menu entry's text, with its mnemonic.
    static QString text();
    // Asks, writes, reports. status (optional) receives the line for the status bar. True when
    // a file was written.
    static bool run(QWidget *parent, const ProgramFile &program, const Request &request = {},
                    QString *status = nullptr);
    // Writes without asking, on a worker thread, with the progress dialog. Empty on success
    // (status set), else the message; "" with cancelled set when the user cancelled.
    static QString exportTo(QWidget *parent, const QString &programPath, const QString &table,
                            const QString &path, const TableExportOptions &options,
                            QString *status = nullptr, bool *cancelled = nullptr);
};

} // namespace Upskill
