// SPDX-License-Identifier: GPL-3.0-or-later
#include "areaview.h"
#include "checklistsview.h"
#include "cohortmodel.h"
#include "cohortsview.h"
#include "edithistory.h"
#include "healthview.h"
#include "mainwindow.h"
#include "participantmodel.h"
#include "participantsview.h"
#include "programlock.h"
#include "projectsview.h"
#include "providerreport.h"
#include "providersview.h"
#include "tableview.h"
#include "trackmodel.h"
#include "tracksview.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Upskill;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static QAction *findAction(QWidget *window, const QString &text)
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(text))
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings and the default file go to a throw-away test location, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UpskillPlannerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QVERIFY(m_dir.isValid());
    }

    void opensOnAFreshFileAndShowsEveryArea()
    {
        MainWindow window;
        const QString path = m_dir.filePath(QStringLiteral("fresh.upskill"));
        QString error;
        QVERIFY2(window.openProgram(path, ProgramFile::Mode::CreateNew, &error), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("fresh.upskill")));
        for (int area = 0; area < 3; ++area) {
            window.showArea(area);
            QCoreApplication::processEvents();
        }
        // A fresh file has its tracks and no cohorts or participants yet.
        QCOMPARE(window.tracksView()->model()->rowCount(), 6);
        QCOMPARE(window.cohortsView()->model()->rowCount(), 0);
        QCOMPARE(window.participantsView()->model()->rowCount(), 0);
        // The add action follows the area that is showing.
        window.showArea(2);
        // The count arrives from a worker thread, a moment after the (no) rows.
        QTRY_COMPARE(window.participantsView()->countText(), QStringLiteral("0 participant(s)"));
        QVERIFY(findAction(&window, QStringLiteral("New participant")));
    }

    void addCohortThroughTheModelAndUndoIt()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openProgram(m_dir.filePath(QStringLiteral("undo.upskill")),
                                    ProgramFile::Mode::CreateNew, &error),
                 qPrintable(error));
        window.show();
        CohortModel *cohorts = window.cohortsView()->model();
        QSqlQuery query(window.program()->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM tracks ORDER BY position LIMIT 1")) &&
                query.next());
        const qint64 track = query.value(0).toLongLong();
        query.finish();
        qint64 id = -1;
        QVERIFY(cohorts->addRecord({{QStringLiteral("name"), QStringLiteral("2027-Q1 Pilot")},
                                    {QStringLiteral("track_id"), track},
                                    {QStringLiteral("quarter"), QStringLiteral("2027-Q1")},
                                    {QStringLiteral("start_date"), QDate(2027, 1, 4)},
                                    {QStringLiteral("end_date"), QDate(2027, 1, 29)}},
                                   QStringLiteral("New cohort"), &id));
        QCOMPARE(cohorts->rowCount(), 1);
        QAction *undo = findAction(&window, QStringLiteral("Undo"));
        QVERIFY(undo);
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("New cohort")), qPrintable(undo->text()));
        undo->trigger();
        QCOMPARE(cohorts->rowCount(), 0);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM cohorts")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        query.finish();
        QAction *redo = findAction(&window, QStringLiteral("Redo"));
        QVERIFY(redo && redo->isEnabled());
        redo->trigger();
        QCOMPARE(cohorts->rowCount(), 1);
    }

    void typingInACellGoesThroughTheUndoStack()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openProgram(m_dir.filePath(QStringLiteral("typing.upskill")),
                                    ProgramFile::Mode::CreateNew, &error),
                 qPrintable(error));
        window.show();
        window.showArea(1);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TrackModel *tracks = window.tracksView()->model();
        const QModelIndex audience = tracks->index(0, TrackModel::Audience);
        TableView *table = window.tracksView()->table();
        QVERIFY(table);
        table->setCurrentIndex(audience);
        table->edit(audience);
        auto *editor = table->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Everyone who writes code"));
        QCOMPARE(editor->text(), QStringLiteral("Everyone who writes code"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits the editor's text through a queued call.
        QTRY_COMPARE(tracks->data(audience).toString(), QStringLiteral("Everyone who writes code"));
        QCOMPARE(window.history()->stack()->count(), 1);
        window.history()->stack()->undo();
        QVERIFY(tracks->data(audience).toString() != QStringLiteral("Everyone who writes code"));
    }

    void everyAreaHasItsShortcut_data()
    {
        QTest::addColumn<QKeySequence>("keys");
        QTest::addColumn<QString>("title");
        QTest::newRow("Ctrl+1") << QKeySequence(Qt::CTRL | Qt::Key_1) << QStringLiteral("Cohorts");
        QTest::newRow("Ctrl+6") << QKeySequence(Qt::CTRL | Qt::Key_6)
                                << QStringLiteral("Effectiveness");
        QTest::newRow("Ctrl+7") << QKeySequence(Qt::CTRL | Qt::Key_7) << QStringLiteral("Schedule");
        QTest::newRow("Ctrl+8") << QKeySequence(Qt::CTRL | Qt::Key_8) << QStringLiteral("Projects");
        QTest::newRow("Ctrl+9") << QKeySequence(Qt::CTRL | Qt::Key_9) << QStringLiteral("Learning");
        QTest::newRow("Ctrl+0") << QKeySequence(Qt::CTRL | Qt::Key_0)
                                << QStringLiteral("Providers");
        QTest::newRow("Ctrl+Shift+H")
            << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H) << QStringLiteral("Health");
    }

    void everyAreaHasItsShortcut()
    {
        QFETCH(QKeySequence, keys);
        QFETCH(QString, title);
        MainWindow window;
        QString error;
        QVERIFY2(window.openProgram(m_dir.filePath(QStringLiteral("areas.upskill")),
                                    ProgramFile::Mode::OpenOrCreate, &error),
                 qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showArea(0);
        QTest::keySequence(&window, keys);
        auto *stack = window.findChild<QStackedWidget *>();
        QVERIFY(stack);
        auto *area = qobject_cast<AreaView *>(stack->currentWidget());
        QVERIFY(area);
        QCOMPARE(area->title(), title);
    }

    void aSecondWindowIsToldWhoHasTheFileAndMayOpenItReadOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("shared.upskill"));
        MainWindow first;
        QString error;
        QVERIFY2(first.openProgram(path, ProgramFile::Mode::OpenOrCreate, &error),
                 qPrintable(error));
        QVERIFY(!first.program()->isReadOnly());

        // Declined: nothing opens and there is nothing more to report.
        MainWindow second;
        QString askedAbout;
        second.setReadOnlyQuestion([&](const QString &asked, const LockOwner &owner) {
            askedAbout = asked;
            Q_UNUSED(owner);
            return false;
        });
        QVERIFY(!second.openProgram(path, ProgramFile::Mode::OpenExisting, &error));
        QCOMPARE(askedAbout, path);
        QVERIFY(error.isEmpty());
        QVERIFY(!second.program());

        // Accepted: read-only, said in the title, and edits are refused.
        second.setReadOnlyQuestion([](const QString &, const LockOwner &) { return true; });
        QVERIFY2(second.openProgram(path, ProgramFile::Mode::OpenExisting, &error),
                 qPrintable(error));
        QVERIFY(second.program()->isReadOnly());
        QVERIFY(second.windowTitle().contains(QStringLiteral("read-only")));
        QAction *restore = findAction(&second, QStringLiteral("Restore from Backup"));
        QVERIFY(restore);
        QVERIFY(!restore->isEnabled());
        QVERIFY(!second.cohortsView()->model()->addRecord(
            {{QStringLiteral("name"), QStringLiteral("Not written")}},
            QStringLiteral("New cohort")));
    }

    void reopeningTheOpenFileKeepsItEditable()
    {
        // The window's own lock must not stand in its way (Recent, after a restore).
        const QString path = m_dir.filePath(QStringLiteral("reopen.upskill"));
        MainWindow window;
        window.setReadOnlyQuestion([](const QString &, const LockOwner &) {
            qWarning("asked about the window's own lock");
            return false;
        });
        QString error;
        QVERIFY2(window.openProgram(path, ProgramFile::Mode::OpenOrCreate, &error),
                 qPrintable(error));
        window.showArea(4);
        QVERIFY2(window.openProgram(path, ProgramFile::Mode::OpenExisting, &error),
                 qPrintable(error));
        QVERIFY(!window.program()->isReadOnly());
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(),
                 static_cast<QWidget *>(window.checklistsView()));
    }

    void aHealthWarningLeadsToWhereItIsFixed()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openProgram(m_dir.filePath(QStringLiteral("health.upskill")),
                                    ProgramFile::Mode::OpenOrCreate, &error),
                 qPrintable(error));
        auto *stack = window.findChild<QStackedWidget *>();
        Q_EMIT window.healthView()->fixRequested(QStringLiteral("protected_time"), 0);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.projectsView()));
        QCOMPARE(window.projectsView()->tabs()->currentIndex(), int(ProjectsView::ProtectedTime));
        Q_EMIT window.healthView()->fixRequested(QStringLiteral("tracks"), 0);
        QCOMPARE(stack->currentWidget(), static_cast<QWidget *>(window.tracksView()));
        Q_EMIT window.healthView()->fixRequested(QStringLiteral("mentorship"), 0);
        QCOMPARE(window.projectsView()->tabs()->currentIndex(), int(ProjectsView::Mentorship));
    }

    void theProviderComparisonOpensInThePreview()
    {
        MainWindow window;
        QString error;
        QVERIFY2(window.openProgram(m_dir.filePath(QStringLiteral("providers.upskill")),
                                    ProgramFile::Mode::OpenOrCreate, &error),
                 qPrintable(error));
        QSqlQuery query(window.program()->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO providers (name, kind, status) VALUES "
                                          "('Gradient Works Academy', 'boutique_workshop', "
                                          "'shortlisted')")));
        query.finish();
        QAction *action = findAction(&window, QStringLiteral("Training Providers Compared"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        int pages = 0;
        QString title;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto *preview = dialog->findChild<QPrintPreviewWidget *>();
            if (!preview || preview->pageCount() == 0)
                return;
            pages = preview->pageCount();
            title = dialog->windowTitle();
            dialog->reject();
        });
        poll.start(50);
        action->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(pages > 0, 30000);
        QCOMPARE(title, ProviderReport::title());
    }

    void aFileInASyncedFolderIsWarnedAbout()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Dropbox")));
        MainWindow window;
        QString error;
        QVERIFY2(window.openProgram(m_dir.filePath(QStringLiteral("Dropbox/synced.upskill")),
                                    ProgramFile::Mode::CreateNew, &error),
                 qPrintable(error));
        auto *warning = window.findChild<QLabel *>(QStringLiteral("placeWarning"));
        QVERIFY(warning);
        QVERIFY(!warning->isHidden());
        QVERIFY2(warning->toolTip().contains(QStringLiteral("Dropbox")),
                 qPrintable(warning->toolTip()));
        // A local folder is not.
        QVERIFY2(window.openProgram(m_dir.filePath(QStringLiteral("local.upskill")),
                                    ProgramFile::Mode::CreateNew, &error),
                 qPrintable(error));
        QVERIFY(warning->isHidden());
    }

    void onlyTheAreaShownIsBuilt()
    {
        // Opening a large program reads only what the first area shows.
        MainWindow window;
        QString error;
        QVERIFY2(window.openProgram(m_dir.filePath(QStringLiteral("lazy.upskill")),
                                    ProgramFile::Mode::OpenOrCreate, &error),
                 qPrintable(error));
        window.showArea(0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.findChildren<AreaView *>().size(), 1);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_0));
        QCOMPARE(window.findChildren<AreaView *>().size(), 2);
        QVERIFY(window.checklistsView()); // built when asked for
        QCOMPARE(window.findChildren<AreaView *>().size(), 3);
        // Reopening starts over.
        QVERIFY2(
            window.openProgram(window.program()->path(), ProgramFile::Mode::OpenExisting, &error),
            qPrintable(error));
        QCOMPARE(window.findChildren<AreaView *>().size(), 1);
    }

    void refusesAFileItCannotOpenAndKeepsTheCurrentOne()
    {
        MainWindow window;
        QString error;
        const QString good = m_dir.filePath(QStringLiteral("good.upskill"));
        QVERIFY(window.openProgram(good, ProgramFile::Mode::CreateNew, &error));
        const QString bad = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        QVERIFY(!window.openProgram(bad, ProgramFile::Mode::OpenExisting, &error));
        QVERIFY(error.contains(QStringLiteral("not an Upskill Planner program file")));
        QCOMPARE(window.program()->path(), QFileInfo(good).absoluteFilePath());
        QVERIFY(window.cohortsView() != nullptr);
    }

    void saveACopyWritesACompleteProgram()
    {
        MainWindow window;
        QString error;
        QVERIFY(window.openProgram(m_dir.filePath(QStringLiteral("original.upskill")),
                                   ProgramFile::Mode::CreateNew, &error));
        window.participantsView()->model()->addRecord(
            {{QStringLiteral("name"), QStringLiteral("Ada")},
             {QStringLiteral("email"), QStringLiteral("ada@example.org")}},
            QStringLiteral("Add"));
        const QString copy = m_dir.filePath(QStringLiteral("copy.upskill"));
        QVERIFY2(window.program()->saveCopyAs(copy, &error), qPrintable(error));
        auto reopened = ProgramFile::open(copy, ProgramFile::Mode::OpenExisting, &error);
        QVERIFY2(reopened, qPrintable(error));
        QSqlQuery query(reopened->database());
        QVERIFY(query.exec(QStringLiteral("SELECT name FROM participants")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Ada"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
