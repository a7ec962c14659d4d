// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagewarnings.h"

#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace Upskill {

namespace {

struct SyncFolder
{
    const char *service; // the name people know it by
    const char *pattern; // matched against the path with '/' separators, case-insensitively
};

// A folder of a sync client is recognised by a path component: the clients create these by
// default and few people rename them. "OneDrive - Company" is OneDrive for Business.
const SyncFolder syncFolders[] = {
    {QT_TRANSLATE_NOOP("StorageWarnings", "OneDrive"), "/onedrive/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "OneDrive"), "/onedrive - "},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Dropbox"), "/dropbox/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Dropbox"), "/dropbox ("},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Google Drive"), "/google drive/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Google Drive"), "/googledrive/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Google Drive"), "/my drive/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Google Drive"), "/shared drives/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "iCloud Drive"), "/library/mobile documents/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "iCloud Drive"), "/icloud drive/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "iCloud Drive"), "/iclouddrive/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Box"), "/box/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Box"), "/box sync/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "Nextcloud"), "/nextcloud/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "ownCloud"), "/owncloud/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "pCloud"), "/pcloud drive/"},
    {QT_TRANSLATE_NOOP("StorageWarnings", "MEGA"), "/megasync/"},
    // macOS puts every File Provider sync client (OneDrive, Dropbox, Google Drive...) here.
    {QT_TRANSLATE_NOOP("StorageWarnings", "a cloud service"), "/library/cloudstorage/"},
};

// Network and remote file systems as Linux and macOS name them; QStorageInfo reports these.
bool isNetworkFileSystem(const QByteArray &type)
{
    const QByteArray t = type.toLower();
    static const char *const exact[] = {"nfs",   "nfs4",  "cifs",  "smb",       "smbfs",
                                        "smb2",  "smb3",  "afpfs", "webdav",    "davfs",
                                        "ncpfs", "9p",    "ceph",  "glusterfs", "lustre",
                                        "afs",   "sshfs", "gpfs",  "beegfs",    "virtiofs"};
    for (const char *name : exact) {
        if (t == name)
            return true;
    }
    // FUSE mounts of remote storage: fuse.sshfs, fuse.rclone, fuse.davfs, fuse.gvfsd-fuse,
    // fuse.s3fs, fuse.onedriver...
    static const char *const fuse[] = {"sshfs",    "rclone",  "davfs",  "gvfs", "s3fs",
                                       "onedrive", "gcsfuse", "goofys", "smb",  "glusterfs"};
    if (t.startsWith("fuse.")) {
        for (const char *name : fuse) {
            if (t.contains(name))
                return true;
        }
    }
    return false;
}

} // namespace

QString StorageWarnings::forLocation(const QString &path, const QByteArray &fileSystemType)
{
    const QString native = QDir::toNativeSeparators(path);
    // A Windows share named by its server (\\server\share\...) is on the network whatever
    // the file system says. Both separators are read on every system, so the rules are the
    // same everywhere (and testable anywhere).
    QString normalised =
        QDir::fromNativeSeparators(path).replace(QLatin1Char('\\'), QLatin1Char('/'));
    const bool uncPath = normalised.startsWith(QLatin1String("//"));
    if (uncPath || isNetworkFileSystem(fileSystemType)) {
        return tr("%1 is on a network share. SQLite files there can be damaged when the "
                  "connection drops or two computers write at once. Keep the program file in "
                  "a folder on this computer; to share one program between coordinators, use "
                  "the shared-server setup.")
            .arg(native);
    }
    normalised = normalised.toLower() + QLatin1Char('/');
    if (!normalised.startsWith(QLatin1Char('/')))
        normalised.prepend(QLatin1Char('/'));
    for (const SyncFolder &folder : syncFolders) {
        if (normalised.contains(QLatin1String(folder.pattern))) {
            return tr("%1 is in a folder that %2 synchronises. A sync service can copy the file "
                      "while it is being written or bring back an older copy, which damages an "
                      "SQLite program file. Keep the program file in a folder that is not "
                      "synchronised (its backups are kept beside it); to share one program "
                      "between coordinators, use the shared-server setup.")
                .arg(native, tr(folder.service));
        }
    }
    return {};
}

QString StorageWarnings::forPath(const QString &path)
{
    const QFileInfo info(path);
    // The file may not exist yet (a new program): its folder decides.
    const QStorageInfo storage(info.exists() ? info.absoluteFilePath() : info.absolutePath());
    return forLocation(info.absoluteFilePath(),
                       storage.isValid() ? storage.fileSystemType() : QByteArray());
}

} // namespace Upskill
