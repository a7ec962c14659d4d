// SPDX-License-Identifier: GPL-3.0-or-later
// Protected learning time: the cohort's weeks, utilisation per person, team, manager and
// cohort worked out by hand, and the weeks below the plan with the manager to raise them with.
#include "protectedtime.h"
#include "reportfixture.h"

using namespace Upskill;

class TestProtectedTime : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;
    qint64 m_cohort = 0;
    qint64 m_ana = 0;
    qint64 m_ben = 0;
    qint64 m_cy = 0;

    qint64 person(const QString &name, const QString &team, const QString &manager)
    {
        const qint64 id = m_fixture.person(name, QStringLiteral("backend"), team);
        m_fixture.run(QStringLiteral("UPDATE participants SET manager = ? WHERE id = ?"),
                      {manager, id});
        return id;
    }
    void week(qint64 cohort, qint64 who, const QString &start, double planned, const QVariant &used,
              const QVariant &reason = QVariant())
    {
        QVERIFY(m_fixture.run(QStringLiteral("INSERT INTO protected_time (cohort_id, "
                                             "participant_id, week_start, hours_planned, "
                                             "hours_used, reason) VALUES (?, ?, ?, ?, ?, ?)"),
                              {cohort, who, start, planned, used, reason}));
    }

    CohortProtectedTime compute(qint64 cohort)
    {
        QString error;
        const auto result = ProtectedTime::compute(m_fixture.db(), cohort, &error);
        if (!result)
            qWarning() << error;
        return result.value_or(CohortProtectedTime{});
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_fixture.open());
        // The fixture's cohort runs from Monday 12 January to Friday 6 February 2026.
        m_cohort = m_fixture.cohort(QStringLiteral("Basics"));
        m_ana = person(QStringLiteral("Ana Lopez"), QStringLiteral("Payments"),
                       QStringLiteral("Lee Park"));
        m_ben = person(QStringLiteral("Ben Berg"), QStringLiteral("Payments"),
                       QStringLiteral("Kim Ito"));
        m_cy =
            person(QStringLiteral("Cy Chen"), QStringLiteral("Data"), QStringLiteral("Lee Park"));
        const QVariant none;
        week(m_cohort, m_ana, QStringLiteral("2026-01-12"), 5, 5);
        week(m_cohort, m_ana, QStringLiteral("2026-01-19"), 5, 3, QStringLiteral("sprint_work"));
        week(m_cohort, m_ana, QStringLiteral("2026-01-26"), 5, 5);
        week(m_cohort, m_ana, QStringLiteral("2026-02-02"), 5, none); // not recorded yet
        week(m_cohort, m_ben, QStringLiteral("2026-01-12"), 5, 2, QStringLiteral("incident"));
        week(m_cohort, m_ben, QStringLiteral("2026-01-19"), 5, 4); // no reason given
        week(m_cohort, m_ben, QStringLiteral("2026-01-26"), 4, 5); // more than planned
        week(m_cohort, m_cy, QStringLiteral("2026-01-12"), 5, 5);
        week(m_cohort, m_cy, QStringLiteral("2026-01-19"), 5, 0, QStringLiteral("meeting"));
    }
    void cleanup() { m_fixture.close(); }

    void weeksBetween_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QList<QDate>>("expected");
        QTest::newRow("four weeks to a Friday")
            << QDate(2026, 1, 12) << QDate(2026, 2, 6)
            << QList<QDate>{QDate(2026, 1, 12), QDate(2026, 1, 19), QDate(2026, 1, 26),
                            QDate(2026, 2, 2)};
        QTest::newRow("ends on the last week's first day")
            << QDate(2026, 1, 12) << QDate(2026, 1, 19)
            << QList<QDate>{QDate(2026, 1, 12), QDate(2026, 1, 19)};
        QTest::newRow("one day") << QDate(2026, 1, 12) << QDate(2026, 1, 12)
                                 << QList<QDate>{QDate(2026, 1, 12)};
        QTest::newRow("no end") << QDate(2026, 1, 12) << QDate()
                                << QList<QDate>{QDate(2026, 1, 12)};
        QTest::newRow("no start") << QDate() << QDate(2026, 2, 6) << QList<QDate>{};
    }

    void weeksBetween()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QList<QDate>, expected);
        QCOMPARE(ProtectedTime::weeksBetween(start, end), expected);
    }

    void weeksIncludeEntriesOffTheGrid()
    {
        week(m_cohort, m_cy, QStringLiteral("2026-02-11"), 5, 5); // a Wednesday after the end
        QString error;
        const auto weeks = ProtectedTime::weeks(m_fixture.db(), m_cohort, &error);
        QVERIFY2(weeks, qPrintable(error));
        QCOMPARE(weeks->size(), 5);
        QCOMPARE(weeks->last(), QDate(2026, 2, 11));
    }

    void isViolation_data()
    {
        QTest::addColumn<double>("planned");
        QTest::addColumn<QVariant>("used");
        QTest::addColumn<bool>("expected");
        QTest::newRow("below") << 5.0 << QVariant(3.0) << true;
        QTest::newRow("nothing used") << 5.0 << QVariant(0.0) << true;
        QTest::newRow("as planned") << 5.0 << QVariant(5.0) << false;
        QTest::newRow("more") << 4.0 << QVariant(5.0) << false;
        QTest::newRow("not recorded") << 5.0 << QVariant() << false;
        QTest::newRow("nothing planned") << 0.0 << QVariant(0.0) << false;
    }

    void isViolation()
    {
        QFETCH(double, planned);
        QFETCH(QVariant, used);
        QFETCH(bool, expected);
        QCOMPARE(ProtectedTime::isViolation(planned, used), expected);
    }

    // Planned counts only in weeks whose hours used are recorded:
    //   Ana 5+5+5 = 15 planned, 5+3+5 = 13 used, 3 weeks, 1 below
    //   Ben 5+5+4 = 14 planned, 2+4+5 = 11 used, 3 weeks, 2 below
    //   Cy  5+5   = 10 planned, 5+0   =  5 used, 2 weeks, 1 below
    void utilisationPer_data()
    {
        QTest::addColumn<QString>("grouping");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("planned");
        QTest::addColumn<double>("used");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<int>("below");
        QTest::newRow("Ana") << "person"
                             << "Ana Lopez" << 15.0 << 13.0 << 3 << 1;
        QTest::newRow("Ben") << "person"
                             << "Ben Berg" << 14.0 << 11.0 << 3 << 2;
        QTest::newRow("Cy") << "person"
                            << "Cy Chen" << 10.0 << 5.0 << 2 << 1;
        QTest::newRow("team Payments") << "team"
                                       << "Payments" << 29.0 << 24.0 << 6 << 3;
        QTest::newRow("team Data") << "team"
                                   << "Data" << 10.0 << 5.0 << 2 << 1;
        QTest::newRow("manager Lee (Ana, Cy)") << "manager"
                                               << "Lee Park" << 25.0 << 18.0 << 5 << 2;
        QTest::newRow("manager Kim (Ben)") << "manager"
                                           << "Kim Ito" << 14.0 << 11.0 << 3 << 2;
        QTest::newRow("cohort") << "cohort" << QString() << 39.0 << 29.0 << 8 << 4;
    }

    void utilisationPer()
    {
        QFETCH(QString, grouping);
        QFETCH(QString, key);
        QFETCH(double, planned);
        QFETCH(double, used);
        QFETCH(int, weeks);
        QFETCH(int, below);
        const CohortProtectedTime figures = compute(m_cohort);
        QCOMPARE(figures.weeks.size(), 4);
        QCOMPARE(figures.people.size(), 3);
        QCOMPARE(figures.teams.size(), 2);
        QCOMPARE(figures.managers.size(), 2);
        const QList<TimeUse> &list = grouping == QLatin1String("person") ? figures.people
                                     : grouping == QLatin1String("team") ? figures.teams
                                                                         : figures.managers;
        TimeUse use = figures.cohort;
        if (grouping != QLatin1String("cohort")) {
            const auto it = std::find_if(list.cbegin(), list.cend(),
                                         [&](const TimeUse &u) { return u.key == key; });
            QVERIFY(it != list.cend());
            use = *it;
        }
        QCOMPARE(use.planned, planned);
        QCOMPARE(use.used, used);
        QCOMPARE(use.weeks, weeks);
        QCOMPARE(use.belowPlan, below);
        QCOMPARE(use.utilisation(), used / planned);
    }

    void percentRounds()
    {
        QCOMPARE(ProtectedTime::percent(13.0 / 15.0), QStringLiteral("87 %"));
        QCOMPARE(ProtectedTime::percent(29.0 / 39.0), QStringLiteral("74 %"));
    }

    void violationsNameTheManager()
    {
        const CohortProtectedTime figures = compute(m_cohort);
        QStringList found;
        for (const ProtectedTimeViolation &v : figures.violations)
            found.append(QStringLiteral("%1 %2 %3/%4 %5 %6")
                             .arg(v.week.toString(Qt::ISODate), v.name)
                             .arg(v.used)
                             .arg(v.planned)
                             .arg(v.reason.isEmpty() ? QStringLiteral("-") : v.reason, v.manager));
        // Newest week first, then by name.
        QCOMPARE(found, (QStringList{
                            "2026-01-19 Ana Lopez 3/5 sprint_work Lee Park",
                            "2026-01-19 Ben Berg 4/5 - Kim Ito",
                            "2026-01-19 Cy Chen 0/5 meeting Lee Park",
                            "2026-01-12 Ben Berg 2/5 incident Kim Ito",
                        }));
        QCOMPARE(figures.violations.first().team, QStringLiteral("Payments"));
    }

    void aCohortWithoutEntries()
    {
        const qint64 empty = m_fixture.cohort(QStringLiteral("Empty"));
        const CohortProtectedTime figures = compute(empty);
        QCOMPARE(figures.weeks.size(), 4);
        QVERIFY(figures.people.isEmpty());
        QVERIFY(!figures.cohort.hasFigures());
        QCOMPARE(figures.cohort.utilisation(), 1.0);
        QVERIFY(figures.violations.isEmpty());
    }

    void perCohortForTheProgram()
    {
        const qint64 other = m_fixture.cohort(QStringLiteral("Advanced"));
        week(other, m_ana, QStringLiteral("2026-01-12"), 5, 5);
        QString error;
        const auto list = ProtectedTime::perCohort(m_fixture.db(), &error);
        QVERIFY2(list, qPrintable(error));
        QCOMPARE(list->size(), 2);
        const CohortTimeUse &basics =
            list->at(0).name == QLatin1String("Basics") ? list->at(0) : list->at(1);
        const CohortTimeUse &advanced =
            list->at(0).name == QLatin1String("Basics") ? list->at(1) : list->at(0);
        QCOMPARE(basics.use.planned, 39.0);
        QCOMPARE(basics.use.used, 29.0);
        QCOMPARE(basics.use.belowPlan, 4);
        QCOMPARE(basics.peopleRepeatedlyBelow, 1); // Ben, twice
        QCOMPARE(advanced.use.utilisation(), 1.0);
        QCOMPARE(advanced.peopleRepeatedlyBelow, 0);
    }
};

QTEST_GUILESS_MAIN(TestProtectedTime)
#include "tst_protectedtime.moc"
