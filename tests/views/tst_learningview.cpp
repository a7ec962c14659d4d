// SPDX-License-Identifier: GPL-3.0-or-later
// The Learning area on a demo program: the learning log, the course ratings and the spend,
// the reading groups and the community, each page as a coordinator meets it.
// UPSKILL_GRAB=DIR keeps a picture of every page there.
#include "alumnimodel.h"
#include "alumnipage.h"
#include "communityattendeemodel.h"
#include "communityeventmodel.h"
#include "communitypage.h"
#include "communityquarterspanel.h"
#include "courseratingmodel.h"
#include "courseratingspage.h"
#include "demoprogram.h"
#include "edithistory.h"
#include "externallearningmodel.h"
#include "learningentrydialog.h"
#include "learninglogpage.h"
#include "learningspendpage.h"
#include "learningview.h"
#include "lookupedit.h"
#include "peoplesearchlist.h"
#include "planmeetingsdialog.h"
#include "programfile.h"
#include "readinggroupmembermodel.h"
#include "readinggroupmodel.h"
#include "readinggroupspage.h"
#include "readingmeetingmodel.h"
#include "tableview.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Upskill;

class TestLearningView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;

    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    static void grab(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("UPSKILL_GRAB");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
    // Shows the page on its tab and waits until its figures (if any) have arrived.
    template <typename Page> static void showPage(LearningView &view, Page *page)
    {
        view.tabs()->setCurrentWidget(page);
        QTest::qWait(20);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("demo.upskill")),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 180;
        QVERIFY2(DemoProgram::generate(*m_file, options, {}, &error), qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
    }
    void cleanupTestCase()
    {
        m_history.reset();
        m_file.reset();
    }

    void demoHasLearningData()
    {
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM external_learning")) > 10);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM reading_groups")) >= 2);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM reading_groups WHERE cohort_id IS "
                                      "NULL")) == 1);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM community_events")) > 5);
        // Every group has members, readings and meetings; past meetings mostly have summaries.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM reading_groups g WHERE NOT EXISTS "
                                       "(SELECT 1 FROM reading_group_members m WHERE m.group_id "
                                       "= g.id) OR NOT EXISTS (SELECT 1 FROM "
                                       "reading_group_meetings x WHERE x.group_id = g.id)")),
                 0);
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM reading_group_meetings WHERE "
                                      "summary_link <> ''")) > 0);
        // Facilitators are always members of their group.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM reading_group_meetings x WHERE "
                                       "facilitator_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                                       "reading_group_members m WHERE m.group_id = x.group_id "
                                       "AND m.participant_id = x.facilitator_id)")),
                 0);
    }

    void areaHasItsPages()
    {
        LearningView view(*m_history);
        QCOMPARE(view.title(), QStringLiteral("Learning"));
        QCOMPARE(view.tabs()->count(), 6);
        QStringList names;
        for (int i = 0; i < view.tabs()->count(); ++i)
            names.append(view.tabs()->widget(i)->objectName());
        QCOMPARE(
            names,
            (QStringList{QStringLiteral("learningLogPage"), QStringLiteral("courseRatingsPage"),
                         QStringLiteral("learningSpendPage"), QStringLiteral("readingGroupsPage"),
                         QStringLiteral("communityPage"), QStringLiteral("alumniPage")}));
        for (int i = 0; i < view.tabs()->count(); ++i) {
            view.tabs()->setCurrentIndex(i);
            // The figure pages add nothing; the others say what New adds.
            const bool adds = i == 0 || i == 3 || i == 4;
            QCOMPARE(!view.addActionText().isEmpty(), adds);
        }
        // The page showing and each page's layout survive a restart.
        view.tabs()->setCurrentIndex(3);
        const QByteArray state = view.saveLayout();
        LearningView again(*m_history);
        again.restoreLayout(state);
        QCOMPARE(again.tabs()->currentIndex(), 3);
    }

    void emptyProgramSaysWhatToDo()
    {
        QString error;
        auto file = ProgramFile::open(m_dir.filePath(QStringLiteral("empty.upskill")),
                                      ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(file, qPrintable(error));
        EditHistory history(*file);
        LearningView view(history);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.logPage()->model()->rowCount(), 0);
        QVERIFY(view.logPage()->infoText().isEmpty());
        grab(&view, QStringLiteral("empty-learning-log"));
        view.tabs()->setCurrentWidget(view.readingGroupsPage());
        QCOMPARE(view.readingGroupsPage()->group(), qint64(-1));
        QVERIFY(!view.readingGroupsPage()->detailTabs()->isEnabled());
        grab(&view, QStringLiteral("empty-reading-groups"));
        view.tabs()->setCurrentWidget(view.communityPage());
        QSignalSpy shown(view.communityPage()->quarters(), &CommunityQuartersPanel::resultShown);
        QVERIFY(shown.count() > 0 || shown.wait(30000));
        QCOMPARE(view.communityPage()->quarters()->table()->rowCount(), 0);
        grab(&view, QStringLiteral("empty-community"));
        view.tabs()->setCurrentWidget(view.spendPage());
        QSignalSpy spent(view.spendPage(), &LearningSpendPage::resultShown);
        QVERIFY(spent.count() > 0 || spent.wait(30000));
        QVERIFY(view.spendPage()->statusText().contains(QLatin1String("No external learning")));
        grab(&view, QStringLiteral("empty-spend"));
        view.tabs()->setCurrentWidget(view.alumniPage());
        QCOMPARE(view.alumniPage()->model()->alumniCount(), 0);
        QVERIFY(view.alumniPage()->table()->isHidden());
        grab(&view, QStringLiteral("empty-alumni"));
    }

    void alumniAreListedAndFound()
    {
        LearningView view(*m_history);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.tabs()->setCurrentWidget(view.alumniPage());
        AlumniPage *page = view.alumniPage();
        const int alumni = int(scalar(QStringLiteral("SELECT count(DISTINCT participant_id) FROM "
                                                     "enrollments WHERE status = 'completed'")));
        QVERIFY(alumni > 0);
        QCOMPARE(page->model()->alumniCount(), alumni);
        QVERIFY(page->countText().contains(QString::number(alumni)));
        QVERIFY(page->table()->isVisible());
        grab(&view, QStringLiteral("alumni"));
        const QString name =
            page->model()->data(page->model()->index(0, AlumniModel::Name)).toString();
        QTest::keyClicks(page->search(), name);
        page->applySearchNow();
        QVERIFY(page->model()->matchingCount() >= 1);
        QVERIFY(page->model()->matchingCount() < alumni);
        QVERIFY(page->countText().contains(QStringLiteral(" of ")));
        QTest::keyClicks(page->search(), QStringLiteral("zzz-nobody"));
        page->applySearchNow();
        QVERIFY(page->table()->isHidden());
    }

    void learningLogShowsAndFinds()
    {
        LearningView view(*m_history);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        LearningLogPage *page = view.logPage();
        showPage(view, page);
        const qint64 entries = scalar(QStringLiteral("SELECT count(*) FROM external_learning"));
        QCOMPARE(page->model()->matchingRowCount(), entries);
        QVERIFY(page->infoText().contains(QString::number(entries)));
        grab(&view, QStringLiteral("learning-log"));

        // Find by a person: everything of theirs, and nothing else.
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral("SELECT p.email, count(*) FROM external_learning l JOIN "
                                          "participants p ON p.id = l.participant_id GROUP BY "
                                          "p.id ORDER BY count(*) DESC, p.id LIMIT 1")));
        QVERIFY(query.next());
        page->findField()->setText(query.value(0).toString());
        QTRY_COMPARE(page->model()->matchingRowCount(), query.value(1).toLongLong());
        page->findField()->clear();
        QTRY_COMPARE(page->model()->matchingRowCount(), entries);

        // The person column is edited by searching, never with a combo of everyone.
        const QModelIndex person = page->model()->index(0, ExternalLearningModel::Participant);
        std::unique_ptr<QWidget> editor(
            page->table()
                ->itemDelegateForColumn(ExternalLearningModel::Participant)
                ->createEditor(page->table(), {}, person));
        auto *lookup = qobject_cast<LookupEdit *>(editor.get());
        QVERIFY(lookup);
        lookup->setText(QStringLiteral("a"));
        lookup->searchNow();
        QVERIFY(lookup->lookupCompleter()->model()->rowCount() > 0);
        QVERIFY(lookup->lookupCompleter()->model()->rowCount() <= 25);

        // The dialog records one entry per person chosen, with the same details.
        LearningEntryDialog dialog(m_file->database());
        dialog.people()->searchField()->setText(QStringLiteral("an"));
        dialog.people()->search();
        QVERIFY(dialog.people()->list()->count() >= 2);
        dialog.people()->list()->item(0)->setSelected(true);
        dialog.people()->list()->item(1)->setSelected(true);
        dialog.titleField()->setText(QStringLiteral("MLOps community day"));
        QCOMPARE(dialog.participantIds().size(), 2);
        QCOMPARE(dialog.values().value(QStringLiteral("title")).toString(),
                 QStringLiteral("MLOps community day"));
        QVERIFY(dialog.values().value(QStringLiteral("end_date")).toString().isEmpty());
        dialog.resize(900, 560);
        grab(&dialog, QStringLiteral("learning-entry-dialog"));

        // A team that went to one conference: one entry each, one undo step.
        QList<qint64> team;
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM participants ORDER BY id LIMIT 3")));
        while (query.next())
            team.append(query.value(0).toLongLong());
        const int steps = m_history->stack()->index();
        QVERIFY(page->addEntries(team, {{QStringLiteral("kind"), QStringLiteral("conference")},
                                        {QStringLiteral("title"), QStringLiteral("Agents summit")},
                                        {QStringLiteral("provider"), QString()},
                                        {QStringLiteral("start_date"), QDate(2026, 9, 8)},
                                        {QStringLiteral("cost"), 300.0}}));
        QCOMPARE(m_history->stack()->index(), steps + 1);
        QCOMPARE(page->model()->matchingRowCount(), entries + 3);
        QVERIFY(page->table()->currentIndex().isValid());
        m_history->stack()->undo();
        QCOMPARE(page->model()->matchingRowCount(), entries);
    }

    void courseRatingsRankAndExplain()
    {
        LearningView view(*m_history);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CourseRatingsPage *page = view.ratingsPage();
        QSignalSpy shown(page, &CourseRatingsPage::resultShown);
        showPage(view, page);
        QVERIFY2(shown.count() > 0 || shown.wait(30000), qPrintable(page->statusText()));
        const qint64 courses = scalar(QStringLiteral(
            "SELECT count(*) FROM (SELECT 1 FROM external_learning GROUP BY kind, title COLLATE "
            "NOCASE, provider COLLATE NOCASE)"));
        QCOMPARE(page->model()->rowCount(), int(courses));
        // Best rated first.
        std::optional<double> previous;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            const auto rating = page->model()->course(row).averageRating;
            if (previous && rating)
                QVERIFY(*rating <= *previous);
            if (rating)
                previous = rating;
        }
        QVERIFY(page->table()->currentIndex().isValid());
        QVERIFY(page->details()->toPlainText().contains(page->model()->course(0).title));
        grab(&view, QStringLiteral("course-ratings"));
    }

    void spendPerQuarterShows()
    {
        LearningView view(*m_history);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        LearningSpendPage *page = view.spendPage();
        QSignalSpy shown(page, &LearningSpendPage::resultShown);
        showPage(view, page);
        QVERIFY2(shown.count() > 0 || shown.wait(30000), qPrintable(page->statusText()));
        QVERIFY(page->table()->rowCount() >= 4);
        QVERIFY2(page->statusText().contains(QLatin1String("spent")),
                 qPrintable(page->statusText()));
        grab(&view, QStringLiteral("spend"));
    }

    void readingGroupsRotateAndPlan()
    {
        LearningView view(*m_history);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ReadingGroupsPage *page = view.readingGroupsPage();
        showPage(view, page);
        QCOMPARE(page->groups()->matchingRowCount(),
                 scalar(QStringLiteral("SELECT count(*) FROM reading_groups")));
        // The first group is chosen, with its members and meetings.
        QVERIFY(page->group() > 0);
        QCOMPARE(page->members()->rowCount(),
                 int(scalar(QStringLiteral("SELECT count(*) FROM reading_group_members WHERE "
                                           "group_id = ?"),
                            {page->group()})));
        QVERIFY(page->meetings()->rowCount() > 0);
        QVERIFY(!page->headingText().isEmpty());
        page->detailTabs()->setCurrentIndex(2);
        grab(&view, QStringLiteral("reading-groups"));
        page->detailTabs()->setCurrentIndex(0);
        grab(&view, QStringLiteral("reading-group-members"));

        // A new group: named in place, members added as one step, then meetings planned.
        const int steps = m_history->stack()->index();
        page->addItem();
        QVERIFY(page->group() > 0);
        QCOMPARE(page->members()->rowCount(), 0);
        QVERIFY(page->warningLabel()->text().contains(QLatin1String("at least")));
        QList<qint64> people;
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM participants ORDER BY id LIMIT 5")));
        while (query.next())
            people.append(query.value(0).toLongLong());
        QCOMPARE(page->addMembers(people), 5);
        QCOMPARE(page->members()->rowCount(), 5);
        QVERIFY(page->warningLabel()->text().startsWith(QLatin1String("5 member")));

        PlanMeetingsDialog dialog(*page->meetings(), QStringLiteral("New"));
        dialog.countBox()->setValue(7);
        QCOMPARE(dialog.preview()->rowCount(), 7);
        // The role comes back to the first member after the fifth.
        QCOMPARE(dialog.preview()->item(5, 1)->text(), dialog.preview()->item(0, 1)->text());
        grab(&dialog, QStringLiteral("plan-meetings"));
        QVERIFY(page->meetings()->planMeetings(dialog.count(), dialog.firstDay()));
        QCOMPARE(page->meetings()->rowCount(), 7);
        QCOMPARE(m_history->stack()->index(), steps + 3);
        m_history->stack()->undo();
        QCOMPARE(page->meetings()->rowCount(), 0);
        m_history->stack()->undo();
        m_history->stack()->undo();
        QCOMPARE(page->groups()->matchingRowCount(),
                 scalar(QStringLiteral("SELECT count(*) FROM reading_groups")));
    }

    void communityEventsAndAttendance()
    {
        LearningView view(*m_history);
        view.resize(1400, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        CommunityPage *page = view.communityPage();
        QSignalSpy shown(page->quarters(), &CommunityQuartersPanel::resultShown);
        showPage(view, page);
        QVERIFY2(shown.count() > 0 || shown.wait(30000),
                 qPrintable(page->quarters()->statusText()));
        QCOMPARE(page->events()->matchingRowCount(),
                 scalar(QStringLiteral("SELECT count(*) FROM community_events")));
        QVERIFY(page->eventTable()->currentIndex().isValid());
        const qint64 event = page->attendees()->event();
        QCOMPARE(page->attendees()->attendeeCount(),
                 int(scalar(QStringLiteral("SELECT count(*) FROM community_attendance WHERE "
                                           "event_id = ?"),
                            {event})));
        QCOMPARE(page->quarters()->table()->rowCount(),
                 int(scalar(QStringLiteral(
                     "SELECT count(DISTINCT substr(held_on, 1, 4) || ((CAST(substr(held_on, 6, "
                     "2) AS INTEGER) + 2) / 3)) FROM community_events"))));
        // Pick the event with the most people for the picture.
        const qint64 busiest =
            scalar(QStringLiteral("SELECT event_id FROM community_attendance GROUP BY event_id "
                                  "ORDER BY count(*) DESC LIMIT 1"));
        page->eventTable()->showId(busiest);
        QTRY_COMPARE(page->attendees()->event(), busiest);
        QVERIFY(page->attendeeHeading().contains(QLatin1String("came to")));
        grab(&view, QStringLiteral("community"));

        // The picker leaves out who is there already, and keeps what was chosen.
        PeopleSearchList people(m_file->database());
        BoundSql excluded;
        excluded.add(QStringLiteral("SELECT participant_id FROM community_attendance WHERE "
                                    "event_id = ?"),
                     {busiest});
        people.setExcluded(excluded);
        QVERIFY(people.list()->count() > 0);
        people.list()->item(0)->setSelected(true);
        people.searchField()->setText(QStringLiteral("zz-nobody"));
        people.search();
        QCOMPARE(people.list()->count(), 0);
        QCOMPARE(people.chosenCount(), 1);
        const qint64 chosen = people.chosenIds().first();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM community_attendance WHERE event_id "
                                       "= ? AND participant_id = ?"),
                        {busiest, chosen}),
                 0);

        const int before = page->attendees()->attendeeCount();
        QCOMPARE(page->addAttendees({chosen}), 1);
        QCOMPARE(page->attendees()->attendeeCount(), before + 1);
        m_history->stack()->undo();
        QCOMPARE(page->attendees()->attendeeCount(), before);
    }
};

QTEST_MAIN(TestLearningView)
#include "tst_learningview.moc"
