// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Upskill {

// Where a program file should not live. SQLite relies on file locks and on writes reaching the
// disk in order; a sync client (OneDrive, Dropbox, Google Drive, iCloud...) uploads a file
// while it is half written and may bring back an older copy, and network file systems often
// get locking wrong. Either can corrupt the file, so the coordinator is told before it happens.
class StorageWarnings
{
    Q_DECLARE_TR_FUNCTIONS(StorageWarnings)
public:
    // What the window should say about a program file at path; empty when it is fine there.
    static QString forPath(const QString &path);
    // The same for a known file system type (as QStorageInfo::fileSystemType() gives it), so
    // the rules can be tested without a network share.
    static QString forLocation(const QString &path, const QByteArray &fileSystemType);
};

} // namespace Upskill
