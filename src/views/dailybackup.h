// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace Upskill {

// The day's backup of a program just opened for editing, taken on a worker thread with a
// connection of its own, so opening a large program does not wait for the copy. Nothing is
// copied when a backup of today exists already. It deletes itself when done.
class DailyBackup : public QObject
{
    Q_OBJECT
public:
    static DailyBackup *start(const QString &programPath, QObject *parent);

Q_SIGNALS:
    // A line for the status bar; empty when none was due.
    void finished(const QString &message);
    // The backup could not be written: the user should know their safety net is missing.
    void failed(const QString &message);

private:
    explicit DailyBackup(QObject *parent);
};

} // namespace Upskill
