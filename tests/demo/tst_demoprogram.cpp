// SPDX-License-Identifier: GPL-3.0-or-later
// The demo generator behind `upskill-cli demo`, through its library: all or nothing, the same
// program for the same seed, any size and any day of the year; schedules round the holidays
// with only a few clashes, and providers whose answers fit the questions.
#include "demoholidays.h"
#include "demoprogram.h"
#include "demoprovidertexts.h"
#include "programfile.h"
#include "quarter.h"
#include "sessionclashes.h"

#include <QDate>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Upskill;

class TestDemoProgram : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<ProgramFile> newProgram()
    {
        QString error;
        auto file = ProgramFile::open(m_dir.filePath(QStringLiteral("p%1.upskill").arg(++m_serial)),
                                      ProgramFile::Mode::CreateNew, &error);
        if (!file)
            qWarning() << error;
        return file;
    }

    static QStringList rows(ProgramFile &file, const QString &sql, const QDate &today = {})
    {
        QSqlQuery query(file.database());
        query.prepare(sql);
        if (today.isValid())
            query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
        if (!query.exec()) {
            qWarning() << sql << query.lastError();
            return {QStringLiteral("error")};
        }
        QStringList result;
        while (query.next()) {
            QStringList fields;
            for (int i = 0; i < query.record().count(); ++i)
                fields.append(query.value(i).toString());
            result.append(fields.join(QLatin1Char('|')));
        }
        return result;
    }

    static qint64 count(ProgramFile &file, const QString &sql, const QDate &today = {})
    {
        return rows(file, sql, today).value(0).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cancellingWritesNothing()
    {
        auto file = newProgram();
        QVERIFY(file);
        const QString indexes = QStringLiteral("SELECT name, sql FROM sqlite_schema "
                                               "WHERE type = 'index' ORDER BY name");
        const QStringList indexesBefore = rows(*file, indexes);
        DemoProgram::Options options;
        options.engineers = 300;
        QString error;
        int last = -1;
        const bool ok = DemoProgram::generate(
            *file, options, [&](int percent) { return (last = percent) < 50; }, &error);
        QVERIFY(!ok);
        QVERIFY(last >= 50 && last < 100);
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        for (const char *table :
             {"participants", "cohorts", "assessments", "attendance", "providers"})
            QCOMPARE(
                count(*file, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                0);
        // Only the program's checklist of a new file, still as the template made it.
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM checklist_items WHERE "
                                             "cohort_id IS NOT NULL OR due_date IS NOT NULL "
                                             "OR done = 1")),
                 0);
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM program_settings "
                                             "WHERE organisation_name = ''")),
                 1);
        QCOMPARE(rows(*file, indexes), indexesBefore);
        QCOMPARE(file->integrityProblems(false), QStringList{QStringLiteral("ok")});
    }

    void keepsTheSchemaAndCountsItsRows()
    {
        auto file = newProgram();
        QVERIFY(file);
        const QString schema =
            QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY name");
        const QStringList schemaBefore = rows(*file, schema);
        QHash<QString, qint64> before;
        for (const QString &table : file->tables())
            before.insert(table,
                          count(*file, QStringLiteral("SELECT count(*) FROM %1").arg(table)));
        DemoProgram::Options options;
        options.engineers = 120;
        QString error;
        QList<int> reported;
        DemoProgram::RowCounts written;
        QVERIFY2(DemoProgram::generate(
                     *file, options,
                     [&](int percent) {
                         reported.append(percent);
                         return true;
                     },
                     &error, &written),
                 qPrintable(error));
        // The indexes dropped for speed are back exactly as the migrations made them.
        QCOMPARE(rows(*file, schema), schemaBefore);
        QCOMPARE(reported.first(), 0);
        QCOMPARE(reported.last(), 100);
        QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
        QVERIFY(!written.isEmpty());
        for (const auto &[table, rowsWritten] : std::as_const(written))
            QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM %1").arg(table)),
                     before.value(table) + rowsWritten);
        QVERIFY(!rows(*file, QStringLiteral("SELECT organisation_name FROM program_settings"))
                     .value(0)
                     .isEmpty());
    }

    void sameSeedSameProgram()
    {
        const QString people =
            QStringLiteral("SELECT name, email, role, team, manager, seniority, "
                           "is_mentor, is_alumnus FROM participants ORDER BY id");
        const QString activity = QStringLiteral(
            "SELECT (SELECT group_concat(name || start_date || status || instructors) FROM "
            "cohorts), (SELECT sum(level) FROM assessments), (SELECT count(*) FROM attendance "
            "WHERE status = 'present'), (SELECT sum(satisfaction) FROM survey_responses), "
            "(SELECT group_concat(starts_at || facilitator || edited) FROM sessions), "
            "(SELECT group_concat(answer || ifnull(satisfied, '-')) FROM provider_answers), "
            "(SELECT group_concat(day || name) FROM holidays)");
        QStringList first;
        QStringList firstActivity;
        for (quint32 seed : {11u, 11u, 12u}) {
            auto file = newProgram();
            QVERIFY(file);
            DemoProgram::Options options;
            options.engineers = 90;
            options.seed = seed;
            options.today = QDate(2025, 5, 14);
            QString error;
            QVERIFY2(DemoProgram::generate(*file, options, {}, &error), qPrintable(error));
            if (first.isEmpty()) {
                first = rows(*file, people);
                firstActivity = rows(*file, activity);
                QCOMPARE(first.size(), 90);
            } else if (seed == 11u) {
                QCOMPARE(rows(*file, people), first);
                QCOMPARE(rows(*file, activity), firstActivity);
            } else {
                QVERIFY(rows(*file, people) != first);
            }
        }
    }

    void anySizeAndDay_data()
    {
        QTest::addColumn<int>("engineers");
        QTest::addColumn<QDate>("today");
        QTest::newRow("one engineer") << 1 << QDate(2025, 6, 15);
        QTest::newRow("a team") << 7 << QDate(2025, 6, 15);
        QTest::newRow("thirteen") << 13 << QDate(2025, 6, 15);
        QTest::newRow("first day of a year") << 150 << QDate(2024, 1, 1);
        QTest::newRow("leap day") << 150 << QDate(2024, 2, 29);
        QTest::newRow("last day of a quarter") << 150 << QDate(2024, 3, 31);
        QTest::newRow("first day of a quarter, a Wednesday") << 150 << QDate(2025, 10, 1);
        QTest::newRow("last day of a year") << 150 << QDate(2026, 12, 31);
    }

    void anySizeAndDay()
    {
        QFETCH(int, engineers);
        QFETCH(QDate, today);
        auto file = newProgram();
        QVERIFY(file);
        DemoProgram::Options options;
        options.engineers = engineers;
        options.seed = 5;
        options.today = today;
        QString error;
        QVERIFY2(DemoProgram::generate(*file, options, {}, &error), qPrintable(error));

        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM participants")), engineers);
        QCOMPARE(rows(*file, QStringLiteral("SELECT * FROM pragma_foreign_key_check")),
                 QStringList());
        QCOMPARE(file->integrityProblems(false), QStringList{QStringLiteral("ok")});
        QCOMPARE(count(*file,
                       QStringLiteral("SELECT count(*) FROM cohorts WHERE end_date < start_date "
                                      "OR (status = 'completed' AND end_date >= :today) "
                                      "OR (status = 'running' AND (start_date > :today "
                                      "OR end_date < :today)) "
                                      "OR (status = 'planned' AND start_date <= :today)"),
                       today),
                 0);
        for (const char *check :
             {"SELECT count(*) FROM assessments WHERE assessed_on > :today",
              "SELECT count(*) FROM enrollments WHERE completed_on > :today "
              "OR withdrawn_on > :today OR first_ai_contribution_on > :today",
              "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id "
              "WHERE date(s.starts_at) >= :today",
              "SELECT count(*) FROM survey_responses WHERE responded_on > :today",
              "SELECT count(*) FROM checklist_items WHERE done_on > :today",
              "SELECT count(*) FROM community_attendance a JOIN community_events e "
              "ON e.id = a.event_id WHERE e.held_on >= :today",
              "SELECT count(*) FROM cohorts WHERE managers_briefed_on > :today"})
            QVERIFY2(count(*file, QString::fromLatin1(check), today) == 0, check);
        // One campaign of the yearly needs assessment per calendar year, each a whole rubric.
        QCOMPARE(count(*file, QStringLiteral(
                                  "SELECT count(*) FROM (SELECT 1 FROM assessments "
                                  "WHERE kind = 'annual' GROUP BY participant_id, dimension_id, "
                                  "substr(assessed_on, 1, 4) HAVING count(*) > 1)")),
                 0);
        if (engineers >= 100) {
            QCOMPARE(count(*file, QStringLiteral("SELECT count(DISTINCT substr(assessed_on, 1, 4)) "
                                                 "FROM assessments WHERE kind = 'annual'")),
                     2);
            // Four quarters up to today's and the planned one.
            QCOMPARE(count(*file, QStringLiteral("SELECT count(DISTINCT quarter) FROM cohorts")),
                     5);
            QVERIFY(count(*file, QStringLiteral("SELECT count(*) FROM behaviour_metrics")) > 0);
            QVERIFY(count(*file, QStringLiteral("SELECT count(*) FROM impact_metrics")) > 0);
        }
    }

    void annualNeedsAssessment()
    {
        auto file = newProgram();
        QVERIFY(file);
        DemoProgram::Options options;
        options.engineers = 600;
        options.seed = 9;
        options.today = QDate(2026, 11, 21);
        QString error;
        QVERIFY2(DemoProgram::generate(*file, options, {}, &error), qPrintable(error));
        const qint64 dimensions = count(
            *file, QStringLiteral("SELECT count(*) FROM rubric_dimensions WHERE retired = 0"));

        // About 70 % of the engineers each year, a few weeks before today and a year earlier,
        // on workdays, for the program rather than a cohort, every dimension at once.
        for (const QDate &anniversary : {options.today.addYears(-1), options.today}) {
            const QString from = anniversary.addDays(-40).toString(Qt::ISODate);
            const QString to = anniversary.addDays(-5).toString(Qt::ISODate);
            const QString window = QStringLiteral("kind = 'annual' AND assessed_on BETWEEN '%1' "
                                                  "AND '%2'")
                                       .arg(from, to);
            const qint64 people = count(
                *file,
                QStringLiteral("SELECT count(DISTINCT participant_id) FROM assessments WHERE ") +
                    window);
            QVERIFY2(people >= 600 * 60 / 100 && people <= 600 * 80 / 100,
                     qPrintable(QString::number(people)));
            QCOMPARE(
                count(*file, QStringLiteral("SELECT count(*) FROM assessments WHERE ") + window),
                people * dimensions);
        }
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM assessments WHERE kind = "
                                             "'annual' AND (cohort_id IS NOT NULL OR "
                                             "strftime('%w', assessed_on) IN ('0', '6'))")),
                 0);
        QCOMPARE(rows(*file, QStringLiteral("SELECT DISTINCT substr(assessed_on, 1, 7) FROM "
                                            "assessments WHERE kind = 'annual' ORDER BY 1")),
                 QStringList({QStringLiteral("2025-10"), QStringLiteral("2025-11"),
                              QStringLiteral("2026-10"), QStringLiteral("2026-11")}));

        // Last year's levels are where people started: their first pre assessment. This
        // year's add what they completed in between and nothing else: the same for everyone
        // who completed nothing, higher on average for those who did.
        const QString pairs = QStringLiteral(
            "SELECT l.participant_id AS person, t.level - l.level AS growth, EXISTS (SELECT 1 "
            "FROM enrollments e WHERE e.participant_id = l.participant_id AND e.status = "
            "'completed' AND e.completed_on <= t.assessed_on) AS completed FROM assessments l "
            "JOIN assessments t ON t.participant_id = l.participant_id AND t.dimension_id = "
            "l.dimension_id AND t.kind = 'annual' AND t.assessed_on > '2026-01-01' "
            "WHERE l.kind = 'annual' AND l.assessed_on < '2026-01-01'");
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM (%1) WHERE growth < 0 OR "
                                             "(completed = 0 AND growth <> 0)")
                                  .arg(pairs)),
                 0);
        const double growth =
            rows(*file, QStringLiteral("SELECT avg(growth) FROM (%1) WHERE completed").arg(pairs))
                .value(0)
                .toDouble();
        QVERIFY2(growth > 0.7, qPrintable(QString::number(growth)));
        QCOMPARE(count(*file,
                       QStringLiteral(
                           "SELECT count(*) FROM assessments l JOIN enrollments e ON "
                           "e.participant_id = l.participant_id JOIN cohorts c ON c.id = "
                           "e.cohort_id JOIN assessments p ON p.participant_id = l.participant_id "
                           "AND p.dimension_id = l.dimension_id AND p.cohort_id = c.id AND "
                           "p.kind = 'pre' WHERE l.kind = 'annual' AND l.assessed_on < "
                           "'2026-01-01' AND p.level <> l.level AND NOT EXISTS (SELECT 1 FROM "
                           "enrollments f JOIN cohorts d ON d.id = f.cohort_id WHERE "
                           "f.participant_id = e.participant_id AND d.start_date < c.start_date)")),
                 0);
    }

    // The public holidays of the demo's years are kept, and the sessions generated go round
    // them as they go round weekends; no cohort ends or shows its projects on one.
    void schedulesRoundTheHolidays_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("late November") << QDate(2026, 11, 21);
        QTest::newRow("before Christmas") << QDate(2025, 12, 19);
        QTest::newRow("around Easter") << QDate(2024, 4, 2);
        QTest::newRow("new year") << QDate(2027, 1, 4);
    }
    void schedulesRoundTheHolidays()
    {
        QFETCH(QDate, today);
        auto file = newProgram();
        QVERIFY(file);
        DemoProgram::Options options;
        options.engineers = 240;
        options.seed = 3;
        options.today = today;
        QString error;
        QVERIFY2(DemoProgram::generate(*file, options, {}, &error), qPrintable(error));

        const Quarter running = Quarter::containing(today);
        const int firstYear = running.previous().previous().previous().firstDay().year();
        const int lastYear = running.next().lastDay().year();
        QStringList expected;
        for (const auto &[day, name] : DemoHolidays::forYears(firstYear, lastYear))
            expected.append(day.toString(Qt::ISODate) + QLatin1Char('|') + name);
        QCOMPARE(rows(*file, QStringLiteral("SELECT day, name FROM holidays ORDER BY day")),
                 expected);
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM holidays WHERE name = "
                                             "'Christmas Day'")),
                 lastYear - firstYear + 1);
        QVERIFY(count(*file, QStringLiteral("SELECT count(*) FROM sessions")) > 100);
        for (const char *check :
             {"SELECT count(*) FROM sessions WHERE substr(starts_at, 1, 10) IN (SELECT day "
              "FROM holidays)",
              "SELECT count(*) FROM sessions WHERE strftime('%w', starts_at) IN ('0', '6')",
              "SELECT count(*) FROM cohorts WHERE end_date IN (SELECT day FROM holidays) "
              "OR showcase_date IN (SELECT day FROM holidays)",
              "SELECT count(*) FROM sessions s JOIN cohorts c ON c.id = s.cohort_id "
              "WHERE substr(s.starts_at, 1, 10) NOT BETWEEN c.start_date AND c.end_date",
              "SELECT count(*) FROM cohorts c WHERE NOT EXISTS (SELECT 1 FROM sessions s "
              "WHERE s.cohort_id = c.id AND s.format = 'showcase' AND "
              "substr(s.starts_at, 1, 10) = c.showcase_date)"})
            QVERIFY2(count(*file, QString::fromLatin1(check)) == 0, check);
        // Easter as the calendars have it.
        QCOMPARE(DemoHolidays::easterSunday(2024), QDate(2024, 3, 31));
        QCOMPARE(DemoHolidays::easterSunday(2026), QDate(2026, 4, 5));
        QCOMPARE(DemoHolidays::easterSunday(2027), QDate(2027, 3, 28));
    }

    // Parallel cohorts of one instructor meet in different weekly patterns, so only a handful
    // of sessions clash: mostly the one the coordinator moved in a quarter, which clashes
    // through whichever of its instructors leads the other session.
    void onlyAFewSessionsClash_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QDate>("today");
        QTest::newRow("seed 1") << 1u << QDate(2026, 11, 21);
        QTest::newRow("seed 2") << 2u << QDate(2026, 11, 21);
        QTest::newRow("seed 3, spring") << 3u << QDate(2026, 4, 15);
        QTest::newRow("seed 4, summer") << 4u << QDate(2025, 7, 30);
    }
    void onlyAFewSessionsClash()
    {
        QFETCH(quint32, seed);
        QFETCH(QDate, today);
        auto file = newProgram();
        QVERIFY(file);
        DemoProgram::Options options;
        options.seed = seed;
        options.today = today;
        QString error;
        QVERIFY2(DemoProgram::generate(*file, options, {}, &error), qPrintable(error));

        int clashing = 0;
        Quarter quarter = Quarter::containing(today).previous().previous().previous();
        for (int q = 0; q < 5; ++q, quarter = quarter.next()) {
            const auto found = SessionClashes::clashingInRange(file->database(), quarter.firstDay(),
                                                               quarter.lastDay(), &error);
            QVERIFY2(found, qPrintable(error));
            const qint64 sessions =
                count(*file, QStringLiteral("SELECT count(*) FROM sessions WHERE starts_at >= "
                                            "'%1' AND starts_at < '%2'")
                                 .arg(quarter.firstDay().toString(Qt::ISODate),
                                      quarter.next().firstDay().toString(Qt::ISODate)));
            QVERIFY2(found->size() <= std::max<qint64>(6, sessions / 15),
                     qPrintable(QStringLiteral("%1: %2 of %3 sessions clash")
                                    .arg(quarter.toString())
                                    .arg(found->size())
                                    .arg(sessions)));
            clashing += int(found->size());
        }
        QVERIFY(clashing > 0);
        // A moved session is marked as changed by the coordinator and clashes.
        const QStringList moved =
            rows(*file, QStringLiteral("SELECT id FROM sessions WHERE edited = 1"));
        QVERIFY(!moved.isEmpty());
        for (const QString &id : moved)
            QVERIFY(!SessionClashes::ofSession(file->database(), id.toLongLong()).isEmpty());
        // The instructors lead every session but the reading groups, all of them together.
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM sessions s JOIN cohorts c ON "
                                             "c.id = s.cohort_id WHERE s.format <> "
                                             "'reading_group' AND s.facilitator <> c.instructors")),
                 0);
    }

    // Always three providers, each answer written for its question with the verdict that goes
    // with it, each ticked red flag with the evidence for that flag, each score with a note
    // that fits it.
    void providersAnswerWhatWasAsked_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 6; ++seed)
            QTest::addRow("seed %u", seed) << seed;
    }
    void providersAnswerWhatWasAsked()
    {
        QFETCH(quint32, seed);
        auto file = newProgram();
        QVERIFY(file);
        DemoProgram::Options options;
        options.engineers = 20;
        options.seed = seed;
        QString error;
        QVERIFY2(DemoProgram::generate(*file, options, {}, &error), qPrintable(error));
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM providers")), 3);
        // The rejected one was rejected for a red flag.
        QCOMPARE(rows(*file, QStringLiteral("SELECT p.status FROM provider_red_flags f JOIN "
                                            "providers p ON p.id = f.provider_id WHERE "
                                            "f.disqualifying = 1")),
                 QStringList{QStringLiteral("rejected")});

        using Answer = DemoProviderTexts::Answer;
        const QStringList answers =
            rows(*file, QStringLiteral("SELECT (SELECT count(*) FROM signing_questions o WHERE "
                                       "o.position < q.position OR (o.position = q.position AND "
                                       "o.id < q.id)), a.answer, ifnull(a.satisfied, '-') FROM "
                                       "provider_answers a JOIN signing_questions q ON q.id = "
                                       "a.question_id"));
        QCOMPARE(answers.size(), 3 * count(*file, QStringLiteral("SELECT count(*) FROM "
                                                                 "signing_questions")));
        for (const QString &row : answers) {
            const QStringList fields = row.split(QLatin1Char('|'));
            const int question = fields.at(0).toInt();
            const QString verdict = fields.at(2);
            const Answer kind = verdict == QLatin1String("1")   ? Answer::Convincing
                                : verdict == QLatin1String("0") ? Answer::Weak
                                                                : Answer::Vague;
            QCOMPARE(fields.at(1), DemoProviderTexts::answer(question, kind));
        }

        const QStringList flags = rows(
            *file, QStringLiteral("SELECT (SELECT count(*) FROM red_flags o WHERE o.position < "
                                  "r.position OR (o.position = r.position AND o.id < r.id)), "
                                  "f.ticked, f.evidence FROM provider_red_flags f JOIN red_flags "
                                  "r ON r.id = f.red_flag_id"));
        for (const QString &row : flags) {
            const QStringList fields = row.split(QLatin1Char('|'));
            QCOMPARE(fields.at(2), fields.at(1) == QLatin1String("1")
                                       ? DemoProviderTexts::evidence(fields.at(0).toInt())
                                       : QString());
        }

        const QStringList scores = rows(
            *file, QStringLiteral("SELECT (SELECT count(*) FROM provider_criteria o WHERE "
                                  "o.position < c.position OR (o.position = c.position AND o.id "
                                  "< c.id)), s.score, s.note FROM provider_scores s JOIN "
                                  "provider_criteria c ON c.id = s.criterion_id"));
        for (const QString &row : scores) {
            const QStringList fields = row.split(QLatin1Char('|'));
            QStringList fitting;
            for (int variant = 0; variant < 4; ++variant)
                fitting.append(DemoProviderTexts::scoreNote(fields.at(0).toInt(),
                                                            fields.at(1).toInt(), variant));
            QVERIFY2(fitting.contains(fields.at(2)), qPrintable(row));
        }
    }

    void refusesAProgramWithPeople()
    {
        auto file = newProgram();
        QVERIFY(file);
        QString error;
        QVERIFY2(DemoProgram::generate(*file, {}, {}, &error), qPrintable(error));
        const qint64 people = count(*file, QStringLiteral("SELECT count(*) FROM participants"));
        QVERIFY(!DemoProgram::generate(*file, {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("participants")), qPrintable(error));
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM participants")), people);
    }

    void refusesAProgramWithoutTracks()
    {
        auto file = newProgram();
        QVERIFY(file);
        QSqlQuery query(file->database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM tracks")));
        QString error;
        QVERIFY(!DemoProgram::generate(*file, {}, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("track")), qPrintable(error));
        QCOMPARE(count(*file, QStringLiteral("SELECT count(*) FROM participants")), 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoProgram)
#include "tst_demoprogram.moc"
