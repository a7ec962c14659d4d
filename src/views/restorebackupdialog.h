// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backups.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPushButton;
class QStackedLayout;
class QTreeWidget;

namespace Upskill {

// File → Restore from backup: the program's backups, newest first, with their date, kind
// and what they hold (people, cohorts, assessments), read from each copy on a worker thread.
// Choosing one and Restore asks once more and accepts; the window then closes the program
// and calls restore(), which checks the copy, keeps the file as it is now and replaces it.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreBackupDialog(const QString &programPath, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;

    // The backup chosen, after accept().
    QString selectedBackup() const { return m_selected; }
    // Reads the list again (done once on construction).
    void reload();
    // True once the list has been read.
    bool isLoaded() const { return m_loaded; }

    // Restores programPath (closed by the caller) from backup on a worker thread, with a
    // progress dialog; shows what went wrong. status receives the line for the status bar.
    static bool restore(QWidget *parent, const QString &programPath, const QString &backup,
                        QString *status = nullptr);

    void accept() override;

private:
    void showList(const QList<Backups::Info> &backups);
    void backUpNow();
    void updateButtons();
    const Backups::Info *current() const;

    QString m_programPath;
    QLabel *m_intro;
    QTreeWidget *m_list;
    QLabel *m_empty;
    QStackedLayout *m_stack;
    QPushButton *m_restore;
    QPushButton *m_backUpNow;
    QList<Backups::Info> m_backups;
    QFutureWatcher<QList<Backups::Info>> m_watcher;
    QString m_selected;
    bool m_loaded = false;
};

} // namespace Upskill
