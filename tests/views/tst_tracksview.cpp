// SPDX-License-Identifier: GPL-3.0-or-later
// The Tracks area on a demo program: the line under a track's modules following its hours,
// the capability coverage grid ticked from the keyboard, the pages remembered; and the
// calendar export the window hooks into File → Export.
#include "calendarexportaction.h"
#include "capabilitycoveragemodel.h"
#include "capabilitycoveragepage.h"
#include "demoprogram.h"
#include "edithistory.h"
#include "modulemodel.h"
#include "programfile.h"
#include "tableview.h"
#include "trackmodel.h"
#include "trackspage.h"
#include "tracksview.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Upskill;

class TestTracksView : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;

    // UPSKILL_GRAB_DIR=folder keeps a picture of each page there, to look at.
    static void grab(QWidget *widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("UPSKILL_GRAB_DIR");
        if (!folder.isEmpty())
            widget->grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
    }

    qint64 scalar(const QString &sql) const
    {
        QSqlQuery query(m_file->database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
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
        QVERIFY2(DemoProgram::generate(*m_file, options, {}, &error), qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
    }
    void cleanup() { m_history->stack()->clear(); }
    void cleanupTestCase()
    {
        m_history.reset();
        m_file.reset();
    }

    void summaryFollowsTheModules()
    {
        TracksView view(*m_history);
        QCOMPARE(view.title(), QStringLiteral("Tracks"));
        QCOMPARE(view.tabs()->count(), 2);
        QCOMPARE(view.tracksPage()->objectName(), QStringLiteral("tracksPage"));
        QCOMPARE(view.coveragePage()->objectName(), QStringLiteral("capabilityCoveragePage"));
        QCOMPARE(view.addActionText(), QStringLiteral("&New track"));
        view.resize(1280, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        TracksPage *page = view.tracksPage();
        // The first track is the foundational one, as designed: on the norm, 60 % hands-on.
        QCOMPARE(page->table()->currentIndex().row(), 0);
        QCOMPARE(page->summaryText(),
                 QStringLiteral("20 h over 4 week(s) (norm about 20 h over 4 week(s)) · "
                                "hands-on 60 %"));
        QVERIFY(!page->summaryWarns());
        QVERIFY(page->moduleModel()->rowCount() > 0);
        grab(&view, QStringLiteral("tracks-page"));

        // Two hours of the first module's practice become instruction: 10 of 20 h, 50 %.
        ModuleModel *modules = page->moduleModel();
        const QModelIndex handsOn = modules->index(0, ModuleModel::HandsOnHours);
        const QModelIndex instruction = modules->index(0, ModuleModel::InstructionHours);
        const double before = handsOn.data(Qt::EditRole).toDouble();
        QVERIFY(modules->setData(handsOn, before - 2));
        QVERIFY(modules->setData(instruction, instruction.data(Qt::EditRole).toDouble() + 2));
        QVERIFY2(page->summaryText().contains(QStringLiteral(
                     "hands-on 50 % — below the 60 % minimum: move time from instruction to "
                     "exercises")),
                 qPrintable(page->summaryText()));
        QVERIFY(page->summaryWarns());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("trackSummary"))
                    ->toolTip()
                    .contains(QStringLiteral("Too much theory")));
        grab(&view, QStringLiteral("tracks-page-warning"));
        m_history->stack()->undo();
        m_history->stack()->undo();
        QVERIFY(!page->summaryWarns());

        // Another track, another line.
        page->table()->selectRow(1);
        QVERIFY2(page->summaryText().contains(QStringLiteral("norm about 30 h over 6 week(s)")),
                 qPrintable(page->summaryText()));
    }

    void coverageIsTickedFromTheKeyboard()
    {
        TracksView view(*m_history);
        view.resize(1100, 560);
        view.tabs()->setCurrentIndex(TracksView::Coverage);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.addActionText(), QString());
        CapabilityCoveragePage *page = view.coveragePage();
        CapabilityCoverageModel *model = page->model();
        QCOMPARE(page->gapText(),
                 QStringLiteral("Every capability area is covered by at least one track."));
        grab(&view, QStringLiteral("coverage-page"));

        // Down to the first specialized track, which covers data pipelines: Space clears it.
        QTableView *table = page->table();
        table->setFocus();
        table->setCurrentIndex(model->index(1, 1));
        QCOMPARE(model->index(1, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(model->index(1, 1).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(m_history->stack()->count(), 1);
        // The focus stays on the cell, so the next row is one key away.
        QCOMPARE(table->currentIndex(), model->index(1, 1));

        // Every track that covers data pipelines loses it: a gap, said in words.
        for (int row = 0; row < model->totalsRow(); ++row) {
            if (model->index(row, 1).data(Qt::CheckStateRole).toInt() == Qt::Checked)
                QVERIFY(model->setCovered(row, model->areaAt(1), false));
        }
        QVERIFY2(page->gapText().contains(QStringLiteral("No track covers “Data pipelines and "
                                                         "quality”")),
                 qPrintable(page->gapText()));
        grab(&view, QStringLiteral("coverage-page-gap"));
        while (m_history->stack()->canUndo())
            m_history->stack()->undo();
        QCOMPARE(page->gapText(),
                 QStringLiteral("Every capability area is covered by at least one track."));
    }

    void remembersThePageShowing()
    {
        QByteArray layout;
        {
            TracksView view(*m_history);
            view.tabs()->setCurrentIndex(TracksView::Coverage);
            layout = view.saveLayout();
        }
        TracksView again(*m_history);
        again.restoreLayout(layout);
        QCOMPARE(again.tabs()->currentIndex(), int(TracksView::Coverage));
        // A layout saved by the area before it had pages is ignored, not misread.
        TracksView old(*m_history);
        old.restoreLayout(QByteArray::fromHex("000000ff0000000100000002"));
        QCOMPARE(old.tabs()->currentIndex(), 0);
    }

    void exportsACohortsSessionsAsICalendar()
    {
        const qint64 cohort = scalar(QStringLiteral(
            "SELECT cohort_id FROM sessions GROUP BY cohort_id ORDER BY count(*) DESC LIMIT 1"));
        const qint64 sessions = scalar(
            QStringLiteral("SELECT count(*) FROM sessions WHERE cohort_id = %1").arg(cohort));
        QVERIFY(cohort > 0 && sessions > 0);
        const QString path = m_dir.filePath(QStringLiteral("cohort.ics"));
        QString status;
        QCOMPARE(CalendarExportAction::exportTo(*m_history, cohort, path, &status), QString());
        QVERIFY2(status.contains(QStringLiteral("Wrote %1 session(s)").arg(sessions)),
                 qPrintable(status));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("BEGIN:VEVENT"), sessions);

        const QString missing = CalendarExportAction::exportTo(*m_history, 999999, path);
        QVERIFY2(missing.contains(QStringLiteral("not found")), qPrintable(missing));
        const QString unwritable = CalendarExportAction::exportTo(
            *m_history, cohort, m_dir.filePath(QStringLiteral("no/such/folder/x.ics")));
        QVERIFY2(unwritable.contains(QStringLiteral("no/such/folder")), qPrintable(unwritable));

        // Without a selected cohort the action says what to do instead of asking for a file.
        QString said;
        QTimer::singleShot(0, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said = box->text();
                box->accept();
            }
        });
        QVERIFY(!CalendarExportAction::run(nullptr, *m_history, 0));
        QVERIFY2(said.contains(QStringLiteral("Select a cohort")), qPrintable(said));
        QCOMPARE(CalendarExportAction::text(), QStringLiteral("Cohort sessions as &iCalendar…"));
    }
};

QTEST_MAIN(TestTracksView)
#include "tst_tracksview.moc"
