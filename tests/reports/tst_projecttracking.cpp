// SPDX-License-Identifier: GPL-3.0-or-later
// Participants without an application project after their cohort's first week.
#include "projecttracking.h"
#include "reportfixture.h"

using namespace Upskill;

class TestProjectTracking : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;
    qint64 m_cohort = 0;
    QList<qint64> m_people; // Ana has a project, Ben and Cy have none, Dee withdrew

    void project(qint64 cohort, qint64 person)
    {
        QVERIFY(m_fixture.run(QStringLiteral("INSERT INTO application_projects (participant_id, "
                                             "cohort_id, title) VALUES (?, ?, 'Triage bot')"),
                              {person, cohort}));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_fixture.open());
        // Starts Monday 12 January 2026: the first week is over on Monday 19 January.
        m_cohort = m_fixture.cohort(QStringLiteral("Basics"));
        m_people.clear();
        for (const QString &name : {QStringLiteral("Ana Lopez"), QStringLiteral("Ben Berg"),
                                    QStringLiteral("Cy Chen"), QStringLiteral("Dee Dunn")})
            m_people.append(m_fixture.person(name));
        for (int i = 0; i < 3; ++i)
            QVERIFY(
                m_fixture.enrol(m_cohort, m_people.at(i),
                                i == 2 ? QStringLiteral("completed") : QStringLiteral("active")));
        QVERIFY(m_fixture.enrol(m_cohort, m_people.at(3), QStringLiteral("withdrawn")));
        project(m_cohort, m_people.at(0));
        // A project in another cohort does not count for this one.
        const qint64 other = m_fixture.cohort(QStringLiteral("Other"));
        project(other, m_people.at(1));
    }
    void cleanup() { m_fixture.close(); }

    void withoutProject_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("before the start") << QDate(2026, 1, 5) << false;
        QTest::newRow("last day of the first week") << QDate(2026, 1, 18) << false;
        QTest::newRow("the day after the first week") << QDate(2026, 1, 19) << true;
        QTest::newRow("long after") << QDate(2026, 6, 1) << true;
    }

    void withoutProject()
    {
        QFETCH(QDate, today);
        QFETCH(bool, overdue);
        QString error;
        const auto missing =
            ProjectTracking::withoutProject(m_fixture.db(), m_cohort, today, &error);
        QVERIFY2(missing, qPrintable(error));
        QCOMPARE(missing->due, QDate(2026, 1, 19));
        QCOMPARE(missing->overdue, overdue);
        QCOMPARE(missing->participants, 3);
        QCOMPARE(missing->people.size(), 2);
        QCOMPARE(missing->people.at(0).name, QStringLiteral("Ben Berg"));
        QCOMPARE(missing->people.at(1).name, QStringLiteral("Cy Chen"));
        QCOMPARE(missing->people.at(1).team, QStringLiteral("Payments"));
    }

    void firstWeekOver()
    {
        QCOMPARE(ProjectTracking::firstWeekOver(QDate(2026, 1, 12)), QDate(2026, 1, 19));
        QVERIFY(!ProjectTracking::firstWeekOver(QDate()).isValid());
    }

    void currentCohort_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("expected");
        // Other runs from 5 Jan, Basics from 12 Jan, both to 6 Feb; Later 2 to 27 Mar.
        QTest::newRow("before all: the next to start") << QDate(2026, 1, 1) << "Other";
        QTest::newRow("running: the one started last") << QDate(2026, 2, 1) << "Basics";
        QTest::newRow("between: the next") << QDate(2026, 2, 20) << "Later";
        QTest::newRow("after all: the last ended") << QDate(2026, 6, 1) << "Later";
    }

    void currentCohort()
    {
        QFETCH(QDate, today);
        QFETCH(QString, expected);
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE cohorts SET start_date = '2026-01-05' "
                                             "WHERE name = 'Other'")));
        const qint64 later = m_fixture.cohort(QStringLiteral("Later"));
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE cohorts SET start_date = '2026-03-02', "
                                             "end_date = '2026-03-27' WHERE id = ?"),
                              {later}));
        const qint64 id = ProjectTracking::currentCohort(m_fixture.db(), today);
        QSqlQuery query(m_fixture.db());
        query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
        query.addBindValue(id);
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toString(), expected);
    }

    void unknownCohort()
    {
        QString error;
        QVERIFY(!ProjectTracking::withoutProject(m_fixture.db(), m_cohort + 100, QDate(2026, 2, 1),
                                                 &error));
        QVERIFY(!error.isEmpty());
    }

    void overduePerCohort_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("cohorts");
        QTest::newRow("within the first week") << QDate(2026, 1, 15) << "running" << 0;
        QTest::newRow("after it") << QDate(2026, 1, 20) << "running" << 1;
        QTest::newRow("completed cohorts too") << QDate(2026, 3, 1) << "completed" << 1;
        QTest::newRow("cancelled cohorts never") << QDate(2026, 3, 1) << "cancelled" << 0;
    }

    void overduePerCohort()
    {
        QFETCH(QDate, today);
        QFETCH(QString, status);
        QFETCH(int, cohorts);
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE cohorts SET status = ?"), {status}));
        QString error;
        const auto list = ProjectTracking::overdue(m_fixture.db(), today, &error);
        QVERIFY2(list, qPrintable(error));
        // "Other" has nobody enrolled, so only Basics can appear.
        QCOMPARE(list->size(), cohorts);
        if (cohorts > 0) {
            QCOMPARE(list->first().name, QStringLiteral("Basics"));
            QCOMPARE(list->first().participants, 3);
            QCOMPARE(list->first().missing, 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectTracking)
#include "tst_projecttracking.moc"
