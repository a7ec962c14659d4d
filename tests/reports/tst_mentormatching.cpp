// SPDX-License-Identifier: GPL-3.0-or-later
// Mentor suggestions and whole-cohort pairing: the ranking on made-up needs and levels, then
// the same read from a program file, and the capacity rule with its default end date.
#include "mentorload.h"
#include "mentormatching.h"
#include "reportfixture.h"

using namespace Upskill;

namespace {

// "LLMs 1 3; Data 2 3": dimension name, the mentee's level, the target.
MenteeNeeds menteeFrom(const QString &spec, const QString &manager = {})
{
    static const QStringList dimensions{QStringLiteral("LLMs"), QStringLiteral("Data"),
                                        QStringLiteral("Production")};
    MenteeNeeds mentee;
    mentee.id = 1000;
    mentee.name = QStringLiteral("Mia Mentee");
    mentee.manager = manager;
    for (const QString &entry : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList parts = entry.simplified().split(QLatin1Char(' '));
        mentee.needs.append({dimensions.indexOf(parts.at(0)) + 1, parts.at(0), parts.at(1).toInt(),
                             parts.at(2).toInt()});
    }
    std::stable_sort(mentee.needs.begin(), mentee.needs.end(),
                     [](const SkillNeed &a, const SkillNeed &b) { return a.gap() > b.gap(); });
    return mentee;
}

// "Ana Lopez: LLMs 3, Data 4; load 1; alumnus" entries separated by '|'.
QList<MentorCandidate> mentorsFrom(const QString &spec)
{
    static const QStringList dimensions{QStringLiteral("LLMs"), QStringLiteral("Data"),
                                        QStringLiteral("Production")};
    QList<MentorCandidate> mentors;
    for (const QString &entry : spec.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        MentorCandidate m;
        m.id = mentors.size() + 1;
        m.name = entry.section(QLatin1Char(':'), 0, 0).trimmed();
        const QStringList parts = entry.section(QLatin1Char(':'), 1).split(QLatin1Char(';'));
        for (const QString &level : parts.value(0).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QStringList pair = level.simplified().split(QLatin1Char(' '));
            if (pair.size() < 2)
                continue;
            m.levels.insert(dimensions.indexOf(pair.at(0)) + 1, pair.at(1).toInt());
        }
        for (const QString &extra : parts.mid(1)) {
            const QString e = extra.simplified();
            if (e.startsWith(QLatin1String("load ")))
                m.load = e.mid(5).toInt();
            else if (e == QLatin1String("alumnus"))
                m.alumnus = true;
            else if (e == QLatin1String("champion"))
                m.champion = true;
            else if (e == QLatin1String("self"))
                m.id = 1000;
        }
        mentors.append(m);
    }
    return mentors;
}

QStringList names(const QList<MentorSuggestion> &list)
{
    QStringList result;
    for (const MentorSuggestion &s : list)
        result.append(s.mentorName);
    return result;
}

} // namespace

class TestMentorMatching : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;

    qint64 flagged(const QString &name, const QString &flags, const QString &role = {},
                   const QString &manager = {})
    {
        const qint64 id = m_fixture.person(name, role.isEmpty() ? QStringLiteral("backend") : role);
        m_fixture.run(QStringLiteral("UPDATE participants SET is_alumnus = ?, is_champion = ?, "
                                     "is_mentor = ?, manager = ? WHERE id = ?"),
                      {flags.contains(QLatin1Char('a')), flags.contains(QLatin1Char('c')),
                       flags.contains(QLatin1Char('m')),
                       manager.isNull() ? QStringLiteral("") : manager, id});
        return id;
    }
    void mentorship(qint64 mentor, qint64 mentee, const QVariant &from, const QVariant &to,
                    const QVariant &cohort = QVariant())
    {
        QVERIFY(m_fixture.run(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, "
                                             "cohort_id, starts_on, ends_on) VALUES (?, ?, ?, "
                                             "?, ?)"),
                              {mentor, mentee, cohort, from, to}));
    }

