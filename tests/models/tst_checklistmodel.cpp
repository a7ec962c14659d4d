// SPDX-License-Identifier: GPL-3.0-or-later
// The launch checklists: made from the template (for a new file, a new cohort, or on request),
// ticked with the day they were done, reordered within a section, and their progress counted.
#include "checklistitemmodel.h"
#include "checklistprogress.h"
#include "checklisttemplate.h"
#include "cohortmodel.h"
#include "edithistory.h"
#include "programfile.h"
#include "sqltestrows.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestChecklistModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;
    qint64 m_track = 0;
    int m_templateSize = 0;

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSql::scalar(m_file->database(), sql, values);
    }
    void exec(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery query(m_file->database());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        QVERIFY2(query.exec(), qPrintable(sql));
    }
    int itemCount(qint64 cohort) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE cohort_id = ?"),
                      {cohort})
            .toInt();
    }
    // A cohort written directly, as an older version or an import would leave it: without
    // a checklist.
    qint64 bareCohort(const QString &name, const QVariant &start)
    {
        QSqlQuery query(m_file->database());
        query.prepare(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, start_date) "
                                     "VALUES (?, ?, '2026-Q3', ?)"));
        query.addBindValue(name);
        query.addBindValue(m_track);
        query.addBindValue(start);
        if (!query.exec())
            qFatal("cannot add a cohort");
        m_file->notifyChanged({QStringLiteral("cohorts")});
        return query.lastInsertId().toLongLong();
    }
    // A cohort added the way the window adds one, with its checklist.
    qint64 newCohort(CohortModel &model, const QString &name, const QDate &start)
    {
        qint64 id = -1;
        QVariantMap values{{QStringLiteral("name"), name},
                           {QStringLiteral("track_id"), m_track},
                           {QStringLiteral("quarter"), QStringLiteral("2026-Q3")}};
        if (start.isValid())
            values.insert(QStringLiteral("start_date"), start);
        if (!model.addRecord(values, QStringLiteral("New cohort"), &id))
            qFatal("cannot add a cohort");
        return id;
    }
    // A start far enough ahead that no item of its checklist is overdue yet.
    static QDate later() { return QDate::currentDate().addDays(90); }
    // The ids of one section in the model's order.
    static QList<qint64> sectionIds(const ChecklistItemModel &model, const QString &section)
    {
        QList<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.sectionAt(row) == section)
                ids.append(model.idAt(row));
        }
        return ids;
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("c%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        m_track = scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"))
                      .toLongLong();
        m_templateSize =
            scalar(QStringLiteral("SELECT count(*) FROM checklist_template_items")).toInt();
        QVERIFY(m_templateSize > 0);
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void aNewFileHasTheProgramChecklistWithoutDueDates()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE cohort_id IS "
                                       "NULL"))
                     .toInt(),
                 m_templateSize);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM checklist_items WHERE due_date IS "
                                       "NOT NULL OR done = 1"))
                     .toInt(),
                 0);
        // Same titles, owners and order as the template.
        QCOMPARE(scalar(QStringLiteral(
                            "SELECT count(*) FROM checklist_items i JOIN checklist_template_items "
                            "t ON t.section = i.section AND t.position = i.position AND t.title = "
                            "i.title AND t.default_owner = i.owner WHERE i.cohort_id IS NULL"))
                     .toInt(),
                 m_templateSize);
    }

    void templateGivesDueDatesFromTheStart_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::newRow("cohort starting in September") << QDate(2026, 9, 7);
        QTest::newRow("cohort starting on a leap day") << QDate(2028, 2, 29);
        QTest::newRow("cohort without a start date") << QDate();
    }
    void templateGivesDueDatesFromTheStart()
    {
        QFETCH(QDate, start);
        const qint64 cohort =
            bareCohort(QStringLiteral("2026-Q3 Bare"),
                       start.isValid() ? QVariant(start.toString(Qt::ISODate))
                                       : QVariant(QMetaType::fromType<QString>()));
        QString error;
        QVERIFY2(ChecklistTemplate::create(*m_file, cohort, &error), qPrintable(error));
        QCOMPARE(itemCount(cohort), m_templateSize);
        QCOMPARE(ChecklistTemplate::itemCount(m_file->database(), cohort), m_templateSize);
        QSqlQuery query(m_file->database());
        query.prepare(QStringLiteral(
            "SELECT i.due_date, t.due_offset_days FROM checklist_items i JOIN "
            "checklist_template_items t ON t.section = i.section AND t.position = i.position "
            "AND t.title = i.title WHERE i.cohort_id = ?"));
        query.addBindValue(cohort);
        QVERIFY(query.exec());
        int matched = 0;
        while (query.next()) {
            ++matched;
            if (start.isValid())
                QCOMPARE(query.value(0).toString(),
                         start.addDays(query.value(1).toInt()).toString(Qt::ISODate));
            else
                QVERIFY(query.value(0).isNull());
        }
        QCOMPARE(matched, m_templateSize);
    }

    void creatingACohortCreatesItsChecklistAndOneUndoRemovesBoth()
    {
        CohortModel cohorts(*m_history);
        QVERIFY(cohorts.select());
        const QDate start = later();
        const qint64 id = newCohort(cohorts, QStringLiteral("2026-Q3 Pilot"), start);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(itemCount(id), m_templateSize);
        QCOMPARE(scalar(QStringLiteral("SELECT min(due_date) FROM checklist_items WHERE "
                                       "cohort_id = ?"),
                        {id})
                     .toString(),
                 start
                     .addDays(scalar(QStringLiteral("SELECT min(due_offset_days) FROM "
                                                    "checklist_template_items"))
                                  .toInt())
                     .toString(Qt::ISODate));
        QCOMPARE(cohorts.data(cohorts.index(cohorts.rowOf(id), CohortModel::Checklist)).toString(),
                 QStringLiteral("0/%1").arg(m_templateSize));

        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cohorts")).toInt(), 0);
        QCOMPARE(itemCount(id), 0);
        // The program's own checklist is not the cohort's and stays.
        QCOMPARE(ChecklistTemplate::itemCount(m_file->database(), QVariant()), m_templateSize);
        m_history->stack()->redo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM cohorts WHERE id = ?"), {id}).toInt(),
                 1);
        QCOMPARE(itemCount(id), m_templateSize);
    }

    void aCohortWithoutStartGetsItsChecklistWithoutDueDates()
    {
        CohortModel cohorts(*m_history);
        QVERIFY(cohorts.select());
        const qint64 id = newCohort(cohorts, QStringLiteral("2026-Q3 Later"), QDate());
        QCOMPARE(itemCount(id), m_templateSize);
        QCOMPARE(scalar(QStringLiteral("SELECT count(due_date) FROM checklist_items WHERE "
                                       "cohort_id = ?"),
                        {id})
                     .toInt(),
                 0);
    }

    void modelPassesTheModelTester()
    {
        CohortModel cohorts(*m_history);
        QVERIFY(cohorts.select());
        const qint64 cohort = newCohort(cohorts, QStringLiteral("2026-Q3 A"), later());
        ChecklistItemModel model(*m_history);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.select());
        QCOMPARE(model.rowCount(), m_templateSize);
        model.setCohort(cohort);
        QCOMPARE(model.rowCount(), m_templateSize);
        QVERIFY(model.setData(model.index(0, ChecklistItemModel::Done), Qt::Checked,
                              Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(1, ChecklistItemModel::Owner), QStringLiteral("Ada")));
        QVERIFY(model.move(1, 1));
        qint64 id = -1;
        QVERIFY(
            model.addItem(QStringLiteral("measurement"), QStringLiteral("Thank the mentors"), &id));
        QVERIFY(model.removeItems({id}));
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
            model.data(model.index(0, column), ProgramTableModel::WarningRole);
            model.data(model.index(0, column), Qt::ToolTipRole);
        }
        model.setProgram();
        QCOMPARE(model.rowCount(), m_templateSize);
    }

    void listsBySectionThenPosition()
    {
        ChecklistItemModel model(*m_history);
        QVERIFY(model.select());
        // The sections in the order they are worked through, not alphabetically.
        QStringList seen;
        int lastPosition = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString section = model.sectionAt(row);
            const int position =
                model.data(model.index(row, ChecklistItemModel::Position), Qt::EditRole).toInt();
            if (seen.isEmpty() || seen.last() != section) {
                QVERIFY2(!seen.contains(section), qPrintable(section));
                seen.append(section);
            } else {
                QVERIFY(position > lastPosition);
            }
            lastPosition = position;
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("pre_launch"), QStringLiteral("infrastructure"),
                                    QStringLiteral("measurement")}));
        QCOMPARE(model.data(model.index(0, ChecklistItemModel::Section)).toString(),
                 QStringLiteral("Pre-launch preparation"));
        // Sorting by a header does not reorder a checklist.
        model.sort(ChecklistItemModel::Title, Qt::AscendingOrder);
        QCOMPARE(model.sectionAt(0), QStringLiteral("pre_launch"));
    }

    void tickingRecordsTheDayAndUndoTakesBoth()
    {
        ChecklistItemModel model(*m_history);
        QVERIFY(model.select());
        const qint64 id = model.idAt(2);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        auto doneOf = [&] {
            return scalar(QStringLiteral("SELECT done FROM checklist_items WHERE id = ?"), {id})
                .toInt();
        };
        auto doneOn = [&] {
            return scalar(QStringLiteral("SELECT done_on FROM checklist_items WHERE id = ?"), {id});
        };
        const int row = model.rowOf(id);
        QCOMPARE(model.data(model.index(row, ChecklistItemModel::Done), Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
        QVERIFY(model.setData(model.index(row, ChecklistItemModel::Done), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(doneOf(), 1);
        QCOMPARE(doneOn().toString(), today);
        QCOMPARE(m_history->stack()->count(), 1);
        QVERIFY(m_history->stack()->undoText().contains(QStringLiteral("done")));
        QCOMPARE(model.progress().done, 1);

        m_history->stack()->undo();
        QCOMPARE(doneOf(), 0);
        QVERIFY(doneOn().isNull());
        m_history->stack()->redo();
        QCOMPARE(doneOn().toString(), today);

        // Unticking clears the day, as one more step.
        QVERIFY(model.setData(model.index(model.rowOf(id), ChecklistItemModel::Done), Qt::Unchecked,
                              Qt::CheckStateRole));
        QCOMPARE(doneOf(), 0);
        QVERIFY(doneOn().isNull());
        QCOMPARE(m_history->stack()->count(), 2);
        m_history->stack()->undo();
        QCOMPARE(doneOf(), 1);
        QCOMPARE(doneOn().toString(), today);

        // The day can be corrected while the item is done, not set on an open one.
        QVERIFY(model.setData(model.index(model.rowOf(id), ChecklistItemModel::DoneOn),
                              QDate(2026, 1, 2)));
        QCOMPARE(doneOn().toString(), QStringLiteral("2026-01-02"));
        const int open = model.rowOf(model.idAt(3));
        QVERIFY(!model.setData(model.index(open, ChecklistItemModel::DoneOn), QDate(2026, 1, 2)));
    }

    void movesWithinItsSectionAsOneStep()
    {
        ChecklistItemModel model(*m_history);
        QVERIFY(model.select());
        const QList<qint64> before = sectionIds(model, QStringLiteral("infrastructure"));
        QVERIFY(before.size() >= 3);
        const int first = model.rowOf(before.at(0));
        QVERIFY(model.move(first, 1));
        QCOMPARE(m_history->stack()->count(), 1);
        QList<qint64> expected = before;
        expected.swapItemsAt(0, 1);
        QCOMPARE(sectionIds(model, QStringLiteral("infrastructure")), expected);
        m_history->stack()->undo();
        QCOMPARE(sectionIds(model, QStringLiteral("infrastructure")), before);
        m_history->stack()->redo();
        QCOMPARE(sectionIds(model, QStringLiteral("infrastructure")), expected);

        // Nothing moves across a section's edge.
        const int top = model.rowOf(expected.first());
        const int bottom = model.rowOf(expected.last());
        QVERIFY(top > 0);
        QVERIFY(!model.canMove(top, -1));
        QVERIFY(!model.move(top, -1));
        QVERIFY(!model.canMove(bottom, 1));
        QVERIFY(!model.move(bottom, 1));
        QVERIFY(model.canMove(bottom, -1));
        QCOMPARE(m_history->stack()->count(), 1);
    }

    void movingTiedPositionsStillMoves()
    {
        ChecklistItemModel model(*m_history);
        exec(QStringLiteral("UPDATE checklist_items SET position = 1 WHERE cohort_id IS NULL AND "
                            "section = 'measurement'"));
        m_file->notifyChanged({QStringLiteral("checklist_items")});
        const QList<qint64> before = sectionIds(model, QStringLiteral("measurement"));
        QVERIFY(model.move(model.rowOf(before.at(0)), 1));
        const QList<qint64> after = sectionIds(model, QStringLiteral("measurement"));
        QCOMPARE(after.at(0), before.at(1));
        QCOMPARE(after.at(1), before.at(0));
    }

    void anotherSectionMovesTheItemToItsEnd()
    {
        ChecklistItemModel model(*m_history);
        QVERIFY(model.select());
        const qint64 id = sectionIds(model, QStringLiteral("pre_launch")).first();
        QVERIFY(model.setData(model.index(model.rowOf(id), ChecklistItemModel::Section),
                              QStringLiteral("measurement")));
        QCOMPARE(sectionIds(model, QStringLiteral("measurement")).last(), id);
        QCOMPARE(m_history->stack()->count(), 1);
        m_history->stack()->undo();
        QCOMPARE(sectionIds(model, QStringLiteral("pre_launch")).first(), id);
    }

    void addsAtTheEndOfASectionAndRemoves()
    {
        ChecklistItemModel model(*m_history);
        QVERIFY(model.select());
        qint64 id = -1;
        QVERIFY(model.addItem(QStringLiteral("infrastructure"),
                              QStringLiteral("Order the showcase pizza"), &id));
        QCOMPARE(sectionIds(model, QStringLiteral("infrastructure")).last(), id);
        QVERIFY(scalar(QStringLiteral("SELECT cohort_id FROM checklist_items WHERE id = ?"), {id})
                    .isNull());
        QCOMPARE(model.progress().total, m_templateSize + 1);
        QVERIFY(model.removeItems({id}));
        QCOMPARE(model.progress().total, m_templateSize);
        m_history->stack()->undo();
        QCOMPARE(model.rowOf(id) >= 0, true);
        m_history->stack()->undo();
        QCOMPARE(model.rowOf(id), -1);
        // Not a section, and an empty title, are refused.
        QVERIFY(!model.addItem(QStringLiteral("catering")));
        const int row = model.rowOf(model.idAt(0));
        QVERIFY(!model.setData(model.index(row, ChecklistItemModel::Title), QStringLiteral("  ")));
    }

    void createsFromTheTemplateOnlyWhenEmpty()
    {
        const qint64 cohort =
            bareCohort(QStringLiteral("2026-Q3 Imported"), QStringLiteral("2026-08-03"));
        ChecklistItemModel model(*m_history);
        model.setCohort(cohort);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.progress().total, 0);
        QVERIFY(model.createFromTemplate());
        QCOMPARE(model.rowCount(), m_templateSize);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(due_date) FROM checklist_items WHERE "
                                       "cohort_id = ?"),
                        {cohort})
                     .toInt(),
                 m_templateSize);
        QVERIFY(!model.createFromTemplate());
        QCOMPARE(itemCount(cohort), m_templateSize);
        m_history->stack()->undo();
        QCOMPARE(model.rowCount(), 0);

        // A file made before the program had its own checklist gets one the same way.
        exec(QStringLiteral("DELETE FROM checklist_items WHERE cohort_id IS NULL"));
        model.setProgram();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.createFromTemplate());
        QCOMPARE(model.rowCount(), m_templateSize);
        QCOMPARE(scalar(QStringLiteral("SELECT count(due_date) FROM checklist_items WHERE "
                                       "cohort_id IS NULL"))
                     .toInt(),
                 0);
    }

    void overdueDetection_data()
    {
        QTest::addColumn<QVariant>("dueInDays"); // relative to today; null: no due date
        QTest::addColumn<bool>("done");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("open, due yesterday") << QVariant(-1) << false << true;
        QTest::newRow("open, due a month ago") << QVariant(-30) << false << true;
        QTest::newRow("open, due today") << QVariant(0) << false << false;
        QTest::newRow("open, due tomorrow") << QVariant(1) << false << false;
        QTest::newRow("done, due last week") << QVariant(-7) << true << false;
        QTest::newRow("open, no due date") << QVariant() << false << false;
    }
    void overdueDetection()
    {
        QFETCH(QVariant, dueInDays);
        QFETCH(bool, done);
        QFETCH(bool, overdue);
        const QDate today = QDate::currentDate();
        const QDate due = dueInDays.isNull() ? QDate() : today.addDays(dueInDays.toInt());
        QCOMPARE(ChecklistProgress::isOverdue(done, due, today), overdue);

        ChecklistItemModel model(*m_history);
        QVERIFY(model.select());
        const qint64 id = model.idAt(0);
        exec(QStringLiteral("UPDATE checklist_items SET due_date = ?, done = ?, done_on = ? "
                            "WHERE id = ?"),
             {due.isValid() ? QVariant(due.toString(Qt::ISODate))
                            : QVariant(QMetaType::fromType<QString>()),
              int(done),
              done ? QVariant(today.toString(Qt::ISODate))
                   : QVariant(QMetaType::fromType<QString>()),
              id});
        m_file->notifyRowChanged(QStringLiteral("checklist_items"), id);
        const int row = model.rowOf(id);
        QCOMPARE(model.isOverdue(row), overdue);
        const QModelIndex dueCell = model.index(row, ChecklistItemModel::DueDate);
        QCOMPARE(model.data(dueCell, ProgramTableModel::WarningRole).toString().isEmpty(),
                 !overdue);
        QCOMPARE(
            model.data(dueCell, Qt::ToolTipRole).toString().contains(QStringLiteral("Overdue")),
            overdue);
        QCOMPARE(model.progress().overdue, overdue ? 1 : 0);
    }

    void cohortProgressColumnCountsAndFollowsChanges()
    {
        CohortModel cohorts(*m_history);
        QVERIFY(cohorts.select());
        const qint64 id = newCohort(cohorts, QStringLiteral("2026-Q3 Pilot"), later());
        const qint64 bare = bareCohort(QStringLiteral("2026-Q3 Bare"), QVariant());
        QVERIFY(cohorts.select());
        auto progressText = [&](qint64 cohort) {
            return cohorts.data(cohorts.index(cohorts.rowOf(cohort), CohortModel::Checklist))
                .toString();
        };
        auto warning = [&](qint64 cohort) {
            return cohorts
                .data(cohorts.index(cohorts.rowOf(cohort), CohortModel::Checklist),
                      ProgramTableModel::WarningRole)
                .toString();
        };
        QCOMPARE(cohorts.headerData(CohortModel::Checklist, Qt::Horizontal).toString(),
                 QStringLiteral("Checklist"));
        QCOMPARE(progressText(bare), QStringLiteral("none"));
        QVERIFY(warning(bare).isEmpty());

        // Three ticked through the checklist model, two left open past their due date.
        ChecklistItemModel items(*m_history);
        items.setCohort(id);
        for (int row = 0; row < 3; ++row)
            QVERIFY(items.setData(items.index(row, ChecklistItemModel::Done), Qt::Checked,
                                  Qt::CheckStateRole));
        QCOMPARE(progressText(id), QStringLiteral("3/%1").arg(m_templateSize));
        QVERIFY(warning(id).isEmpty());
        const QString past = QDate::currentDate().addDays(-3).toString(Qt::ISODate);
        for (int row = 3; row < 5; ++row)
            QVERIFY(items.setData(items.index(row, ChecklistItemModel::DueDate), past));
        QCOMPARE(progressText(id), QStringLiteral("3/%1 · 2 overdue").arg(m_templateSize));
        QVERIFY(warning(id).contains(QStringLiteral("2")));
        const ChecklistProgress progress = cohorts.checklistProgress(cohorts.rowOf(id));
        QCOMPARE(progress.done, 3);
        QCOMPARE(progress.total, m_templateSize);
        QCOMPARE(progress.overdue, 2);

        // Ticking an overdue item takes it out of the overdue count.
        QVERIFY(items.setData(items.index(3, ChecklistItemModel::Done), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(progressText(id), QStringLiteral("4/%1 · 1 overdue").arg(m_templateSize));
        m_history->stack()->undo();
        QCOMPARE(progressText(id), QStringLiteral("3/%1 · 2 overdue").arg(m_templateSize));
    }

    void aChecklistOf300ItemsBehaves()
    {
        const qint64 cohort =
            bareCohort(QStringLiteral("2026-Q3 Long"), QStringLiteral("2026-07-06"));
        const QStringList sections{QStringLiteral("measurement"), QStringLiteral("pre_launch"),
                                   QStringLiteral("infrastructure")};
        exec(QStringLiteral("BEGIN"));
        for (int i = 0; i < 300; ++i)
            exec(QStringLiteral("INSERT INTO checklist_items (cohort_id, section, title, due_date, "
                                "done, position) VALUES (?, ?, ?, ?, ?, ?)"),
                 {cohort, sections.at(i % 3),
                  QStringLiteral("Item %1").arg(i, 3, 10, QLatin1Char('0')),
                  QDate::currentDate().addDays(-10).toString(Qt::ISODate), int(i % 2 == 0),
                  i / 3 + 1});
        exec(QStringLiteral("COMMIT"));
        m_file->notifyChanged({QStringLiteral("checklist_items")});

        ChecklistItemModel model(*m_history);
        model.setCohort(cohort);
        const ChecklistProgress progress = model.progress();
        QCOMPARE(progress.total, 300);
        QCOMPARE(progress.done, 150);
        QCOMPARE(progress.overdue, 150);
        QCOMPARE(model.matchingRowCount(), 300);
        // The last item is found beyond the first fetch, in the last section.
        const qint64 last = scalar(QStringLiteral("SELECT id FROM checklist_items WHERE cohort_id "
                                                  "= ? AND section = 'measurement' ORDER BY "
                                                  "position DESC LIMIT 1"),
                                   {cohort})
                                .toLongLong();
        const int row = model.rowOf(last);
        QCOMPARE(row, 299);
        QCOMPARE(model.rowCount(), 300);
        QCOMPARE(model.sectionAt(0), QStringLiteral("pre_launch"));
        QCOMPARE(model.sectionAt(100), QStringLiteral("infrastructure"));
        QCOMPARE(model.sectionAt(299), QStringLiteral("measurement"));
        QVERIFY(!model.canMove(row, 1));
        QVERIFY(model.move(row, -1));
        QCOMPARE(model.rowOf(last), 298);
        qint64 id = -1;
        QVERIFY(model.addItem(QStringLiteral("pre_launch"), QStringLiteral("One more"), &id));
        QCOMPARE(model.rowOf(id), 100);
        QCOMPARE(scalar(QStringLiteral("SELECT position FROM checklist_items WHERE id = ?"), {id})
                     .toInt(),
                 101);
        QCOMPARE(model.progress().total, 301);
    }
};

QTEST_GUILESS_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
