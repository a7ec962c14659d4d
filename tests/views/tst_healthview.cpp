// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprogram.h"
#include "edithistory.h"
#include "healthpage.h"
#include "healthview.h"
#include "programfile.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Upskill;

// The Health area on a demo program: the warnings grouped by check, computed off the GUI
// thread, refreshed after an edit, and a double-click (or Enter) asking to go where a warning
// is fixed.
class TestHealthView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;

    static bool waitForResult(HealthPage *page)
    {
        QSignalSpy shown(page, &HealthPage::resultShown);
        return shown.wait(60000);
    }

    // UPSKILL_GRAB_DIR=folder saves what the page looks like, to look at by eye.
    static void grab(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPSKILL_GRAB_DIR");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    static int warningsShown(const QTreeWidget *tree)
    {
        int count = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = tree->topLevelItem(i);
            for (int j = 0; j < group->childCount(); ++j)
                count += group->child(j)->text(2).isEmpty() ? 0 : 1;
        }
        return count;
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

    void showsTheWarningsGroupedByCheck()
    {
        HealthView view(*m_history);
        QCOMPARE(view.title(), QStringLiteral("Health"));
        QVERIFY(view.addActionText().isEmpty());
        QTreeWidget *tree = view.page()->tree();
        view.resize(1100, 700);
        view.show();
        QVERIFY(waitForResult(view.page()));
        const auto &report = view.page()->report();
        QVERIFY(report);
        QVERIFY(report->total() > 0);
        QCOMPARE(tree->topLevelItemCount(), 9);
        QCOMPARE(view.page()->summaryLabel()->text(), ProgramHealth::summary(*report));
        // The checks with warnings first, each expanded with its warnings, then those passed.
        int failing = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const QTreeWidgetItem *group = tree->topLevelItem(i);
            if (group->childCount() == 0) {
                QVERIFY2(group->text(0).endsWith(QStringLiteral("no warnings")),
                         qPrintable(group->text(0)));
                continue;
            }
            QCOMPARE(i, failing++);
            QVERIFY(group->isExpanded());
            QVERIFY(!group->icon(0).isNull());
            for (int j = 0; j < group->childCount(); ++j)
                QVERIFY(!group->child(j)->icon(0).isNull() || group->child(j)->text(2).isEmpty());
        }
        QCOMPARE(failing, report->failingChecks());
        grab(&view, QStringLiteral("health-demo"));
        int shown = 0;
        for (const HealthGroup &group : report->groups)
            shown += int(group.warnings.size());
        QCOMPARE(warningsShown(tree), shown);
        // The first warning is current, so Go to works from the keyboard at once.
        const auto firstFailing =
            std::find_if(report->groups.cbegin(), report->groups.cend(),
                         [](const HealthGroup &group) { return group.total > 0; });
        QVERIFY(tree->currentItem());
        QCOMPARE(tree->currentItem()->text(0), firstFailing->warnings.first().message);
    }

    void enterAsksToGoWhereItIsFixed()
    {
        HealthView view(*m_history);
        view.show();
        QVERIFY(waitForResult(view.page()));
        QTreeWidget *tree = view.page()->tree();
        QTreeWidgetItem *group = tree->topLevelItem(0);
        QVERIFY(group->childCount() > 0);
        tree->setCurrentItem(group->child(0));
        const auto &report = view.page()->report();
        const auto first = std::find_if(report->groups.cbegin(), report->groups.cend(),
                                        [](const HealthGroup &g) { return g.total > 0; });
        QVERIFY(first != report->groups.cend());
        QSignalSpy fix(&view, &HealthView::fixRequested);
        tree->setFocus();
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(fix.count(), 1);
        QCOMPARE(fix.at(0).at(0).toString(), first->warnings.first().area);
        QCOMPARE(fix.at(0).at(1).toLongLong(), first->warnings.first().objectId);
        // A group row is not a place to go.
        tree->setCurrentItem(group);
        QVERIFY(!view.page()->goToCurrent());
        QTest::keyClick(tree, Qt::Key_Return);
        QCOMPARE(fix.count(), 1);
    }

    // An edit to what the checks read brings the list up to date by itself; so does undo.
    void refreshesAfterAnEdit()
    {
        HealthView view(*m_history);
        view.show();
        QVERIFY(waitForResult(view.page()));
        const int before = view.page()->report()->group(HealthCheck::TooMuchTheory).total;
        // The specialized tracks are 70 % hands-on: a minimum of 75 % catches all five.
        QVERIFY(m_history->editField(QStringLiteral("program_settings"), 1,
                                     QStringLiteral("hands_on_min_pct"), 75.0,
                                     QStringLiteral("Raise the hands-on minimum")));
        QVERIFY(waitForResult(view.page()));
        QCOMPARE(view.page()->report()->group(HealthCheck::TooMuchTheory).total, before + 5);
        m_history->stack()->undo();
        QVERIFY(waitForResult(view.page()));
        QCOMPARE(view.page()->report()->group(HealthCheck::TooMuchTheory).total, before);
    }

    void emptyStateSaysSo()
    {
        QString error;
        auto file = ProgramFile::open(m_dir.filePath(QStringLiteral("clean.upskill")),
                                      ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(file, qPrintable(error));
        QSqlQuery query(file->database());
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE modules SET hands_on_hours = 3, presentation_hours = 0 WHERE week = 4 AND "
            "track_id IN (SELECT id FROM tracks WHERE kind = 'foundational')")));
        EditHistory history(*file);
        {
            HealthView view(history);
            view.resize(1100, 700);
            view.show();
            QVERIFY(waitForResult(view.page()));
            QVERIFY2(view.page()->summaryLabel()->text().startsWith(QStringLiteral("No warnings:")),
                     qPrintable(view.page()->summaryLabel()->text()));
            QTreeWidget *tree = view.page()->tree();
            QCOMPARE(tree->topLevelItemCount(), 9);
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                QCOMPARE(tree->topLevelItem(i)->childCount(), 0);
            QVERIFY(!view.page()->goToCurrent());
            grab(&view, QStringLiteral("health-empty"));
        }
    }

    // The page remembers its splitter under the area's title, like every other area.
    void layoutRoundTrips()
    {
        HealthView view(*m_history);
        QCOMPARE(view.page()->objectName(), QStringLiteral("healthPage"));
        view.resize(900, 600);
        view.show();
        auto *splitter = view.page()->findChild<QSplitter *>();
        QVERIFY(splitter);
        splitter->setSizes({300, 200});
        const QList<int> sizes = splitter->sizes();
        const QByteArray state = view.saveLayout();
        QVERIFY(!state.isEmpty());
        HealthView other(*m_history);
        other.resize(900, 600);
        other.show();
        other.restoreLayout(state);
        QCOMPARE(other.page()->findChild<QSplitter *>()->sizes(), sizes);
    }
};

QTEST_MAIN(TestHealthView)
#include "tst_healthview.moc"
