// SPDX-License-Identifier: GPL-3.0-or-later
// Clashes of a facilitator, who may be one of several people leading a session, and the
// calendar's figures for a date range.
#include "sessioncalendar.h"
#include "sessionclashes.h"

#include "programfile.h"

#include <QLocale>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Upskill;

class TestSessionClashes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    int m_counter = 0;
    qint64 m_track = 0;

    qint64 insert(const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return query.lastInsertId().toLongLong();
    }
    qint64 cohort(const QString &name, const QString &status = QStringLiteral("running"))
    {
        return insert(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, status) VALUES "
                                     "(?, ?, '2026-Q1', ?)"),
                      {name, m_track, status});
    }
    qint64 session(qint64 cohortId, const QString &facilitator, const QString &start, int minutes,
                   const QString &title = QStringLiteral("Workshop"))
    {
        return insert(QStringLiteral("INSERT INTO sessions (cohort_id, title, starts_at, "
                                     "duration_minutes, format, facilitator) VALUES (?, ?, ?, ?, "
                                     "'workshop', ?)"),
                      {cohortId, title, start, minutes, facilitator});
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("c%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral("SELECT id FROM tracks ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        m_track = query.value(0).toLongLong();
    }
    void cleanup() { m_file.reset(); }

    // A facilitator field is a list of people, however it is written.
    void splitsAFieldIntoPeople_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("people");
        const QString dana = QStringLiteral("Dana Ito");
        const QString sam = QStringLiteral("Sam Berg");
        QTest::newRow("one") << dana << QStringList{dana};
        QTest::newRow("nobody") << QStringLiteral("  ") << QStringList();
        QTest::newRow("comma") << QStringLiteral("Dana Ito, Sam Berg") << QStringList{dana, sam};
        QTest::newRow("semicolon") << QStringLiteral("Dana Ito;Sam Berg") << QStringList{dana, sam};
        QTest::newRow("and") << QStringLiteral("Dana Ito and Sam Berg") << QStringList{dana, sam};
        QTest::newRow("AND, spaced oddly")
            << QStringLiteral("  Dana   Ito AND\tSam Berg ") << QStringList{dana, sam};
        QTest::newRow("ampersand and slash") << QStringLiteral("Dana Ito & Sam Berg / Lee Wu")
                                             << QStringList{dana, sam, QStringLiteral("Lee Wu")};
        QTest::newRow("a list ending in and") << QStringLiteral("Dana Ito, Sam Berg, and Lee Wu")
                                              << QStringList{dana, sam, QStringLiteral("Lee Wu")};
        QTest::newRow("and inside a name")
            << QStringLiteral("Alexandra Anderson, Randa Sandberg")
            << QStringList{QStringLiteral("Alexandra Anderson"), QStringLiteral("Randa Sandberg")};
        QTest::newRow("the same person twice")
            << QStringLiteral("Dana Ito, dana ITO") << QStringList{dana};
    }
    void splitsAFieldIntoPeople()
    {
        QFETCH(QString, field);
        QFETCH(QStringList, people);
        QCOMPARE(SessionClashes::people(field), people);
    }

    // Two sessions, the first in a running cohort, the second in a cohort of the status given;
    // who: how the clash of the first names the people the two share (empty: no clash).
    void findsOverlapsOfOneFacilitator_data()
    {
        QTest::addColumn<QString>("firstBy");
        QTest::addColumn<QString>("firstStart");
        QTest::addColumn<int>("firstMinutes");
        QTest::addColumn<QString>("secondBy");
        QTest::addColumn<QString>("secondStart");
        QTest::addColumn<int>("secondMinutes");
        QTest::addColumn<QString>("secondStatus");
        QTest::addColumn<QString>("who");
        const QString dana = QStringLiteral("Dana Ito");
        const QString sam = QStringLiteral("Sam Berg");
        const QString running = QStringLiteral("running");
        const QString danaLeads = QStringLiteral("Dana Ito also leads");
        const QString none;
        QTest::newRow("same time") << dana << "2026-01-13T10:00:00" << 150 << dana
                                   << "2026-01-13T10:00:00" << 90 << running << danaLeads;
        QTest::newRow("overlapping end") << dana << "2026-01-13T10:00:00" << 150 << dana
                                         << "2026-01-13T12:00:00" << 90 << running << danaLeads;
        QTest::newRow("inside the other") << dana << "2026-01-13T09:00:00" << 480 << dana
                                          << "2026-01-13T12:00:00" << 60 << running << danaLeads;
        QTest::newRow("one ends as the next begins")
            << dana << "2026-01-13T10:00:00" << 90 << dana << "2026-01-13T11:30:00" << 90 << running
            << none;
        QTest::newRow("a minute's overlap") << dana << "2026-01-13T10:00:00" << 91 << dana
                                            << "2026-01-13T11:30:00" << 90 << running << danaLeads;
        QTest::newRow("another facilitator") << dana << "2026-01-13T10:00:00" << 150 << sam
                                             << "2026-01-13T10:00:00" << 150 << running << none;
        QTest::newRow("nobody named")
            << QStringLiteral("") << "2026-01-13T10:00:00" << 150 << QStringLiteral("")
            << "2026-01-13T10:00:00" << 150 << running << none;
        QTest::newRow("cancelled cohort")
            << dana << "2026-01-13T10:00:00" << 150 << dana << "2026-01-13T10:00:00" << 150
            << QStringLiteral("cancelled") << none;
        QTest::newRow("planned cohort")
            << dana << "2026-01-13T10:00:00" << 150 << dana << "2026-01-13T11:00:00" << 150
            << QStringLiteral("planned") << danaLeads;
        QTest::newRow("over midnight") << dana << "2026-01-13T23:00:00" << 120 << dana
                                       << "2026-01-14T00:30:00" << 60 << running << danaLeads;
        QTest::newRow("next day, same time") << dana << "2026-01-13T10:00:00" << 150 << dana
                                             << "2026-01-14T10:00:00" << 150 << running << none;
        // A start written with a space instead of the T is still the same moment.
        QTest::newRow("space before the time")
            << dana << "2026-01-13T10:00:00" << 150 << dana << "2026-01-13 11:00:00" << 60
            << running << danaLeads;
        // A session led by two people clashes with a session of either of them.
        QTest::newRow("two facilitators")
            << QStringLiteral("Dana Ito, Sam Berg") << "2026-01-13T10:00:00" << 150 << dana
            << "2026-01-13T11:00:00" << 60 << running << danaLeads;
        QTest::newRow("the second of two")
            << QStringLiteral("Sam Berg; Dana Ito") << "2026-01-13T10:00:00" << 150 << dana
            << "2026-01-13T11:00:00" << 60 << running << danaLeads;
        QTest::newRow("joined by and")
            << dana << "2026-01-13T10:00:00" << 150 << QStringLiteral("Sam Berg and Dana Ito")
            << "2026-01-13T11:00:00" << 60 << running << danaLeads;
        QTest::newRow("different case and spacing")
            << QStringLiteral("DANA  ito") << "2026-01-13T10:00:00" << 150 << dana
            << "2026-01-13T11:00:00" << 60 << running << QStringLiteral("DANA ito also leads");
        QTest::newRow("letters beyond ASCII in another case")
            << QStringLiteral("Émile Økland") << "2026-01-13T10:00:00" << 150
            << QStringLiteral("Lee Wu & émile økland") << "2026-01-13T11:00:00" << 60 << running
            << QStringLiteral("Émile Økland also leads");
        QTest::newRow("two facilitators, no overlap")
            << QStringLiteral("Dana Ito, Sam Berg") << "2026-01-13T10:00:00" << 150 << dana
            << "2026-01-13T12:30:00" << 60 << running << none;
        QTest::newRow("two facilitators, neither the other's")
            << QStringLiteral("Dana Ito, Sam Berg") << "2026-01-13T10:00:00" << 150
            << QStringLiteral("Lee Wu / Ana Roth") << "2026-01-13T10:00:00" << 60 << running
            << none;
        QTest::newRow("the same two in both lists")
            << QStringLiteral("Dana Ito, Sam Berg") << "2026-01-13T10:00:00" << 150
            << QStringLiteral("sam berg & Dana Ito") << "2026-01-13T11:00:00" << 60 << running
            << QLocale().createSeparatedList({dana, sam}) + QStringLiteral(" also lead");
        // Part of a name is not the person.
        QTest::newRow("a longer name")
            << dana << "2026-01-13T10:00:00" << 150 << QStringLiteral("Dana Itoh, Sam Berg")
            << "2026-01-13T10:00:00" << 150 << running << none;
    }
    void findsOverlapsOfOneFacilitator()
    {
        QFETCH(QString, firstBy);
        QFETCH(QString, firstStart);
        QFETCH(int, firstMinutes);
        QFETCH(QString, secondBy);
        QFETCH(QString, secondStart);
        QFETCH(int, secondMinutes);
        QFETCH(QString, secondStatus);
        QFETCH(QString, who);
        const bool clash = !who.isEmpty();
        const qint64 a = cohort(QStringLiteral("Cohort A"));
        const qint64 b = cohort(QStringLiteral("Cohort B"), secondStatus);
        const qint64 first = session(a, firstBy, firstStart, firstMinutes);
        const qint64 second = session(b, secondBy, secondStart, secondMinutes,
                                      QStringLiteral("Prompting, in practice"));
        const QList<SessionClash> ofFirst = SessionClashes::ofSession(m_file->database(), first);
        QCOMPARE(ofFirst.size(), clash ? 1 : 0);
        // The range, the cohort and the session say the same.
        const auto inRange = SessionClashes::clashingInRange(m_file->database(), QDate(2026, 1, 1),
                                                             QDate(2026, 1, 31), nullptr);
        QVERIFY(inRange);
        QCOMPARE(inRange->contains(first), clash);
        QCOMPARE(SessionClashes::ofCohort(m_file->database(), a).size(), clash ? 1 : 0);
        if (!clash)
            return;
        QCOMPARE(ofFirst.first().otherId, second);
        QCOMPARE(ofFirst.first().otherCohort, QStringLiteral("Cohort B"));
        const QString reason = SessionClashes::reason(ofFirst.first());
        QVERIFY2(reason.startsWith(who + QStringLiteral(" “Prompting, in practice” (Cohort B)")),
                 qPrintable(reason));
        // Both ways round, unless the other cohort's own sessions do not count.
        QCOMPARE(SessionClashes::ofSession(m_file->database(), second).size(), 1);
        QCOMPARE(inRange->size(), 2);
    }

    void findsTheClashesOfARange()
    {
        const qint64 a = cohort(QStringLiteral("Cohort A"));
        const qint64 b = cohort(QStringLiteral("Cohort B"));
        const QString dana = QStringLiteral("Dana Ito");
        const qint64 inside = session(a, dana, QStringLiteral("2026-03-31T10:00:00"), 120);
        const qint64 partner = session(b, dana, QStringLiteral("2026-03-31T11:00:00"), 60);
        // A clash just after the range: only the session inside is listed, with its partner
        // whether inside or not.
        const qint64 late = session(a, dana, QStringLiteral("2026-04-01T09:00:00"), 60);
        session(b, dana, QStringLiteral("2026-04-01T09:30:00"), 60);
        session(b, dana, QStringLiteral("2026-03-30T10:00:00"), 60); // alone
        const auto clashes = SessionClashes::inRange(m_file->database(), QDate(2026, 1, 1),
                                                     QDate(2026, 3, 31), nullptr);
        QVERIFY(clashes);
        QCOMPARE(clashes->size(), 2);
        QCOMPARE(clashes->at(0).sessionId, inside);
        QCOMPARE(clashes->at(0).otherId, partner);
        QCOMPARE(clashes->at(1).sessionId, partner);
        for (const SessionClash &clash : *clashes)
            QVERIFY(clash.sessionId != late);
        QCOMPARE(SessionClashes::ofCohort(m_file->database(), a).size(), 2);
    }

    void countsTheCalendarsDays()
    {
        const qint64 a = cohort(QStringLiteral("AI foundations #01"));
        const qint64 b = cohort(QStringLiteral("Data for AI #01"));
        const qint64 gone = cohort(QStringLiteral("Cancelled #01"), QStringLiteral("cancelled"));
        for (int hour = 8; hour < 16; ++hour)
            session(a, QStringLiteral("Ana"),
                    QStringLiteral("2026-02-10T%1:00:00").arg(hour, 2, 10, QLatin1Char('0')), 30);
        session(b, QStringLiteral("Ana"), QStringLiteral("2026-02-10T15:15:00"), 30);
        session(b, QStringLiteral("Bo"), QStringLiteral("2026-02-12T10:00:00"), 60);
        session(gone, QStringLiteral("Bo"), QStringLiteral("2026-02-12T10:00:00"), 60);
        session(b, QStringLiteral("Bo"), QStringLiteral("2026-03-02T10:00:00"), 60); // outside

        CalendarFilter filter{QDate(2026, 2, 1), QDate(2026, 2, 28), {}, false};
        auto figures = SessionCalendar::compute(m_file->database(), filter, 3, nullptr);
        QVERIFY(figures);
        QCOMPARE(figures->sessions, 10);
        QCOMPARE(figures->clashes, 2); // 15:00 of A and 15:15 of B
        QCOMPARE(figures->days.size(), 2);
        const CalendarDay tenth = figures->days.value(QDate(2026, 2, 10));
        QCOMPARE(tenth.sessions, 9);
        QCOMPARE(tenth.clashes, 2);
        QCOMPARE(tenth.first.size(), 3);
        QCOMPARE(tenth.first.first().start.time(), QTime(8, 0));
        QCOMPARE(figures->days.value(QDate(2026, 2, 12)).sessions, 1);

        filter.text = QStringLiteral("data for");
        figures = SessionCalendar::compute(m_file->database(), filter, 3, nullptr);
        QCOMPARE(figures->sessions, 2);
        filter.text.clear();
        filter.clashesOnly = true;
        figures = SessionCalendar::compute(m_file->database(), filter, 3, nullptr);
        QCOMPARE(figures->sessions, 2);
        QCOMPARE(figures->days.value(QDate(2026, 2, 10)).first.last().cohort,
                 QStringLiteral("Data for AI #01"));

        // The agenda reads page by page from where the last page ended.
        filter.clashesOnly = false;
        QSqlQuery query(m_file->database());
        QVERIFY(SessionCalendar::agenda(filter, {}, {}, 0, 4).exec(query, nullptr));
        QString last;
        qint64 lastId = 0;
        int rows = 0;
        while (query.next()) {
            ++rows;
            last = query.value(SessionCalendar::StartsAt).toString();
            lastId = query.value(SessionCalendar::Id).toLongLong();
        }
        QCOMPARE(rows, 4);
        const auto rest =
            SessionCalendar::agendaPage(m_file->database(), filter, last, lastId, 100, nullptr);
        QVERIFY(rest);
        QVERIFY(rest->atEnd);
        rows += int(rest->sessions.size());
        QCOMPARE(rows, 10);
        QCOMPARE(std::count_if(rest->sessions.cbegin(), rest->sessions.cend(),
                               [](const CalendarSession &s) { return s.clash; }),
                 2);
        // Only the clashes, a page at a time as well.
        filter.clashesOnly = true;
        const auto first =
            SessionCalendar::agendaPage(m_file->database(), filter, {}, 0, 1, nullptr);
        QVERIFY(first && first->sessions.size() == 1 && first->sessions.first().clash);
        QCOMPARE(first->sessions.first().start, QDateTime(QDate(2026, 2, 10), QTime(15, 0)));
        const auto second = SessionCalendar::agendaPage(
            m_file->database(), filter, first->lastStart, first->lastId, 5, nullptr);
        QVERIFY(second && second->atEnd);
        QCOMPARE(second->sessions.size(), 1);
        QCOMPARE(second->sessions.first().cohort, QStringLiteral("Data for AI #01"));
    }

    // Many sessions of a few people, some led by two: the range, each cohort and each session
    // find the very pairs a comparison of every session with every other finds.
    void agreesWithComparingEveryPair()
    {
        const QStringList fields{QStringLiteral("Dana Ito"),
                                 QStringLiteral("Sam Berg"),
                                 QStringLiteral("Dana Ito, Sam Berg"),
                                 QStringLiteral("lee wu"),
                                 QStringLiteral("Lee Wu and Ana Roth"),
                                 QStringLiteral("Ana Roth"),
                                 QStringLiteral("")};
        QList<qint64> cohorts;
        for (int c = 0; c < 4; ++c)
            cohorts.append(cohort(QStringLiteral("Cohort %1").arg(c)));
        struct Row
        {
            qint64 id;
            qint64 cohort;
            QDateTime start;
            int minutes;
            QStringList people;
        };
        QList<Row> all;
        quint32 state = 7;
        const auto next = [&state](int below) {
            state = state * 1103515245u + 12345u;
            return int((state >> 16) % quint32(below));
        };
        for (int i = 0; i < 240; ++i) {
            const QDateTime start(QDate(2026, 3, 2).addDays(next(10)),
                                  QTime(8 + next(10), 15 * next(4)));
            const int minutes = 30 * (1 + next(6));
            const QString field = fields.at(next(int(fields.size())));
            const qint64 cohortId = cohorts.at(next(int(cohorts.size())));
            all.append({session(cohortId, field, start.toString(Qt::ISODate), minutes), cohortId,
                        start, minutes, SessionClashes::people(field)});
        }
        QSet<QPair<qint64, qint64>> expected;
        for (const Row &a : std::as_const(all)) {
            for (const Row &b : std::as_const(all)) {
                const bool shared =
                    std::any_of(a.people.cbegin(), a.people.cend(), [&b](const QString &p) {
                        return b.people.contains(p, Qt::CaseInsensitive);
                    });
                if (a.id != b.id && shared && b.start < a.start.addSecs(60 * a.minutes) &&
                    a.start < b.start.addSecs(60 * b.minutes))
                    expected.insert({a.id, b.id});
            }
        }
        QVERIFY(expected.size() > 20);

        const auto found = SessionClashes::inRange(m_file->database(), QDate(2026, 3, 1),
                                                   QDate(2026, 3, 31), nullptr);
        QVERIFY(found);
        QSet<QPair<qint64, qint64>> pairs;
        for (const SessionClash &clash : *found) {
            QVERIFY(!clash.people.isEmpty());
            pairs.insert({clash.sessionId, clash.otherId});
        }
        QCOMPARE(pairs.size(), found->size()); // one clash per pair of sessions
        QCOMPARE(pairs, expected);
        QSet<qint64> clashing;
        for (const auto &pair : std::as_const(expected))
            clashing.insert(pair.first);
        QCOMPARE(*SessionClashes::clashingInRange(m_file->database(), QDate(2026, 3, 1),
                                                  QDate(2026, 3, 31), nullptr),
                 clashing);
        for (qint64 c : std::as_const(cohorts)) {
            QSet<QPair<qint64, qint64>> ofCohort;
            for (const SessionClash &clash : SessionClashes::ofCohort(m_file->database(), c))
                ofCohort.insert({clash.sessionId, clash.otherId});
            QSet<QPair<qint64, qint64>> wanted;
            for (const Row &row : std::as_const(all)) {
                if (row.cohort != c)
                    continue;
                for (const auto &pair : std::as_const(expected)) {
                    if (pair.first == row.id)
                        wanted.insert(pair);
                }
            }
            QCOMPARE(ofCohort, wanted);
        }
        for (int i = 0; i < all.size(); i += 7) {
            int wanted = 0;
            for (const auto &pair : std::as_const(expected))
                wanted += pair.first == all.at(i).id ? 1 : 0;
            QCOMPARE(SessionClashes::ofSession(m_file->database(), all.at(i).id).size(), wanted);
        }
    }
};

QTEST_GUILESS_MAIN(TestSessionClashes)
#include "tst_sessionclashes.moc"
