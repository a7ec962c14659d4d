// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programimport.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace Upskill {

// Runs an import on a worker thread with a connection of its own, so the window stays
// responsive while 100,000 rows are checked or written: a check reads through a read-only
// connection, a write through a writer connection in one transaction. The window polls
// progress() and may cancel(); finished() arrives on the window's thread.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    explicit ImportJob(QObject *parent = nullptr);
    ~ImportJob() override;

    void start(const QString &programPath, const QString &dataPath, const ImportOptions &options,
               ProgramImport::Mode mode);
    // Until finished() has been delivered, which comes a moment after the worker is done.
    bool isRunning() const { return m_running; }
    // 0 to 1.
    double progress() const { return m_state->permille.load() / 1000.0; }
    // Asks the worker to stop; nothing is written. finished() still comes.
    void cancel() { m_state->cancelled.store(true); }
    void waitForFinished() { m_watcher.waitForFinished(); }

Q_SIGNALS:
    void finished(const Upskill::ImportResult &result);

private:
    struct State
    {
        std::atomic<int> permille{0};
        std::atomic<bool> cancelled{false};
    };
    std::shared_ptr<State> m_state;
    bool m_running = false;
    QFutureWatcher<ImportResult> m_watcher;
};

} // namespace Upskill
