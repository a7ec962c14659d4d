// SPDX-License-Identifier: GPL-3.0-or-later
#include "placement.h"
#include "programhealth.h"
#include "reportfixture.h"

#include <QLocale>

using namespace Upskill;

namespace {

const QDate Today(2026, 6, 15); // a Monday

using Severities = QList<int>; // HealthSeverity per expected warning, in the same order

} // namespace

// Program health on a hand-built program: each check fires on exactly the tracks, cohorts and
// mentors built to break its rule, in worst-first order, and on nothing built to pass it
// (including the cases just inside each boundary).
class TestProgramHealth : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;
    std::optional<HealthReport> m_report;
    int m_people = 0;
    qint64 m_general = 0;      // the specialized track most cohorts belong to
    qint64 m_foundational = 0; // the default foundational track, for placement

    QSqlDatabase db() const { return m_fixture.db(); }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        return m_fixture.run(sql, values);
    }

    qint64 trackId(const QString &name)
    {
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT id FROM tracks WHERE name = ?"));
        query.addBindValue(name);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    qint64 track(const QString &name)
    {
        exec(QStringLiteral("INSERT INTO tracks (name, kind, position) VALUES (?, "
                            "'specialized', 50)"),
             {name});
        return m_fixture.lastId();
    }

    void module(qint64 track, int week, const QString &title, double instruction, double handsOn,
                double presentation)
    {
        QVERIFY(exec(QStringLiteral("INSERT INTO modules (track_id, week, title, "
                                    "instruction_hours, hands_on_hours, presentation_hours) "
                                    "VALUES (?, ?, ?, ?, ?, ?)"),
                     {track, week, title, instruction, handsOn, presentation}));
    }

    qint64 person(const QString &manager = QString())
    {
        ++m_people;
        exec(QStringLiteral("INSERT INTO participants (name, email, manager) VALUES (?, ?, ?)"),
             {QStringLiteral("Person %1").arg(m_people),
              QStringLiteral("p%1@example.org").arg(m_people),
              manager.isEmpty() ? QStringLiteral("Manager %1").arg(m_people % 3) : manager});
        return m_fixture.lastId();
    }

    qint64 named(const QString &name)
    {
        ++m_people;
        exec(QStringLiteral("INSERT INTO participants (name, email) VALUES (?, ?)"),
             {name, QStringLiteral("p%1@example.org").arg(m_people)});
        return m_fixture.lastId();
    }

    qint64 cohort(const QString &name, qint64 track, const QString &status, const QDate &start,
                  const QDate &end, bool briefed = true)
    {
        exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, end_date, "
                            "status, managers_briefed) VALUES (?, ?, '2026-Q2', ?, ?, ?, ?)"),
             {name, track, start.toString(Qt::ISODate), end.toString(Qt::ISODate), status,
              briefed ? 1 : 0});
        return m_fixture.lastId();
    }

    // count people enrolled with the status that goes with the cohort's, each with an
    // application project unless the cohort is planned.
    QList<qint64> enrol(qint64 cohort, int count, const QString &status, bool projects = true)
    {
        QList<qint64> ids;
        for (int i = 0; i < count; ++i) {
            const qint64 id = person();
            exec(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status) "
                                "VALUES (?, ?, ?)"),
                 {cohort, id, status});
            if (projects)
                project(id, cohort);
            ids.append(id);
        }
        return ids;
    }

    void project(qint64 person, qint64 cohort)
    {
        exec(QStringLiteral("INSERT INTO application_projects (participant_id, cohort_id, title) "
                            "VALUES (?, ?, 'Triage bot')"),
             {person, cohort});
    }

    void attend(const QDate &on, qint64 person, const QString &kind = QStringLiteral("meetup"))
    {
        exec(QStringLiteral("INSERT INTO community_events (kind, title, held_on) VALUES (?, "
                            "'Meeting', ?)"),
             {kind, on.toString(Qt::ISODate)});
        exec(QStringLiteral("INSERT INTO community_attendance (event_id, participant_id) VALUES "
                            "(?, ?)"),
             {m_fixture.lastId(), person});
    }

    // One row per week from firstWeek; a NaN is a week with nothing entered yet.
    void weeks(qint64 cohort, qint64 person, const QDate &firstWeek, const QList<double> &used)
    {
        for (int i = 0; i < used.size(); ++i)
            exec(QStringLiteral("INSERT INTO protected_time (cohort_id, participant_id, "
                                "week_start, hours_planned, hours_used) VALUES (?, ?, ?, 5, ?)"),
                 {cohort, person, firstWeek.addDays(7 * i).toString(Qt::ISODate),
                  std::isnan(used.at(i)) ? QVariant() : QVariant(used.at(i))});
    }

    void mentorship(qint64 mentor, qint64 mentee, const QDate &from, const QDate &to,
                    bool override = false)
    {
        exec(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, starts_on, ends_on, "
                            "over_capacity) VALUES (?, ?, ?, ?, ?)"),
             {mentor, mentee, from.isValid() ? QVariant(from.toString(Qt::ISODate)) : QVariant(),
              to.isValid() ? QVariant(to.toString(Qt::ISODate)) : QVariant(), override ? 1 : 0});
    }

    void meetFoundationalTargets(qint64 person, const QString &kind, int dimensions = 5)
    {
        for (int d = 0; d < dimensions; ++d)
            m_fixture.assess(person, d, kind, QStringLiteral("2026-05-01"), 2);
    }

    // The default foundational track has a week (ethics and a presentation) at 40 % hands-on;
    // each test states its own tracks, so that one is brought to 60 % first.
    void balanceDefaultContent()
    {
        QVERIFY(exec(QStringLiteral("UPDATE modules SET hands_on_hours = 3, presentation_hours = "
                                    "0 WHERE track_id = ? AND week = 4"),
                     {Placement::foundationalTrack(db())}));
    }

    void build()
    {
        QVERIFY(m_fixture.open());
        balanceDefaultContent();
        m_general = trackId(QStringLiteral("AI application development"));
        m_foundational = Placement::foundationalTrack(db());
        QVERIFY(m_general > 0 && m_foundational > 0);
        const qint64 g = m_general;
        const QString running = QStringLiteral("running");
        const QString planned = QStringLiteral("planned");
        const QString completed = QStringLiteral("completed");
        const QString active = QStringLiteral("active");
        const QString enrolled = QStringLiteral("enrolled");
        const QString done = QStringLiteral("completed");
        const QString withdrawn = QStringLiteral("withdrawn");

        // Too much theory.
        const qint64 lecture = track(QStringLiteral("Lecture track"));
        module(lecture, 1, QStringLiteral("Talks"), 10, 4, 0);
        module(lecture, 2, QStringLiteral("Lab"), 2, 4, 0);
        const qint64 handsOn = track(QStringLiteral("Mostly hands-on track"));
        module(handsOn, 1, QStringLiteral("Build day"), 1, 9, 0);
        module(handsOn, 2, QStringLiteral("Demo talk"), 3, 2, 0);
        const qint64 enough = track(QStringLiteral("Just enough track"));
        module(enough, 1, QStringLiteral("Pairing"), 2, 3, 0);
        module(enough, 2, QStringLiteral("Not planned yet"), 0, 0, 0);

        // Application projects: week 1 is the start day and the six after it.
        const QList<qint64> healthy = enrol(cohort(QStringLiteral("Healthy running"), g, running,
                                                   QDate(2026, 6, 1), QDate(2026, 7, 10)),
                                            10, active);
        const qint64 half = cohort(QStringLiteral("Projects missing half"), g, running,
                                   QDate(2026, 6, 1), QDate(2026, 7, 10));
        enrol(half, 4, active);
        enrol(half, 4, active, false);
        const qint64 few = cohort(QStringLiteral("Projects missing few"), g, running,
                                  QDate(2026, 5, 25), QDate(2026, 7, 3));
        enrol(few, 8, active);
        enrol(few, 2, active, false);
        enrol(cohort(QStringLiteral("Week one not over"), g, running, QDate(2026, 6, 9),
                     QDate(2026, 7, 17)),
              8, active, false);
        const qint64 gap = cohort(QStringLiteral("Finished project gap"), g, completed,
                                  QDate(2026, 3, 2), QDate(2026, 3, 27));
        const QList<qint64> gapPeople = enrol(gap, 8, done);
        enrol(gap, 1, done, false);
        attend(QDate(2026, 4, 15), gapPeople.first());

        // Manager buy-in.
        enrol(cohort(QStringLiteral("Not briefed running"), g, running, QDate(2026, 6, 5),
                     QDate(2026, 7, 17), false),
              8, active);
        enrol(cohort(QStringLiteral("Not briefed soon"), g, planned, QDate(2026, 7, 6),
                     QDate(2026, 8, 14), false),
              8, enrolled, false);
        enrol(cohort(QStringLiteral("Not briefed later"), g, planned, QDate(2026, 8, 31),
                     QDate(2026, 10, 9), false),
              8, enrolled, false);
        enrol(cohort(QStringLiteral("Briefed soon"), g, planned, QDate(2026, 6, 22),
                     QDate(2026, 7, 31)),
              8, enrolled, false);

        // One and done: the three months after the end day, the end day itself not included.
        const QList<qint64> quiet = enrol(cohort(QStringLiteral("Quiet quarter"), g, completed,
                                                 QDate(2025, 12, 1), QDate(2026, 1, 30)),
                                          9, done);
        attend(QDate(2026, 1, 30), quiet.at(0));
        attend(QDate(2026, 5, 20), quiet.at(1));
        enrol(cohort(QStringLiteral("Recently quiet"), g, completed, QDate(2026, 3, 30),
                     QDate(2026, 5, 8)),
              9, done);
        enrol(cohort(QStringLiteral("Just ended"), g, completed, QDate(2026, 4, 20),
                     QDate(2026, 6, 1)),
              9, done);
        const QList<qint64> alumni = enrol(cohort(QStringLiteral("Active alumni"), g, completed,
                                                  QDate(2026, 1, 19), QDate(2026, 2, 27)),
                                           9, done);
        attend(QDate(2026, 5, 27), alumni.at(4), QStringLiteral("refresher"));

        // Completion: withdrawn people count as not completed.
        const qint64 low = cohort(QStringLiteral("Low completion"), g, completed, QDate(2026, 1, 5),
                                  QDate(2026, 2, 13));
        const QList<qint64> lowDone = enrol(low, 6, done);
        enrol(low, 4, withdrawn, false);
        attend(QDate(2026, 3, 1), lowDone.first());
        const qint64 near = cohort(QStringLiteral("Near target"), g, completed, QDate(2026, 1, 5),
                                   QDate(2026, 2, 13));
        const QList<qint64> nearDone = enrol(near, 8, done);
        enrol(near, 2, withdrawn, false);
        attend(QDate(2026, 3, 1), nearDone.first());

        // Protected time: weeks after today and weeks with nothing entered do not count.
        const QDate may25(2026, 5, 25);
        const qint64 eroding =
            cohort(QStringLiteral("Time eroding"), g, running, may25, QDate(2026, 7, 3));
        for (qint64 id : enrol(eroding, 8, active))
            weeks(eroding, id, may25, {3.5, 3.5, 3.5});
        const qint64 repeated =
            cohort(QStringLiteral("Repeated few"), g, running, may25, QDate(2026, 7, 3));
        const QList<qint64> repeatedPeople = enrol(repeated, 8, active);
        for (int i = 0; i < repeatedPeople.size(); ++i)
            weeks(repeated, repeatedPeople.at(i), may25,
                  i < 2 ? QList<double>{4, 4, 5} : QList<double>{5, 5, 5});
        const qint64 slip =
            cohort(QStringLiteral("One slip"), g, running, may25, QDate(2026, 7, 3));
        const QList<qint64> slipPeople = enrol(slip, 8, active);
        for (int i = 0; i < slipPeople.size(); ++i)
            weeks(slip, slipPeople.at(i), may25,
                  {i == 0 ? 4.0 : 5.0, i == 0 ? 4.0 : 5.0, 5, qQNaN(), 0});
        const QDate march2(2026, 3, 2);
        const qint64 erodedBefore =
            cohort(QStringLiteral("Completed eroded"), g, completed, march2, QDate(2026, 4, 10));
        const QList<qint64> erodedPeople = enrol(erodedBefore, 8, done);
        for (qint64 id : erodedPeople)
            weeks(erodedBefore, id, march2, {3, 4, 4});
        attend(QDate(2026, 4, 20), erodedPeople.first());

        // Ignoring starting points: the foundational track's targets are level 2 everywhere.
        const qint64 ready = cohort(QStringLiteral("Ready to test out"), m_foundational, planned,
                                    QDate(2026, 7, 6), QDate(2026, 7, 31));
        const QList<qint64> readyPeople = enrol(ready, 9, enrolled, false);
        for (int i = 0; i < 3; ++i)
            meetFoundationalTargets(readyPeople.at(i), QStringLiteral("self"));
        meetFoundationalTargets(readyPeople.at(3), QStringLiteral("self"), 4); // one short
        meetFoundationalTargets(readyPeople.at(4), QStringLiteral("manager")); // not counted
        meetFoundationalTargets(readyPeople.at(5), QStringLiteral("annual"));
        exec(QStringLiteral("UPDATE enrollments SET placement = 'tested_out' WHERE "
                            "participant_id = ?"),
             {readyPeople.at(5)});
        const qint64 runningReady = cohort(QStringLiteral("Running ready"), m_foundational, running,
                                           QDate(2026, 6, 1), QDate(2026, 6, 26));
        meetFoundationalTargets(enrol(runningReady, 8, active).first(), QStringLiteral("pre"));
        meetFoundationalTargets(healthy.first(), QStringLiteral("self")); // not in the track

        // Mentors, capacity 3 at a time.
        const QDate june1(2026, 6, 1);
        const QDate august10(2026, 8, 10);
        const qint64 mia = named(QStringLiteral("Mia Mentor"));
        const qint64 otto = named(QStringLiteral("Otto Override"));
        const qint64 eve = named(QStringLiteral("Eve Ended"));
        const qint64 fay = named(QStringLiteral("Fay Future"));
        const qint64 ned = named(QStringLiteral("Ned Nulls"));
        for (int i = 0; i < 4; ++i) {
            mentorship(mia, healthy.at(i), june1, august10);
            mentorship(otto, healthy.at(i), june1, august10, i == 3);
            mentorship(fay, healthy.at(i), i == 3 ? QDate(2026, 7, 1) : june1, august10);
            mentorship(ned, healthy.at(i), QDate(), QDate());
        }
        for (int i = 0; i < 5; ++i)
            mentorship(eve, healthy.at(i), QDate(2026, 4, 1), i < 2 ? june1 : august10);

        // Cohort sizes, 8 to 12: once started, those who withdrew still count.
        enrol(cohort(QStringLiteral("Too big running"), g, running, june1, QDate(2026, 7, 10)), 13,
              active);
        enrol(cohort(QStringLiteral("Too small soon"), g, planned, QDate(2026, 7, 1),
                     QDate(2026, 8, 7)),
              5, enrolled, false);
        const qint64 later = cohort(QStringLiteral("Too small later"), g, planned,
                                    QDate(2026, 9, 7), QDate(2026, 10, 16), false);
        enrol(later, 3, enrolled, false);
        enrol(later, 1, withdrawn, false);
        const qint64 leavers =
            cohort(QStringLiteral("Started with leavers"), g, running, june1, QDate(2026, 7, 10));
        enrol(leavers, 7, active);
        enrol(leavers, 1, withdrawn, false);
        enrol(cohort(QStringLiteral("Cancelled small"), g, QStringLiteral("cancelled"), june1,
                     QDate(2026, 7, 10), false),
              2, enrolled, false);
    }

    std::optional<HealthReport> compute(int limit = 0)
    {
        QString error;
        auto report = ProgramHealth::compute(db(), {Today, limit}, &error);
        if (!report)
            qWarning() << error;
        return report;
    }

    static QStringList objects(const HealthGroup &group)
    {
        QStringList list;
        for (const HealthWarning &w : group.warnings)
            list.append(w.object);
        return list;
    }
    static Severities severities(const HealthGroup &group)
    {
        Severities list;
        for (const HealthWarning &w : group.warnings)
            list.append(int(w.severity));
        return list;
    }
    const HealthWarning *find(HealthCheck check, const QString &object) const
    {
        for (const HealthWarning &w : m_report->group(check).warnings) {
            if (w.object == object)
                return &w;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        build();
        m_report = compute();
        QVERIFY(m_report);
        QCOMPARE(m_report->asOf, Today);
        QCOMPARE(m_report->groups.size(), ProgramHealth::allChecks().size());
    }

    void firesExactlyWhereExpected_data()
    {
        QTest::addColumn<int>("check");
        QTest::addColumn<QStringList>("expected"); // worst first
        QTest::addColumn<Severities>("expectedSeverities");
        constexpr int N = int(HealthSeverity::Notice);
        constexpr int W = int(HealthSeverity::Warning);
        constexpr int C = int(HealthSeverity::Critical);
        using L = QStringList;
        QTest::newRow("too much theory")
            << int(HealthCheck::TooMuchTheory)
            << L{QStringLiteral("Lecture track"), QStringLiteral("Mostly hands-on track")}
            << Severities{W, N};
        QTest::newRow("disconnected from real work")
            << int(HealthCheck::NoApplicationProject)
            << L{QStringLiteral("Projects missing half"), QStringLiteral("Projects missing few"),
                 QStringLiteral("Finished project gap")}
            << Severities{C, W, N};
        QTest::newRow("no manager buy-in")
            << int(HealthCheck::ManagersNotBriefed)
            << L{QStringLiteral("Not briefed running"), QStringLiteral("Not briefed soon")}
            << Severities{C, W};
        QTest::newRow("one and done")
            << int(HealthCheck::OneAndDone)
            << L{QStringLiteral("Quiet quarter"), QStringLiteral("Recently quiet")}
            << Severities{W, N};
        QTest::newRow("ignoring starting points")
            << int(HealthCheck::IgnoringStartingPoints)
            << L{QStringLiteral("Ready to test out"), QStringLiteral("Running ready")}
            << Severities{W, W};
        QTest::newRow("protected time eroding")
            << int(HealthCheck::ProtectedTimeEroding)
            << L{QStringLiteral("Time eroding"), QStringLiteral("Repeated few"),
                 QStringLiteral("Completed eroded")}
            << Severities{W, W, N};
        QTest::newRow("mentors over capacity")
            << int(HealthCheck::MentorsOverCapacity)
            << L{QStringLiteral("Mia Mentor"), QStringLiteral("Ned Nulls"),
                 QStringLiteral("Otto Override")}
            << Severities{W, W, N};
        QTest::newRow("cohort size")
            << int(HealthCheck::CohortSize)
            << L{QStringLiteral("Too small soon"), QStringLiteral("Too big running"),
                 QStringLiteral("Too small later")}
            << Severities{W, W, N};
        QTest::newRow("completion below target")
            << int(HealthCheck::CompletionBelowTarget)
            << L{QStringLiteral("Low completion"), QStringLiteral("Near target")}
            << Severities{W, N};
    }

    void firesExactlyWhereExpected()
    {
        QFETCH(int, check);
        QFETCH(QStringList, expected);
        QFETCH(Severities, expectedSeverities);
        const HealthGroup &group = m_report->group(HealthCheck(check));
        QCOMPARE(int(group.check), check);
        QCOMPARE(objects(group), expected);
        QCOMPARE(severities(group), expectedSeverities);
        QCOMPARE(group.total, expected.size());
        QCOMPARE(group.more(), 0);
        for (const HealthWarning &w : group.warnings) {
            QCOMPARE(int(w.check), check);
            QVERIFY(!w.area.isEmpty());
            QVERIFY(!w.place.isEmpty());
            QVERIFY2(w.message.contains(w.object), qPrintable(w.message));
        }
    }

    // The numbers behind each warning, worked out by hand from the data built above.
    void messages_data()
    {
        QTest::addColumn<int>("check");
        QTest::addColumn<QString>("object");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("area");
        const QString ended = QLocale().toString(QDate(2026, 1, 30), QLocale::ShortFormat);
        QTest::newRow("track under the minimum")
            << int(HealthCheck::TooMuchTheory) << QStringLiteral("Lecture track")
            << QStringLiteral("Lecture track: 40 % of its 20 h is hands-on, under the minimum of "
                              "60 %; 1 module(s) under it")
            << QStringLiteral("tracks");
        QTest::newRow("module under the minimum")
            << int(HealthCheck::TooMuchTheory) << QStringLiteral("Mostly hands-on track")
            << QStringLiteral("Mostly hands-on track, week 2, “Demo talk”: 40 % of its 5 h is "
                              "hands-on, under the minimum of 60 %")
            << QStringLiteral("tracks");
        QTest::newRow("half without a project")
            << int(HealthCheck::NoApplicationProject) << QStringLiteral("Projects missing half")
            << QStringLiteral("Projects missing half: 4 of 8 participants have no application "
                              "project, 8 day(s) after week 1")
            << QStringLiteral("projects");
        QTest::newRow("two without a project")
            << int(HealthCheck::NoApplicationProject) << QStringLiteral("Projects missing few")
            << QStringLiteral("Projects missing few: 2 of 10 participants have no application "
                              "project, 15 day(s) after week 1")
            << QStringLiteral("projects");
        QTest::newRow("finished without a project")
            << int(HealthCheck::NoApplicationProject) << QStringLiteral("Finished project gap")
            << QStringLiteral("Finished project gap finished with 1 of 9 participants without "
                              "an application project")
            << QStringLiteral("projects");
        QTest::newRow("running, not briefed")
            << int(HealthCheck::ManagersNotBriefed) << QStringLiteral("Not briefed running")
            << QStringLiteral("Not briefed running started 10 day(s) ago and its participants' "
                              "managers were not briefed (3 manager(s))")
            << QStringLiteral("cohorts");
        QTest::newRow("starting soon, not briefed")
            << int(HealthCheck::ManagersNotBriefed) << QStringLiteral("Not briefed soon")
            << QStringLiteral("Not briefed soon starts in 21 day(s) and its participants' "
                              "managers have not been briefed yet (3 manager(s))")
            << QStringLiteral("cohorts");
        QTest::newRow("a quiet quarter")
            << int(HealthCheck::OneAndDone) << QStringLiteral("Quiet quarter")
            << QStringLiteral("Quiet quarter: none of its 9 graduate(s) came to a community "
                              "event or refresher in the quarter after it ended on %1")
                   .arg(ended)
            << QStringLiteral("cohorts");
        QTest::newRow("quiet so far")
            << int(HealthCheck::OneAndDone) << QStringLiteral("Recently quiet")
            << QStringLiteral("Recently quiet ended 38 day(s) ago and none of its 9 graduates "
                              "has come to a community event or refresher since")
            << QStringLiteral("cohorts");
        QTest::newRow("could test out")
            << int(HealthCheck::IgnoringStartingPoints) << QStringLiteral("Ready to test out")
            << QStringLiteral("Ready to test out: 3 of its 9 participants already meet every "
                              "target level of AI foundations and could test out")
            << QStringLiteral("placement");
        QTest::newRow("utilisation under target")
            << int(HealthCheck::ProtectedTimeEroding) << QStringLiteral("Time eroding")
            << QStringLiteral("Time eroding: 70 % of the planned protected hours used (target "
                              "80 %); 8 of 8 participants below plan in two or more weeks")
            << QStringLiteral("protected_time");
        QTest::newRow("repeated violations")
            << int(HealthCheck::ProtectedTimeEroding) << QStringLiteral("Repeated few")
            << QStringLiteral("Repeated few: 97 % of the planned protected hours used (target "
                              "80 %); 2 of 8 participants below plan in two or more weeks")
            << QStringLiteral("protected_time");
        QTest::newRow("mentor over capacity")
            << int(HealthCheck::MentorsOverCapacity) << QStringLiteral("Mia Mentor")
            << QStringLiteral("Mia Mentor mentors 4 people at once; the capacity is 3")
            << QStringLiteral("mentorship");
        QTest::newRow("accepted override")
            << int(HealthCheck::MentorsOverCapacity) << QStringLiteral("Otto Override")
            << QStringLiteral("Otto Override mentors 4 people at once; the capacity is 3 (1 "
                              "accepted with a recorded override)")
            << QStringLiteral("mentorship");
        QTest::newRow("too big")
            << int(HealthCheck::CohortSize) << QStringLiteral("Too big running")
            << QStringLiteral("Too big running: 13 engineer(s) enrolled, more than the maximum "
                              "of 12")
            << QStringLiteral("cohorts");
        QTest::newRow("too small, still enrolling")
            << int(HealthCheck::CohortSize) << QStringLiteral("Too small later")
            << QStringLiteral("Too small later: 3 engineer(s) enrolled, fewer than the minimum "
                              "of 8")
            << QStringLiteral("cohorts");
        QTest::newRow("low completion")
            << int(HealthCheck::CompletionBelowTarget) << QStringLiteral("Low completion")
            << QStringLiteral("Low completion: 6 of 10 participants completed (60 %, target "
                              "85 %)")
            << QStringLiteral("cohorts");
    }

    void messages()
    {
        QFETCH(int, check);
        QFETCH(QString, object);
        QFETCH(QString, message);
        QFETCH(QString, area);
        const HealthWarning *w = find(HealthCheck(check), object);
        QVERIFY2(w, qPrintable(object));
        QCOMPARE(w->message, message);
        QCOMPARE(w->area, area);
        QVERIFY(w->objectId > 0);
    }

    // Where to fix it points at the object itself: its id, a place a coordinator recognises.
    void whereToFixNamesTheObject()
    {
        const HealthWarning *w = find(HealthCheck::CohortSize, QStringLiteral("Too big running"));
        QVERIFY(w);
        QSqlQuery query(db());
        query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
        query.addBindValue(w->objectId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Too big running"));
        QCOMPARE(ProgramHealth::whereToFix(*w), QStringLiteral("Cohorts › Too big running"));
        QCOMPARE(ProgramHealth::line(*w),
                 QStringLiteral("warning: Cohort size out of range — Too big running: 13 "
                                "engineer(s) enrolled, more than the maximum of 12 [Cohorts › "
                                "Too big running]"));
        const HealthWarning *mentor =
            find(HealthCheck::MentorsOverCapacity, QStringLiteral("Mia Mentor"));
        QVERIFY(mentor);
        query.prepare(QStringLiteral("SELECT name FROM participants WHERE id = ?"));
        query.addBindValue(mentor->objectId);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Mia Mentor"));
    }

    // A long list keeps its worst and counts the rest.
    void limitKeepsTheWorst_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("one") << 1;
        QTest::newRow("two") << 2;
    }

    void limitKeepsTheWorst()
    {
        QFETCH(int, limit);
        const auto cut = compute(limit);
        QVERIFY(cut);
        QCOMPARE(cut->total(), m_report->total());
        for (const HealthGroup &all : m_report->groups) {
            const HealthGroup &group = cut->group(all.check);
            QCOMPARE(group.total, all.total);
            QCOMPARE(group.warnings.size(), qMin<qsizetype>(limit, all.warnings.size()));
            QCOMPARE(group.more(), all.total - int(group.warnings.size()));
            QCOMPARE(objects(group), objects(all).mid(0, limit));
            if (group.more() > 0)
                QVERIFY(ProgramHealth::moreLine(group).contains(ProgramHealth::title(all.check)));
        }
        QCOMPARE(m_report->failingChecks(), 9);
    }

    void programCompletion_data()
    {
        QTest::addColumn<int>("completed");
        QTest::addColumn<int>("enrolled");
        QTest::addColumn<int>("severity"); // -1: no program-wide warning
        QTest::newRow("on target") << 17 << 20 << -1;
        QTest::newRow("short, within the margin") << 16 << 20 << int(HealthSeverity::Warning);
        QTest::newRow("exactly at the margin") << 15 << 20 << int(HealthSeverity::Warning);
        QTest::newRow("far short") << 14 << 20 << int(HealthSeverity::Critical);
    }

    // The program as a whole is graded one step above a cohort and leads the group.
    void programCompletion()
    {
        QFETCH(int, completed);
        QFETCH(int, enrolled);
        QFETCH(int, severity);
        ReportFixture fixture;
        QVERIFY(fixture.open());
        const qint64 track = Placement::foundationalTrack(fixture.db());
        for (int half = 0; half < 2; ++half) {
            QVERIFY(fixture.run(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, "
                                               "start_date, end_date, status) VALUES (?, ?, "
                                               "'2026-Q1', '2026-01-05', '2026-02-06', "
                                               "'completed')"),
                                {QStringLiteral("Half %1").arg(half), track}));
            const qint64 cohort = fixture.lastId();
            for (int i = half * enrolled / 2; i < (half + 1) * enrolled / 2; ++i) {
                const qint64 person = fixture.person(QStringLiteral("P%1").arg(i));
                QVERIFY(fixture.enrol(cohort, person,
                                      i < completed ? QStringLiteral("completed")
                                                    : QStringLiteral("withdrawn")));
            }
        }
        QString error;
        const auto report = ProgramHealth::compute(fixture.db(), {Today, 0}, &error);
        QVERIFY2(report, qPrintable(error));
        const HealthGroup &group = report->group(HealthCheck::CompletionBelowTarget);
        if (severity < 0) {
            QVERIFY(group.warnings.isEmpty() ||
                    group.warnings.first().area != QLatin1String("effectiveness"));
            return;
        }
        QVERIFY(!group.warnings.isEmpty());
        const HealthWarning &first = group.warnings.first();
        QCOMPARE(first.area, QStringLiteral("effectiveness"));
        QCOMPARE(int(first.severity), severity);
        QVERIFY2(first.message.contains(
                     QStringLiteral("(%1 of %2, target 85 %)").arg(completed).arg(enrolled)),
                 qPrintable(first.message));
    }

    // The same hand-built program judged against other settings.
    void followsTheProgramSettings_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("check");
        QTest::addColumn<QStringList>("expected");
        using L = QStringList;
        QTest::newRow("hands-on minimum 30 %")
            << QStringLiteral("hands_on_min_pct") << 30.0 << int(HealthCheck::TooMuchTheory)
            << L{QStringLiteral("Lecture track")}; // its 29 % talks week only
        QTest::newRow("hands-on minimum 41 %")
            << QStringLiteral("hands_on_min_pct") << 41.0 << int(HealthCheck::TooMuchTheory)
            << L{QStringLiteral("Lecture track"), QStringLiteral("Mostly hands-on track")};
        QTest::newRow("mentor capacity 4") << QStringLiteral("mentor_capacity") << 4.0
                                           << int(HealthCheck::MentorsOverCapacity) << L{};
        QTest::newRow("sizes up to 13")
            << QStringLiteral("cohort_size_max") << 13.0 << int(HealthCheck::CohortSize)
            << L{QStringLiteral("Too small soon"), QStringLiteral("Too small later")};
        QTest::newRow("protected-time target 70 %")
            << QStringLiteral("protected_time_target_pct") << 70.0
            << int(HealthCheck::ProtectedTimeEroding)
            << L{QStringLiteral("Time eroding"), QStringLiteral("Repeated few"),
                 QStringLiteral("Completed eroded")}; // repeated violations still count
        QTest::newRow("completion target 60 %") << QStringLiteral("completion_target_pct") << 60.0
                                                << int(HealthCheck::CompletionBelowTarget) << L{};
    }

    void followsTheProgramSettings()
    {
        QFETCH(QString, column);
        QFETCH(double, value);
        QFETCH(int, check);
        QFETCH(QStringList, expected);
        const QStringList columns = {
            QStringLiteral("hands_on_min_pct"), QStringLiteral("mentor_capacity"),
            QStringLiteral("cohort_size_max"), QStringLiteral("protected_time_target_pct"),
            QStringLiteral("completion_target_pct")};
        QVERIFY(columns.contains(column)); // a column name, never a value, goes into the text
        QSqlQuery query(db());
        query.exec(QStringLiteral("SELECT %1 FROM program_settings").arg(column));
        QVERIFY(query.next());
        const QVariant before = query.value(0);
        QVERIFY(exec(QStringLiteral("UPDATE program_settings SET %1 = ?").arg(column), {value}));
        const auto report = compute();
        QVERIFY(exec(QStringLiteral("UPDATE program_settings SET %1 = ?").arg(column), {before}));
        QVERIFY(report);
        QCOMPARE(objects(report->group(HealthCheck(check))), expected);
    }

    // Judged on the whole percent shown, as the Tracks area does: 59.6 % shows as 60 %.
    void handsOnBoundary_data()
    {
        QTest::addColumn<double>("instruction");
        QTest::addColumn<double>("handsOn");
        QTest::addColumn<bool>("fires");
        QTest::newRow("60 %") << 2.0 << 3.0 << false;
        QTest::newRow("59.6 % shows as 60 %") << 2.02 << 2.98 << false;
        QTest::newRow("58 %") << 2.1 << 2.9 << true;
        QTest::newRow("no hours at all") << 0.0 << 0.0 << false;
    }

    void handsOnBoundary()
    {
        QFETCH(double, instruction);
        QFETCH(double, handsOn);
        QFETCH(bool, fires);
        ReportFixture fixture;
        QVERIFY(fixture.open());
        QVERIFY(fixture.run(QStringLiteral("UPDATE modules SET hands_on_hours = 3, "
                                           "presentation_hours = 0 WHERE week = 4 AND track_id IN "
                                           "(SELECT id FROM tracks WHERE kind = "
                                           "'foundational')")));
        QVERIFY(fixture.run(QStringLiteral("INSERT INTO tracks (name, kind) VALUES ('Edge', "
                                           "'advanced')")));
        QVERIFY(fixture.run(QStringLiteral("INSERT INTO modules (track_id, week, title, "
                                           "instruction_hours, hands_on_hours) VALUES (?, 1, "
                                           "'Only week', ?, ?)"),
                            {fixture.lastId(), instruction, handsOn}));
        QString error;
        const auto report = ProgramHealth::compute(fixture.db(), {Today, 0}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(objects(report->group(HealthCheck::TooMuchTheory)),
                 fires ? QStringList{QStringLiteral("Edge")} : QStringList{});
    }

    // A cohort's name is the coordinator's text, never a format string.
    void namesAreNotFormatStrings()
    {
        ReportFixture fixture;
        QVERIFY(fixture.open());
        const qint64 cohort = fixture.cohort(QStringLiteral("Q%1 %2 %n cohort"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(fixture.enrol(cohort, fixture.person(QStringLiteral("N%1").arg(i))));
        QVERIFY(fixture.run(QStringLiteral("UPDATE cohorts SET managers_briefed = 1")));
        QString error;
        const auto report = ProgramHealth::compute(fixture.db(), {Today, 0}, &error);
        QVERIFY2(report, qPrintable(error));
        const HealthGroup &size = report->group(HealthCheck::CohortSize);
        QCOMPARE(size.warnings.size(), 1);
        QCOMPARE(size.warnings.first().message,
                 QStringLiteral("Q%1 %2 %n cohort: 3 engineer(s) enrolled, fewer than the "
                                "minimum of 8"));
        QCOMPARE(ProgramHealth::whereToFix(size.warnings.first()),
                 QStringLiteral("Cohorts › Q%1 %2 %n cohort"));
    }

    // A new program has no cohorts, people or mentors yet: only its tracks can be judged.
    void newProgram()
    {
        ReportFixture fixture;
        QVERIFY(fixture.open());
        QString error;
        auto report = ProgramHealth::compute(fixture.db(), {Today, 0}, &error);
        QVERIFY2(report, qPrintable(error));
        // The default foundational track's last week (2 h instruction, 2 hands-on, 1
        // presentation) is under the minimum, and only that.
        QCOMPARE(report->total(), 1);
        const HealthGroup &theory = report->group(HealthCheck::TooMuchTheory);
        QCOMPARE(theory.warnings.size(), 1);
        QCOMPARE(theory.warnings.first().object, QStringLiteral("AI foundations"));
        QCOMPARE(theory.warnings.first().severity, HealthSeverity::Notice);

        QVERIFY(fixture.run(QStringLiteral("UPDATE modules SET hands_on_hours = 3, "
                                           "presentation_hours = 0 WHERE week = 4 AND track_id IN "
                                           "(SELECT id FROM tracks WHERE kind = "
                                           "'foundational')")));
        report = ProgramHealth::compute(fixture.db(), {Today, 0}, &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->total(), 0);
        QCOMPARE(report->failingChecks(), 0);
        QVERIFY(ProgramHealth::summary(*report).startsWith(QStringLiteral("No warnings:")));
    }
};

QTEST_GUILESS_MAIN(TestProgramHealth)
#include "tst_programhealth.moc"
