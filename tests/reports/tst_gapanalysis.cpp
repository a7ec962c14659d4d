// SPDX-License-Identifier: GPL-3.0-or-later
#include "gapanalysis.h"
#include "reportfixture.h"

using namespace Upskill;

class TestGapAnalysis : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;

    // "kind date level" entries separated by ';', written in this order (so later entries
    // have larger ids).
    void assessAll(qint64 person, int dimension, const QString &spec)
    {
        for (const QString &entry : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList parts = entry.simplified().split(QLatin1Char(' '));
            QVERIFY(
                m_fixture.assess(person, dimension, parts.at(0), parts.at(1), parts.at(2).toInt()));
        }
    }

    GapAnalysisResult compute(const GapOptions &options)
    {
        QString error;
        const auto result = GapAnalysis::compute(m_fixture.db(), options, &error);
        if (!result)
            qWarning() << error;
        return result.value_or(GapAnalysisResult{});
    }

    QStringList names(const GapAnalysisResult &result, const QList<int> &order)
    {
        QStringList list;
        for (int i : order)
            list.append(result.totals.at(i).dimension.name.left(1));
        return list;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void latestAssessment_data()
    {
        QTest::addColumn<QString>("assessments");
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("level"); // 0: no current level

        const QStringList current = AssessmentScope::current().kinds;
        QTest::newRow("later date wins")
            << "pre 2026-01-05 1; post 2026-03-01 3" << current << QString() << QString() << 3;
        QTest::newRow("older date entered later loses")
            << "post 2026-03-01 3; pre 2026-01-05 1" << current << QString() << QString() << 3;
        QTest::newRow("same date: the later entry wins")
            << "pre 2026-01-05 1; self 2026-01-05 4" << current << QString() << QString() << 4;
        QTest::newRow("same date, entered the other way round")
            << "self 2026-01-05 4; pre 2026-01-05 1" << current << QString() << QString() << 1;
        QTest::newRow("manager rating is not current by default")
            << "pre 2026-01-05 2; manager 2026-05-01 4" << current << QString() << QString() << 2;
        QTest::newRow("manager rating on its own")
            << "pre 2026-01-05 2; manager 2026-05-01 4" << QStringList{QStringLiteral("manager")}
            << QString() << QString() << 4;
        QTest::newRow("self only ignores a later post")
            << "self 2026-01-05 2; post 2026-05-01 3" << QStringList{QStringLiteral("self")}
            << QString() << QString() << 2;
        QTest::newRow("as of a date") << "pre 2026-01-05 2; post 2026-06-01 3" << current
                                      << QString() << QStringLiteral("2026-03-31") << 2;
        QTest::newRow("range includes its last day")
            << "pre 2026-01-05 2; post 2026-06-01 3" << current << QString()
            << QStringLiteral("2026-06-01") << 3;
        QTest::newRow("nothing in range") << "pre 2026-01-05 2; post 2026-06-01 3" << current
                                          << QStringLiteral("2026-07-01") << QString() << 0;
        QTest::newRow("no assessments") << QString() << current << QString() << QString() << 0;
    }

    void latestAssessment()
    {
        QFETCH(QString, assessments);
        QFETCH(QStringList, kinds);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, level);

        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 0, 3));
        const qint64 ada = m_fixture.person(QStringLiteral("Ada"));
        const qint64 other = m_fixture.person(QStringLiteral("Bea"));
        assessAll(ada, 0, assessments);
        // Someone else's later assessment never counts for Ada.
        assessAll(other, 0, QStringLiteral("post 2026-09-01 1"));

        GapOptions options;
        options.grouping = GapGrouping::Person;
        options.scope = {kinds, QDate::fromString(from, Qt::ISODate),
                         QDate::fromString(to, Qt::ISODate)};
        QString error;
        const auto dimensions = GapAnalysis::activeDimensions(m_fixture.db(), &error);
        const auto rows =
            GapAnalysis::personPage(m_fixture.db(), options, dimensions, 0, 10, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto it = std::find_if(rows.begin(), rows.end(),
                                     [&](const PersonGapRow &r) { return r.id == ada; });
        if (level == 0) {
            QVERIFY(it == rows.end());
            return;
        }
        QVERIFY(it != rows.end());
        QCOMPARE(it->levels.at(0), level);
        QCOMPARE(it->gaps.at(0), 3 - level);

        // The aggregate over people agrees with the per-person view.
        options.grouping = GapGrouping::Role;
        options.filter.team = QString();
        const GapAnalysisResult result = compute(options);
        QVERIFY(result.totals.at(0).figures.levelSum >= level);
    }

    void gapAgainstTargets_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("roleTarget");         // 0: none
        QTest::addColumn<int>("organisationTarget"); // 0: none
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("gap"); // PersonGapRow::kNoGap: not part of the analysis

        QTest::newRow("role target applies") << "backend" << 3 << 2 << 2 << 1;
        QTest::newRow("organisation default for a role without one")
            << "frontend" << 0 << 2 << 1 << 1;
        QTest::newRow("role target lower than the default") << "data" << 1 << 3 << 1 << 0;
        QTest::newRow("above target") << "backend" << 2 << 0 << 4 << -2;
        QTest::newRow("no target anywhere") << "platform" << 0 << 0 << 1 << PersonGapRow::kNoGap;
    }

    void gapAgainstTargets()
    {
        QFETCH(QString, role);
        QFETCH(int, roleTarget);
        QFETCH(int, organisationTarget);
        QFETCH(int, level);
        QFETCH(int, gap);

        if (roleTarget)
            QVERIFY(m_fixture.target(role, 1, roleTarget));
        if (organisationTarget)
            QVERIFY(m_fixture.target(QStringLiteral("organisation"), 1, organisationTarget));
        // Another role's target must not leak into this person's gap.
        QVERIFY(m_fixture.target(QStringLiteral("lead"), 1, 4));
        QList<qint64> people;
        for (int i = 0; i < 5; ++i) {
            people.append(m_fixture.person(QStringLiteral("Person %1").arg(i), role));
            QVERIFY(m_fixture.assess(people.last(), 1, QStringLiteral("pre"),
                                     QStringLiteral("2026-02-02"), level));
        }

        GapOptions options;
        options.grouping = GapGrouping::Person;
        QString error;
        const auto dimensions = GapAnalysis::activeDimensions(m_fixture.db(), &error);
        const auto rows =
            GapAnalysis::personPage(m_fixture.db(), options, dimensions, 0, 10, &error);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.first().gaps.at(1), gap);

        options.grouping = GapGrouping::Role;
        const GapAnalysisResult result = compute(options);
        const GapFigures &figures = result.totals.at(1).figures;
        if (gap == PersonGapRow::kNoGap) {
            QCOMPARE(figures.people, 0);
            QVERIFY(result.groups.isEmpty());
            return;
        }
        QCOMPARE(figures.people, 5);
        QCOMPARE(figures.averageGap(), double(gap));
        QCOMPARE(figures.averageShortfall(), double(std::max(gap, 0)));
        QCOMPARE(figures.below, gap > 0 ? 5 : 0);
        QCOMPARE(result.groups.size(), 1);
        QCOMPARE(result.groups.first().key, role);
    }

    // Three dimensions built so that each ranking has a different order:
    //   A: target 4, nice to have; levels 1 4 4 4 4 -> shortfall 0.6, 1 below, critical 0.6
    //   B: target 3, important;    levels 2 2 2 2 3 -> shortfall 0.8, 4 below, critical 1.6
    //   C: target 3, blocking;     levels 1 3 3 3 3 -> shortfall 0.4, 1 below, critical 1.2
    // The fourth dimension has a target everyone meets; the fifth has none.
    void rankings()
    {
        QVERIFY(
            m_fixture.target(QStringLiteral("organisation"), 0, 4, QStringLiteral("nice_to_have")));
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 1, 3));
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 2, 3, QStringLiteral("blocking")));
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 3, 1));
        const int levels[3][5] = {{1, 4, 4, 4, 4}, {2, 2, 2, 2, 3}, {1, 3, 3, 3, 3}};
        for (int p = 0; p < 5; ++p) {
            const qint64 id = m_fixture.person(QStringLiteral("P%1").arg(p));
            for (int d = 0; d < 3; ++d)
                QVERIFY(m_fixture.assess(id, d, QStringLiteral("pre"), QStringLiteral("2026-02-02"),
                                         levels[d][p]));
            QVERIFY(
                m_fixture.assess(id, 3, QStringLiteral("pre"), QStringLiteral("2026-02-02"), 2));
            QVERIFY(
                m_fixture.assess(id, 4, QStringLiteral("pre"), QStringLiteral("2026-02-02"), 1));
        }
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE rubric_dimensions SET name = "
                                             "char(64 + position) || '. ' || name")));

        const GapAnalysisResult result = compute({});
        QCOMPARE(result.peopleAssessed, 5);
        QCOMPARE(result.totals.at(0).figures.averageShortfall(), 0.6);
        QCOMPARE(result.totals.at(1).figures.below, 4);
        QCOMPARE(result.totals.at(2).figures.criticalScore(), 1.2);
        QCOMPARE(names(result, result.largest()), (QStringList{"B", "A", "C", "D"}));
        // A and C both have one engineer below target: the rubric order breaks the tie.
        QCOMPARE(names(result, result.mostCommon()), (QStringList{"B", "A", "C", "D"}));
        QCOMPARE(names(result, result.mostCritical()), (QStringList{"B", "C", "A", "D"}));
        // Priority: B (1+1+1), A (2+2+3), C (3+3+2); D has nobody below target, E no target.
        QCOMPARE(names(result, result.priority()), (QStringList{"B", "A", "C"}));
        QCOMPARE(result.totals.at(2).blockingFor, QStringList{QStringLiteral("organisation")});
        QCOMPARE(result.totals.at(4).figures.people, 0);
    }

    void smallGroupsAreSuppressed_data()
    {
        QTest::addColumn<int>("teamSize");
        QTest::addColumn<int>("minGroupSize");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("4 people, minimum 5") << 4 << 5 << true;
        QTest::newRow("5 people, minimum 5") << 5 << 5 << false;
        QTest::newRow("1 person, minimum 5") << 1 << 5 << true;
        QTest::newRow("4 people, minimum 4") << 4 << 4 << false;
        QTest::newRow("6 people, minimum 7") << 6 << 7 << true;
    }

    void smallGroupsAreSuppressed()
    {
        QFETCH(int, teamSize);
        QFETCH(int, minGroupSize);
        QFETCH(bool, suppressed);
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE program_settings SET min_group_size = ?"),
                              {minGroupSize}));
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 0, 3));
        for (int i = 0; i < teamSize; ++i) {
            const qint64 id = m_fixture.person(QStringLiteral("Small %1").arg(i),
                                               QStringLiteral("backend"), QStringLiteral("Small"));
            QVERIFY(
                m_fixture.assess(id, 0, QStringLiteral("pre"), QStringLiteral("2026-02-02"), 2));
        }
        // A team that is always large enough, so the totals stay visible.
        for (int i = 0; i < 8; ++i) {
            const qint64 id = m_fixture.person(QStringLiteral("Large %1").arg(i),
                                               QStringLiteral("backend"), QStringLiteral("Large"));
            QVERIFY(
                m_fixture.assess(id, 0, QStringLiteral("pre"), QStringLiteral("2026-02-02"), 1));
        }
        GapOptions options;
        options.grouping = GapGrouping::Team;
        const GapAnalysisResult result = compute(options);
        QCOMPARE(result.minGroupSize, minGroupSize);
        QCOMPARE(result.groups.size(), 2);
        const GapGroup &small = result.groups.at(1).key == QLatin1String("Small")
                                    ? result.groups.at(1)
                                    : result.groups.at(0);
        QCOMPARE(small.key, QStringLiteral("Small"));
        QCOMPARE(small.cells.at(0).people, teamSize);
        QCOMPARE(small.cells.at(0).suppressed, suppressed);
        QCOMPARE(result.totals.at(0).figures.people, teamSize + 8);
        QVERIFY(!result.totals.at(0).figures.suppressed);

        // Narrowed to the small team alone, even the totals and rankings are withheld.
        options.filter.team = QStringLiteral("Small");
        const GapAnalysisResult narrowed = compute(options);
        QCOMPARE(narrowed.peopleAssessed, teamSize);
        QCOMPARE(narrowed.totalsSuppressed, suppressed);
        QCOMPARE(narrowed.largest().isEmpty(), suppressed);
        QCOMPARE(narrowed.priority().isEmpty(), suppressed);
    }

    void groupings_data()
    {
        QTest::addColumn<int>("grouping");
        QTest::addColumn<QStringList>("groups");
        QTest::newRow("role") << int(GapGrouping::Role)
                              << QStringList{QStringLiteral("backend"), QStringLiteral("data")};
        QTest::newRow("team") << int(GapGrouping::Team)
                              << QStringList{QStringLiteral("Core"), QStringLiteral("Edge")};
        QTest::newRow("cohort") << int(GapGrouping::Cohort)
                                << QStringList{QStringLiteral("Spring"), QStringLiteral("Summer")};
    }

    // Ten people: five backend in Core, five data in Edge; Spring has the first six, Summer
    // the last six (two people are in both, and are counted once in the totals).
    void groupings()
    {
        QFETCH(int, grouping);
        QFETCH(QStringList, groups);
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 0, 3));
        const qint64 spring = m_fixture.cohort(QStringLiteral("Spring"));
        const qint64 summer = m_fixture.cohort(QStringLiteral("Summer"));
        for (int i = 0; i < 10; ++i) {
            const bool first = i < 5;
            const qint64 id =
                m_fixture.person(QStringLiteral("G%1").arg(i),
                                 first ? QStringLiteral("backend") : QStringLiteral("data"),
                                 first ? QStringLiteral("Core") : QStringLiteral("Edge"));
            QVERIFY(m_fixture.assess(id, 0, QStringLiteral("pre"), QStringLiteral("2026-02-02"),
                                     first ? 1 : 3));
            if (i < 6)
                QVERIFY(m_fixture.enrol(spring, id));
            if (i >= 4)
                QVERIFY(m_fixture.enrol(summer, id));
        }
        GapOptions options;
        options.grouping = GapGrouping(grouping);
        const GapAnalysisResult result = compute(options);
        QStringList keys;
        for (const GapGroup &g : result.groups)
            keys.append(grouping == int(GapGrouping::Cohort) ? g.label : g.key);
        QCOMPARE(keys, groups);
        QCOMPARE(result.peopleAssessed, 10);
        QCOMPARE(result.totals.at(0).figures.people, 10);
        QCOMPARE(result.totals.at(0).figures.below, 5);
        QCOMPARE(result.totals.at(0).figures.averageGap(), 1.0);
        if (grouping == int(GapGrouping::Cohort)) {
            // Spring: five at level 1 and one at 3.
            QCOMPARE(result.groups.at(0).cells.at(0).people, 6);
            QCOMPARE(result.groups.at(0).cells.at(0).below, 5);
        }

        // Filtering to a cohort narrows every figure to its people.
        options.filter.cohortId = summer;
        const GapAnalysisResult narrowed = compute(options);
        QCOMPARE(narrowed.peopleAssessed, 6);
        QCOMPARE(narrowed.totals.at(0).figures.below, 1);
    }

    void withdrawnPeopleLeaveTheCohortFilter()
    {
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 0, 3));
        const qint64 cohort = m_fixture.cohort(QStringLiteral("Autumn"));
        for (int i = 0; i < 6; ++i) {
            const qint64 id = m_fixture.person(QStringLiteral("W%1").arg(i));
            QVERIFY(
                m_fixture.assess(id, 0, QStringLiteral("pre"), QStringLiteral("2026-02-02"), 2));
            QVERIFY(m_fixture.enrol(
                cohort, id, i == 0 ? QStringLiteral("withdrawn") : QStringLiteral("active")));
        }
        GapOptions options;
        options.filter.cohortId = cohort;
        QCOMPARE(compute(options).peopleAssessed, 5);
        QString error;
        options.grouping = GapGrouping::Person;
        QCOMPARE(GapAnalysis::personCount(m_fixture.db(), options, &error), 5);
    }

    void retiredDimensionsAreLeftOut()
    {
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 0, 3));
        QVERIFY(
            m_fixture.run(QStringLiteral("UPDATE rubric_dimensions SET retired = 1 WHERE id = ?"),
                          {m_fixture.dimension(4)}));
        const GapAnalysisResult result = compute({});
        QCOMPARE(result.dimensions.size(), 4);
        QCOMPARE(result.totals.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestGapAnalysis)
#include "tst_gapanalysis.moc"
