// SPDX-License-Identifier: GPL-3.0-or-later
// Every table a view shows, exported as CSV: its header, a row worked out by hand, text that
// a spreadsheet would run defused while numbers (negative ones too) stay numbers, the byte
// order mark for Excel, one cohort's rows, and a failed write that keeps the old file.
#include "csvrecords.h"
#include "demoprogram.h"
#include "programfile.h"
#include "tableexport.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Upskill;

namespace {

// The records of an RFC 4180 file, parsed independently of the writer.
QList<QStringList> parseCsv(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return TestCsv::records(QString::fromUtf8(bytes));
}

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return file.readAll();
}

} // namespace

class TestCsvExports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file; // the hand-made program
    std::unique_ptr<ProgramFile> m_demo;
    qint64 m_cohort = 0;

    qint64 insert(ProgramFile &file, const QString &sql, const QVariantList &values)
    {
        QSqlQuery query(file.database());
        if (!query.prepare(sql)) {
            qWarning() << sql << query.lastError();
            return -1;
        }
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec()) {
            qWarning() << sql << query.lastError();
            return -1;
        }
        return query.lastInsertId().toLongLong();
    }

    static qint64 scalar(ProgramFile &file, const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(file.database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next()) {
            qWarning() << sql << query.lastError();
            return -1;
        }
        return query.value(0).toLongLong();
    }

    QList<QStringList> exportOf(ProgramFile &file, const QString &table,
                                const TableExport::Options &options = {}, QByteArray *raw = nullptr)
    {
        const QString path = m_dir.filePath(table + QStringLiteral(".csv"));
        qint64 rows = -1;
        QString error;
        if (!TableExport::writeCsv(file.database(), table, path, &rows, &error, {}, options)) {
            qWarning() << error;
            return {};
        }
        const QByteArray bytes = contentOf(path);
        if (raw)
            *raw = bytes;
        QFile::remove(path);
        const QList<QStringList> records = parseCsv(bytes);
        if (records.size() != rows + 1)
            qWarning() << table << "reported" << rows << "rows, wrote" << records.size() - 1;
        return records;
    }

    // One of everything, with the characters a spreadsheet would run as a formula in text
    // fields and negative numbers in numeric ones.
    void fill(ProgramFile &file)
    {
        const qint64 track =
            scalar(file, QStringLiteral("SELECT min(id) FROM tracks WHERE kind = 'foundational'"));
        const qint64 dimension = scalar(
            file, QStringLiteral("SELECT id FROM rubric_dimensions ORDER BY position LIMIT 1"));
        const QString person = QStringLiteral("INSERT INTO participants (name, email, role, team, "
                                              "manager, seniority, is_mentor, notes) VALUES (?, ?, "
                                              "?, ?, ?, ?, ?, ?)");
        const qint64 ada =
            insert(file, person,
                   {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("ada@example.org"),
                    QStringLiteral("backend"), QStringLiteral("+Core"), QStringLiteral("@boss"),
                    QStringLiteral("senior"), 0, QStringLiteral("-1 note")});
        const qint64 zoe =
            insert(file, person,
                   {QStringLiteral("Zoë Ünal"), QStringLiteral("zoe@example.org"),
                    QStringLiteral("data"), QStringLiteral("Data, North"), QStringLiteral(""),
                    QStringLiteral("staff"), 1, QStringLiteral("")});
        m_cohort = insert(
            file,
            QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, end_date, "
                           "status, instructors) VALUES (?, ?, '2026-Q1', '2026-01-05', "
                           "'2026-01-30', 'completed', ?)"),
            {QStringLiteral("Foundations #1"), track, QStringLiteral("-Instructor")});
        insert(file,
               QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status, "
                              "enrolled_on, completed_on, capstone_rating) VALUES (?, ?, "
                              "'completed', '2026-01-02', '2026-01-30', 4)"),
               {m_cohort, ada});
        insert(file,
               QStringLiteral("INSERT INTO assessments (participant_id, dimension_id, cohort_id, "
                              "kind, level, assessed_on, note) VALUES (?, ?, ?, 'post', 3, "
                              "'2026-01-30', '=2+2')"),
               {ada, dimension, m_cohort});
        const qint64 module =
            scalar(file, QStringLiteral("SELECT min(id) FROM modules WHERE track_id = ?"), {track});
        const qint64 session = insert(
            file,
            QStringLiteral("INSERT INTO sessions (cohort_id, module_id, title, starts_at, "
                           "duration_minutes, format, facilitator, location) VALUES (?, ?, ?, "
                           "'2026-01-06T10:00:00', 120, 'workshop', ?, 'Room 1')"),
            {m_cohort, module, QStringLiteral("\tTabbed title"), QStringLiteral("Zoë Ünal")});
        insert(file,
               QStringLiteral("INSERT INTO attendance (session_id, participant_id, status) "
                              "VALUES (?, ?, 'present')"),
               {session, ada});
        insert(file,
               QStringLiteral("INSERT INTO attendance (session_id, participant_id, status) "
                              "VALUES (?, ?, 'absent')"),
               {session, zoe});
        insert(file,
               QStringLiteral("INSERT INTO survey_responses (kind, cohort_id, session_id, "
                              "participant_id, satisfaction, recommend, comment, responded_on) "
                              "VALUES ('session', NULL, ?, ?, 5, 9, '=1+1', '2026-01-06')"),
               {session, ada});
        insert(file,
               QStringLiteral("INSERT INTO behaviour_metrics (participant_id, cohort_id, "
                              "month_after, ai_tool_usage_pct, experiments, ai_commits, "
                              "manager_rating, manager_observation) VALUES (?, ?, 1, 42.5, 3, 0, "
                              "4, '@mention')"),
               {ada, m_cohort});
        insert(file,
               QStringLiteral("INSERT INTO impact_metrics (cohort_id, quarter_after, "
                              "features_shipped, hours_saved, quality_improvement_pct, "
                              "cost_reduction, revenue_impact, evidence) VALUES (?, 1, 2, 10.5, "
                              "-3.5, -1200, 0, '-5% churn')"),
               {m_cohort});
        insert(file,
               QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, cohort_id, "
                              "starts_on, ends_on, mentor_satisfaction, mentee_feedback) VALUES "
                              "(?, ?, ?, '2026-01-05', '2026-02-28', 5, '+helpful')"),
               {zoe, ada, m_cohort});
        insert(file,
               QStringLiteral("INSERT INTO application_projects (participant_id, cohort_id, "
                              "title, problem, status, followthrough_days) VALUES (?, ?, '+1 "
                              "idea', 'Slow triage', 'prototyping', 14)"),
               {ada, m_cohort});
        insert(file,
               QStringLiteral("INSERT INTO protected_time (cohort_id, participant_id, "
                              "week_start, hours_planned, hours_used, reason, note) VALUES (?, ?, "
                              "'2026-01-05', 5, 2.5, 'meeting', ?)"),
               {m_cohort, ada, QStringLiteral("\rCR first")});
        insert(file,
               QStringLiteral("INSERT INTO external_learning (participant_id, kind, title, "
                              "provider, start_date, end_date, cost, rating, review, recommended, "
                              "presented) VALUES (?, 'course', '@Course', 'Prov', '2026-03-01', "
                              "'2026-03-02', 99.9, 5, 'Good, \"very\"', 1, 0)"),
               {ada});
        const qint64 event =
            insert(file,
                   QStringLiteral("INSERT INTO community_events (kind, title, held_on) VALUES "
                                  "('meetup', '=HYPERLINK(\"x\")', '2026-02-01')"),
                   {});
        insert(file,
               QStringLiteral("INSERT INTO community_attendance (event_id, participant_id) "
                              "VALUES (?, ?)"),
               {event, ada});
        insert(file,
               QStringLiteral("INSERT INTO checklist_items (cohort_id, section, title, owner, "
                              "due_date, done, done_on, position) VALUES (?, 'measurement', "
                              "'-Do it', '=owner', '2026-01-01', 1, '2025-12-30', 99)"),
               {m_cohort});
        insert(file,
               QStringLiteral("INSERT INTO providers (name, kind, status, cost, contact) VALUES "
                              "('-Provider', 'bootcamp', 'considering', 1000, '@sales')"),
               {});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("hand.upskill")),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        fill(*m_file);
        QVERIFY(m_cohort > 0);
        m_demo = ProgramFile::open(m_dir.filePath(QStringLiteral("demo.upskill")),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_demo, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 60;
        options.seed = 3;
        options.today = QDate(2026, 11, 2);
        QVERIFY2(DemoProgram::generate(*m_demo, options, {}, &error), qPrintable(error));
    }

    // Every table a view shows has an export; the list is the one --help shows.
    void everyViewedTableIsExported()
    {
        const QStringList expected = {QStringLiteral("assessments"),
                                      QStringLiteral("attendance"),
                                      QStringLiteral("behaviour"),
                                      QStringLiteral("checklist-items"),
                                      QStringLiteral("cohorts"),
                                      QStringLiteral("community-attendance"),
                                      QStringLiteral("community-events"),
                                      QStringLiteral("enrollments"),
                                      QStringLiteral("impact"),
                                      QStringLiteral("learning-log"),
                                      QStringLiteral("mentorships"),
                                      QStringLiteral("modules"),
                                      QStringLiteral("participants"),
                                      QStringLiteral("projects"),
                                      QStringLiteral("protected-time"),
                                      QStringLiteral("providers"),
                                      QStringLiteral("sessions"),
                                      QStringLiteral("surveys"),
                                      QStringLiteral("tracks")};
        QCOMPARE(TableExport::tables(), expected);
        for (const QString &table : expected)
            QVERIFY2(!TableExport::description(table).isEmpty(), qPrintable(table));
    }

    // The header, and the row worked out by hand from fill(): ids resolved to names and
    // emails, formula starts defused, numbers (negative ones too) as numbers.
    void headerAndRow_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("row"); // fields joined by '|'

        QTest::newRow("participants")
            << QStringLiteral("participants")
            << QStringLiteral("email,name,role,team,manager,seniority,is_champion,is_mentor,"
                              "is_alumnus,notes")
            << QStringLiteral("ada@example.org|'=cmd|' /C calc'!A0|backend|'+Core|'@boss|senior|"
                              "0|0|0|'-1 note");
        QTest::newRow("cohorts")
            << QStringLiteral("cohorts")
            << QStringLiteral("name,track,quarter,start_date,end_date,status,is_pilot,"
                              "instructors,managers_briefed,managers_briefed_on,showcase_date,"
                              "notes")
            << QStringLiteral("Foundations #1|AI foundations|2026-Q1|2026-01-05|2026-01-30|"
                              "completed|0|'-Instructor|0|||");
        QTest::newRow("enrollments")
            << QStringLiteral("enrollments")
            << QStringLiteral("cohort,participant_email,participant,status,placement,"
                              "enrolled_on,completed_on,withdrawn_on,first_ai_contribution_on,"
                              "capstone_rating")
            << QStringLiteral("Foundations #1|ada@example.org|'=cmd|' /C calc'!A0|completed|"
                              "standard|2026-01-02|2026-01-30|||4");
        QTest::newRow("assessments")
            << QStringLiteral("assessments")
            << QStringLiteral("participant_email,participant,dimension,kind,level,level_label,"
                              "assessed_on,cohort,note")
            << QStringLiteral("ada@example.org|'=cmd|' /C calc'!A0|AI/ML fundamentals|post|3|"
                              "Proficient|2026-01-30|Foundations #1|'=2+2");
        QTest::newRow("sessions")
            << QStringLiteral("sessions")
            << QStringLiteral("cohort,starts_at,duration_minutes,title,module,format,facilitator,"
                              "location,present,absent,excused,notes")
            << QStringLiteral("Foundations #1|2026-01-06T10:00:00|120|'\tTabbed title|%MODULE%|"
                              "workshop|Zoë Ünal|Room 1|1|1|0|");
        QTest::newRow("attendance")
            << QStringLiteral("attendance")
            << QStringLiteral("cohort,session_starts_at,session,participant_email,participant,"
                              "status")
            << QStringLiteral("Foundations #1|2026-01-06T10:00:00|'\tTabbed title|"
                              "zoe@example.org|Zoë Ünal|absent");
        QTest::newRow("surveys")
            << QStringLiteral("surveys")
            << QStringLiteral("kind,cohort,session_starts_at,session,satisfaction,recommend,"
                              "comment,responded_on")
            << QStringLiteral("session|Foundations #1|2026-01-06T10:00:00|'\tTabbed title|5|9|"
                              "'=1+1|2026-01-06");
        QTest::newRow("behaviour")
            << QStringLiteral("behaviour")
            << QStringLiteral("cohort,participant_email,participant,month_after,"
                              "ai_tool_usage_pct,experiments,ai_commits,manager_rating,"
                              "manager_observation")
            << QStringLiteral("Foundations #1|ada@example.org|'=cmd|' /C calc'!A0|1|42.5|3|0|4|"
                              "'@mention");
        QTest::newRow("impact")
            << QStringLiteral("impact")
            << QStringLiteral("cohort,team,quarter_after,features_shipped,hours_saved,"
                              "quality_improvement_pct,cost_reduction,revenue_impact,evidence")
            << QStringLiteral("Foundations #1||1|2|10.5|-3.5|-1200|0|'-5% churn");
        QTest::newRow("mentorships")
            << QStringLiteral("mentorships")
            << QStringLiteral("mentor_email,mentor,mentee_email,mentee,cohort,starts_on,ends_on,"
                              "over_capacity,override_reason,mentor_satisfaction,"
                              "mentee_feedback")
            << QStringLiteral("zoe@example.org|Zoë Ünal|ada@example.org|'=cmd|' /C calc'!A0|"
                              "Foundations #1|2026-01-05|2026-02-28|0||5|'+helpful");
        QTest::newRow("projects")
            << QStringLiteral("projects")
            << QStringLiteral("cohort,participant_email,participant,title,problem,team,status,"
                              "recorded_on,showcase_date,followthrough_days")
            << QStringLiteral("Foundations #1|ada@example.org|'=cmd|' /C calc'!A0|'+1 idea|"
                              "Slow triage||prototyping|||14");
        QTest::newRow("protected-time")
            << QStringLiteral("protected-time")
            << QStringLiteral("cohort,participant_email,participant,week_start,hours_planned,"
                              "hours_used,reason,note")
            << QStringLiteral("Foundations #1|ada@example.org|'=cmd|' /C calc'!A0|2026-01-05|5|"
                              "2.5|meeting|'\rCR first");
        QTest::newRow("learning-log")
            << QStringLiteral("learning-log")
            << QStringLiteral("participant_email,participant,kind,title,provider,start_date,"
                              "end_date,cost,rating,review,recommended,presented")
            << QStringLiteral("ada@example.org|'=cmd|' /C calc'!A0|course|'@Course|Prov|"
                              "2026-03-01|2026-03-02|99.9|5|Good, \"very\"|1|0");
        QTest::newRow("community-events")
            << QStringLiteral("community-events")
            << QStringLiteral("held_on,kind,title,attendees,notes")
            << QStringLiteral("2026-02-01|meetup|'=HYPERLINK(\"x\")|1|");
        QTest::newRow("community-attendance")
            << QStringLiteral("community-attendance")
            << QStringLiteral("held_on,kind,event,participant_email,participant")
            << QStringLiteral("2026-02-01|meetup|'=HYPERLINK(\"x\")|ada@example.org|"
                              "'=cmd|' /C calc'!A0");
        QTest::newRow("checklist-items")
            << QStringLiteral("checklist-items")
            << QStringLiteral("cohort,section,item,owner,due_date,done,done_on,note")
            << QStringLiteral("Foundations #1|measurement|'-Do it|'=owner|2026-01-01|1|"
                              "2025-12-30|");
        QTest::newRow("providers")
            << QStringLiteral("providers")
            << QStringLiteral("name,kind,status,engagement_format,price_model,cost,contact,"
                              "red_flags_ticked,notes")
            << QStringLiteral("'-Provider|bootcamp|considering|||1000|'@sales|0|");
        QTest::newRow("tracks")
            << QStringLiteral("tracks")
            << QStringLiteral("name,kind,audience,roles,topics,capstone,nominal_hours,"
                              "nominal_weeks,modules")
            << QStringLiteral("AI foundations|foundational|%AUDIENCE%|backend, data, frontend, "
                              "fullstack, lead, other, platform|%TOPICS%|%CAPSTONE%|20|4|4");
        QTest::newRow("modules")
            << QStringLiteral("modules")
            << QStringLiteral("track,week,title,topics,exercise,instruction_hours,"
                              "hands_on_hours,presentation_hours,hands_on_pct")
            << QStringLiteral("AI foundations|1|%MODULE%|%MODULE_TOPICS%|%EXERCISE%|%I%|%H%|%P%|"
                              "%PCT%");
    }

    void headerAndRow()
    {
        QFETCH(QString, table);
        QFETCH(QString, header);
        QFETCH(QString, row);
        // The default content's texts are the default content's business: read, not retyped.
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT t.audience, t.topics, t.capstone, m.title, m.topics, m.exercise, "
            "m.instruction_hours, m.hands_on_hours, m.presentation_hours FROM tracks t JOIN "
            "modules m ON m.track_id = t.id WHERE t.kind = 'foundational' ORDER BY m.week, "
            "m.position, m.id LIMIT 1")));
        QVERIFY(query.next());
        auto number = [](double value) { return QString::number(value, 'g', 17); };
        const double instruction = query.value(6).toDouble();
        const double handsOn = query.value(7).toDouble();
        const double presentation = query.value(8).toDouble();
        const double total = instruction + handsOn + presentation;
        row.replace(QStringLiteral("%AUDIENCE%"), query.value(0).toString())
            .replace(QStringLiteral("%TOPICS%"), query.value(1).toString())
            .replace(QStringLiteral("%CAPSTONE%"), query.value(2).toString())
            .replace(QStringLiteral("%MODULE_TOPICS%"), query.value(4).toString())
            .replace(QStringLiteral("%MODULE%"), query.value(3).toString())
            .replace(QStringLiteral("%EXERCISE%"), query.value(5).toString())
            .replace(QStringLiteral("%I%"), number(instruction))
            .replace(QStringLiteral("%H%"), number(handsOn))
            .replace(QStringLiteral("%P%"), number(presentation))
            .replace(QStringLiteral("%PCT%"), number(qRound(1000.0 * handsOn / total) / 10.0));

        const QList<QStringList> csv = exportOf(*m_file, table);
        QVERIFY(!csv.isEmpty());
        QCOMPARE(csv.first().join(QLatin1Char(',')), header);
        for (const QStringList &record : csv)
            QCOMPARE(record.size(), csv.first().size());
        const QStringList expected = row.split(QLatin1Char('|'));
        // The participant's name has a '|' of its own.
        QStringList joined;
        for (int i = 0; i < expected.size(); ++i) {
            if (expected.at(i) == QLatin1String("'=cmd") && i + 1 < expected.size()) {
                joined.append(expected.at(i) + QLatin1Char('|') + expected.at(i + 1));
                ++i;
            } else {
                joined.append(expected.at(i));
            }
        }
        QVERIFY2(csv.contains(joined),
                 qPrintable(joined.join(QStringLiteral(" ; ")) + QStringLiteral("\nnot among\n") +
                            csv.value(1).join(QStringLiteral(" ; "))));
    }

    // The bytes themselves: a prefix on text, none on numbers, quotes only where needed.
    void rawBytes()
    {
        QByteArray raw;
        exportOf(*m_file, QStringLiteral("impact"), {}, &raw);
        QVERIFY2(raw.contains("Foundations #1,,1,2,10.5,-3.5,-1200,0,'-5% churn\r\n"),
                 raw.constData());
        exportOf(*m_file, QStringLiteral("participants"), {}, &raw);
        QVERIFY2(raw.contains("ada@example.org,'=cmd|' /C calc'!A0,backend,'+Core,'@boss,senior,"
                              "0,0,0,'-1 note\r\n"),
                 raw.constData());
        QVERIFY2(raw.contains("zoe@example.org,Zo\xc3\xab \xc3\x9cnal,data,\"Data, North\","),
                 raw.constData());
        exportOf(*m_file, QStringLiteral("protected-time"), {}, &raw);
        // A CR inside a field is quoted; the prefix comes before it.
        QVERIFY2(raw.contains(",meeting,\"'\rCR first\"\r\n"), raw.constData());
    }

    void byteOrderMark_data()
    {
        QTest::addColumn<bool>("bom");
        QTest::newRow("without") << false;
        QTest::newRow("with, for Excel") << true;
    }

    void byteOrderMark()
    {
        QFETCH(bool, bom);
        TableExport::Options options;
        options.byteOrderMark = bom;
        QByteArray raw;
        const QList<QStringList> csv =
            exportOf(*m_file, QStringLiteral("participants"), options, &raw);
        QCOMPARE(raw.startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(raw.mid(bom ? 3 : 0).startsWith("email,name,"));
        // Exactly one mark, however large the file.
        QCOMPARE(raw.count("\xEF\xBB\xBF"), bom ? 1 : 0);
        QCOMPARE(csv.size(), 3);
    }

    // The demo program, every table: as many records as the table has rows, and each cohort
    // filter keeps exactly that cohort's rows.
    void demoTables_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("all");       // rows of the whole export
        QTest::addColumn<QString>("forCohort"); // rows for cohort ?; empty: not per cohort
        auto row = [](const char *table, const char *all, const char *cohort) {
            QTest::newRow(table) << QString::fromLatin1(table) << QString::fromLatin1(all)
                                 << QString::fromLatin1(cohort);
        };
        row("assessments", "SELECT count(*) FROM assessments",
            "SELECT count(*) FROM assessments WHERE cohort_id = ?");
        row("attendance", "SELECT count(*) FROM attendance",
            "SELECT count(*) FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE "
            "s.cohort_id = ?");
        row("behaviour", "SELECT count(*) FROM behaviour_metrics",
            "SELECT count(*) FROM behaviour_metrics WHERE cohort_id = ?");
        row("checklist-items", "SELECT count(*) FROM checklist_items",
            "SELECT count(*) FROM checklist_items WHERE cohort_id = ?");
        row("cohorts", "SELECT count(*) FROM cohorts", "SELECT count(*) FROM cohorts WHERE id = ?");
        row("community-attendance", "SELECT count(*) FROM community_attendance",
            "SELECT count(*) FROM community_attendance WHERE participant_id IN (SELECT "
            "participant_id FROM enrollments WHERE cohort_id = ?)");
        row("community-events", "SELECT count(*) FROM community_events", "");
        row("enrollments", "SELECT count(*) FROM enrollments",
            "SELECT count(*) FROM enrollments WHERE cohort_id = ?");
        row("impact", "SELECT count(*) FROM impact_metrics",
            "SELECT count(*) FROM impact_metrics WHERE cohort_id = ?");
        row("learning-log", "SELECT count(*) FROM external_learning",
            "SELECT count(*) FROM external_learning WHERE participant_id IN (SELECT "
            "participant_id FROM enrollments WHERE cohort_id = ?)");
        row("mentorships", "SELECT count(*) FROM mentorships",
            "SELECT count(*) FROM mentorships WHERE cohort_id = ?");
        row("modules", "SELECT count(*) FROM modules",
            "SELECT count(*) FROM modules WHERE track_id = (SELECT track_id FROM cohorts WHERE "
            "id = ?)");
        row("participants", "SELECT count(*) FROM participants",
            "SELECT count(*) FROM enrollments WHERE cohort_id = ?");
        row("projects", "SELECT count(*) FROM application_projects",
            "SELECT count(*) FROM application_projects WHERE cohort_id = ?");
        row("protected-time", "SELECT count(*) FROM protected_time",
            "SELECT count(*) FROM protected_time WHERE cohort_id = ?");
        row("providers", "SELECT count(*) FROM providers", "");
        row("sessions", "SELECT count(*) FROM sessions",
            "SELECT count(*) FROM sessions WHERE cohort_id = ?");
        row("surveys", "SELECT count(*) FROM survey_responses",
            "SELECT count(*) FROM survey_responses r LEFT JOIN sessions s ON s.id = "
            "r.session_id WHERE r.cohort_id = ? OR s.cohort_id = ?");
        row("tracks", "SELECT count(*) FROM tracks", "SELECT 1");
    }

    void demoTables()
    {
        QFETCH(QString, table);
        QFETCH(QString, all);
        QFETCH(QString, forCohort);
        const qint64 rows = scalar(*m_demo, all);
        QVERIFY(rows > 0);
        QCOMPARE(exportOf(*m_demo, table).size(), rows + 1);
        QCOMPARE(TableExport::appliesToCohort(table), !forCohort.isEmpty());
        // The cohort with the most enrollments, so every per-cohort table has rows.
        const qint64 cohort = scalar(*m_demo, QStringLiteral("SELECT cohort_id FROM enrollments "
                                                             "GROUP BY cohort_id ORDER BY "
                                                             "count(*) DESC LIMIT 1"));
        TableExport::Options options;
        options.cohortId = cohort;
        if (forCohort.isEmpty()) {
            QString error;
            qint64 written = -1;
            QVERIFY(!TableExport::writeCsv(m_demo->database(), table,
                                           m_dir.filePath(QStringLiteral("x.csv")), &written,
                                           &error, {}, options));
            QVERIFY2(error.contains(table), qPrintable(error));
            QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
            return;
        }
        const qint64 cohortRows =
            scalar(*m_demo, forCohort, QVariantList(forCohort.count(QLatin1Char('?')), cohort));
        QVERIFY(cohortRows > 0 || table == QLatin1String("impact"));
        QCOMPARE(exportOf(*m_demo, table, options).size(), cohortRows + 1);
    }

    // A write that fails half-way (here: the file size limit, as a full disk would) leaves
    // the previous export exactly as it was and no temporary file behind.
    void failedWriteKeepsTheOldFile()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("attendance.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the previous export\r\n");
        }
        struct rlimit saved;
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit limited = saved;
        limited.rlim_cur = 16 * 1024; // well below the export's size
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
        qint64 rows = -1;
        QString error;
        const bool written = TableExport::writeCsv(m_demo->database(), QStringLiteral("attendance"),
                                                   path, &rows, &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        std::signal(SIGXFSZ, previousHandler);
        QVERIFY(!written);
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(contentOf(path), QByteArray("the previous export\r\n"));
        QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("attendance.csv")});
    }
};

QTEST_GUILESS_MAIN(TestCsvExports)
#include "tst_csvexports.moc"
