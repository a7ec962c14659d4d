// SPDX-License-Identifier: GPL-3.0-or-later
// The Projects area on a demo program: every page shows its figures, board cards move with
// the keyboard and by dropping with undo, people without a project are flagged, the whole
// cohort is paired within capacity in one step, and a week of protected time is entered at
// once. UPSKILL_GRAB_DIR=folder saves a picture of each page there.
#include "applicationprojectmodel.h"
#include "assignmentordialog.h"
#include "bulkweekdialog.h"
#include "cohortpairingdialog.h"
#include "demoprogram.h"
#include "edithistory.h"
#include "mentorload.h"
#include "mentormatching.h"
#include "mentorshipmodel.h"
#include "mentorshippage.h"
#include "productionprojectspage.h"
#include "programfile.h"
#include "programsettings.h"
#include "projectboard.h"
#include "projectboardpage.h"
#include "projectcolumnmodel.h"
#include "projectsview.h"
#include "projecttracking.h"
#include "protectedtimegridmodel.h"
#include "protectedtimepage.h"
#include "sqltestrows.h"
#include "tableview.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Upskill;

class TestProjectsView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSql::scalar(m_file->database(), sql, values);
    }
    static void grab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("UPSKILL_GRAB_DIR");
        if (dir.isEmpty())
            return;
        // Layouts settle on the next turn of the event loop, as they would on screen.
        QTest::qWait(50);
        widget->grab().save(dir + QLatin1Char('/') + name);
    }
    // Runs check on the next modal dialog of type T that opens, then accepts it.
    template <typename T> static void whenDialogOpens(const std::function<void(T *)> &check)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, check] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                check(dialog);
            }
        });
        timer->start();
    }
    qint64 runningCohortWith(const QString &condition) const
    {
        // condition is test text, never user input.
        return scalar(QStringLiteral("SELECT c.id FROM cohorts c WHERE c.status = 'running' AND "
                                     "date(c.start_date, '+7 days') <= date('now') AND ") +
                      condition + QStringLiteral(" ORDER BY c.start_date, c.id LIMIT 1"))
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("demo.upskill")),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        QVERIFY2(DemoProgram::generate(*m_file, {}, {}, &error), qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        connect(m_history.get(), &EditHistory::editFailed, this,
                [](const QString &message) { qWarning() << "edit failed:" << message; });
    }
    void cleanupTestCase()
    {
        m_history.reset();
        m_file.reset();
    }

    void everyPageShowsTheDemo()
    {
        ProjectsView view(*m_history);
        view.resize(1500, 920);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.title(), QStringLiteral("Projects"));
        QCOMPARE(view.tabs()->count(), 4);

        ProjectBoardPage *board = view.boardPage();
        QVERIFY(board->cohort() > 0);
        int cards = 0;
        for (int column = 0; column < board->board()->columnCount(); ++column)
            cards += board->board()->columnModel(column)->rowCount();
        QCOMPARE(cards, scalar(QStringLiteral("SELECT count(*) FROM application_projects WHERE "
                                              "cohort_id = ?"),
                               {board->cohort()})
                            .toInt());
        QVERIFY(board->board()->columnHeader(0)->text().startsWith(QStringLiteral("&1 Idea · ")));
        QVERIFY(!board->infoText().isEmpty());
        grab(&view, QStringLiteral("1-board.png"));

        view.tabs()->setCurrentIndex(ProjectsView::Production);
        const int production =
            scalar(QStringLiteral("SELECT count(*) FROM application_projects WHERE status = "
                                  "'in_production'"))
                .toInt();
        QVERIFY(production > 0);
        QCOMPARE(view.productionPage()->countLabel()->text(),
                 QStringLiteral("%1 project(s) in production").arg(production));
        QCOMPARE(view.productionPage()->projects()->rowCount(), production);
        grab(&view, QStringLiteral("2-production.png"));

        view.tabs()->setCurrentIndex(ProjectsView::Mentorship);
        MentorshipPage *mentorship = view.mentorshipPage();
        QVERIFY(mentorship->cohort() > 0);
        QTRY_VERIFY(!mentorship->isSuggesting());
        grab(&view, QStringLiteral("3-mentorship.png"));

        view.tabs()->setCurrentIndex(ProjectsView::ProtectedTime);
        ProtectedTimePage *time = view.protectedTimePage();
        const qint64 withViolations =
            scalar(QStringLiteral("SELECT cohort_id FROM protected_time WHERE hours_used < "
                                  "hours_planned GROUP BY "
                                  "cohort_id ORDER BY count(*) DESC LIMIT 1"))
                .toLongLong();
        time->setCohort(withViolations);
        QVERIFY(time->grid()->rowCount() > 0);
        QVERIFY(time->violationList()->topLevelItemCount() > 0);
        grab(&view, QStringLiteral("4-protected-time.png"));
    }

    void boardMovesByKeyboardWithUndo()
    {
        ProjectsView view(*m_history);
        view.resize(1400, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ProjectBoardPage *page = view.boardPage();
        const qint64 project = scalar(QStringLiteral("SELECT id FROM application_projects WHERE "
                                                     "status = 'idea' ORDER BY id LIMIT 1"))
                                   .toLongLong();
        page->setCohort(scalar(QStringLiteral("SELECT cohort_id FROM application_projects WHERE "
                                              "id = ?"),
                               {project})
                            .toLongLong());
        ProjectBoard *board = page->board();
        board->selectProject(project, true);
        QListView *ideas = board->columnView(0);
        QTRY_VERIFY(ideas->hasFocus());
        const int undoBefore = m_history->stack()->index();
        auto status = [&] {
            return scalar(QStringLiteral("SELECT status FROM application_projects WHERE id = ?"),
                          {project})
                .toString();
        };
        QTest::keyClick(ideas, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(status(), QStringLiteral("prototyping"));
        // The card goes with the focus, so the next press moves it on.
        QListView *prototyping = board->columnView(1);
        QVERIFY(prototyping->hasFocus());
        QCOMPARE(board->currentId(), project);
        QTest::keyClick(prototyping, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(status(), QStringLiteral("showcased"));
        QCOMPARE(m_history->stack()->index(), undoBefore + 2);
        grab(&view, QStringLiteral("5-board-moved.png"));
        m_history->stack()->undo();
        m_history->stack()->undo();
        QCOMPARE(status(), QStringLiteral("idea"));
        // Ctrl+Left in the first column goes nowhere.
        board->selectProject(project, true);
        QTest::keyClick(board->columnView(0), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(status(), QStringLiteral("idea"));
        QCOMPARE(m_history->stack()->index(), undoBefore);
    }

    void boardDropMovesAndSelects()
    {
        ProjectBoardPage page(*m_history);
        page.show();
        const qint64 project = scalar(QStringLiteral("SELECT id FROM application_projects WHERE "
                                                     "status = 'prototyping' ORDER BY id LIMIT 1"))
                                   .toLongLong();
        page.setCohort(scalar(QStringLiteral("SELECT cohort_id FROM application_projects WHERE "
                                             "id = ?"),
                              {project})
                           .toLongLong());
        ProjectBoard *board = page.board();
        ProjectColumnModel *source = board->columnModel(1);
        ProjectColumnModel *target =
            board->columnModel(board->columnOf(QStringLiteral("in_production")));
        int row = -1;
        for (int r = 0; r < source->rowCount(); ++r) {
            if (source->idAt(r) == project)
                row = r;
        }
        QVERIFY(row >= 0);
        std::unique_ptr<QMimeData> data(source->mimeData({source->index(row, 0)}));
        QVERIFY(target->dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QTRY_COMPARE(scalar(QStringLiteral("SELECT status FROM application_projects WHERE id = ?"),
                            {project})
                         .toString(),
                     QStringLiteral("in_production"));
        QTRY_COMPARE(board->currentId(), project);
        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT status FROM application_projects WHERE id = ?"),
                        {project})
                     .toString(),
                 QStringLiteral("prototyping"));
    }

    void missingProjectsAreFlagged()
    {
        QString error;
        const auto overdue =
            ProjectTracking::overdue(m_file->database(), QDate::currentDate(), &error);
        QVERIFY2(overdue && !overdue->isEmpty(), qPrintable(error));
        ProjectBoardPage page(*m_history);
        connect(&page, &SkillsPage::problem, this,
                [](const QString &message) { qWarning() << "refused:" << message; });
        page.show();
        page.setCohort(overdue->first().cohortId);
        QCOMPARE(page.missingList()->count(), overdue->first().missing);
        const qint64 person = page.missingList()->item(0)->data(Qt::UserRole).toLongLong();
        QVERIFY(page.projects()->addProject(person, QStringLiteral("Flaky test finder"), {}, {}));
        QCOMPARE(page.missingList()->count(), overdue->first().missing - 1);
        m_history->stack()->undo();
        QCOMPARE(page.missingList()->count(), overdue->first().missing);
    }

    void suggestionsExplainThemselvesAndSkipTheManager()
    {
        const qint64 cohort = runningCohortWith(QStringLiteral(
            "EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id AND e.status <> "
            "'withdrawn' AND NOT EXISTS (SELECT 1 FROM mentorships m WHERE m.mentee_id = "
            "e.participant_id AND m.cohort_id = c.id))"));
        QVERIFY(cohort > 0);
        MentorshipPage page(*m_history);
        page.show();
        page.setCohort(cohort);
        QVERIFY(page.unmentoredList()->count() > 0);
        QTRY_VERIFY(!page.isSuggesting());
        QTRY_VERIFY(page.suggestionList()->count() > 0);
        const qint64 mentee = page.unmentoredList()->currentItem()->data(Qt::UserRole).toLongLong();
        const QString manager =
            scalar(QStringLiteral("SELECT manager FROM participants WHERE id = ?"), {mentee})
                .toString();
        for (int i = 0; i < page.suggestionList()->count(); ++i) {
            const QString text = page.suggestionList()->item(i)->text();
            QVERIFY2(text.contains(QStringLiteral(" mentee(s)")), qPrintable(text));
            QVERIFY(!text.startsWith(manager + QLatin1Char('\n')));
        }
    }

    void pairWholeCohortWithinCapacityInOneStep()
    {
        const qint64 cohort = runningCohortWith(QStringLiteral(
            "(SELECT count(*) FROM enrollments e WHERE e.cohort_id = c.id AND e.status <> "
            "'withdrawn' AND NOT EXISTS (SELECT 1 FROM mentorships m WHERE m.mentee_id = "
            "e.participant_id AND m.cohort_id = c.id)) >= 3"));
        QVERIFY(cohort > 0);
        ProjectsView view(*m_history);
        view.resize(1500, 920);
        view.show();
        view.tabs()->setCurrentIndex(ProjectsView::Mentorship);
        MentorshipPage *page = view.mentorshipPage();
        page->setCohort(cohort);
        const int before = scalar(QStringLiteral("SELECT count(*) FROM mentorships")).toInt();
        const int undoBefore = m_history->stack()->index();
        QList<MentorshipModel::Pairing> accepted;
        bool shown = false;
        whenDialogOpens<CohortPairingDialog>([&](CohortPairingDialog *dialog) {
            shown = true;
            accepted = dialog->pairings();
            grab(dialog, QStringLiteral("6-pair-cohort.png"));
            dialog->accept();
        });
        page->pairWholeCohort();
        QTRY_VERIFY(shown);
        QVERIFY(!accepted.isEmpty());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mentorships")).toInt(),
                 before + accepted.size());
        QCOMPARE(m_history->stack()->index(), undoBefore + 1);
        QCOMPARE(page->unmentoredList()->count(),
                 int(scalar(QStringLiteral("SELECT count(*) FROM enrollments WHERE cohort_id = ? "
                                           "AND status <> 'withdrawn'"),
                            {cohort})
                         .toInt() -
                     scalar(QStringLiteral("SELECT count(DISTINCT mentee_id) FROM mentorships "
                                           "WHERE cohort_id = ?"),
                            {cohort})
                         .toInt()));
        // Nobody paired here is beyond capacity, apart from overrides recorded before.
        QString error;
        const MentorshipPeriod period = *MentorLoad::periodOf(m_file->database(), cohort, &error);
        const int capacity = ProgramSettings::load(m_file->database()).mentorCapacity;
        for (const MentorshipModel::Pairing &p : accepted) {
            const int load = *MentorLoad::load(m_file->database(), p.mentorId, period, 0, &error);
            const int overrides =
                scalar(QStringLiteral("SELECT count(*) FROM mentorships WHERE mentor_id = ? AND "
                                      "over_capacity = 1"),
                       {p.mentorId})
                    .toInt();
            QVERIFY2(load <= capacity + overrides, qPrintable(QString::number(p.mentorId)));
            QCOMPARE(scalar(QStringLiteral("SELECT over_capacity FROM mentorships WHERE "
                                           "mentee_id = ? AND cohort_id = ?"),
                            {p.menteeId, cohort})
                         .toInt(),
                     0);
        }
        grab(&view, QStringLiteral("7-mentorship-paired.png"));
        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mentorships")).toInt(), before);
    }

    void assigningBeyondCapacityNeedsAReason()
    {
        const qint64 cohort = runningCohortWith(QStringLiteral(
            "EXISTS (SELECT 1 FROM enrollments e WHERE e.cohort_id = c.id AND e.status <> "
            "'withdrawn' AND NOT EXISTS (SELECT 1 FROM mentorships m WHERE m.mentee_id = "
            "e.participant_id AND m.cohort_id = c.id))"));
        MentorshipPage page(*m_history);
        page.show();
        page.setCohort(cohort);
        const qint64 mentee = page.unmentoredList()->item(0)->data(Qt::UserRole).toLongLong();
        // A mentor with no room left during this cohort.
        QString error;
        const MentorshipPeriod period = *MentorLoad::periodOf(m_file->database(), cohort, &error);
        const int capacity = ProgramSettings::load(m_file->database()).mentorCapacity;
        const auto pool =
            MentorMatching::mentors(m_file->database(), cohort, period, false, &error);
        QVERIFY(pool);
        const auto full = std::find_if(pool->cbegin(), pool->cend(), [&](const MentorCandidate &m) {
            return m.load >= capacity;
        });
        QVERIFY(full != pool->cend());
        const qint64 mentor = full->id;
        AssignMentorDialog dialog(page.mentorships(), mentee, mentor);
        QCOMPARE(dialog.mentee(), mentee);
        QCOMPARE(dialog.mentor(), mentor);
        QVERIFY(dialog.mentorIsFull());
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.overrideCheck()->setChecked(true);
        QVERIFY(!ok->isEnabled());
        dialog.reasonEdit()->setText(QStringLiteral("Knows the team's stack best"));
        QVERIFY(ok->isEnabled());
        grab(&dialog, QStringLiteral("10-assign-over-capacity.png"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(scalar(QStringLiteral("SELECT over_capacity || '|' || override_reason FROM "
                                       "mentorships WHERE mentee_id = ? AND cohort_id = ?"),
                        {mentee, cohort})
                     .toString(),
                 QStringLiteral("1|Knows the team's stack best"));
        m_history->stack()->undo();

        // Typing part of a name finds mentors; a free one needs no override.
        AssignMentorDialog search(page.mentorships(), mentee, -1);
        const auto free = std::find_if(pool->cbegin(), pool->cend(),
                                       [&](const MentorCandidate &m) { return m.load < capacity; });
        search.searchEdit()->setText(free->name.left(5));
        search.search(free->name.left(5));
        QVERIFY(search.chooseMentor(free->id));
        QVERIFY(!search.mentorIsFull());
        QVERIFY(!search.overrideCheck()->isEnabled());
        QVERIFY(search.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void bulkWeekIsOneStep()
    {
        const qint64 cohort = runningCohortWith(QStringLiteral("1"));
        QVERIFY(cohort > 0);
        ProtectedTimePage page(*m_history);
        page.resize(1400, 900);
        page.show();
        page.setCohort(cohort);
        ProtectedTimeGridModel *grid = page.grid();
        QVERIFY(grid->weekCount() > 0);
        const QDate week = grid->weekAt(0);
        const int undoBefore = m_history->stack()->index();
        const int violationsBefore = page.violationList()->topLevelItemCount();
        bool shown = false;
        whenDialogOpens<BulkWeekDialog>([&](BulkWeekDialog *dialog) {
            shown = true;
            dialog->setWeek(week);
            dialog->fillEveryone(2, QStringLiteral("meeting"));
            grab(dialog, QStringLiteral("8-bulk-week.png"));
            dialog->accept();
        });
        page.bulkEntry(week);
        QTRY_VERIFY(shown);
        QCOMPARE(m_history->stack()->index(), undoBefore + 1);
        const int people = grid->rowCount();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM protected_time WHERE cohort_id = ? "
                                       "AND week_start = ? AND hours_used = 2 AND reason = "
                                       "'meeting'"),
                        {cohort, week.toString(Qt::ISODate)})
                     .toInt(),
                 people);
        QVERIFY(page.violationList()->topLevelItemCount() > violationsBefore);
        // Each week below the plan names the manager to raise it with.
        QTreeWidgetItem *first = page.violationList()->topLevelItem(0);
        QCOMPARE(first->text(4),
                 scalar(QStringLiteral("SELECT manager FROM participants WHERE id = ?"),
                        {first->data(0, Qt::UserRole + 1)})
                     .toString());
        grab(&page, QStringLiteral("9-protected-after-bulk.png"));
        m_history->stack()->undo();
        QCOMPARE(page.violationList()->topLevelItemCount(), violationsBefore);
    }
};

QTEST_MAIN(TestProjectsView)
#include "tst_projectsview.moc"