private Q_SLOTS:
    void init() { QVERIFY(m_fixture.open()); }
    void cleanup() { m_fixture.close(); }

    void rank_data()
    {
        QTest::addColumn<QString>("needs");
        QTest::addColumn<QString>("manager");
        QTest::addColumn<QString>("mentors");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("firstReason");

        // Scores worked out by hand: each level above the mentee counts up to the gap, times
        // the gap. Ana 2·2 + 1·1 = 5, Ben 2·2 = 4, Cy 1·2 + 1·1 = 3.
        QTest::newRow("largest gaps covered first")
            << "LLMs 1 3; Data 2 3" << QString()
            << "Cy Chen: LLMs 2, Data 4 | Ben Berg: LLMs 4, Data 1 | Ana Lopez: LLMs 3, Data 4"
            << QStringList{"Ana Lopez", "Ben Berg", "Cy Chen"}
            << "Covers LLMs (3 vs gap 2) and Data (4 vs gap 1) · 0 of 3 mentee(s)";
        // Both score 2: Eve 1·2 in LLMs, partly; Dee 1·1 + 1·1, both gaps fully.
        QTest::newRow("equal scores: the one covering gaps fully")
            << "LLMs 1 3; Data 2 3; Production 2 3" << QString()
            << "Eve Ek: LLMs 2 | Dee Dunn: Data 3, Production 3; alumnus"
            << QStringList{"Dee Dunn", "Eve Ek"}
            << "Covers Data (3 vs gap 1) and Production (3 vs gap 1) · alumnus · 0 of 3 "
               "mentee(s)";
        QTest::newRow("equal cover: fewer mentees first")
            << "LLMs 2 3" << QString() << "Ana Lopez: LLMs 4; load 2 | Ben Berg: LLMs 4; load 1"
            << QStringList{"Ben Berg", "Ana Lopez"}
            << "Covers LLMs (4 vs gap 1) · 1 of 3 mentee(s)";
        QTest::newRow("at capacity left out")
            << "LLMs 1 3" << QString() << "Ana Lopez: LLMs 4; load 3 | Ben Berg: LLMs 2; champion"
            << QStringList{"Ben Berg"}
            << "Partly covers LLMs (2 vs gap 2) · AI champion · 0 of 3 mentee(s)";
        QTest::newRow("own manager left out, matched by name")
            << "LLMs 1 3"
            << " ana  LOPEZ"
            << "Ana Lopez: LLMs 4 | Ben Berg: LLMs 3" << QStringList{"Ben Berg"}
            << "Covers LLMs (3 vs gap 2) · 0 of 3 mentee(s)";
        QTest::newRow("the mentee is never their own mentor")
            << "LLMs 1 3" << QString() << "Mia Mentee: LLMs 4; self | Ben Berg: LLMs 1"
            << QStringList{"Ben Berg"} << "Not above the mentee in their gaps · 0 of 3 mentee(s)";
        QTest::newRow("both covered and partly")
            << "LLMs 1 4; Data 2 3" << QString() << "Ana Lopez: LLMs 3, Data 3; alumnus; champion"
            << QStringList{"Ana Lopez"}
            << "Covers Data (3 vs gap 1); partly LLMs (3 vs gap 3) · alumnus and AI champion · 0 "
               "of 3 mentee(s)";
        QTest::newRow("no gaps: fewer mentees, then by name")
            << QString() << QString() << "Cy Chen: LLMs 4 | Ana Lopez: Data 4 | Ben Berg:; load 1"
            << QStringList{"Ana Lopez", "Cy Chen", "Ben Berg"}
            << "No assessed gaps to match · 0 of 3 mentee(s)";
    }

    void rank()
    {
        QFETCH(QString, needs);
        QFETCH(QString, manager);
        QFETCH(QString, mentors);
        QFETCH(QStringList, expected);
        QFETCH(QString, firstReason);
        const QList<MentorSuggestion> ranked =
            MentorMatching::rank(menteeFrom(needs, manager), mentorsFrom(mentors), 3);
        QCOMPARE(names(ranked), expected);
        QCOMPARE(ranked.first().reason, firstReason);
    }

    void rankLimit()
    {
        const auto ranked = MentorMatching::rank(
            menteeFrom(QStringLiteral("LLMs 1 3")),
            mentorsFrom(QStringLiteral("A: LLMs 4 | B: LLMs 3 | C: LLMs 2 | D: LLMs 1")), 3, 2);
        QCOMPARE(names(ranked), (QStringList{"A", "B"}));
    }

    void exclusion_data()
    {
        QTest::addColumn<QString>("mentor");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<QString>("expected");
        QTest::newRow("free") << "Ana Lopez: LLMs 3; load 1" << 3 << QString();
        QTest::newRow("full") << "Ana Lopez: LLMs 3; load 2" << 2 << "already has 2 of 2 mentee(s)";
        QTest::newRow("manager") << "Lee Park: LLMs 3" << 3 << "is Mia Mentee's manager";
        QTest::newRow("self") << "Mia Mentee: LLMs 3; self" << 3 << "cannot mentor themself";
    }

    void exclusion()
    {
        QFETCH(QString, mentor);
        QFETCH(int, capacity);
        QFETCH(QString, expected);
        QCOMPARE(MentorMatching::exclusion(
                     menteeFrom(QStringLiteral("LLMs 1 3"), QStringLiteral("Lee Park")),
                     mentorsFrom(mentor).first(), capacity),
                 expected);
    }

    void pairAllRespectsCapacity_data()
    {
        QTest::addColumn<int>("mentees");
        QTest::addColumn<QString>("mentors");
        QTest::addColumn<int>("capacity");
        QTest::addColumn<int>("paired");
        QTest::newRow("room for everyone") << 4 << "A: LLMs 4 | B: LLMs 4" << 2 << 4;
        QTest::newRow("room for five of seven") << 7 << "A: LLMs 4; load 1 | B: LLMs 3" << 3 << 5;
        QTest::newRow("everyone full") << 3 << "A: LLMs 4; load 2 | B: LLMs 3; load 2" << 2 << 0;
        QTest::newRow("nobody to pair with") << 2 << QString() << 3 << 0;
    }

    void pairAllRespectsCapacity()
    {
        QFETCH(int, mentees);
        QFETCH(QString, mentors);
        QFETCH(int, capacity);
        QFETCH(int, paired);
        QList<MenteeNeeds> people;
        for (int i = 0; i < mentees; ++i) {
            MenteeNeeds m = menteeFrom(QStringLiteral("LLMs %1 4").arg(i % 3 + 1));
            m.id = 500 + i;
            m.name = QStringLiteral("Mentee %1").arg(i);
            people.append(m);
        }
        const QList<MentorCandidate> pool = mentorsFrom(mentors);
        const CohortPairing pairing = MentorMatching::pairAll(people, pool, capacity);
        QCOMPARE(pairing.pairs.size(), paired);
        QCOMPARE(pairing.unpaired.size(), mentees - paired);
        QHash<qint64, int> load;
        for (const MentorCandidate &m : pool)
            load.insert(m.id, m.load);
        QSet<qint64> seen;
        for (const ProposedPairing &p : pairing.pairs) {
            QVERIFY(!seen.contains(p.menteeId));
            seen.insert(p.menteeId);
            QVERIFY2(++load[p.mentorId] <= capacity, qPrintable(p.mentorName));
        }
        // The same input gives the same proposal.
        const CohortPairing again = MentorMatching::pairAll(people, pool, capacity);
        QCOMPARE(again.pairs.size(), pairing.pairs.size());
        for (int i = 0; i < pairing.pairs.size(); ++i) {
            QCOMPARE(again.pairs.at(i).menteeId, pairing.pairs.at(i).menteeId);
            QCOMPARE(again.pairs.at(i).mentorId, pairing.pairs.at(i).mentorId);
        }
    }

    void pairAllGivesTheScarceMentorToWhoNeedsThemMost()
    {
        // Capacity 1. Ana helps Xavier (4) more than Yara (1); Ben helps Yara (1) only.
        // Taking the best pair first gives Ana to Xavier and Ben to Yara, 5 in all; giving
        // Ana to Yara, who comes first in the list, would leave Xavier with nobody useful.
        MenteeNeeds xavier = menteeFrom(QStringLiteral("LLMs 1 3"));
        xavier.id = 101;
        xavier.name = QStringLiteral("Xavier");
        MenteeNeeds yara = menteeFrom(QStringLiteral("Data 2 3"));
        yara.id = 102;
        yara.name = QStringLiteral("Yara");
        const CohortPairing pairing = MentorMatching::pairAll(
            {yara, xavier}, mentorsFrom(QStringLiteral("Ana: LLMs 4, Data 4 | Ben: Data 4")), 1);
        QCOMPARE(pairing.pairs.size(), 2);
        QCOMPARE(pairing.pairs.at(0).menteeName, QStringLiteral("Xavier"));
        QCOMPARE(pairing.pairs.at(0).mentorName, QStringLiteral("Ana"));
        QCOMPARE(pairing.pairs.at(0).reason,
                 QStringLiteral("Covers LLMs (4 vs gap 2) · 0 of 1 mentee(s)"));
        QCOMPARE(pairing.pairs.at(1).mentorName, QStringLiteral("Ben"));
        QCOMPARE(pairing.alternatives.value(102).size(), 2);
    }

    void pairAllSkipsTheManagerAndSpreadsTies()
    {
        MenteeNeeds a = menteeFrom(QString(), QStringLiteral("Ana"));
        a.id = 101;
        a.name = QStringLiteral("A");
        MenteeNeeds b = menteeFrom(QString());
        b.id = 102;
        b.name = QStringLiteral("B");
        const CohortPairing pairing =
            MentorMatching::pairAll({a, b}, mentorsFrom(QStringLiteral("Ana: | Ben:")), 3);
        QCOMPARE(pairing.pairs.size(), 2);
        QCOMPARE(pairing.pairs.at(0).mentorName, QStringLiteral("Ben")); // A's manager is Ana
        QCOMPARE(pairing.pairs.at(1).mentorName, QStringLiteral("Ana")); // Ben has one now
        QCOMPARE(pairing.pairs.at(1).reason,
                 QStringLiteral("No assessed gaps to match · 0 of 3 mentee(s)"));
    }

    // The rule on the file: the load during the cohort's mentorship period.
    void defaultEnd_data()
    {
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("one month") << QDate(2026, 2, 6) << 1 << QDate(2026, 3, 6);
        QTest::newRow("none") << QDate(2026, 2, 6) << 0 << QDate(2026, 2, 6);
        QTest::newRow("end of month") << QDate(2026, 1, 31) << 1 << QDate(2026, 2, 28);
        QTest::newRow("three months over the year")
            << QDate(2026, 11, 30) << 3 << QDate(2027, 2, 28);
        QTest::newRow("no cohort end") << QDate() << 1 << QDate();
    }

    void defaultEnd()
    {
        QFETCH(QDate, end);
        QFETCH(int, months);
        QFETCH(QDate, expected);
        QCOMPARE(MentorLoad::defaultEnd(end, months), expected);
    }

    void periodFollowsTheSetting()
    {
        const qint64 cohort = m_fixture.cohort(QStringLiteral("Basics"));
        QString error;
        auto period = MentorLoad::periodOf(m_fixture.db(), cohort, &error);
        QVERIFY2(period, qPrintable(error));
        QCOMPARE(period->from, QDate(2026, 1, 12));
        QCOMPARE(period->to, QDate(2026, 3, 6));
        QVERIFY(m_fixture.run(
            QStringLiteral("UPDATE program_settings SET mentorship_followup_months = 2")));
        period = MentorLoad::periodOf(m_fixture.db(), cohort, &error);
        QCOMPARE(period->to, QDate(2026, 4, 6));
        QVERIFY(!MentorLoad::periodOf(m_fixture.db(), cohort + 100, &error));
        QVERIFY(!error.isEmpty());
    }

    void loadCountsOverlappingMentorships_data()
    {
        QTest::addColumn<QVariant>("from");
        QTest::addColumn<QVariant>("to");
        QTest::addColumn<bool>("counts");
        const QVariant open;
        // The period asked about: 2026-01-12 to 2026-03-06.
        QTest::newRow("same period") << QVariant("2026-01-12") << QVariant("2026-03-06") << true;
        QTest::newRow("ended before") << QVariant("2025-10-01") << QVariant("2026-01-11") << false;
        QTest::newRow("ends on the first day")
            << QVariant("2025-10-01") << QVariant("2026-01-12") << true;
        QTest::newRow("starts after") << QVariant("2026-03-07") << QVariant("2026-05-01") << false;
        QTest::newRow("open end, started before") << QVariant("2025-06-01") << open << true;
        QTest::newRow("open start, ended before") << open << QVariant("2025-12-31") << false;
        QTest::newRow("no dates at all") << open << open << true;
    }

    void loadCountsOverlappingMentorships()
    {
        QFETCH(QVariant, from);
        QFETCH(QVariant, to);
        QFETCH(bool, counts);
        const qint64 mentor = flagged(QStringLiteral("Ana Lopez"), QStringLiteral("a"));
        const qint64 mentee = m_fixture.person(QStringLiteral("Mia Mentee"));
        mentorship(mentor, mentee, from, to);
        const qint64 existing = m_fixture.lastId();
        QString error;
        const MentorshipPeriod period{QDate(2026, 1, 12), QDate(2026, 3, 6)};
        QCOMPARE(MentorLoad::load(m_fixture.db(), mentor, period, 0, &error).value_or(-1),
                 counts ? 1 : 0);
        // The mentorship being changed does not count against itself.
        QCOMPARE(MentorLoad::load(m_fixture.db(), mentor, period, existing, &error).value_or(-1),
                 0);
    }

    void peakCountsMenteesAtTheSameTime_data()
    {
        QTest::addColumn<QString>("mentorships"); // "from..to" separated by ';', '-' open
        QTest::addColumn<int>("expected");
        // The period: 2026-01-12 to 2026-03-06.
        QTest::newRow("none") << QString() << 0;
        QTest::newRow("one") << "2026-01-12..2026-03-06" << 1;
        QTest::newRow("one after the other")
            << "2025-12-01..2026-01-31; 2026-02-01..2026-04-01" << 1;
        QTest::newRow("the end day still counts")
            << "2025-12-01..2026-02-01; 2026-02-01..2026-04-01" << 2;
        QTest::newRow("three at once in the middle")
            << "2026-01-12..2026-02-10; 2026-02-01..2026-02-20; 2026-02-05..-" << 3;
        QTest::newRow("before and after the period")
            << "2025-10-01..2026-01-11; 2026-03-07..2026-05-01" << 0;
        QTest::newRow("open ends") << "-..-; -..2026-01-12; 2026-03-06..-" << 2;
    }

    void peakCountsMenteesAtTheSameTime()
    {
        QFETCH(QString, mentorships);
        QFETCH(int, expected);
        QList<MentorshipPeriod> list;
        for (const QString &entry : mentorships.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList ends = entry.trimmed().split(QStringLiteral(".."));
            list.append({QDate::fromString(ends.at(0), Qt::ISODate),
                         QDate::fromString(ends.at(1), Qt::ISODate)});
        }
        QCOMPARE(MentorLoad::peak(list, {QDate(2026, 1, 12), QDate(2026, 3, 6)}), expected);
    }

    void capacityCheck()
    {
        const qint64 mentor = flagged(QStringLiteral("Ana Lopez"), QStringLiteral("m"));
        const MentorshipPeriod period{QDate(2026, 1, 12), QDate(2026, 3, 6)};
        QString error;
        for (int i = 0; i < 3; ++i) {
            auto check = MentorLoad::check(m_fixture.db(), mentor, period, 0, &error);
            QVERIFY(check);
            QCOMPARE(check->load, i);
            QCOMPARE(check->capacity, 3);
            QVERIFY(!check->full());
            mentorship(mentor, m_fixture.person(QStringLiteral("Mentee %1").arg(i)),
                       QStringLiteral("2026-01-12"), QStringLiteral("2026-03-06"));
        }
        QVERIFY(MentorLoad::check(m_fixture.db(), mentor, period, 0, &error)->full());
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE program_settings SET mentor_capacity = 4")));
        QVERIFY(!MentorLoad::check(m_fixture.db(), mentor, period, 0, &error)->full());
        QCOMPARE(MentorLoad::refusal(QStringLiteral("Ana Lopez"), 3, 3),
                 QStringLiteral("Ana Lopez already mentors 3 mentee(s) during this cohort, and a "
                                "mentor takes at most 3. Choose another mentor, or assign beyond "
                                "capacity and say why."));
    }

    // From the file: flags, cohort membership, latest levels and load.
    void mentorsFromTheFile()
    {
        const qint64 cohort = m_fixture.cohort(QStringLiteral("Basics"));
        const qint64 alumnus = flagged(QStringLiteral("Ana Lopez"), QStringLiteral("a"));
        const qint64 champion = flagged(QStringLiteral("Ben Berg"), QStringLiteral("c"));
        const qint64 declared = flagged(QStringLiteral("Cy Chen"), QStringLiteral("m"));
        flagged(QStringLiteral("Dee Dunn"), QString()); // no flag
        const qint64 peer = flagged(QStringLiteral("Eve Ek"), QStringLiteral("a"));
        QVERIFY(m_fixture.enrol(cohort, peer)); // in the cohort: a peer, not a mentor
        const qint64 withdrawn = flagged(QStringLiteral("Finn Fox"), QStringLiteral("a"));
        QVERIFY(m_fixture.enrol(cohort, withdrawn, QStringLiteral("withdrawn")));
        // Completing an earlier cohort makes an alumnus, with or without the flag ticked.
        const qint64 graduate = flagged(QStringLiteral("Gus Grey"), QString());
        QVERIFY(m_fixture.enrol(m_fixture.cohort(QStringLiteral("Earlier")), graduate,
                                QStringLiteral("completed")));
        const qint64 dropout = flagged(QStringLiteral("Hal Hart"), QString());
        QVERIFY(m_fixture.enrol(m_fixture.cohort(QStringLiteral("Earlier too")), dropout,
                                QStringLiteral("withdrawn")));
        QVERIFY(
            m_fixture.assess(alumnus, 1, QStringLiteral("pre"), QStringLiteral("2025-01-01"), 1));
        QVERIFY(
            m_fixture.assess(alumnus, 1, QStringLiteral("post"), QStringLiteral("2025-03-01"), 3));
        // The manager's rating is looked at on its own, never as the current level.
        QVERIFY(m_fixture.assess(alumnus, 1, QStringLiteral("manager"),
                                 QStringLiteral("2025-06-01"), 4));
        QVERIFY(
            m_fixture.assess(champion, 3, QStringLiteral("self"), QStringLiteral("2025-06-01"), 4));
        mentorship(declared, alumnus, QStringLiteral("2026-01-01"), QStringLiteral("2026-02-01"));

        QString error;
        const MentorshipPeriod period{QDate(2026, 1, 12), QDate(2026, 3, 6)};
        const auto pool = MentorMatching::mentors(m_fixture.db(), cohort, period, true, &error);
        QVERIFY2(pool, qPrintable(error));
        QStringList found;
        for (const MentorCandidate &m : *pool)
            found.append(m.name);
        QCOMPARE(found, (QStringList{"Ana Lopez", "Ben Berg", "Cy Chen", "Finn Fox", "Gus Grey"}));
        QVERIFY(pool->at(4).alumnus);
        QVERIFY(!pool->at(1).alumnus);
        QCOMPARE(pool->at(0).levels.value(m_fixture.dimension(1)), 3);
        QVERIFY(pool->at(0).alumnus);
        QCOMPARE(pool->at(1).levels.value(m_fixture.dimension(3)), 4);
        QVERIFY(pool->at(1).champion);
        QCOMPARE(pool->at(2).load, 1);
        QCOMPARE(pool->at(2).id, declared);
        const auto withoutLevels =
            MentorMatching::mentors(m_fixture.db(), cohort, period, false, &error);
        QVERIFY(withoutLevels->at(0).levels.isEmpty());
    }

    void findMentorsByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("part of a name, any case")
            << "LOP" << 10 << QStringList{"Ana Lopez", "Lopa Ray"};
        QTest::newRow("everyone, limited")
            << QString() << 2 << QStringList{"Ana Lopez", "Ben 100% Berg"};
        QTest::newRow("a wildcard is just a character")
            << "%" << 10 << QStringList{"Ben 100% Berg"};
        QTest::newRow("underscore too") << "_" << 10 << QStringList{};
        QTest::newRow("nobody") << "zz" << 10 << QStringList{};
    }

    void findMentorsByName()
    {
        QFETCH(QString, text);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        const qint64 cohort = m_fixture.cohort(QStringLiteral("Basics"));
        const qint64 ana = flagged(QStringLiteral("Ana Lopez"), QStringLiteral("a"));
        flagged(QStringLiteral("Ben 100% Berg"), QStringLiteral("c"));
        flagged(QStringLiteral("Lopa Ray"), QStringLiteral("m"));
        flagged(QStringLiteral("Lopez Notamentor"), QString());
        mentorship(ana, m_fixture.person(QStringLiteral("Mia Mentee")),
                   QStringLiteral("2026-01-01"), QStringLiteral("2026-02-01"));
        QString error;
        const auto found = MentorMatching::findMentors(
            m_fixture.db(), cohort, {QDate(2026, 1, 12), QDate(2026, 3, 6)}, text, limit, &error);
        QVERIFY2(found, qPrintable(error));
        QStringList names;
        for (const MentorCandidate &m : *found)
            names.append(m.name);
        QCOMPARE(names, expected);
        if (!found->isEmpty() && found->first().id == ana)
            QCOMPARE(found->first().load, 1);
    }

    void suggestFromTheFile()
    {
        const qint64 cohort = m_fixture.cohort(QStringLiteral("Basics"));
        QVERIFY(m_fixture.target(QStringLiteral("backend"), 1, 3));
        QVERIFY(m_fixture.target(QStringLiteral("backend"), 3, 3));
        const qint64 mentee =
            flagged(QStringLiteral("Mia Mentee"), QString(), {}, QStringLiteral("Lee Park"));
        QVERIFY(m_fixture.enrol(cohort, mentee));
        QVERIFY(
            m_fixture.assess(mentee, 1, QStringLiteral("pre"), QStringLiteral("2026-01-12"), 1));
        QVERIFY(
            m_fixture.assess(mentee, 3, QStringLiteral("pre"), QStringLiteral("2026-01-12"), 2));
        // Lee covers both gaps best but is Mia's manager.
        const qint64 lee = flagged(QStringLiteral("Lee Park"), QStringLiteral("c"));
        QVERIFY(m_fixture.assess(lee, 1, QStringLiteral("self"), QStringLiteral("2025-01-01"), 4));
        QVERIFY(m_fixture.assess(lee, 3, QStringLiteral("self"), QStringLiteral("2025-01-01"), 4));
        const qint64 ana = flagged(QStringLiteral("Ana Lopez"), QStringLiteral("a"));
        QVERIFY(m_fixture.assess(ana, 1, QStringLiteral("post"), QStringLiteral("2025-01-01"), 3));
        QVERIFY(m_fixture.assess(ana, 3, QStringLiteral("post"), QStringLiteral("2025-01-01"), 3));
        const qint64 ben = flagged(QStringLiteral("Ben Berg"), QStringLiteral("m"));
        QVERIFY(m_fixture.assess(ben, 3, QStringLiteral("post"), QStringLiteral("2025-01-01"), 4));
        // Cy would cover everything but already has three mentees at the time.
        const qint64 cy = flagged(QStringLiteral("Cy Chen"), QStringLiteral("a"));
        QVERIFY(m_fixture.assess(cy, 1, QStringLiteral("post"), QStringLiteral("2025-01-01"), 4));
        for (int i = 0; i < 3; ++i)
            mentorship(cy, m_fixture.person(QStringLiteral("Other %1").arg(i)),
                       QStringLiteral("2026-02-01"), QStringLiteral("2026-06-01"));

        QString error;
        const auto suggestions =
            MentorMatching::suggest(m_fixture.db(), cohort, mentee, 10, &error);
        QVERIFY2(suggestions, qPrintable(error));
        QCOMPARE(names(*suggestions), (QStringList{"Ana Lopez", "Ben Berg"}));
        QCOMPARE(suggestions->at(0).reason,
                 QStringLiteral("Covers LLMs and prompt engineering (3 vs gap 2) and Data "
                                "engineering for AI (3 vs gap 1) · alumnus · 0 of 3 mentee(s)"));
        QCOMPARE(suggestions->at(0).score, 2 * 2 + 1 * 1);
        QCOMPARE(suggestions->at(1).score, 1);
    }

    void proposeForCohortPairsOnlyTheUnmentored()
    {
        const qint64 cohort = m_fixture.cohort(QStringLiteral("Basics"));
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE program_settings SET mentor_capacity = 2")));
        QList<qint64> people;
        for (const QString &name :
             {QStringLiteral("Al"), QStringLiteral("Bo"), QStringLiteral("Cat"),
              QStringLiteral("Dan"), QStringLiteral("Ed")}) {
            people.append(m_fixture.person(name));
            QVERIFY(m_fixture.enrol(cohort, people.last()));
        }
        const qint64 gone = m_fixture.person(QStringLiteral("Gone"));
        QVERIFY(m_fixture.enrol(cohort, gone, QStringLiteral("withdrawn")));
        const qint64 ana = flagged(QStringLiteral("Ana Lopez"), QStringLiteral("a"));
        const qint64 ben = flagged(QStringLiteral("Ben Berg"), QStringLiteral("c"));
        mentorship(ana, people.at(0), QStringLiteral("2026-01-12"), QStringLiteral("2026-03-06"),
                   cohort);

        QString error;
        const auto unmentored = MentorMatching::unmentored(m_fixture.db(), cohort, &error);
        QCOMPARE(unmentored.value_or(QList<qint64>()), people.mid(1));
        const auto pairing = MentorMatching::proposeForCohort(m_fixture.db(), cohort, &error);
        QVERIFY2(pairing, qPrintable(error));
        // Ana has one of two places left, Ben two: three of the four get a mentor.
        QCOMPARE(pairing->pairs.size(), 3);
        QCOMPARE(pairing->unpaired.size(), 1);
        int toAna = 0;
        for (const ProposedPairing &p : pairing->pairs) {
            QVERIFY(p.menteeId != people.at(0));
            toAna += p.mentorId == ana ? 1 : 0;
            QVERIFY(p.mentorId == ana || p.mentorId == ben);
        }
        QCOMPARE(toAna, 1);
        QCOMPARE(pairing->period.to, QDate(2026, 3, 6));
    }
};

QTEST_GUILESS_MAIN(TestMentorMatching)
#include "tst_mentormatching.moc"
