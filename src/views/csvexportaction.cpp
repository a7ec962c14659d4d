// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvexportaction.h"

#include "csvexportdialog.h"
#include "programfile.h"
#include "readerconnection.h"

#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <memory>

namespace Upskill {

namespace {

// Shared between the window and the worker: the rows written so far and a request to stop.
struct ExportProgress
{
    std::atomic<qint64> rows{0};
    std::atomic<bool> cancel{false};
};

struct ExportOutcome
{
    bool ok = false;
    qint64 rows = 0;
    QString error;
};

// A quick export finishes before the progress dialog would show; it never flashes.
constexpr int ProgressDelayMs = 400;

} // namespace

QString CsvExportAction::text()
{
    return tr("Table as &CSV…");
}

QString CsvExportAction::exportTo(QWidget *parent, const QString &programPath, const QString &table,
                                  const QString &path, const TableExportOptions &options,
                                  QString *status, bool *cancelled)
{
    if (cancelled)
        *cancelled = false;
    auto progress = std::make_shared<ExportProgress>();
    QFuture<ExportOutcome> future =
        QtConcurrent::run([programPath, table, path, options, progress] {
            ExportOutcome outcome;
            ReaderConnection reader(programPath);
            if (!reader.isOpen()) {
                outcome.error = reader.error();
                return outcome;
            }
            outcome.ok = TableExport::writeCsv(
                reader.database(), table, path, &outcome.rows, &outcome.error,
                [progress](qint64 rows) {
                    progress->rows = rows;
                    return !progress->cancel;
                },
                options);
            return outcome;
        });

    const QString fileName = QFileInfo(path).fileName();
    QProgressDialog dialog(tr("Writing %1…").arg(fileName), tr("Cancel"), 0, 0, parent);
    dialog.setWindowTitle(tr("Export as CSV"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.hide();
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&dialog, progress] {
        progress->cancel = true;
        dialog.setLabelText(tr("Cancelling…"));
        dialog.show();
    });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &dialog, [&dialog, progress, fileName] {
        if (!progress->cancel)
            dialog.setLabelText(tr("Writing %1: %2 rows so far…")
                                    .arg(fileName, QLocale().toString(progress->rows.load())));
    });
    tick.start(200);

    QEventLoop loop;
    QFutureWatcher<ExportOutcome> watcher;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    // First without user input and without a dialog: most exports end here. Only a long one
    // gets the progress dialog, which is modal, so the window cannot be closed under it.
    QTimer::singleShot(ProgressDelayMs, &loop, &QEventLoop::quit);
    if (!future.isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!future.isFinished()) {
        dialog.show();
        loop.exec();
    }
    tick.stop();
    dialog.hide();

    const ExportOutcome outcome = future.result();
    if (outcome.ok) {
        if (status)
            *status = tr("Wrote %n row(s) of %1 to %2.", nullptr, int(outcome.rows))
                          .arg(table, QDir::toNativeSeparators(path));
        return {};
    }
    if (progress->cancel) {
        if (cancelled)
            *cancelled = true;
        if (status)
            *status = tr("The export of %1 was cancelled; nothing was written.").arg(table);
        return {};
    }
    return outcome.error;
}

bool CsvExportAction::run(QWidget *parent, const ProgramFile &program, const Request &request,
                          QString *status)
{
    CsvExportDialog dialog(program.database(), program.path(), parent);
    if (!request.table.isEmpty())
        dialog.setTable(request.table, request.fixedTable);
    if (request.cohortId > 0)
        dialog.setCohort(request.cohortId);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    TableExportOptions options;
    options.cohortId = dialog.cohortId();
    options.byteOrderMark = dialog.byteOrderMark();
    bool cancelled = false;
    const QString error = exportTo(parent, program.path(), dialog.table(), dialog.path(), options,
                                   status, &cancelled);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Export as CSV"), error);
        return false;
    }
    return !cancelled;
}

} // namespace Upskill
