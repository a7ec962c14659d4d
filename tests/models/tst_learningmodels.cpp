// SPDX-License-Identifier: GPL-3.0-or-later
// The learning area's models: the external learning log checked before it reaches the file,
// reading groups with their member count, rotation and planned meetings, and who came to a
// community event — every change one undo step.
#include "alumnimodel.h"
#include "communityattendeemodel.h"
#include "communityeventmodel.h"
#include "courseratingmodel.h"
#include "edithistory.h"
#include "externallearningmodel.h"
#include "learningfigures.h"
#include "programfile.h"
#include "readinggroupmembermodel.h"
#include "readinggroupmodel.h"
#include "readinggrouprules.h"
#include "readinglistmodel.h"
#include "readingmeetingmodel.h"
#include "sqltestrows.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestLearningModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;
    QList<qint64> m_people; // Ada, Ben, Chloe, Dara, Emeka, Fatima, Grace
    qint64 m_cohort = 0;

    qint64 insert(const QString &sql, const QVariantList &values = {})
    {
        return TestSql::insert(m_file->database(), sql, values);
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSql::scalar(m_file->database(), sql, values);
    }
    int count(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }
    static QDate day(const char *iso) { return QDate::fromString(QLatin1String(iso), Qt::ISODate); }
    // A group with the first n people as members, in order, who joined long ago.
    qint64 groupWith(int n, ReadingGroupMemberModel *members = nullptr)
    {
        const qint64 group =
            insert(QStringLiteral("INSERT INTO reading_groups (name) VALUES ('Evaluation club')"));
        for (int i = 0; i < n; ++i)
            insert(QStringLiteral("INSERT INTO reading_group_members (group_id, participant_id, "
                                  "position, joined_on) VALUES (?, ?, ?, '2020-01-01')"),
                   {group, m_people.at(i), i + 1});
        m_file->notifyChanged(
            {QStringLiteral("reading_groups"), QStringLiteral("reading_group_members")});
        if (members)
            members->setGroup(group);
        return group;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("l%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        m_people.clear();
        for (const char *name : {"Ada Lovelace", "Ben Okafor", "Chloe Martin", "Dara Kim",
                                 "Emeka Osei", "Fatima Rahman", "Grace Hopper"}) {
            const QString n = QString::fromLatin1(name);
            m_people.append(insert(
                QStringLiteral("INSERT INTO participants (name, email, team) VALUES (?, ?, ?)"),
                {n, n.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org"),
                 m_people.size() % 2 ? QStringLiteral("Payments") : QStringLiteral("Search")}));
        }
        const qint64 track =
            scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"))
                .toLongLong();
        m_cohort = insert(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, "
                                         "start_date, end_date) VALUES ('Spring basics', ?, "
                                         "'2026-Q1', '2026-01-12', '2026-02-06')"),
                          {track});
        m_file->notifyChanged({QStringLiteral("participants"), QStringLiteral("cohorts")});
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void alumniAreThoseWhoCompletedOnceEach()
    {
        const qint64 track =
            scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"))
                .toLongLong();
        const qint64 summer = insert(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, "
                                                    "start_date, end_date) VALUES ('Summer "
                                                    "agents', ?, '2026-Q2', '2026-05-04', "
                                                    "'2026-06-12')"),
                                     {track});
        // Ada completed both cohorts, Ben the first, Chloe withdrew, Dara is still enrolled.
        const auto enrol = [this](qint64 cohort, int person, const char *status,
                                  const QVariant &completed) {
            insert(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status, "
                                  "completed_on) VALUES (?, ?, ?, ?)"),
                   {cohort, m_people.at(person), QString::fromLatin1(status), completed});
        };
        enrol(m_cohort, 0, "completed", QStringLiteral("2026-02-06"));
        enrol(summer, 0, "completed", QStringLiteral("2026-06-12"));
        enrol(m_cohort, 1, "completed", QStringLiteral("2026-02-06"));
        enrol(m_cohort, 2, "withdrawn", QVariant());
        enrol(summer, 3, "enrolled", QVariant());
        // Ada mentors from May to the end of the year, Ben's mentorship ended in April.
        insert(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, cohort_id, "
                              "starts_on, ends_on) VALUES (?, ?, ?, '2026-05-04', '2026-12-31')"),
               {m_people.at(0), m_people.at(3), summer});
        insert(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, cohort_id, "
                              "starts_on, ends_on) VALUES (?, ?, ?, '2026-02-09', '2026-04-30')"),
               {m_people.at(1), m_people.at(4), m_cohort});
        const qint64 meetup = insert(QStringLiteral("INSERT INTO community_events (kind, title, "
                                                    "held_on) VALUES ('meetup', 'Agents "
                                                    "meetup', '2026-07-01')"));
        insert(QStringLiteral("INSERT INTO community_attendance VALUES (?, ?)"),
               {meetup, m_people.at(1)});

        AlumniModel model(*m_file);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setToday(QDate(2026, 6, 15));
        QCOMPARE(model.alumniCount(), 2);
        QCOMPARE(model.rowCount(), 2);
        const auto cell = [&model](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        QCOMPARE(cell(0, AlumniModel::Name), QStringLiteral("Ada Lovelace"));
        QCOMPARE(cell(0, AlumniModel::Cohort), QStringLiteral("Summer agents")); // the latest
        QCOMPARE(model.data(model.index(0, AlumniModel::CompletedOn), Qt::EditRole).toDate(),
                 QDate(2026, 6, 12));
        QCOMPARE(cell(0, AlumniModel::Mentees), QStringLiteral("1 of 3"));
        QCOMPARE(cell(1, AlumniModel::Name), QStringLiteral("Ben Okafor"));
        QCOMPARE(cell(1, AlumniModel::Cohort), QStringLiteral("Spring basics"));
        QCOMPARE(cell(1, AlumniModel::Mentees), QStringLiteral("0 of 3"));
        QCOMPARE(model.data(model.index(1, AlumniModel::Events)).toInt(), 1);

        // Found by name, team or cohort; LIKE's wildcards are taken as typed.
        model.setSearchText(QStringLiteral("summer"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.matchingCount(), 1);
        model.setSearchText(QStringLiteral("%"));
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QString());

        // A change to the enrollments is shown at once.
        QSqlQuery(m_file->database())
            .exec(QStringLiteral("UPDATE enrollments SET status = 'completed', completed_on = "
                                 "'2026-06-12' WHERE participant_id = %1")
                      .arg(m_people.at(3)));
        m_file->notifyChanged({QStringLiteral("enrollments")});
        QCOMPARE(model.alumniCount(), 3);
        QCOMPARE(model.rowCount(), 3);
    }

    void everyModelPassesTheTester()
    {
        const qint64 group = groupWith(5);
        insert(QStringLiteral("INSERT INTO reading_group_readings (group_id, title) VALUES (?, "
                              "'Monitoring models')"),
               {group});
        const qint64 event = insert(QStringLiteral("INSERT INTO community_events (kind, title, "
                                                   "held_on) VALUES ('meetup', 'Meetup', "
                                                   "'2026-03-19')"));
        insert(QStringLiteral("INSERT INTO community_attendance VALUES (?, ?)"),
               {event, m_people.at(0)});
        insert(QStringLiteral("INSERT INTO external_learning (participant_id, kind, title, "
                              "rating) VALUES (?, 'course', 'Evaluating LLM systems', 4)"),
               {m_people.at(1)});
        m_file->notifyChanged(
            {QStringLiteral("reading_group_readings"), QStringLiteral("community_events"),
             QStringLiteral("community_attendance"), QStringLiteral("external_learning")});

        ExternalLearningModel learning(*m_history);
        ReadingGroupModel groups(*m_history);
        ReadingGroupMemberModel members(*m_history);
        ReadingListModel readings(*m_history);
        ReadingMeetingModel meetings(*m_history);
        CommunityEventModel events(*m_history);
        CommunityAttendeeModel attendees(*m_history);
        CourseRatingModel ratings;
        QList<QAbstractItemModel *> models{&learning, &groups, &members,   &readings,
                                           &meetings, &events, &attendees, &ratings};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        learning.select();
        groups.select();
        members.setGroup(group);
        readings.setGroup(group);
        meetings.setGroup(group);
        QVERIFY(meetings.planMeetings(3, day("2030-01-09")));
        events.select();
        attendees.setEvent(event);
        QString error;
        const auto courses = LearningFigures::courseRatings(m_file->database(), &error);
        QVERIFY2(courses, qPrintable(error));
        ratings.setCourses(*courses);
        QCOMPARE(learning.rowCount(), 1);
        QCOMPARE(groups.rowCount(), 1);
        QCOMPARE(members.rowCount(), 5);
        QCOMPARE(readings.rowCount(), 1);
        QCOMPARE(meetings.rowCount(), 3);
        QCOMPARE(events.rowCount(), 1);
        QCOMPARE(attendees.rowCount(), 1);
        QCOMPARE(ratings.rowCount(), 1);
        for (QAbstractItemModel *model : models) {
            for (int column = 0; column < model->columnCount(); ++column) {
                QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
                model->index(0, column).data(Qt::ToolTipRole);
            }
        }
    }

    void learningLogValidation_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("mentions");
        using L = ExternalLearningModel;
        const auto text = [](const char *value) { return QVariant(QString::fromUtf8(value)); };
        QTest::newRow("rating 0") << int(L::Rating) << text("0") << false << "1 (poor) to 5";
        QTest::newRow("rating 6") << int(L::Rating) << text("6") << false << "not 6";
        QTest::newRow("rating 1") << int(L::Rating) << text("1") << true << "";
        QTest::newRow("rating 5") << int(L::Rating) << text("5") << true << "";
        QTest::newRow("rating empty") << int(L::Rating) << text("") << true << "";
        QTest::newRow("rating not a number")
            << int(L::Rating) << text("great") << false << "whole number";
        QTest::newRow("cost negative") << int(L::Cost) << text("-50") << false << "negative";
        QTest::newRow("cost zero") << int(L::Cost) << text("0") << true << "";
        QTest::newRow("cost 1200.50") << int(L::Cost) << text("1200.5") << true << "";
        QTest::newRow("cost empty") << int(L::Cost) << text("") << true << "";
        QTest::newRow("end before start")
            << int(L::EndDate) << QVariant(day("2026-02-28")) << false << "before the start";
        QTest::newRow("end on start day")
            << int(L::EndDate) << QVariant(day("2026-03-02")) << true << "";
        QTest::newRow("start after end")
            << int(L::StartDate) << QVariant(day("2026-03-31")) << false << "before the start";
        QTest::newRow("start earlier")
            << int(L::StartDate) << QVariant(day("2026-02-01")) << true << "";
        QTest::newRow("title empty") << int(L::Title) << text("  ") << false << "cannot be empty";
        QTest::newRow("person unknown")
            << int(L::Participant) << text("Nobody Known") << false << "Nobody Known";
        QTest::newRow("person by id") << int(L::Participant) << QVariant(-2) << true << "";
    }

    void learningLogValidation()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        QFETCH(QString, mentions);
        if (value.typeId() == QMetaType::Int)
            value = m_people.at(-value.toInt());
        const qint64 id = insert(
            QStringLiteral("INSERT INTO external_learning (participant_id, kind, title, provider, "
                           "start_date, end_date, cost, rating) VALUES (?, 'course', 'Evaluating "
                           "LLM systems', 'Open Learning Hub', '2026-03-02', '2026-03-20', 800, "
                           "3)"),
            {m_people.at(0)});
        ExternalLearningModel model(*m_history);
        model.select();
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        const QString field = model.columnSpecs().at(column).field;
        const auto stored = [&] {
            return scalar(
                QStringLiteral("SELECT %1 FROM external_learning WHERE id = ?").arg(field), {id});
        };
        const QVariant before = stored();
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QSignalSpy failed(m_history.get(), &EditHistory::editFailed);
        QCOMPARE(model.setData(model.index(row, column), value), accepted);
        QCOMPARE(failed.count(), 0);
        if (accepted) {
            QCOMPARE(refused.count(), 0);
            QCOMPARE(m_history->stack()->count(), 1);
            m_history->stack()->undo();
            QCOMPARE(stored(), before);
        } else {
            QCOMPARE(refused.count(), 1);
            const QString message = refused.first().first().toString();
            QVERIFY2(message.contains(mentions), qPrintable(message));
            // Which entry: its title (and whose) unless the title itself is what is wrong.
            if (column != ExternalLearningModel::Title &&
                !message.contains(QLatin1String("whole number")))
                QVERIFY2(message.contains(QLatin1String("Evaluating LLM systems")),
                         qPrintable(message));
            QCOMPARE(stored(), before);
            QCOMPARE(m_history->stack()->count(), 0);
        }
    }

    void newEntriesForSeveralPeopleAreOneStep()
    {
        ExternalLearningModel model(*m_history);
        model.select();
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QVariantMap values{{QStringLiteral("kind"), QStringLiteral("conference")},
                           {QStringLiteral("title"), QStringLiteral("MLOps community day")},
                           {QStringLiteral("start_date"), day("2026-05-12")},
                           {QStringLiteral("end_date"), day("2026-05-11")},
                           {QStringLiteral("cost"), 450.0}};
        // The end before the start refuses them all: nothing is written.
        QVERIFY(!model.addEntries({m_people.at(0), m_people.at(1)}, values));
        QVERIFY(refused.last().first().toString().contains(QLatin1String("MLOps community day")));
        values.insert(QStringLiteral("end_date"), day("2026-05-13"));
        values.insert(QStringLiteral("rating"), 6);
        QVERIFY(!model.addEntries({m_people.at(0)}, values));
        values.remove(QStringLiteral("rating"));
        values.insert(QStringLiteral("cost"), -1.0);
        QVERIFY(!model.addEntries({m_people.at(0)}, values));
        values.insert(QStringLiteral("cost"), 450.0);
        QVERIFY(!model.addEntries({}, values));
        QCOMPARE(count(QStringLiteral("external_learning")), 0);
        QCOMPARE(m_history->stack()->count(), 0);

        QList<qint64> ids;
        QVERIFY(model.addEntries({m_people.at(0), m_people.at(1), m_people.at(2)}, values, &ids));
        QCOMPARE(ids.size(), 3);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(model.matchingRowCount(), 3);
        QCOMPARE(model.matchingCost(), 1350.0);
        m_history->stack()->undo();
        QCOMPARE(count(QStringLiteral("external_learning")), 0);
        m_history->stack()->redo();
        QCOMPARE(
            scalar(QStringLiteral("SELECT group_concat(participant_id) FROM (SELECT "
                                  "participant_id FROM external_learning ORDER BY 1)"))
                .toString(),
            QStringLiteral("%1,%2,%3").arg(m_people.at(0)).arg(m_people.at(1)).arg(m_people.at(2)));
        QVERIFY(model.removeEntries({ids.at(1)}));
        QCOMPARE(count(QStringLiteral("external_learning")), 2);
        m_history->stack()->undo();
        QCOMPARE(count(QStringLiteral("external_learning")), 3);
    }

    void findMatchesEntriesAndPeople_data()
    {
        QTest::addColumn<QString>("find");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("rows");
        QTest::newRow("everything") << QString() << QString() << 4;
        QTest::newRow("by title") << QStringLiteral("retrieval") << QString() << 2;
        QTest::newRow("by provider") << QStringLiteral("guild") << QString() << 1;
        QTest::newRow("by review") << QStringLiteral("labs") << QString() << 1;
        QTest::newRow("by person") << QStringLiteral("lovelace") << QString() << 2;
        QTest::newRow("by email") << QStringLiteral("ben@") << QString() << 1;
        QTest::newRow("by team") << QStringLiteral("payments") << QString() << 1;
        QTest::newRow("kind only") << QString() << QStringLiteral("certification") << 1;
        QTest::newRow("person and kind") << QStringLiteral("ada") << QStringLiteral("course") << 1;
        QTest::newRow("wildcards are text") << QStringLiteral("%") << QString() << 0;
        QTest::newRow("quote") << QStringLiteral("o'brien") << QString() << 0;
    }

    void findMatchesEntriesAndPeople()
    {
        QFETCH(QString, find);
        QFETCH(QString, kind);
        QFETCH(int, rows);
        const QString sql = QStringLiteral(
            "INSERT INTO external_learning (participant_id, kind, title, provider, review) "
            "VALUES (?, ?, ?, ?, ?)");
        insert(sql, {m_people.at(0), QStringLiteral("course"),
                     QStringLiteral("Practical retrieval"), QStringLiteral("Open Learning Hub"),
                     QStringLiteral("The labs were the valuable part.")});
        insert(sql, {m_people.at(0), QStringLiteral("certification"),
                     QStringLiteral("Cloud ML engineer"), QStringLiteral("Cloud Academy"),
                     QStringLiteral("")});
        insert(sql, {m_people.at(1), QStringLiteral("course"), QStringLiteral("Retrieval in depth"),
                     QStringLiteral("AI Practitioners Guild"), QStringLiteral("")});
        insert(sql, {m_people.at(2), QStringLiteral("conference"), QStringLiteral("Data summit"),
                     QStringLiteral(""), QStringLiteral("")});
        ExternalLearningModel model(*m_history);
        model.setKind(kind);
        model.setFind(find);
        QCOMPARE(model.matchingRowCount(), qint64(rows));
        QCOMPARE(model.rowCount(), rows);
    }

    void memberCountWarnings_data()
    {
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("left");
        QTest::addColumn<bool>("warned");
        QTest::newRow("3 members") << 3 << 0 << true;
        QTest::newRow("4 members") << 4 << 0 << false;
        QTest::newRow("6 members") << 6 << 0 << false;
        QTest::newRow("7 members") << 7 << 0 << true;
        QTest::newRow("5, two left") << 5 << 2 << true;
        QTest::newRow("7, one left") << 7 << 1 << false;
    }

    void memberCountWarnings()
    {
        QFETCH(int, members);
        QFETCH(int, left);
        QFETCH(bool, warned);
        ReadingGroupMemberModel memberModel(*m_history);
        const qint64 group = groupWith(members, &memberModel);
        // Leaving is one step for all of them, and they no longer count.
        QList<qint64> leaving;
        for (int row = 0; row < left; ++row)
            leaving.append(memberModel.idAt(row));
        if (left > 0) {
            QVERIFY(memberModel.markLeft(leaving, QDate::currentDate()));
            QCOMPARE(m_history->stack()->count(), 1);
        }
        QCOMPARE(memberModel.activeCount(), members - left);
        ReadingGroupModel groups(*m_history);
        groups.select();
        const int row = groups.rowOf(group);
        QVERIFY(row >= 0);
        QCOMPARE(groups.memberCount(row), members - left);
        const QString warning =
            groups.index(row, groups.tableColumnCount() + ReadingGroupModel::Members)
                .data(ProgramTableModel::WarningRole)
                .toString();
        QCOMPARE(!warning.isEmpty(), warned);
        QCOMPARE(warning, ReadingGroupRules::sizeWarning(members - left));
        if (warned)
            QVERIFY2(warning.contains(QString::number(members - left)), qPrintable(warning));
    }

    void planMeetingsRotatesAndIsOneStep()
    {
        ReadingGroupMemberModel members(*m_history);
        const qint64 group = groupWith(5, &members);
        ReadingListModel readings(*m_history);
        readings.setGroup(group);
        QVERIFY(readings.addReading(QStringLiteral("Monitoring models")));
        QVERIFY(readings.addReading(QStringLiteral("Red-teaming")));
        ReadingMeetingModel meetings(*m_history);
        meetings.setGroup(group);
        const int before = m_history->stack()->count();

        // Emeka (the fifth) leaves on 15 February 2030, before his turn on 6 March.
        QVERIFY(members.markLeft({members.idAt(4)}, day("2030-02-15")));
        QList<qint64> ids;
        QVERIFY(meetings.planMeetings(6, day("2030-01-09"), &ids));
        QCOMPARE(m_history->stack()->count(), before + 2);
        QCOMPARE(ids.size(), 6);
        QList<qint64> leads;
        QStringList days;
        for (int row = 0; row < meetings.rowCount(); ++row) {
            leads.append(meetings.facilitatorAt(row));
            days.append(meetings.heldOnAt(row).toString(Qt::ISODate));
        }
        QCOMPARE(days, (QStringList{QStringLiteral("2030-01-09"), QStringLiteral("2030-01-23"),
                                    QStringLiteral("2030-02-06"), QStringLiteral("2030-02-20"),
                                    QStringLiteral("2030-03-06"), QStringLiteral("2030-03-20")}));
        // Ada, Ben, Chloe, Dara in turn; Emeka has left by 6 March, so Ada and Ben follow.
        QCOMPARE(leads, (QList<qint64>{m_people.at(0), m_people.at(1), m_people.at(2),
                                       m_people.at(3), m_people.at(0), m_people.at(1)}));
        // The readings in the list's order, then none left.
        QCOMPARE(meetings.index(0, ReadingMeetingModel::Reading).data().toString(),
                 QStringLiteral("Monitoring models"));
        QCOMPARE(meetings.index(1, ReadingMeetingModel::Reading).data().toString(),
                 QStringLiteral("Red-teaming"));
        QVERIFY(meetings.index(2, ReadingMeetingModel::Reading).data().toString().isEmpty());
        QCOMPARE(meetings.index(0, ReadingMeetingModel::Facilitator).data().toString(),
                 QStringLiteral("Ada Lovelace"));

        // One undo takes back all six, redo brings them back with the same ids.
        m_history->stack()->undo();
        QCOMPARE(count(QStringLiteral("reading_group_meetings")), 0);
        m_history->stack()->redo();
        QCOMPARE(count(QStringLiteral("reading_group_meetings")), 6);
        QCOMPARE(scalar(QStringLiteral("SELECT min(id) FROM reading_group_meetings")).toLongLong(),
                 ids.first());

        // The next plan goes on after Ben, who led the last one: Chloe, then Dara.
        QCOMPARE(meetings.suggestedFirstDay(), std::max(day("2030-04-03"), QDate::currentDate()));
        QString problem;
        const auto next = meetings.proposal(2, day("2030-04-03"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(next.size(), 2);
        QCOMPARE(next.at(0).facilitator, m_people.at(2));
        QCOMPARE(next.at(1).facilitator, m_people.at(3));
        QCOMPARE(next.at(1).day, day("2030-04-17"));
        // Not on or before the latest meeting, and not for a group without members.
        QVERIFY(meetings.proposal(2, day("2030-03-20"), &problem).isEmpty());
        QVERIFY(problem.contains(QLatin1String("already")));
        QSignalSpy refused(&meetings, &ProgramTableModel::editRefused);
        const qint64 empty =
            insert(QStringLiteral("INSERT INTO reading_groups (name) VALUES ('Empty')"));
        meetings.setGroup(empty);
        QVERIFY(!meetings.planMeetings(3, day("2030-01-09")));
        QVERIFY(refused.last().first().toString().contains(QLatin1String("no members")));
    }

    void meetingsAreCheckedAndWarned()
    {
        ReadingGroupMemberModel members(*m_history);
        const qint64 group = groupWith(5, &members);
        const qint64 stranger = insert(QStringLiteral(
            "INSERT INTO participants (name, email) VALUES ('Not Member', 'nm@example.org')"));
        const qint64 past = insert(QStringLiteral("INSERT INTO reading_group_meetings (group_id, "
                                                  "held_on, facilitator_id) VALUES (?, "
                                                  "'2020-02-05', ?)"),
                                   {group, m_people.at(0)});
        const qint64 future = insert(QStringLiteral("INSERT INTO reading_group_meetings "
                                                    "(group_id, held_on, facilitator_id) VALUES "
                                                    "(?, '2099-02-05', ?)"),
                                     {group, m_people.at(1)});
        ReadingMeetingModel meetings(*m_history);
        meetings.setGroup(group);
        const int pastRow = meetings.rowOf(past);
        const int futureRow = meetings.rowOf(future);
        using M = ReadingMeetingModel;
        // A past meeting without its summary is flagged, naming who led it.
        const QString owed =
            meetings.index(pastRow, M::SummaryLink).data(ProgramTableModel::WarningRole).toString();
        QVERIFY2(owed.contains(QLatin1String("Ada Lovelace")), qPrintable(owed));
        QCOMPARE(meetings.missingSummaries(), 1);
        QVERIFY(meetings.setData(meetings.index(pastRow, M::SummaryLink),
                                 QStringLiteral("https://wiki.example.org/rg/1")));
        QCOMPARE(meetings.missingSummaries(), 0);
        QVERIFY(meetings.index(meetings.rowOf(past), M::SummaryLink)
                    .data(ProgramTableModel::WarningRole)
                    .toString()
                    .isEmpty());
        QVERIFY(!meetings.setData(meetings.index(meetings.rowOf(past), M::SummaryLink),
                                  QStringLiteral("see the wiki page")));
        // Only members lead.
        QVERIFY(!meetings.setData(meetings.index(futureRow, M::Facilitator),
                                  QString::number(stranger)));
        QVERIFY(meetings.setData(meetings.index(meetings.rowOf(future), M::Facilitator),
                                 QString::number(m_people.at(4))));
        // A facilitator who has left by the meeting is flagged.
        QVERIFY(members.markLeft({members.idAt(4)}, QDate::currentDate()));
        const QString gone = meetings.index(meetings.rowOf(future), M::Facilitator)
                                 .data(ProgramTableModel::WarningRole)
                                 .toString();
        QVERIFY2(gone.contains(QLatin1String("Emeka Osei")), qPrintable(gone));
        // Nobody cannot leave before joining.
        QVERIFY(!members.markLeft({members.idAt(0)}, day("2019-01-01")));
        QVERIFY(
            !members.setData(members.index(0, ReadingGroupMemberModel::LeftOn), day("2019-12-31")));
    }

    void membersMoveAndJoinOnce()
    {
        ReadingGroupMemberModel members(*m_history);
        const qint64 group = groupWith(3, &members);
        // People already in the group are skipped; the rest join at the end, as one step.
        QCOMPARE(members.addMembers({m_people.at(1), m_people.at(3), m_people.at(4)}), 2);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(members.rowCount(), 5);
        QVERIFY(!members.canMove(0, -1));
        QVERIFY(members.move(4, -1));
        QCOMPARE(members.participantAt(3), m_people.at(4));
        QCOMPARE(members.participantAt(4), m_people.at(3));
        QCOMPARE(ReadingGroupMemberModel::rotationOf(m_file->database(), group).at(3).participantId,
                 m_people.at(4));
        m_history->stack()->undo();
        QCOMPARE(members.participantAt(3), m_people.at(3));
    }

    void communityAttendanceIsOneStepEach()
    {
        const qint64 event = insert(QStringLiteral(
            "INSERT INTO community_events (kind, title, held_on) VALUES ('community_of_practice', "
            "'Prompt patterns that worked', '2026-02-11')"));
        const qint64 other = insert(QStringLiteral(
            "INSERT INTO community_events (kind, title, held_on) VALUES ('summit', 'Summit', "
            "'2026-06-01')"));
        insert(QStringLiteral("INSERT INTO community_attendance VALUES (?, ?)"),
               {other, m_people.at(0)});
        CommunityEventModel events(*m_history);
        events.select();
        CommunityAttendeeModel attendees(*m_history);
        attendees.setEvent(event);
        QCOMPARE(attendees.addAttendees({m_people.at(2), m_people.at(0), m_people.at(1)}), 3);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(attendees.rowCount(), 3);
        QCOMPARE(attendees.index(0, CommunityAttendeeModel::Name).data().toString(),
                 QStringLiteral("Ada Lovelace"));
        QCOMPARE(events.attendedAt(events.rowOf(event)), 3);
        QCOMPARE(events.attendedAt(events.rowOf(other)), 1);
        // Adding someone who is there already changes nothing and leaves no step.
        QCOMPARE(attendees.addAttendees({m_people.at(0)}), 0);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(attendees.addAttendees({m_people.at(0), m_people.at(3)}), 1);
        QCOMPARE(attendees.removeAttendees({m_people.at(0), m_people.at(2)}), 2);
        QCOMPARE(attendees.attendeeCount(), 2);
        QCOMPARE(m_history->stack()->count(), 3);
        m_history->stack()->undo();
        QCOMPARE(attendees.attendeeCount(), 4);
        m_history->stack()->undo();
        QCOMPARE(attendees.attendeeCount(), 3);
        m_history->stack()->undo();
        QCOMPARE(attendees.attendeeCount(), 0);
        QCOMPARE(events.attendedAt(events.rowOf(event)), 0);
        m_history->stack()->redo();
        QCOMPARE(attendees.attendeeCount(), 3);
        // The other event's attendance was never touched.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM community_attendance WHERE "
                                       "event_id = ?"),
                        {other})
                     .toInt(),
                 1);
        // Deleting the event takes its attendance along, and undo brings both back.
        QVERIFY(events.removeEvents({event}));
        QCOMPARE(count(QStringLiteral("community_attendance")), 1);
        m_history->stack()->undo();
        QCOMPARE(count(QStringLiteral("community_attendance")), 4);
    }
};

QTEST_GUILESS_MAIN(TestLearningModels)
#include "tst_learningmodels.moc"
