// SPDX-License-Identifier: GPL-3.0-or-later
// Each report's HTML for a small hand-built program, compared with a golden file. To accept a
// deliberate change, run this test with UPSKILL_REGENERATE_GOLDEN=1 and review the diff of
// tests/reports/golden/ before committing it.
#include "checklistreport.h"
#include "gapreport.h"
#include "programreport.h"
#include "reportfixture.h"
#include "rosterreport.h"

#include <QDir>
#include <QFile>
#include <QLocale>

using namespace Upskill;

class TestReportHtml : public QObject
{
    Q_OBJECT

private:
    ReportFixture m_fixture;
    qint64 m_cohort = 0;
    const QDate m_asOf{2026, 3, 2};

    static QString goldenPath(const QString &name)
    {
        return QStringLiteral(QT_TESTCASE_SOURCEDIR "/golden/") + name;
    }

    // Compares html with the golden file name; writes the actual HTML beside the build for a
    // diff when they differ, or over the golden file when asked to regenerate.
    static void compareWithGolden(const QString &html, const QString &name)
    {
        const QString formatted =
            QString(html).replace(QStringLiteral("><"), QStringLiteral(">\n<"));
        if (qEnvironmentVariableIsSet("UPSKILL_REGENERATE_GOLDEN")) {
            QFile out(goldenPath(name));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(formatted.toUtf8());
            return;
        }
        QFile golden(goldenPath(name));
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath(name)));
        const QString expected = QString::fromUtf8(golden.readAll());
        if (formatted != expected) {
            QFile actual(QDir::current().filePath(name));
            if (actual.open(QIODevice::WriteOnly | QIODevice::Truncate))
                actual.write(formatted.toUtf8());
            QFAIL(qPrintable(QStringLiteral("%1 differs from its golden file; the actual HTML is "
                                            "in %2 (diff them; regenerate with "
                                            "UPSKILL_REGENERATE_GOLDEN=1 if the change is meant)")
                                 .arg(name, QFileInfo(actual).absoluteFilePath())));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Golden files are in one language and one date format.
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        QVERIFY(m_fixture.open());
        QVERIFY(m_fixture.run(QStringLiteral("UPDATE program_settings SET organisation_name = "
                                             "'Golden Org', min_group_size = 2")));
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 0, 3, QStringLiteral("blocking")));
        QVERIFY(m_fixture.target(QStringLiteral("organisation"), 1, 2));
        m_cohort = m_fixture.cohort(QStringLiteral("Pilot & friends"));
        QVERIFY(
            m_fixture.run(QStringLiteral("UPDATE cohorts SET instructors = 'Ines Instructor', "
                                         "showcase_date = '2026-02-06', status = 'completed'")));
        const QStringList names = {QStringLiteral("Ada Lovelace"),
                                   QStringLiteral("Brian Kernighan"), QStringLiteral("Carol Shaw")};
        QList<qint64> people;
        for (const QString &name : names) {
            people.append(m_fixture.person(name));
            QVERIFY(m_fixture.enrol(m_cohort, people.last(),
                                    people.size() == 3 ? QStringLiteral("withdrawn")
                                                       : QStringLiteral("completed")));
            QVERIFY(m_fixture.assess(people.last(), 0, QStringLiteral("pre"),
                                     QStringLiteral("2026-01-10"), 1, m_cohort));
            QVERIFY(m_fixture.assess(people.last(), 0, QStringLiteral("post"),
                                     QStringLiteral("2026-02-10"), 2, m_cohort));
            QVERIFY(m_fixture.assess(people.last(), 1, QStringLiteral("pre"),
                                     QStringLiteral("2026-01-10"), 1, m_cohort));
        }
        QVERIFY(m_fixture.run(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, "
                                             "cohort_id) VALUES (?, ?, ?)"),
                              {people.at(0), people.at(1), m_cohort}));
        QVERIFY(m_fixture.run(
            QStringLiteral(
                "INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, format, "
                "facilitator, location) VALUES (?, 'Kick-off <and> prompts', "
                "'2026-01-12T10:00:00', "
                "150, 'workshop', 'Ines Instructor', 'Room 1'), (?, 'Pairing', "
                "'2026-01-14T14:00:00', 90, 'pair_programming', 'Ines Instructor', 'Team area')"),
            {m_cohort, m_cohort}));
        QVERIFY(m_fixture.run(QStringLiteral("DELETE FROM checklist_items")));
        QVERIFY(m_fixture.run(
            QStringLiteral(
                "INSERT INTO checklist_items (cohort_id, section, title, owner, due_date, done, "
                "done_on, note, position) VALUES "
                "(?, 'pre_launch', 'Brief the managers', 'Coordinator', '2026-01-05', 1, "
                "'2026-01-04', '', 1), "
                "(?, 'pre_launch', 'Book rooms', 'Coordinator', '2026-02-01', 0, NULL, 'Room 1 & "
                "2', 2), "
                "(?, 'measurement', 'Send the survey', 'Coordinator', '2026-04-01', 0, NULL, '', "
                "1), "
                "(NULL, 'infrastructure', 'Set up the community channel', 'Champions', NULL, 0, "
                "NULL, '', 1)"),
            {m_cohort, m_cohort, m_cohort}));
    }
    void cleanup() { m_fixture.close(); }

    void checklistOfACohort()
    {
        QString error;
        const auto checklist = ChecklistReport::load(m_fixture.db(), m_cohort, m_asOf, &error);
        QVERIFY2(checklist, qPrintable(error));
        QCOMPARE(checklist->done, 1);
        QCOMPARE(checklist->overdue, 1); // "Book rooms", due before 2 March
        compareWithGolden(ChecklistReport::html(*checklist),
                          QStringLiteral("checklist-cohort.html"));
    }

    void checklistOfTheProgram()
    {
        QString error;
        const auto checklist = ChecklistReport::load(m_fixture.db(), 0, m_asOf, &error);
        QVERIFY2(checklist, qPrintable(error));
        QCOMPARE(checklist->entries.size(), 1);
        compareWithGolden(ChecklistReport::html(*checklist),
                          QStringLiteral("checklist-program.html"));
    }

    void roster()
    {
        QString error;
        const auto roster = RosterReport::load(m_fixture.db(), m_cohort, &error);
        QVERIFY2(roster, qPrintable(error));
        QCOMPARE(roster->members.size(), 3);
        QCOMPARE(roster->members.at(1).mentor, QStringLiteral("Ada Lovelace"));
        compareWithGolden(RosterReport::html(*roster, m_asOf), QStringLiteral("roster.html"));
    }

    void programReport()
    {
        QString error;
        const auto figures = ProgramReport::compute(m_fixture.db(), m_asOf, &error);
        QVERIFY2(figures, qPrintable(error));
        QCOMPARE(figures->engineersEnrolled, 2);
        QCOMPARE(figures->cohorts.size(), 1);
        QCOMPARE(figures->cohorts.first().enrolled, 3);
        QCOMPARE(*figures->cohorts.first().completionRate(), 2.0 / 3.0);
        compareWithGolden(ProgramReport::html(*figures), QStringLiteral("program-report.html"));
    }

    void gapAnalysis()
    {
        QString error;
        const auto result = GapAnalysis::compute(m_fixture.db(), {}, &error);
        QVERIFY2(result, qPrintable(error));
        GapReport::Context context;
        context.organisation = QStringLiteral("Golden Org");
        context.scopeText = GapReport::describeScope(AssessmentScope::current());
        context.generatedOn = m_asOf;
        compareWithGolden(GapReport::html(*result, context), QStringLiteral("gap.html"));
    }
};

QTEST_MAIN(TestReportHtml)
#include "tst_reporthtml.moc"
