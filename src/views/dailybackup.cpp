// SPDX-License-Identifier: GPL-3.0-or-later
#include "dailybackup.h"

#include "backups.h"

#include <QDir>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Upskill {

namespace {

struct Outcome
{
    std::optional<Backups::Info> backup;
    QString error;
};

} // namespace

DailyBackup::DailyBackup(QObject *parent) : QObject(parent) {}

DailyBackup *DailyBackup::start(const QString &programPath, QObject *parent)
{
    auto *job = new DailyBackup(parent);
    auto *watcher = new QFutureWatcher<Outcome>(job);
    connect(watcher, &QFutureWatcherBase::finished, job, [job, watcher] {
        const Outcome outcome = watcher->result();
        if (!outcome.error.isEmpty())
            Q_EMIT job->failed(outcome.error);
        else
            Q_EMIT job->finished(outcome.backup
                                     ? tr("Today's backup was saved in %1.")
                                           .arg(QDir::toNativeSeparators(
                                               QFileInfo(outcome.backup->path).absolutePath()))
                                     : QString());
        job->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([programPath] {
        Outcome outcome;
        outcome.backup = Backups::createDailyIfDue(programPath, &outcome.error);
        return outcome;
    }));
    return job;
}

} // namespace Upskill
