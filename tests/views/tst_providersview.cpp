// SPDX-License-Identifier: GPL-3.0-or-later
// The Providers area on a demo program: the list with live totals and ranks, a provider's
// scorecard scored from the keyboard, its red flags in a banner, the comparison computed on a
// worker thread, and the readiness warning above every page while buying is premature.
// With UPSKILL_SHOTS=DIR set, every page is also saved there as a PNG to look at.
#include "demoprogram.h"
#include "edithistory.h"
#include "figureview.h"
#include "programfile.h"
#include "providercomparisonmodel.h"
#include "providercomparisonpage.h"
#include "providercriteriapage.h"
#include "providercriterionmodel.h"
#include "providerdetailpanel.h"
#include "providermodel.h"
#include "providerredflagmodel.h"
#include "providerscoremodel.h"
#include "providerspage.h"
#include "providersview.h"
#include "readinessmodel.h"
#include "readinesspage.h"
#include "tableview.h"
#include "warningbanner.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Upskill;

class TestProvidersView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;

    static void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("UPSKILL_SHOTS");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        // Let the layout follow what was just shown or hidden.
        QTest::qWait(50);
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
    }
    int providerCount() const
    {
        QSqlQuery query(m_file->database());
        return query.exec(QStringLiteral("SELECT count(*) FROM providers")) && query.next()
                   ? query.value(0).toInt()
                   : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("demo.upskill")),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        DemoProgram::Options options;
        options.engineers = 120;
        options.seed = 4;
        QVERIFY2(DemoProgram::generate(*m_file, options, {}, &error), qPrintable(error));
        // A learning-log entry about the first provider's course, so the reviews show.
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO external_learning (participant_id, kind, title, provider, end_date, "
            "rating, review, recommended) SELECT min(id), 'course', 'Evaluating retrieval', "
            "(SELECT name FROM providers ORDER BY id LIMIT 1), '2026-01-20', 4, 'Hands-on and "
            "close to our stack.', 1 FROM participants")));
        m_history = std::make_unique<EditHistory>(*m_file);
    }
    void cleanupTestCase()
    {
        m_history.reset();
        m_file.reset();
    }

    void pagesOfTheArea()
    {
        ProvidersView view(*m_history);
        QCOMPARE(view.title(), QStringLiteral("Providers"));
        QCOMPARE(view.tabs()->count(), 4);
        QStringList names;
        for (int i = 0; i < view.tabs()->count(); ++i)
            names.append(view.tabs()->widget(i)->objectName());
        QCOMPARE(names, (QStringList{QStringLiteral("providersPage"),
                                     QStringLiteral("providerCriteriaPage"),
                                     QStringLiteral("providerComparisonPage"),
                                     QStringLiteral("readinessPage")}));
        view.tabs()->setCurrentIndex(ProvidersView::Criteria);
        QCOMPARE(view.addActionText(), QStringLiteral("&New criterion"));
        view.tabs()->setCurrentIndex(ProvidersView::Comparison);
        QVERIFY(view.addActionText().isEmpty());
    }

    void scorecardFromTheKeyboardUpdatesTheList()
    {
        ProvidersView view(*m_history);
        view.resize(1280, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ProvidersPage *page = view.providersPage();
        QCOMPARE(page->model()->rowCount(), providerCount());
        QVERIFY(page->details()->provider() >= 0);
        const qint64 id = page->details()->provider();
        ProviderScoreModel *scores = page->details()->scoreModel();
        QCOMPARE(scores->rowCount(), 9);
        shoot(&view, QStringLiteral("1-providers"));

        QTableView *table = page->details()->scoreTable();
        page->details()->tabs()->setCurrentIndex(ProviderDetailPanel::Scorecard);
        table->setFocus();
        table->setCurrentIndex(scores->index(0, ProviderScoreModel::Score));
        const int steps = m_history->stack()->index();
        const int row = page->model()->rowOf(id);
        const QModelIndex total = page->model()->index(row, ProviderModel::Total);
        QTest::keyClick(table, Qt::Key_0);
        QCOMPARE(scores->score(0), 0);
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(m_history->stack()->index(), steps + 1);
        const double low = page->model()->data(total, Qt::EditRole).toDouble();
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_5);
        QCOMPARE(scores->score(0), 5);
        // Weight 3 of 21 moved from 0 to 5: the total went up by 15/21, at once.
        QCOMPARE(page->model()->data(total, Qt::EditRole).toDouble(), low + 15.0 / 21);
        QVERIFY(page->details()->summaryLabel()->text().contains(
            ProviderEvaluation::formatTotal(page->model()->data(total, Qt::EditRole).toDouble())));
        // Delete clears the current criterion's score only.
        table->setCurrentIndex(scores->index(0, ProviderScoreModel::Score));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(scores->score(0), -1);
        QCOMPARE(providerCount(), page->model()->rowCount());
        for (int i = 0; i < 3; ++i)
            m_history->stack()->undo();
        QCOMPARE(m_history->stack()->index(), steps);
    }

    void redFlagsShowInTheBanner()
    {
        ProvidersView view(*m_history);
        view.resize(1280, 860);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ProviderDetailPanel *details = view.providersPage()->details();
        ProviderRedFlagModel *flags = details->redFlagModel();
        for (int row = 0; row < flags->rowCount(); ++row) {
            flags->setDisqualifying(row, false);
            flags->setTicked(row, false);
        }
        QVERIFY(!details->redFlagBanner()->isVisible());
        QVERIFY(flags->setTicked(1, true));
        QVERIFY(flags->setTicked(3, true));
        QVERIFY(details->redFlagBanner()->isVisible());
        QVERIFY(details->redFlagBanner()->text().startsWith(QStringLiteral("2 red flag(s): ")));
        QVERIFY(!details->redFlagBanner()->text().contains(QStringLiteral("disqualified")));
        QVERIFY(flags->setDisqualifying(3, true));
        QVERIFY(details->redFlagBanner()->text().endsWith(QStringLiteral("disqualified")));
        details->tabs()->setCurrentIndex(ProviderDetailPanel::RedFlags);
        shoot(&view, QStringLiteral("2-red-flags"));
        details->tabs()->setCurrentIndex(ProviderDetailPanel::Questions);
        shoot(&view, QStringLiteral("3-questions"));
    }

    void criteriaWeightsChangeTheShare()
    {
        ProvidersView view(*m_history);
        view.resize(1280, 720);
        view.show();
        view.tabs()->setCurrentIndex(ProvidersView::Criteria);
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ProviderCriteriaPage *page = view.criteriaPage();
        QCOMPARE(page->model()->rowCount(), 9);
        QVERIFY(page->summaryLabel()->text().contains(QStringLiteral("21")));
        shoot(&view, QStringLiteral("4-criteria"));
    }

    void comparisonSideBySide()
    {
        ProvidersView view(*m_history);
        view.resize(1440, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ProviderComparisonPage *page = view.comparisonPage();
        QSignalSpy shown(page, &ProviderComparisonPage::resultShown);
        view.tabs()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() >= 1, 20000);
        const ProviderComparisonModel *model = page->comparisonModel();
        QCOMPARE(model->columnCount(), ProviderComparisonModel::FirstProvider + providerCount());
        QCOMPARE(model->rowCount(), 9 + ProviderComparisonModel::SummaryCount);
        // Best ranked first, as in the evaluation.
        const ProviderResult &best = page->result()->providers.first();
        QCOMPARE(
            model->headerData(ProviderComparisonModel::FirstProvider, Qt::Horizontal).toString(),
            best.name);
        QCOMPARE(model
                     ->index(model->summaryRow(ProviderComparisonModel::TotalRow),
                             ProviderComparisonModel::FirstProvider)
                     .data()
                     .toString(),
                 ProviderEvaluation::formatTotal(best.total));
        QVERIFY(!page->figureView()->figure().isEmpty());
        QCOMPARE(page->figureView()->figure().key, QStringLiteral("providers-scores"));
        // Every learning-log entry naming one of the providers, the demo's and the one above
        // (the test runs without the English plural forms).
        QSqlQuery entries(m_file->database());
        QVERIFY(entries.exec(QStringLiteral("SELECT count(*) FROM external_learning WHERE "
                                            "provider IN (SELECT name FROM providers)")) &&
                entries.next());
        const int count = entries.value(0).toInt();
        QVERIFY(count > 1);
        QVERIFY2(page->reviewsLabel()->text().contains(QStringLiteral("(%1 entr").arg(count)),
                 qPrintable(page->reviewsLabel()->text()));
        shoot(&view, QStringLiteral("5-comparison"));
        page->chartChoice()->setCurrentIndex(1);
        QCOMPARE(page->figureView()->figure().key, QStringLiteral("providers-totals"));
        shoot(&view, QStringLiteral("6-comparison-totals"));

        // A score changed elsewhere reaches the comparison by itself.
        ProviderScoreModel scores(*m_history);
        scores.setProvider(best.id);
        const int before = int(shown.count());
        QVERIFY(scores.setScore(8, scores.score(8) == 0 ? 1 : 0));
        QTRY_VERIFY_WITH_TIMEOUT(shown.count() > before, 20000);
        m_history->stack()->undo();
    }

    void readinessWarnsAboveEveryPage()
    {
        ProvidersView view(*m_history);
        view.resize(1280, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        ReadinessModel *model = view.readinessPage()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(
                model->setData(model->index(row, ReadinessModel::Answer), QStringLiteral("yes")));
        QCOMPARE(view.readinessPage()->banner()->level(), WarningBanner::Level::Fine);
        QVERIFY(!view.readinessBanner()->isVisible());

        QVERIFY(model->setData(model->index(0, ReadinessModel::Answer), QStringLiteral("no")));
        QVERIFY(model->setData(model->index(2, ReadinessModel::Answer), QString()));
        QCOMPARE(view.readinessPage()->banner()->level(), WarningBanner::Level::Problem);
        QVERIFY(view.readinessBanner()->isVisible());
        QVERIFY(view.readinessBanner()->text().contains(QStringLiteral("premature")));
        QVERIFY(view.readinessPage()->warningList()->text().contains(QStringLiteral("No: ")));
        QVERIFY(
            view.readinessPage()->warningList()->text().contains(QStringLiteral("Not answered: ")));
        shoot(&view, QStringLiteral("7-banner-on-providers"));
        view.tabs()->setCurrentIndex(ProvidersView::Readiness);
        // On the Readiness page its own banner says it.
        QVERIFY(!view.readinessBanner()->isVisible());
        QVERIFY(view.readinessPage()->banner()->isVisible());
        shoot(&view, QStringLiteral("8-readiness"));
        m_history->stack()->undo();
        m_history->stack()->undo();
    }

    void layoutIsRemembered()
    {
        QByteArray state;
        {
            ProvidersView view(*m_history);
            view.tabs()->setCurrentIndex(ProvidersView::Comparison);
            view.providersPage()->details()->tabs()->setCurrentIndex(
                ProviderDetailPanel::Questions);
            view.comparisonPage()->chartChoice()->setCurrentIndex(1);
            state = view.saveLayout();
        }
        ProvidersView view(*m_history);
        view.restoreLayout(state);
        QCOMPARE(view.tabs()->currentIndex(), int(ProvidersView::Comparison));
        QCOMPARE(view.providersPage()->details()->tabs()->currentIndex(),
                 int(ProviderDetailPanel::Questions));
        QCOMPARE(view.comparisonPage()->chartChoice()->currentIndex(), 1);
    }

    void addAndDeleteProvider()
    {
        ProvidersView view(*m_history);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int before = providerCount();
        view.addItem();
        QCOMPARE(providerCount(), before + 1);
        // The new provider's name is being edited.
        QVERIFY(view.providersPage()->table()->findChild<QLineEdit *>());
        const qint64 added = view.providersPage()->details()->provider();
        QVERIFY(added > 0);
        QCOMPARE(view.providersPage()->details()->scoreModel()->rowCount(), 9);
        m_history->stack()->undo();
        QCOMPARE(providerCount(), before);
        QVERIFY(view.providersPage()->details()->provider() != added);
    }
};

QTEST_MAIN(TestProvidersView)
#include "tst_providersview.moc"
