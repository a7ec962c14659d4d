// SPDX-License-Identifier: GPL-3.0-or-later
// The Checklists area in the window: reached with Ctrl+5, a checklist picked at the top, items
// added, removed and moved with the buttons, and an empty checklist filled from the template.
#include "checklistitemmodel.h"
#include "checklistsview.h"
#include "cohortmodel.h"
#include "cohortsview.h"
#include "edithistory.h"
#include "mainwindow.h"
#include "tableview.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Upskill;

class TestChecklistsView : public QObject
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
    // Answers the next question box with Yes, as a person confirming a deletion would.
    static void confirmNextQuestion()
    {
        QTimer::singleShot(0, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box)
                box->button(QMessageBox::Yes)->click();
        });
    }
    // A shown window on a fresh program with two cohorts added the way the window adds them.
    std::unique_ptr<MainWindow> openWindow(qint64 *older = nullptr, qint64 *newer = nullptr)
    {
        auto window = std::make_unique<MainWindow>();
        QString error;
        if (!window->openProgram(
                m_dir.filePath(QStringLiteral("checklists%1.upskill").arg(++m_counter)),
                ProgramFile::Mode::CreateNew, &error))
            qFatal("cannot open: %s", qPrintable(error));
        QSqlQuery query(window->program()->database());
        query.exec(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"));
        query.next();
        const qint64 track = query.value(0).toLongLong();
        CohortModel *cohorts = window->cohortsView()->model();
        qint64 ids[2] = {-1, -1};
        const QDate starts[2] = {QDate::currentDate().addDays(-20),
                                 QDate::currentDate().addDays(60)};
        for (int i = 0; i < 2; ++i) {
            const QDate start = starts[i];
            if (!cohorts->addRecord(
                    {{QStringLiteral("name"), i == 0 ? QStringLiteral("Foundations autumn")
                                                     : QStringLiteral("Foundations winter")},
                     {QStringLiteral("track_id"), track},
                     {QStringLiteral("quarter"),
                      QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() + 2) / 3)},
                     {QStringLiteral("start_date"), start}},
                    QStringLiteral("New cohort"), &ids[i]))
                qFatal("cannot add a cohort");
        }
        if (older)
            *older = ids[0];
        if (newer)
            *newer = ids[1];
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qFatal("window not exposed");
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("UpskillPlannerTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_checklistsview"));
        QVERIFY(m_dir.isValid());
    }

    void opensWithCtrl5OnTheProgramChecklist()
    {
        auto window = openWindow();
        window->showArea(0);
        QTest::keyClick(window.get(), Qt::Key_5, Qt::ControlModifier);
        ChecklistsView *view = window->checklistsView();
        QVERIFY(view);
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(window->findChild<QStackedWidget *>()->currentWidget(), view);
        QVERIFY(findAction(window.get(), QStringLiteral("Checklists"))->isChecked());
        QVERIFY(findAction(window.get(), QStringLiteral("New checklist item"))->isEnabled());
        // The program's own checklist comes first, then the cohorts, newest first.
        QCOMPARE(view->selector()->count(), 3);
        QCOMPARE(view->selector()->currentIndex(), 0);
        QCOMPARE(view->selector()->itemText(1), QStringLiteral("Foundations winter"));
        QCOMPARE(view->selector()->itemText(2), QStringLiteral("Foundations autumn"));
        QVERIFY(view->model()->isProgram());
        const int items = count(window->program()->database(),
                                QStringLiteral("SELECT count(*) FROM checklist_template_items"));
        QCOMPARE(view->model()->rowCount(), items);
        QCOMPARE(view->progressLabel()->text(), QStringLiteral("0 of %1 done").arg(items));
        QVERIFY(!view->fromTemplateButton()->isVisible());
    }

    void selectingACohortShowsItsItems()
    {
        qint64 older = -1;
        auto window = openWindow(&older);
        window->showArea(4);
        ChecklistsView *view = window->checklistsView();
        QComboBox *selector = view->selector();
        // Typing part of a name offers the cohorts that contain it, wherever it is in the name.
        QCOMPARE(selector->completer()->filterMode(), Qt::MatchContains);
        selector->completer()->setCompletionPrefix(QStringLiteral("autumn"));
        QCOMPARE(selector->completer()->completionCount(), 1);
        QCOMPARE(selector->completer()->currentCompletion(), QStringLiteral("Foundations autumn"));

        selector->setCurrentIndex(selector->findText(QStringLiteral("Foundations autumn")));
        QCOMPARE(view->model()->cohortId(), older);
        const int items = count(window->program()->database(),
                                QStringLiteral("SELECT count(*) FROM checklist_template_items"));
        QCOMPARE(view->model()->rowCount(), items);
        // Started twenty days ago: the items due before today that are not done are overdue.
        const int overdue = count(window->program()->database(),
                                  QStringLiteral("SELECT count(*) FROM checklist_items WHERE "
                                                 "cohort_id = %1 AND due_date < date('now', "
                                                 "'localtime')")
                                      .arg(older));
        QVERIFY(overdue > 0);
        QCOMPARE(view->progressLabel()->text(),
                 QStringLiteral("0 of %1 done · %2 overdue").arg(items).arg(overdue));

        // Ticking one through its check box is counted at once.
        view->table()->showId(view->model()->idAt(0));
        const QModelIndex done = view->model()->index(0, ChecklistItemModel::Done);
        QVERIFY(view->model()->setData(done, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(view->progressLabel()->text().startsWith(QStringLiteral("1 of ")));
        // The same item stays current after the checklist was read again.
        QCOMPARE(view->table()->currentIndex().row(), 0);
    }

    void addsMovesAndRemovesItems()
    {
        auto window = openWindow();
        window->showArea(4);
        ChecklistsView *view = window->checklistsView();
        ChecklistItemModel *model = view->model();
        const int before = model->rowCount();
        QAction *infrastructure = nullptr;
        for (QAction *action : view->findChildren<QMenu *>().value(0)->actions()) {
            if (action->text() == QStringLiteral("Program infrastructure"))
                infrastructure = action;
        }
        QVERIFY(infrastructure);
        infrastructure->trigger();
        QCOMPARE(model->rowCount(), before + 1);
        const qint64 id = view->table()->currentId();
        QVERIFY(id > 0);
        QCOMPARE(model->sectionAt(view->table()->currentIndex().row()),
                 QStringLiteral("infrastructure"));
        // Its title is open for typing.
        auto *editor = view->table()->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->setText(QStringLiteral("Order the showcase pizza"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(
            model->data(model->index(model->rowOf(id), ChecklistItemModel::Title)).toString(),
            QStringLiteral("Order the showcase pizza"));

        // The last of its section moves up, not down into the next section.
        QPushButton *moveUp = nullptr;
        QPushButton *moveDown = nullptr;
        for (QPushButton *button : view->findChildren<QPushButton *>()) {
            const QString text = button->text().remove(QLatin1Char('&'));
            if (text == QStringLiteral("Move up"))
                moveUp = button;
            if (text == QStringLiteral("Move down"))
                moveDown = button;
        }
        QVERIFY(moveUp && moveDown);
        QVERIFY(moveUp->isEnabled());
        QVERIFY(!moveDown->isEnabled());
        const int row = model->rowOf(id);
        moveUp->click();
        QCOMPARE(model->rowOf(id), row - 1);
        QCOMPARE(view->table()->currentId(), id);
        QVERIFY(moveDown->isEnabled());

        // Edit → Delete asks first, then deletes; undo brings the item back.
        confirmNextQuestion();
        QAction *remove = findAction(window.get(), QStringLiteral("Delete"));
        QVERIFY(remove);
        remove->trigger();
        QCOMPARE(model->rowCount(), before);
        QCOMPARE(model->rowOf(id), -1);
        window->history()->stack()->undo();
        QVERIFY(model->rowOf(id) >= 0);

        // Edit → New adds to the section of the item that is current.
        view->table()->showId(model->idAt(0));
        findAction(window.get(), QStringLiteral("New checklist item"))->trigger();
        QCOMPARE(model->rowCount(), before + 2);
        QCOMPARE(model->sectionAt(view->table()->currentIndex().row()),
                 QStringLiteral("pre_launch"));
    }

    void anEmptyChecklistOffersTheTemplate()
    {
        auto window = openWindow();
        // A cohort from before checklists were made with cohorts: none yet.
        QSqlQuery query(window->program()->database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO cohorts (name, track_id, quarter) SELECT 'Imported cohort', id, "
            "'2027-Q1' FROM tracks WHERE kind = 'foundational'")));
        const qint64 imported = query.lastInsertId().toLongLong();
        window->program()->notifyChanged({QStringLiteral("cohorts")});
        window->showArea(4);
        ChecklistsView *view = window->checklistsView();
        view->showCohort(imported);
        QCOMPARE(view->model()->cohortId(), imported);
        QCOMPARE(view->model()->rowCount(), 0);
        QCOMPARE(view->selector()->currentText(), QStringLiteral("Imported cohort"));
        QVERIFY(view->fromTemplateButton()->isVisible());
        QCOMPARE(view->progressLabel()->text(), QStringLiteral("No items yet"));
        view->fromTemplateButton()->click();
        QVERIFY(view->model()->rowCount() > 0);
        QVERIFY(!view->fromTemplateButton()->isVisible());
        window->history()->stack()->undo();
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(view->fromTemplateButton()->isVisible());
    }

    void deletingTheShownCohortGoesBackToTheProgram()
    {
        qint64 older = -1;
        auto window = openWindow(&older);
        window->showArea(4);
        ChecklistsView *view = window->checklistsView();
        view->showCohort(older);
        QCOMPARE(view->model()->cohortId(), older);
        QVERIFY(window->cohortsView()->model()->removeIds({older}, QStringLiteral("Delete")));
        QVERIFY(view->model()->isProgram());
        QCOMPARE(view->selector()->count(), 2);
        QCOMPARE(view->selector()->currentIndex(), 0);
    }

    void doubleClickingTheProgressOpensTheChecklist()
    {
        qint64 older = -1;
        auto window = openWindow(&older);
        window->showArea(0);
        TableView *table = window->cohortsView()->table();
        const int row = window->cohortsView()->model()->rowOf(older);
        const QModelIndex cell = window->cohortsView()->model()->index(row, CohortModel::Checklist);
        table->scrollTo(cell);
        const QRect rect = table->visualRect(cell);
        QVERIFY(rect.isValid());
        // A double click is a press and release, then the double click itself.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        ChecklistsView *view = window->checklistsView();
        QTRY_VERIFY(view->isVisible());
        QCOMPARE(view->model()->cohortId(), older);
    }

    void findGoesToThePicker()
    {
        auto window = openWindow();
        window->showArea(4);
        findAction(window.get(), QStringLiteral("Find"))->trigger();
        QLineEdit *edit = window->checklistsView()->selector()->lineEdit();
        QTRY_VERIFY(edit->hasFocus());
        QCOMPARE(edit->selectedText(), QStringLiteral("Program checklist"));
        // Clicking into it selects the name shown too, so typing replaces it.
        edit->deselect();
        window->checklistsView()->table()->setFocus();
        QTRY_VERIFY(!edit->hasFocus());
        QTest::mouseClick(edit, Qt::LeftButton);
        QTRY_COMPARE(edit->selectedText(), QStringLiteral("Program checklist"));
    }
};

QTEST_MAIN(TestChecklistsView)
#include "tst_checklistsview.moc"
