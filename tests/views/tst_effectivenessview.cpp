// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboarddata.h"
#include "dashboardfilterbar.h"
#include "dashboardpage.h"
#include "demoprogram.h"
#include "edithistory.h"
#include "effectivenessview.h"
#include "figureview.h"
#include "kpitargetsdialog.h"
#include "presentationwindow.h"
#include "programfile.h"
#include "programsettings.h"
#include "surveyspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Upskill;

// The Effectiveness area on a demo program: the dashboards computed once for every page,
// filters narrowing them, presentation mode moved through with the keyboard.
class TestEffectivenessView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;

    static QList<DashboardFigure> figures(int count)
    {
        QList<DashboardFigure> list;
        for (int i = 0; i < count; ++i) {
            DashboardFigure figure;
            figure.key = QStringLiteral("f%1").arg(i);
            figure.title = QStringLiteral("Figure %1").arg(i);
            figure.emptyText = QStringLiteral("Nothing yet");
            list.append(figure);
        }
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("demo.upskill")),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 120;
        QVERIFY2(DemoProgram::generate(*m_file, options, {}, &error), qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
    }
    void cleanupTestCase()
    {
        m_history.reset();
        m_file.reset();
    }

    // Every key presentation mode knows, checked one after the other.
    void presentationNavigatesWithTheKeyboard_data()
    {
        QTest::addColumn<QList<int>>("keys");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("expected");
        using L = QList<int>;
        QTest::newRow("right") << L{Qt::Key_Right} << 0 << 1;
        QTest::newRow("page down twice") << L{Qt::Key_PageDown, Qt::Key_PageDown} << 0 << 2;
        QTest::newRow("down and space") << L{Qt::Key_Down, Qt::Key_Space} << 1 << 3;
        QTest::newRow("left") << L{Qt::Key_Left} << 2 << 1;
        QTest::newRow("page up") << L{Qt::Key_PageUp} << 3 << 2;
        QTest::newRow("not before the first") << L{Qt::Key_Left, Qt::Key_Up} << 0 << 0;
        QTest::newRow("not after the last") << L{Qt::Key_Right, Qt::Key_Right} << 4 << 4;
        QTest::newRow("home") << L{Qt::Key_Home} << 3 << 0;
        QTest::newRow("end") << L{Qt::Key_End} << 1 << 4;
    }

    void presentationNavigatesWithTheKeyboard()
    {
        QFETCH(QList<int>, keys);
        QFETCH(int, start);
        QFETCH(int, expected);
        PresentationWindow window(figures(5), start);
        window.resize(800, 450);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.current(), start);
        for (const int key : keys)
            QTest::keyClick(&window, Qt::Key(key));
        QCOMPARE(window.current(), expected);
    }

    void presentationLeavesWithEscape()
    {
        auto *window = PresentationWindow::present(figures(3), 1, nullptr);
        QPointer<PresentationWindow> guard(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->isFullScreen());
        QCOMPARE(window->count(), 3);
        QTest::keyClick(window, Qt::Key_Escape);
        // It closes and deletes itself.
        QTRY_VERIFY(guard.isNull());
    }

    void dashboardsShowEveryLevelFromOneComputation()
    {
        EffectivenessView view(*m_history);
        view.resize(1280, 800);
        QSignalSpy updated(view.data(), &DashboardData::updated);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 20000);
        QVERIFY2(view.data()->figures(), qPrintable(view.data()->error()));
        // Switching pages draws the same result: no second computation.
        const int computations = int(updated.count());
        for (DashboardPage *page : view.dashboardPages()) {
            view.tabs()->setCurrentWidget(page);
            QVERIFY(!page->figures().isEmpty());
            for (const DashboardFigure &figure : page->figures())
                QVERIFY(!figure.title.isEmpty());
        }
        QTest::qWait(400);
        QCOMPARE(int(updated.count()), computations);

        // A data page hides the dashboards' filters.
        view.tabs()->setCurrentWidget(view.surveysPage());
        QVERIFY(!view.filterBar()->isVisible());
        view.tabs()->setCurrentWidget(view.dashboardPages().first());
        QVERIFY(view.filterBar()->isVisible());

        // Presentation mode holds every figure of every dashboard page, starting at the page
        // showing.
        view.tabs()->setCurrentWidget(view.dashboardPages().at(2)); // knowledge
        QPointer<PresentationWindow> window = view.present();
        QVERIFY(window);
        int before = 0;
        for (int i = 0; i < 2; ++i)
            before += int(view.dashboardPages().at(i)->figures().size());
        QCOMPARE(window->current(), before);
        int total = 0;
        for (DashboardPage *page : view.dashboardPages())
            total += int(page->figures().size());
        QCOMPARE(window->count(), total);
        window->close();
        QTRY_VERIFY(window.isNull());
    }

    // The targets dialog writes every target as one undoable change, and the tiles judge by
    // the new ones.
    void targetsAreOneUndoStep()
    {
        KpiTargetsDialog dialog(*m_history);
        const QList<QDoubleSpinBox *> boxes = dialog.findChildren<QDoubleSpinBox *>();
        QCOMPARE(boxes.size(), 7);
        boxes.at(0)->setValue(90); // completion
        boxes.at(6)->setValue(50); // NPS
        const int steps = m_history->stack()->count();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_history->stack()->count(), steps + 1);
        ProgramSettings settings = ProgramSettings::load(m_file->database());
        QCOMPARE(settings.completionTargetPct, 90.0);
        QCOMPARE(settings.npsTarget, 50.0);
        m_history->stack()->undo();
        settings = ProgramSettings::load(m_file->database());
        QCOMPARE(settings.completionTargetPct, 85.0);
        QCOMPARE(settings.npsTarget, 30.0);
    }

    // Choosing a cohort narrows every figure to it and says so in the subtitle.
    void cohortFilterNarrowsTheFigures()
    {
        EffectivenessView view(*m_history);
        view.resize(1280, 800);
        QSignalSpy updated(view.data(), &DashboardData::updated);
        view.show();
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 1, 20000);
        auto *cohort = view.filterBar()->findChildren<QComboBox *>().at(3);
        QVERIFY(cohort->count() > 1);
        const QString name = cohort->itemText(1);
        view.filterBar()->setCohort(cohort->itemData(1).toLongLong());
        QTRY_VERIFY_WITH_TIMEOUT(updated.count() >= 2, 20000);
        QCOMPARE(view.data()->filter().cohortId, cohort->itemData(1).toLongLong());
        QVERIFY2(view.data()->figures()->scope.contains(name),
                 qPrintable(view.data()->figures()->scope));
        const QList<DashboardFigure> kpis = view.dashboardPages().first()->figures();
        QVERIFY(kpis.first().subtitle.contains(name));
    }
};

QTEST_MAIN(TestEffectivenessView)
#include "tst_effectivenessview.moc"
