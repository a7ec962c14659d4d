// SPDX-License-Identifier: GPL-3.0-or-later
// The safety dialogs and actions the window offers: Restore from backup lists the backups with
// their counts (and says what to do when there are none), Export as CSV asks what, where and
// whether for Excel, the person's data actions confirm what goes, and the daily backup runs
// beside the window. With UPSKILL_SHOTS set, each is saved there as a PNG to look at.
#include "backups.h"
#include "csvexportaction.h"
#include "csvexportdialog.h"
#include "dailybackup.h"
#include "demoprogram.h"
#include "edithistory.h"
#include "persondataactions.h"
#include "programfile.h"
#include "restorebackupdialog.h"
#include "tableexport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Upskill;

class TestSafetyViews : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    static void shot(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPSKILL_SHOTS");
        if (folder.isEmpty())
            return;
        QDir().mkpath(folder);
        widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    QString demoProgram(int engineers = 60)
    {
        const QString folder = m_dir.filePath(QString::number(++m_serial));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/ai-program.upskill");
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::CreateNew, &error);
        if (!file) {
            qWarning() << error;
            return {};
        }
        DemoProgram::Options options;
        options.engineers = engineers;
        options.seed = 9;
        options.today = QDate(2026, 11, 2);
        if (!DemoProgram::generate(*file, options, {}, &error))
            qWarning() << error;
        return path;
    }

    static qint64 scalar(ProgramFile &file, const QString &sql)
    {
        QSqlQuery query(file.database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void restoreDialogListsTheBackups()
    {
        const QString path = demoProgram();
        QString error;
        QVERIFY2(Backups::createDailyIfDue(path, &error), qPrintable(error));
        {
            auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
            QVERIFY2(file, qPrintable(error));
            QSqlQuery query(file->database());
            QVERIFY(query.exec(QStringLiteral("DELETE FROM participants WHERE id IN (SELECT id "
                                              "FROM participants LIMIT 3)")));
        }
        QVERIFY2(Backups::createFromFile(path, Backups::Kind::Manual, &error), qPrintable(error));
        // A copy that is not a program any more is listed, but cannot be chosen.
        {
            QFile broken(Backups::folderFor(path) +
                         QStringLiteral("/ai-program-20250101-090000000-daily.upskill"));
            QVERIFY(broken.open(QIODevice::WriteOnly));
            broken.write("not a database");
        }

        RestoreBackupDialog dialog(path);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("backupList"));
        QVERIFY(list);
        QCOMPARE(list->topLevelItemCount(), 3);
        // Newest first: the manual copy after the deletion, then the day's, then the broken.
        QCOMPARE(list->topLevelItem(0)->text(1), Backups::kindLabel(Backups::Kind::Manual));
        QCOMPARE(list->topLevelItem(0)->text(2), QLocale().toString(57));
        QCOMPARE(list->topLevelItem(1)->text(2), QLocale().toString(60));
        QVERIFY(list->topLevelItem(2)->text(1).contains(QStringLiteral("cannot be read")));
        QCOMPARE(list->topLevelItem(2)->text(2), QStringLiteral("—"));
        auto restoreButton = [&] {
            for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
                if (button->text() == RestoreBackupDialog::tr("&Restore…"))
                    return button;
            }
            return static_cast<QPushButton *>(nullptr);
        };
        QVERIFY(restoreButton());
        QVERIFY(restoreButton()->isEnabled());
        list->setCurrentItem(list->topLevelItem(2));
        QVERIFY(!restoreButton()->isEnabled());
        list->setCurrentItem(list->topLevelItem(1));
        QVERIFY(restoreButton()->isEnabled());
        shot(&dialog, QStringLiteral("restore-backup-dialog"));

        // "Back up now" adds one at the top.
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == RestoreBackupDialog::tr("&Back up now"))
                button->click();
        }
        QTRY_VERIFY(dialog.isLoaded());
        QTRY_COMPARE(list->topLevelItemCount(), 4);

        // The window's part after the dialog: close the program, restore, open again.
        const QString backup = Backups(path).list(false).at(2).path; // the day's: 60 people
        QString status;
        QVERIFY(RestoreBackupDialog::restore(nullptr, path, backup, &status));
        QVERIFY2(status.contains(QStringLiteral("kept as")), qPrintable(status));
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        QCOMPARE(scalar(*file, QStringLiteral("SELECT count(*) FROM participants")), 60);
    }

    void restoreDialogWithoutBackups()
    {
        const QString path = demoProgram(10);
        RestoreBackupDialog dialog(path);
        dialog.show();
        QTRY_VERIFY(dialog.isLoaded());
        bool said = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("no backups"));
        QVERIFY(said);
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->text() == RestoreBackupDialog::tr("&Restore…"))
                QVERIFY(!button->isEnabled());
        }
        shot(&dialog, QStringLiteral("restore-backup-dialog-empty"));
    }

    void csvExportDialog()
    {
        const QString path = demoProgram(20);
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        CsvExportDialog dialog(file->database(), file->path());
        dialog.show();
        auto combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        QComboBox *tables = combos.at(0);
        QComboBox *cohorts = combos.at(1);
        QCOMPARE(tables->count(), TableExport::tables().size());
        QCOMPARE(dialog.table(), QStringLiteral("participants"));
        QCOMPARE(cohorts->count(),
                 scalar(*file, QStringLiteral("SELECT count(*) FROM cohorts")) + 1);
        QVERIFY(dialog.path().endsWith(QStringLiteral("/participants.csv")));

        cohorts->setCurrentIndex(1);
        QVERIFY(dialog.cohortId() > 0);
        QVERIFY(dialog.path().contains(QStringLiteral("participants-")));
        tables->setCurrentIndex(tables->findData(QStringLiteral("providers")));
        QVERIFY(!cohorts->isEnabled());
        QCOMPARE(dialog.cohortId(), 0);
        QVERIFY(dialog.path().endsWith(QStringLiteral("/providers.csv")));
        tables->setCurrentIndex(tables->findData(QStringLiteral("attendance")));
        dialog.findChild<QCheckBox *>()->setChecked(true);
        QVERIFY(dialog.byteOrderMark());
        shot(&dialog, QStringLiteral("csv-export-dialog"));

        // An area's own export: the table is fixed.
        CsvExportDialog fixed(file->database(), file->path());
        fixed.setTable(QStringLiteral("sessions"), true);
        fixed.show();
        QVERIFY(!fixed.findChildren<QComboBox *>().at(0)->isVisible());
        QCOMPARE(fixed.table(), QStringLiteral("sessions"));
    }

    void csvExportRunsOnAWorker()
    {
        const QString path = demoProgram(20);
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        const QString out = QFileInfo(path).absolutePath() + QStringLiteral("/attendance.csv");
        TableExportOptions options;
        options.byteOrderMark = true;
        QString status;
        error = CsvExportAction::exportTo(nullptr, file->path(), QStringLiteral("attendance"), out,
                                          options, &status);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const qint64 rows = scalar(*file, QStringLiteral("SELECT count(*) FROM attendance"));
        QVERIFY2(status.contains(QLocale().toString(rows)) ||
                     status.contains(QString::number(rows)),
                 qPrintable(status));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().startsWith("\xEF\xBB\xBF"
                                         "cohort,"));

        error = CsvExportAction::exportTo(nullptr, file->path(), QStringLiteral("attendance"),
                                          QStringLiteral("/nonexistent/folder/a.csv"), options,
                                          &status);
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/folder/a.csv")), qPrintable(error));
    }

    void personDataActions()
    {
        const QString path = demoProgram(20);
        QString error;
        auto file = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(file, qPrintable(error));
        EditHistory history(*file);
        QWidget window;
        PersonDataActions actions(history, &window);
        QVERIFY(!actions.exportAction()->isEnabled());
        QVERIFY(!actions.eraseAction()->isEnabled());
        const qint64 person =
            scalar(*file, QStringLiteral("SELECT p.id FROM participants p "
                                         "ORDER BY (SELECT count(*) FROM "
                                         "assessments a WHERE "
                                         "a.participant_id = p.id) DESC LIMIT 1"));
        actions.setParticipant(person);
        QVERIFY(actions.exportAction()->isEnabled());
        QVERIFY(actions.eraseAction()->isEnabled());

        const QString text = PersonDataActions::confirmationText(history, person, &error);
        QVERIFY2(!text.isEmpty(), qPrintable(error));
        const qint64 assessments = scalar(
            *file, QStringLiteral("SELECT count(*) FROM assessments WHERE participant_id = %1")
                       .arg(person));
        QVERIFY2(
            text.contains(QStringLiteral("Assessments: %1").arg(QLocale().toString(assessments))),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("cannot be undone")), qPrintable(text));

        // The confirmation, looked at and declined: nothing happens.
        const qint64 people = scalar(*file, QStringLiteral("SELECT count(*) FROM participants"));
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            seen = true;
            shot(box, QStringLiteral("erase-person-confirmation"));
            box->button(QMessageBox::Cancel)->click();
        });
        QVERIFY(!actions.erase());
        QVERIFY(seen);
        QCOMPARE(scalar(*file, QStringLiteral("SELECT count(*) FROM participants")), people);

        // Confirmed: erased on a worker, the history cleared, the views told.
        QVERIFY(history.editField(QStringLiteral("participants"), person, QStringLiteral("team"),
                                  QStringLiteral("Renamed team"), QStringLiteral("Rename")));
        QCOMPARE(history.stack()->count(), 1);
        QSignalSpy changed(file.get(), &ProgramFile::tablesChanged);
        QSignalSpy erased(&actions, &PersonDataActions::erased);
        QTimer::singleShot(0, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
            }
        });
        // The outcome is shown in a message box as well; it is closed when it appears.
        QTimer closer;
        QObject::connect(&closer, &QTimer::timeout, this, [&] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box && box->windowTitle() == PersonDataActions::tr("Erase person") &&
                !box->button(QMessageBox::Cancel)) {
                shot(box, QStringLiteral("erase-person-done"));
                box->accept();
            }
        });
        closer.start(50);
        QVERIFY(actions.erase());
        closer.stop();
        QCOMPARE(erased.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(history.stack()->count(), 0);
        QCOMPARE(scalar(*file, QStringLiteral("SELECT count(*) FROM participants")), people - 1);
        QVERIFY(!actions.eraseAction()->isEnabled());

        // Read-only: nothing to erase with.
        auto reader = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, &error,
                                        ProgramFile::LockPolicy::ReadOnly);
        QVERIFY2(reader, qPrintable(error));
        EditHistory readOnlyHistory(*reader);
        PersonDataActions readOnly(readOnlyHistory, &window);
        readOnly.setParticipant(
            scalar(*reader, QStringLiteral("SELECT min(id) FROM participants")));
        QVERIFY(readOnly.exportAction()->isEnabled());
        QVERIFY(!readOnly.eraseAction()->isEnabled());
    }

    void dailyBackupBesideTheWindow()
    {
        const QString path = demoProgram(10);
        auto *first = DailyBackup::start(path, this);
        QSignalSpy done(first, &DailyBackup::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toString().contains(QStringLiteral("backup")));
        auto *second = DailyBackup::start(path, this);
        QSignalSpy again(second, &DailyBackup::finished);
        QVERIFY(again.wait(10000));
        QVERIFY(again.first().first().toString().isEmpty());
        QCOMPARE(Backups(path).list(false).size(), 1);
    }
};

QTEST_MAIN(TestSafetyViews)
#include "tst_safetyviews.moc"
