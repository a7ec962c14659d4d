// SPDX-License-Identifier: GPL-3.0-or-later
// The pages where the evaluation's figures are entered, one cohort at a time, on a demo program.
#include "behaviourmetricmodel.h"
#include "demoprogram.h"
#include "edithistory.h"
#include "followuppage.h"
#include "impactdatapage.h"
#include "impactmetricmodel.h"
#include "programfile.h"
#include "surveyresponsemodel.h"
#include "surveyspage.h"
#include "tableview.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestMeasurementPages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;

    qint64 scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec() || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }
    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    // The cohort with the most rows in table, and one with none (a planned cohort).
    qint64 busiestCohort(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT cohort_id FROM %1 GROUP BY cohort_id ORDER BY "
                                     "count(*) DESC, cohort_id LIMIT 1")
                          .arg(table));
    }
    qint64 cohortWithout(const QString &table) const
    {
        return scalar(QStringLiteral("SELECT id FROM cohorts c WHERE status = 'planned' AND NOT "
                                     "EXISTS (SELECT 1 FROM %1 t WHERE t.cohort_id = c.id) "
                                     "ORDER BY id LIMIT 1")
                          .arg(table));
    }
    qint64 rowsOf(const QString &table, qint64 cohort) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE cohort_id = ?").arg(table),
                      {cohort});
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("d%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 120;
        QVERIFY2(DemoProgram::generate(*m_file, options, {}, &error), qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void surveysPageShowsACohortsResponses()
    {
        const QString table = QStringLiteral("survey_responses");
        const qint64 busy = busiestCohort(table);
        const qint64 empty = cohortWithout(table);
        QVERIFY(busy > 0 && empty > 0);
        SurveysPage page(*m_history);
        QCOMPARE(page.objectName(), QStringLiteral("surveysPage"));
        QVERIFY(!page.addActionText().isEmpty());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // First shown: the newest cohort with responses, the cohorts newest first.
        QVERIFY(page.cohort() > 0);
        QVERIFY(page.responseModel()->rowCount() > 0);
        QCOMPARE(page.cohortPicker()->count(), int(scalar(QStringLiteral("SELECT count(*) FROM "
                                                                         "cohorts"))));

        page.setCohort(busy);
        QCOMPARE(page.cohortPicker()->currentData().toLongLong(), busy);
        QCOMPARE(page.responseModel()->matchingRowCount(), rowsOf(table, busy));
        QVERIFY(page.table()->model()->rowCount() > 0);
        QVERIFY(page.infoText().contains(page.cohortPicker()->currentText()));

        // The session is chosen in a combo of the cohort's own sessions; "No session" first.
        const QModelIndex sessionCell =
            page.responseModel()->index(0, SurveyResponseModel::Session);
        QStyleOptionViewItem option;
        std::unique_ptr<QWidget> editor(
            page.table()->itemDelegate()->createEditor(page.table(), option, sessionCell));
        auto *combo = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(combo);
        QCOMPARE(combo->count(),
                 int(scalar(QStringLiteral("SELECT count(*) FROM sessions WHERE cohort_id = ?"),
                            {busy})) +
                     1);
        page.table()->itemDelegate()->setEditorData(combo, sessionCell);
        QCOMPARE(combo->currentData().toString(), sessionCell.data(Qt::EditRole).toString());

        // The survey filter narrows the table to one survey.
        const int end = page.kindFilter()->findData(QStringLiteral("end_of_program"));
        QVERIFY(end > 0);
        page.kindFilter()->setCurrentIndex(end);
        QCOMPARE(page.responseModel()->matchingRowCount(),
                 scalar(QStringLiteral("SELECT count(*) FROM survey_responses WHERE cohort_id = "
                                       "? AND kind = 'end_of_program'"),
                        {busy}));
        page.kindFilter()->setCurrentIndex(0);

        page.setCohort(empty);
        QCOMPARE(page.responseModel()->rowCount(), 0);
        QVERIFY2(page.emptyText().contains(QLatin1String("No survey responses for this cohort")),
                 qPrintable(page.emptyText()));

        // New adds a response to the cohort shown; an end-of-program one where it has no
        // sessions that took place.
        page.kindFilter()->setCurrentIndex(end);
        page.addItem();
        QCOMPARE(rowsOf(table, empty), 1);
        QCOMPARE(page.responseModel()->rowCount(), 1);
        m_history->stack()->undo();
        QCOMPARE(rowsOf(table, empty), 0);
        QVERIFY(page.emptyText().contains(QLatin1String("End of program")));
    }

    void followUpPageAddsAMonth()
    {
        const QString table = QStringLiteral("behaviour_metrics");
        const qint64 busy = busiestCohort(table);
        const qint64 planned = cohortWithout(table);
        QVERIFY(busy > 0 && planned > 0);
        FollowUpPage page(*m_history);
        QCOMPARE(page.objectName(), QStringLiteral("followUpPage"));
        page.setCohort(busy);
        QCOMPARE(page.metricModel()->matchingRowCount(), rowsOf(table, busy));
        QVERIFY(page.metricModel()->rowCount() > 0);

        page.setCohort(planned);
        QCOMPARE(page.metricModel()->rowCount(), 0);
        QVERIFY2(page.emptyText().contains(QLatin1String("Nobody has completed this cohort")),
                 qPrintable(page.emptyText()));

        // A completed cohort without figures yet says how to start, and "Add month" fills
        // in a row for everyone who completed it.
        exec(QStringLiteral("DELETE FROM behaviour_metrics WHERE cohort_id = ?"), {busy});
        m_file->notifyChanged({table});
        page.setCohort(busy);
        QCOMPARE(page.metricModel()->rowCount(), 0);
        QVERIFY2(page.emptyText().contains(QLatin1String("No follow-up figures for this cohort "
                                                         "yet. Add month 1")),
                 qPrintable(page.emptyText()));
        const qint64 completed = scalar(QStringLiteral("SELECT count(*) FROM enrollments WHERE "
                                                       "cohort_id = ? AND status = 'completed'"),
                                        {busy});
        QSignalSpy status(&page, &SkillsPage::statusMessage);
        QCOMPARE(page.addMonth(1), int(completed));
        QCOMPARE(status.count(), 1);
        QCOMPARE(page.metricModel()->rowCount(), int(completed));
        QCOMPARE(page.addMonth(1), 0);
        m_history->stack()->undo();
        QCOMPARE(page.metricModel()->rowCount(), 0);
    }

    void impactPageAddsQuarters()
    {
        const QString table = QStringLiteral("impact_metrics");
        const qint64 busy = busiestCohort(table);
        const qint64 planned = cohortWithout(table);
        QVERIFY(busy > 0 && planned > 0);
        ImpactDataPage page(*m_history);
        QCOMPARE(page.objectName(), QStringLiteral("impactDataPage"));
        page.setCohort(busy);
        QCOMPARE(page.metricModel()->rowCount(), int(rowsOf(table, busy)));
        QVERIFY(page.metricModel()->rowCount() > 0);

        page.setCohort(planned);
        QCOMPARE(page.metricModel()->rowCount(), 0);
        QVERIFY2(page.emptyText().contains(QLatin1String("No business-impact figures")),
                 qPrintable(page.emptyText()));
        page.addItem();
        QCOMPARE(page.metricModel()->rowCount(), 1);
        QCOMPARE(page.metricModel()->index(0, ImpactMetricModel::Quarter).data().toInt(), 1);
        page.addItem();
        QCOMPARE(page.metricModel()->index(1, ImpactMetricModel::Quarter).data().toInt(), 2);
    }

    void pagesFollowTheCohorts()
    {
        SurveysPage surveys(*m_history);
        FollowUpPage followUp(*m_history);
        ImpactDataPage impact(*m_history);
        for (CohortEntryPage *page :
             {static_cast<CohortEntryPage *>(&surveys), static_cast<CohortEntryPage *>(&followUp),
              static_cast<CohortEntryPage *>(&impact)}) {
            page->show();
            QVERIFY(QTest::qWaitForWindowExposed(page));
        }
        const int before = surveys.cohortPicker()->count();
        const qint64 track = scalar(QStringLiteral("SELECT id FROM tracks LIMIT 1"));
        exec(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date) VALUES "
                            "('Zeta newest', ?, '2099-Q1', '2099-01-05')"),
             {track});
        m_file->notifyChanged({QStringLiteral("cohorts")});
        for (CohortEntryPage *page :
             {static_cast<CohortEntryPage *>(&surveys), static_cast<CohortEntryPage *>(&followUp),
              static_cast<CohortEntryPage *>(&impact)}) {
            QCOMPARE(page->cohortPicker()->count(), before + 1);
            // Newest first; the cohort showing stays.
            QCOMPARE(page->cohortPicker()->itemText(0), QStringLiteral("Zeta newest"));
            QVERIFY(page->cohort() > 0);
            QVERIFY(page->cohortPicker()->currentText() != QLatin1String("Zeta newest"));
        }

        // Typing part of a name and leaving the picker shows that cohort; text naming none
        // goes back to the cohort showing.
        const qint64 shown = surveys.cohort();
        surveys.cohortPicker()->setEditText(QStringLiteral("no such cohort"));
        Q_EMIT surveys.cohortPicker()->lineEdit()->editingFinished();
        QCOMPARE(surveys.cohort(), shown);
        surveys.cohortPicker()->setEditText(QStringLiteral("zeta NEWEST"));
        Q_EMIT surveys.cohortPicker()->lineEdit()->editingFinished();
        QCOMPARE(surveys.cohortPicker()->currentText(), QStringLiteral("Zeta newest"));
        QVERIFY(surveys.emptyText().contains(QLatin1String("No survey responses")));

        // A deleted cohort leaves nothing on the page.
        exec(QStringLiteral("DELETE FROM cohorts WHERE name = 'Zeta newest'"));
        m_file->notifyChanged({QStringLiteral("cohorts")});
        QCOMPARE(surveys.cohort(), -1);
        QVERIFY(surveys.emptyText().contains(QLatin1String("Choose a cohort")));
    }
};

QTEST_MAIN(TestMeasurementPages)
#include "tst_measurementpages.moc"
