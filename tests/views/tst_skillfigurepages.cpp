// SPDX-License-Identifier: GPL-3.0-or-later
#include "advancementpage.h"
#include "edithistory.h"
#include "enrollmentmodel.h"
#include "gapanalysispage.h"
#include "gapheatmapmodel.h"
#include "gaprankingmodel.h"
#include "placementpage.h"
#include "programfile.h"
#include "yearcomparisonpage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

// The figure pages of the Skills area, computed on a worker thread from a real program file.
class TestSkillFigurePages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    QList<qint64> m_dimensions;
    qint64 m_cohort = 0;
    int m_counter = 0;

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &v : values)
            query.addBindValue(v);
        if (!query.exec()) {
            qWarning() << sql << query.lastError().text();
            return false;
        }
        return true;
    }
    qint64 scalar(const QString &sql)
    {
        QSqlQuery query(m_file->database());
        query.exec(sql);
        query.next();
        return query.value(0).toLongLong();
    }

    // Twelve people: six backend engineers in Core at level 1, six data engineers in Edge at
    // level 4 (pre), then every backend engineer reaches 3 (post). All enrolled in one
    // foundational cohort, whose track asks for level 4 to test out.
    void fill()
    {
        QVERIFY(exec(QStringLiteral("DELETE FROM role_targets")));
        QVERIFY(exec(QStringLiteral("INSERT INTO role_targets (role, dimension_id, "
                                    "required_level, criticality) VALUES ('organisation', ?, 3, "
                                    "'blocking')"),
                     {m_dimensions.at(0)}));
        const qint64 track = scalar(QStringLiteral(
            "SELECT id FROM tracks WHERE kind = 'foundational' ORDER BY position LIMIT 1"));
        QVERIFY(exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date, "
                                    "end_date) VALUES ('Spring basics', ?, '2026-Q1', "
                                    "'2026-01-12', '2026-02-06')"),
                     {track}));
        m_cohort = scalar(QStringLiteral("SELECT max(id) FROM cohorts"));
        // Testing out takes level 4 everywhere: only the data engineers are there.
        QVERIFY(exec(QStringLiteral("UPDATE track_targets SET required_level = 4")));
        for (int i = 0; i < 12; ++i) {
            const bool backend = i < 6;
            QVERIFY(exec(QStringLiteral("INSERT INTO participants (name, email, role, team) "
                                        "VALUES (?, ?, ?, ?)"),
                         {QStringLiteral("Person %1").arg(i, 2, 10, QLatin1Char('0')),
                          QStringLiteral("p%1@example.org").arg(i),
                          backend ? QStringLiteral("backend") : QStringLiteral("data"),
                          backend ? QStringLiteral("Core") : QStringLiteral("Edge")}));
            const qint64 person = scalar(QStringLiteral("SELECT max(id) FROM participants"));
            QVERIFY(exec(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id) "
                                        "VALUES (?, ?)"),
                         {m_cohort, person}));
            for (const qint64 dimension : std::as_const(m_dimensions)) {
                QVERIFY(exec(QStringLiteral("INSERT INTO assessments (participant_id, "
                                            "dimension_id, cohort_id, kind, level, assessed_on) "
                                            "VALUES (?, ?, ?, 'pre', ?, '2026-01-10')"),
                             {person, dimension, m_cohort, backend ? 1 : 4}));
                if (backend)
                    QVERIFY(exec(QStringLiteral("INSERT INTO assessments (participant_id, "
                                                "dimension_id, cohort_id, kind, level, "
                                                "assessed_on) VALUES (?, ?, ?, 'post', 3, "
                                                "'2026-02-10')"),
                                 {person, dimension, m_cohort}));
            }
        }
    }

    template <typename Page> bool waitForResult(Page &page)
    {
        QSignalSpy shown(&page, &Page::resultShown);
        return shown.wait(10000);
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file =
            ProgramFile::open(m_dir.filePath(QStringLiteral("pages%1.upskill").arg(++m_counter)),
                              ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        m_dimensions.clear();
        QSqlQuery query(m_file->database());
        query.exec(QStringLiteral("SELECT id FROM rubric_dimensions ORDER BY position"));
        while (query.next())
            m_dimensions.append(query.value(0).toLongLong());
        fill();
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void gapHeatmapByRoleAndByPerson()
    {
        GapAnalysisPage page(*m_history);
        QAbstractItemModelTester tester(page.heatmap());
        page.show();
        QVERIFY(waitForResult(page));
        // Roles: backend (post 3: met) and data (4: met); the first dimension only has a target.
        QCOMPARE(page.heatmap()->rowCount(), 2);
        QCOMPARE(page.heatmap()->index(0, GapHeatmapModel::People).data().toInt(), 6);
        QCOMPARE(page.heatmap()
                     ->index(0, GapHeatmapModel::FirstDimension)
                     .data(GapHeatmapModel::GapRole)
                     .toDouble(),
                 0.0);
        QCOMPARE(page.ranking(0)->rowCount(), 0); // nobody below target: nothing to prioritise

        // Only pre assessments count: backend engineers are two levels short.
        page.findChild<QComboBox *>()->setCurrentIndex(0);
        const auto kinds = page.findChildren<QComboBox *>();
        QComboBox *kindBox = nullptr;
        for (QComboBox *box : kinds) {
            if (box->findText(QStringLiteral("Pre-program only")) >= 0)
                kindBox = box;
        }
        QVERIFY(kindBox);
        kindBox->setCurrentIndex(kindBox->findText(QStringLiteral("Pre-program only")));
        QVERIFY(waitForResult(page));
        QCOMPARE(page.result()->totals.at(0).figures.below, 6);
        QCOMPARE(page.ranking(0)->rowCount(), 1);
        QCOMPARE(page.ranking(0)->index(0, GapRankingModel::Dimension).data().toString(),
                 page.result()->dimensions.at(0).name);

        // Per person: twelve rows, fetched as the view asks.
        page.groupingBox()->setCurrentIndex(page.groupingBox()->findData(int(GapGrouping::Person)));
        QVERIFY(waitForResult(page));
        QVERIFY(page.heatmap()->showsPeople());
        QCOMPARE(page.heatmap()->totalRows(), 12);
        QTRY_COMPARE(page.heatmap()->rowCount(), 12);
        QCOMPARE(page.heatmap()->index(0, GapHeatmapModel::Group).data().toString(),
                 QStringLiteral("Person 00"));
        QCOMPARE(page.heatmap()
                     ->index(0, GapHeatmapModel::FirstDimension)
                     .data(GapHeatmapModel::GapRole)
                     .toDouble(),
                 2.0);

        // The export from the per-person view still never names people.
        const QString pdf = m_dir.filePath(QStringLiteral("gap%1.pdf").arg(m_counter));
        QString error;
        QVERIFY2(page.exportPdf(pdf, &error), qPrintable(error));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().startsWith("%PDF-"));

        // As the Export button does it: on a worker thread, with its own connection.
        const QString background = m_dir.filePath(QStringLiteral("gapbg%1.pdf").arg(m_counter));
        QSignalSpy exported(&page, &GapAnalysisPage::exported);
        page.exportInBackground(background);
        QVERIFY(exported.wait(20000));
        QCOMPARE(exported.first().first().toBool(), true);
        QFile written(background);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.size() > 2000);
    }

    void gapRefreshesAfterAnEdit()
    {
        GapAnalysisPage page(*m_history);
        page.show();
        QVERIFY(waitForResult(page));
        QCOMPARE(page.result()->peopleAssessed, 12);
        // A new person assessed through the history (as the Assessments page does).
        QVERIFY(m_history->addRows(QStringLiteral("participants"),
                                   {{{QStringLiteral("name"), QStringLiteral("Newcomer")},
                                     {QStringLiteral("email"), QStringLiteral("new@example.org")}}},
                                   QStringLiteral("Add")));
        const qint64 person = scalar(QStringLiteral("SELECT max(id) FROM participants"));
        QVERIFY(
            m_history->addRows(QStringLiteral("assessments"),
                               {{{QStringLiteral("participant_id"), person},
                                 {QStringLiteral("dimension_id"), m_dimensions.at(0)},
                                 {QStringLiteral("kind"), QStringLiteral("self")},
                                 {QStringLiteral("level"), 2},
                                 {QStringLiteral("assessed_on"), QStringLiteral("2026-03-01")}}},
                               QStringLiteral("Assess")));
        QVERIFY(waitForResult(page));
        QCOMPARE(page.result()->peopleAssessed, 13);
    }

    void advancementOfTheCohort()
    {
        AdvancementPage page(*m_history);
        page.setCohort(m_cohort);
        page.show();
        QVERIFY(waitForResult(page));
        // Six backend engineers from 1 to 3: two levels; the data engineers have no post yet.
        QCOMPARE(page.table()->rowCount(), m_dimensions.size());
        QCOMPARE(page.table()->item(0, 1)->text(), QStringLiteral("6"));
        QCOMPARE(page.table()->item(0, 4)->text(), QStringLiteral("+2.0"));
        QVERIFY(page.summary()->text().contains(QStringLiteral("meets the target")));
    }

    void placementMarksTestedOutAsOneUndoableStep()
    {
        PlacementPage page(*m_history);
        page.show();
        QVERIFY(waitForResult(page));
        // The data engineers are at 4 everywhere (current = latest of self/pre/post/annual).
        QCOMPARE(page.table()->rowCount(), 6);
        page.table()->selectAll();
        QCOMPARE(page.markSelectedTestedOut(), 6);
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM enrollments WHERE placement = 'tested_out'")),
                 6);
        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM enrollments WHERE placement = 'tested_out'")),
                 0);
    }

    void rosterSuggestsTestingOut()
    {
        EnrollmentModel roster(*m_history);
        QAbstractItemModelTester tester(&roster);
        roster.setCohort(m_cohort);
        QCOMPARE(roster.rowCount(), 12);
        const int suggestion = roster.tableColumnCount();
        int suggested = 0;
        for (int row = 0; row < roster.rowCount(); ++row) {
            if (roster.index(row, suggestion).data().toString() == QLatin1String("Can test out"))
                ++suggested;
        }
        QCOMPARE(suggested, 6);
    }

    void yearComparisonWithoutAnnualAssessments()
    {
        YearComparisonPage page(*m_history);
        page.setYears(2025, 2026);
        page.show();
        QVERIFY(waitForResult(page));
        QCOMPARE(page.table()->rowCount(), m_dimensions.size());
        QCOMPARE(page.table()->item(0, 4)->text(), QStringLiteral("0"));
    }
};

QTEST_MAIN(TestSkillFigurePages)
#include "tst_skillfigurepages.moc"
