// SPDX-License-Identifier: GPL-3.0-or-later
#include "importjob.h"

#include "readerconnection.h"
#include "writerconnection.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Upskill {

namespace {

ImportResult runImport(const QSqlDatabase &db, const QString &dataPath,
                       const ImportOptions &options, ProgramImport::Mode mode,
                       const ProgramImport::Progress &progress)
{
    ProgramImport import(db, options);
    ImportResult result;
    if (!import.open(dataPath, &result.error))
        return result;
    return import.run(mode, progress);
}

} // namespace

ImportJob::ImportJob(QObject *parent) : QObject(parent), m_state(std::make_shared<State>())
{
    connect(&m_watcher, &QFutureWatcher<ImportResult>::finished, this, [this] {
        m_running = false;
        Q_EMIT finished(m_watcher.result());
    });
}

ImportJob::~ImportJob()
{
    // The worker must not outlive the window that waits for it; cancelling rolls back.
    cancel();
    m_watcher.waitForFinished();
}

void ImportJob::start(const QString &programPath, const QString &dataPath,
                      const ImportOptions &options, ProgramImport::Mode mode)
{
    m_state = std::make_shared<State>();
    m_running = true;
    const std::shared_ptr<State> state = m_state;
    m_watcher.setFuture(QtConcurrent::run([=]() {
        const ProgramImport::Progress progress = [state](double fraction) {
            state->permille.store(int(fraction * 1000));
            return !state->cancelled.load();
        };
        if (mode == ProgramImport::Mode::Check) {
            ReaderConnection reader(programPath);
            if (!reader.isOpen()) {
                ImportResult result;
                result.error = reader.error();
                return result;
            }
            return runImport(reader.database(), dataPath, options, mode, progress);
        }
        WriterConnection writer(programPath);
        if (!writer.isOpen()) {
            ImportResult result;
            result.error = writer.error();
            return result;
        }
        return runImport(writer.database(), dataPath, options, mode, progress);
    }));
}

} // namespace Upskill
