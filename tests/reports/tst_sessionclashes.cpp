// SPDX-License-Identifier: GPL-3.0-or-later
// Clashes of the same facilitator found by SQL, and the calendar's figures for a date range.
#include "sessioncalendar.h"
#include "sessionclashes.h"

#include "programfile.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

    // Two sessions, the first in a running cohort, the second in a cohort of the status given.
    void findsOverlapsOfOneFacilitator_data()
    {
        QTest::addColumn<QString>("firstBy");
        QTest::addColumn<QString>("firstStart");
        QTest::addColumn<int>("firstMinutes");
        QTest::addColumn<QString>("secondBy");
        QTest::addColumn<QString>("secondStart");
        QTest::addColumn<int>("secondMinutes");
        QTest::addColumn<QString>("secondStatus");
        QTest::addColumn<bool>("clash");
        const QString dana = QStringLiteral("Dana Ito");
        const QString sam = QStringLiteral("Sam Berg");
        const QString running = QStringLiteral("running");
        QTest::newRow("same time") << dana << "2026-01-13T10:00:00" << 150 << dana
                                   << "2026-01-13T10:00:00" << 90 << running << true;
        QTest::newRow("overlapping end") << dana << "2026-01-13T10:00:00" << 150 << dana
                                         << "2026-01-13T12:00:00" << 90 << running << true;
        QTest::newRow("inside the other") << dana << "2026-01-13T09:00:00" << 480 << dana
                                          << "2026-01-13T12:00:00" << 60 << running << true;
        QTest::newRow("one ends as the next begins")
            << dana << "2026-01-13T10:00:00" << 90 << dana << "2026-01-13T11:30:00" << 90 << running
            << false;
        QTest::newRow("a minute's overlap") << dana << "2026-01-13T10:00:00" << 91 << dana
                                            << "2026-01-13T11:30:00" << 90 << running << true;
        QTest::newRow("another facilitator") << dana << "2026-01-13T10:00:00" << 150 << sam
                                             << "2026-01-13T10:00:00" << 150 << running << false;
        QTest::newRow("nobody named")
            << QStringLiteral("") << "2026-01-13T10:00:00" << 150 << QStringLiteral("")
            << "2026-01-13T10:00:00" << 150 << running << false;
        QTest::newRow("cancelled cohort")
            << dana << "2026-01-13T10:00:00" << 150 << dana << "2026-01-13T10:00:00" << 150
            << QStringLiteral("cancelled") << false;
        QTest::newRow("planned cohort")
            << dana << "2026-01-13T10:00:00" << 150 << dana << "2026-01-13T11:00:00" << 150
            << QStringLiteral("planned") << true;
        QTest::newRow("over midnight") << dana << "2026-01-13T23:00:00" << 120 << dana
                                       << "2026-01-14T00:30:00" << 60 << running << true;
        QTest::newRow("next day, same time") << dana << "2026-01-13T10:00:00" << 150 << dana
                                             << "2026-01-14T10:00:00" << 150 << running << false;
        // A start written with a space instead of the T is still the same moment.
        QTest::newRow("space before the time") << dana << "2026-01-13T10:00:00" << 150 << dana
                                               << "2026-01-13 11:00:00" << 60 << running << true;
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
        QFETCH(bool, clash);
        const qint64 a = cohort(QStringLiteral("Cohort A"));
        const qint64 b = cohort(QStringLiteral("Cohort B"), secondStatus);
        const qint64 first = session(a, firstBy, firstStart, firstMinutes);
        const qint64 second = session(b, secondBy, secondStart, secondMinutes,
                                      QStringLiteral("Prompting, in practice"));
        const QList<SessionClash> ofFirst = SessionClashes::ofSession(m_file->database(), first);
        QCOMPARE(ofFirst.size(), clash ? 1 : 0);
        if (!clash)
            return;
        QCOMPARE(ofFirst.first().otherId, second);
        QCOMPARE(ofFirst.first().otherCohort, QStringLiteral("Cohort B"));
        QVERIFY2(SessionClashes::reason(ofFirst.first())
                     .startsWith(
                         QStringLiteral("Dana Ito also leads “Prompting, in practice” (Cohort B)")),
                 qPrintable(SessionClashes::reason(ofFirst.first())));
        // Both ways round, unless the other cohort's own sessions do not count.
        QCOMPARE(SessionClashes::ofSession(m_file->database(), second).size(), 1);
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
        QVERIFY(SessionCalendar::agenda(filter, {}, 0, 4).exec(query, nullptr));
        QString last;
        qint64 lastId = 0;
        int rows = 0;
        while (query.next()) {
            ++rows;
            last = query.value(SessionCalendar::StartsAt).toString();
            lastId = query.value(SessionCalendar::Id).toLongLong();
        }
        QCOMPARE(rows, 4);
        QSqlQuery rest(m_file->database());
        QVERIFY(SessionCalendar::agenda(filter, last, lastId, 100).exec(rest, nullptr));
        int clashing = 0;
        while (rest.next()) {
            ++rows;
            if (!rest.value(SessionCalendar::ClashWith).isNull())
                ++clashing;
        }
        QCOMPARE(rows, 10);
        QCOMPARE(clashing, 2);
    }

    // The clash query asks the facilitator index for a short range, not every session.
    void usesTheFacilitatorIndex()
    {
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT 1 FROM sessions s WHERE ") +
                           SessionClashes::existsCondition(QStringLiteral("s"))));
        QString plan;
        while (query.next())
            plan += query.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(plan.contains(QStringLiteral("sessions_facilitator")), qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("starts_at>?")) ||
                     plan.contains(QStringLiteral("starts_at>")),
                 qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestSessionClashes)
#include "tst_sessionclashes.moc"
