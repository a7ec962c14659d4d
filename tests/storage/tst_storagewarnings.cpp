// SPDX-License-Identifier: GPL-3.0-or-later
// A program file in a sync folder or on a network share gets a warning naming the place and
// what to do instead; a local folder gets none.
#include "storagewarnings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestStorageWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forLocation_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("fileSystem");
        QTest::addColumn<QString>("mentions"); // empty: no warning

        const QByteArray ext4("ext4");
        QTest::newRow("local home")
            << QStringLiteral("/home/ada/Programs/ai.upskill") << ext4 << QString();
        QTest::newRow("windows documents")
            << QStringLiteral("C:\\Users\\ada\\Documents\\ai.upskill") << QByteArray("NTFS")
            << QString();
        QTest::newRow("a folder merely named like one")
            << QStringLiteral("/home/ada/dropbox-notes/ai.upskill") << ext4 << QString();
        QTest::newRow("boxes are not Box")
            << QStringLiteral("/home/ada/boxes/ai.upskill") << ext4 << QString();

        QTest::newRow("OneDrive personal")
            << QStringLiteral("C:\\Users\\ada\\OneDrive\\Programs\\ai.upskill")
            << QByteArray("NTFS") << QStringLiteral("OneDrive");
        QTest::newRow("OneDrive for Business")
            << QStringLiteral("C:/Users/ada/OneDrive - Contoso/ai.upskill") << QByteArray("NTFS")
            << QStringLiteral("OneDrive");
        QTest::newRow("Dropbox") << QStringLiteral("/home/ada/Dropbox/ai.upskill") << ext4
                                 << QStringLiteral("Dropbox");
        QTest::newRow("Dropbox for teams")
            << QStringLiteral("/Users/ada/Dropbox (Contoso)/ai.upskill") << QByteArray("apfs")
            << QStringLiteral("Dropbox");
        QTest::newRow("Google Drive for desktop")
            << QStringLiteral("G:\\My Drive\\ai.upskill") << QByteArray("FAT32")
            << QStringLiteral("Google Drive");
        QTest::newRow("Google Drive folder")
            << QStringLiteral("/Users/ada/Google Drive/ai.upskill") << QByteArray("apfs")
            << QStringLiteral("Google Drive");
        QTest::newRow("iCloud Drive on a Mac")
            << QStringLiteral("/Users/ada/Library/Mobile Documents/com~apple~CloudDocs/ai.upskill")
            << QByteArray("apfs") << QStringLiteral("iCloud Drive");
        QTest::newRow("iCloud Drive on Windows")
            << QStringLiteral("C:\\Users\\ada\\iCloudDrive\\ai.upskill") << QByteArray("NTFS")
            << QStringLiteral("iCloud Drive");
        QTest::newRow("File Provider on a Mac")
            << QStringLiteral("/Users/ada/Library/CloudStorage/OneDrive-Contoso/ai.upskill")
            << QByteArray("apfs") << QStringLiteral("a cloud service");
        QTest::newRow("case does not matter")
            << QStringLiteral("/home/ada/DROPBOX/ai.upskill") << ext4 << QStringLiteral("Dropbox");

        QTest::newRow("NFS") << QStringLiteral("/mnt/team/ai.upskill") << QByteArray("nfs4")
                             << QStringLiteral("network share");
        QTest::newRow("SMB") << QStringLiteral("/mnt/share/ai.upskill") << QByteArray("cifs")
                             << QStringLiteral("network share");
        QTest::newRow("sshfs") << QStringLiteral("/home/ada/remote/ai.upskill")
                               << QByteArray("fuse.sshfs") << QStringLiteral("network share");
        QTest::newRow("Windows share by server name")
            << QStringLiteral("\\\\fileserver\\team\\ai.upskill") << QByteArray("NTFS")
            << QStringLiteral("network share");
    }

    void forLocation()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, fileSystem);
        QFETCH(QString, mentions);
        const QString warning = StorageWarnings::forLocation(path, fileSystem);
        if (mentions.isEmpty()) {
            QVERIFY2(warning.isEmpty(), qPrintable(warning));
            return;
        }
        QVERIFY2(warning.contains(mentions), qPrintable(warning));
        // What the coordinator should do about it, and where the file is.
        QVERIFY2(warning.contains(QStringLiteral("shared-server setup")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("corrupt")) ||
                     warning.contains(QStringLiteral("damage")),
                 qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("ai.upskill")), qPrintable(warning));
    }

    // The test machine's own temporary folder is local.
    void localFolderHasNoWarning()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(StorageWarnings::forPath(dir.filePath(QStringLiteral("new.upskill"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStorageWarnings)
#include "tst_storagewarnings.moc"
