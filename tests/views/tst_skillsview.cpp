// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentdialog.h"
#include "assessmentgridmodel.h"
#include "assessmentgridview.h"
#include "assessmentmodel.h"
#include "assessmentspage.h"
#include "bulkassessmentdialog.h"
#include "edithistory.h"
#include "levelpicker.h"
#include "mainwindow.h"
#include "participantskillsummarymodel.h"
#include "rubricdimensionmodel.h"
#include "rubricpage.h"
#include "skillsview.h"
#include "tableview.h"
#include "targetspage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestSkillsView : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    static QAction *findAction(QWidget *window, const QString &text)
    {
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text().remove(QLatin1Char('&')).startsWith(text))
                return action;
        }
        return nullptr;
    }
    static int count(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        query.exec(sql);
        query.next();
        return query.value(0).toInt();
    }
    // A window on a fresh program with three engineers in one cohort (one withdrawn).
    std::unique_ptr<MainWindow> openWindow(qint64 *cohort = nullptr)
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        const bool opened =
            window->openProgram(m_dir.filePath(QStringLiteral("skills%1.upskill").arg(++m_counter)),
                                ProgramFile::Mode::CreateNew, &error);
        if (!opened)
            qFatal("cannot open: %s", qPrintable(error));
        QSqlQuery query(window->program()->database());
        for (const char *name : {"Ada", "Grace", "Linus", "Barbara"})
            query.exec(QStringLiteral("INSERT INTO participants (name, email) VALUES ('%1', "
                                      "'%1@example.org')")
                           .arg(QLatin1String(name)));
        query.exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date) "
                                  "SELECT '2026-Q1 Foundational', id, '2026-Q1', '2026-01-05' "
                                  "FROM tracks WHERE kind = 'foundational'"));
        query.exec(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status) "
                                  "SELECT c.id, p.id, CASE p.name WHEN 'Barbara' THEN "
                                  "'withdrawn' ELSE 'active' END FROM cohorts c, participants p "
                                  "WHERE p.name <> 'Linus'"));
        query.exec(QStringLiteral("SELECT max(id) FROM cohorts"));
        query.next();
        if (cohort)
            *cohort = query.value(0).toLongLong();
        window->history()->file().notifyChanged(
            {QStringLiteral("participants"), QStringLiteral("enrollments")});
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UpskillPlannerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_skillsview"));
        QVERIFY(m_dir.isValid());
    }

    void areaOpensWithItsPages()
    {
        auto window = openWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QAction *skills = findAction(window.get(), QStringLiteral("Skills"));
        QVERIFY(skills);
        QCOMPARE(skills->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
        skills->trigger();
        SkillsView *view = window->skillsView();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        // More pages may follow (gap analysis, ...); these three come first.
        QCOMPARE(view->tabs()->widget(SkillsView::Rubric), view->rubricPage());
        QCOMPARE(view->tabs()->widget(SkillsView::Targets), view->targetsPage());
        QCOMPARE(view->tabs()->widget(SkillsView::Assessments), view->assessmentsPage());
        QCOMPARE(view->rubricPage()->dimensionModel()->rowCount(), 5);

        // New follows the page showing.
        const QStringList expected{QStringLiteral("New dimension"),
                                   QStringLiteral("New role target"),
                                   QStringLiteral("Record assessment")};
        for (int page = 0; page < 3; ++page) {
            view->tabs()->setCurrentIndex(page);
            QVERIFY2(findAction(window.get(), expected.at(page)), qPrintable(expected.at(page)));
        }
        // Nobody is picked yet: the page says what to do instead of showing empty tables.
        AssessmentsPage *assessments = view->assessmentsPage();
        QCOMPARE(assessments->currentParticipant(), -1);
        bool hint = false;
        for (QLabel *label : assessments->findChildren<QLabel *>())
            hint = hint || (label->isVisible() &&
                            label->text().startsWith(QStringLiteral("Pick a participant")));
        QVERIFY(hint);
        assessments->participantTable()->selectRow(0);
        QVERIFY(assessments->currentParticipant() > 0);
        QCOMPARE(assessments->summaryModel()->rowCount(), 5);

        // A page a later feature adds is a plain widget; New is off while it shows.
        auto *extra = new QLabel(QStringLiteral("Gap analysis"));
        view->addPage(extra, QStringLiteral("Gap analysis"));
        view->tabs()->setCurrentWidget(extra);
        QAction *add = nullptr;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->text() == QStringLiteral("&New"))
                add = action;
        }
        QVERIFY(add && !add->isEnabled());
    }

    void rememberedLayoutKeepsThePage()
    {
        auto window = openWindow();
        EditHistory &history = *window->history();
        SkillsView first(history);
        first.tabs()->setCurrentIndex(SkillsView::Assessments);
        SkillsView restored(history);
        restored.restoreLayout(first.saveLayout());
        QCOMPARE(restored.tabs()->currentIndex(), int(SkillsView::Assessments));

        // A page added after the area was built is shown once it exists.
        first.addPage(new QWidget, QStringLiteral("Placement"));
        first.tabs()->setCurrentIndex(3);
        SkillsView later(history);
        later.restoreLayout(first.saveLayout());
        QCOMPARE(later.tabs()->currentIndex(), 0);
        later.addPage(new QWidget, QStringLiteral("Placement"));
        QCOMPARE(later.tabs()->currentIndex(), 3);
        // Anything else under the key (an older splitter state) is ignored.
        later.restoreLayout(QByteArray("not a layout"));
        QCOMPARE(later.tabs()->currentIndex(), 3);
    }

    void assessmentDialogSavesTheChosenLevels()
    {
        qint64 cohort = -1;
        auto window = openWindow(&cohort);
        AssessmentsPage *page = window->skillsView()->assessmentsPage();
        const QSqlDatabase db = window->program()->database();
        const qint64 ada = count(db, QStringLiteral("SELECT id FROM participants WHERE name = "
                                                    "'Ada'"));
        page->participantTable()->showId(ada);
        QCOMPARE(page->currentParticipant(), ada);
        QCOMPARE(page->assessmentModel()->rowCount(), 0);
        AssessmentDialog dialog(*window->history(), ada, QStringLiteral("Ada"), window.get());
        dialog.setKind(QStringLiteral("self"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<LevelPicker *> pickers = dialog.pickers();
        QCOMPARE(pickers.size(), 5);
        // Every level shows its label and its behavioural indicators, not just a number.
        const QList<QRadioButton *> levels = pickers.first()->findChildren<QRadioButton *>();
        QCOMPARE(levels.size(), 4);
        QCOMPARE(levels.at(1)->text(), QStringLiteral("2 Practicing"));
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT indicators FROM rubric_levels WHERE level = 3 AND "
                                  "dimension_id = %1")
                       .arg(pickers.first()->dimensionId()));
        query.next();
        const QString firstLine = query.value(0).toString().section(QLatin1Char('\n'), 0, 0);
        QVERIFY(!firstLine.isEmpty());
        QLabel *shown = nullptr;
        for (QLabel *label : pickers.first()->findChildren<QLabel *>()) {
            if (label->text().contains(firstLine))
                shown = label;
        }
        QVERIFY2(shown && shown->isVisible() && shown->wordWrap(), qPrintable(firstLine));

        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        // Nothing rated: refused, the dialog stays.
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM assessments")), 0);

        // Clicking the indicators of a level chooses it, as does its button.
        QTest::mouseClick(shown, Qt::LeftButton);
        QCOMPARE(pickers.first()->level(), 3);
        QTest::mouseClick(pickers.at(2)->findChild<QRadioButton *>(QStringLiteral("level-1")),
                          Qt::LeftButton);
        pickers.at(4)->setLevel(4);
        pickers.at(4)->setLevel(0); // cleared again: not saved
        QCOMPARE(dialog.records().size(), 2);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM assessments WHERE participant_id "
                                          "= %1 AND kind = 'self' AND assessed_on = '%2' AND "
                                          "cohort_id = %3")
                               .arg(ada)
                               .arg(QDate::currentDate().toString(Qt::ISODate))
                               .arg(cohort)),
                 2);
        QCOMPARE(count(db, QStringLiteral("SELECT level FROM assessments WHERE dimension_id = %1")
                               .arg(pickers.first()->dimensionId())),
                 3);
        QCOMPARE(count(db, QStringLiteral("SELECT level FROM assessments WHERE dimension_id = %1")
                               .arg(pickers.at(2)->dimensionId())),
                 1);
        QCOMPARE(window->history()->stack()->count(), 1);
        // The page behind shows what was saved without being told.
        QCOMPARE(page->assessmentModel()->rowCount(), 2);
        QCOMPARE(page->summaryModel()
                     ->data(page->summaryModel()->index(0, ParticipantSkillSummaryModel::Self))
                     .toString(),
                 QStringLiteral("3 Proficient"));
    }

    void bulkGridTakesKeyboardEntryAndSavesInOneStep()
    {
        qint64 cohort = -1;
        auto window = openWindow(&cohort);
        const QSqlDatabase db = window->program()->database();
        BulkAssessmentDialog dialog(*window->history(), cohort,
                                    QStringLiteral("2026-Q1 Foundational"), window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        AssessmentGridModel *grid = dialog.gridModel();
        AssessmentGridView *view = dialog.grid();
        QCOMPARE(grid->rowCount(), 2); // Ada and Grace; Barbara withdrew, Linus is elsewhere
        QCOMPARE(grid->columnCount(), 5);
        QCOMPARE(view->currentIndex(), grid->index(0, 0));

        // Each digit rates the cell and moves right; the last column wraps to the next person.
        QTest::keyClicks(view, QStringLiteral("12345"));
        QCOMPARE(grid->level(0, 0), 1);
        QCOMPARE(grid->level(0, 3), 4);
        QCOMPARE(grid->level(0, 4), 0); // 5 is not a level
        QCOMPARE(view->currentIndex(), grid->index(0, 4));
        QTest::keyClick(view, Qt::Key_2);
        QCOMPARE(view->currentIndex(), grid->index(1, 0));
        QCOMPARE(grid->data(grid->index(0, 4)).toString(), QStringLiteral("2 Practicing"));
        QTest::keyClick(view, Qt::Key_3);
        // Arrows move, Delete and Backspace clear.
        QTest::keyClick(view, Qt::Key_Left);
        QCOMPARE(view->currentIndex(), grid->index(1, 0));
        QTest::keyClick(view, Qt::Key_Up);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(grid->level(0, 0), 0);
        QTest::keyClick(view, Qt::Key_Right);
        QTest::keyClick(view, Qt::Key_Backspace);
        QCOMPARE(grid->level(0, 1), 0);
        QCOMPARE(grid->filledCount(), 4);
        bool counted = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            counted = counted || label->text().startsWith(QStringLiteral("Ratings to save: 4 "));
        QVERIFY(counted);

        dialog.setKind(QStringLiteral("post"));
        QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.savedCount(), 4);
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM assessments WHERE kind = 'post' "
                                          "AND cohort_id = %1")
                               .arg(cohort)),
                 4);
        QCOMPARE(window->history()->stack()->count(), 1);
        window->history()->stack()->undo();
        QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM assessments")), 0);
    }
};

QTEST_MAIN(TestSkillsView)
#include "tst_skillsview.moc"
