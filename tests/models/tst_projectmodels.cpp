// SPDX-License-Identifier: GPL-3.0-or-later
// The Projects area's models: the project board's moves (by drop or by status) with their
// undo, the mentorship capacity rule with its recorded override, and the protected-time grid
// whose edits and whole weeks are single undo steps.
#include "applicationprojectmodel.h"
#include "edithistory.h"
#include "mentorshipmodel.h"
#include "programfile.h"
#include "projectcolumnmodel.h"
#include "protectedtimegridmodel.h"
#include "protectedtimemodel.h"
#include "sqltestrows.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Upskill;

class TestProjectModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;
    qint64 m_cohort = 0;     // 12 Jan to 6 Feb 2026, showcase on 6 Feb
    QList<qint64> m_people;  // Ana, Ben, Cy in the cohort; Dee withdrew
    QList<qint64> m_mentors; // Mo, Nia: alumni outside the cohort

    qint64 insert(const QString &sql, const QVariantList &values = {})
    {
        return TestSql::insert(m_file->database(), sql, values);
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSql::scalar(m_file->database(), sql, values);
    }
    qint64 person(const QString &name, const QString &team, const QString &manager = {})
    {
        return insert(QStringLiteral("INSERT INTO participants (name, email, team, manager, "
                                     "is_alumnus) VALUES (?, ?, ?, ?, ?)"),
                      {name, name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@ex.org"),
                       team, manager.isNull() ? QStringLiteral("") : manager, 0});
    }
    qint64 project(qint64 who, const QString &title, const QString &status)
    {
        return insert(QStringLiteral("INSERT INTO application_projects (participant_id, "
                                     "cohort_id, title, status) VALUES (?, ?, ?, ?)"),
                      {who, m_cohort, title, status});
    }
    QString statusOf(qint64 project) const
    {
        return scalar(QStringLiteral("SELECT status FROM application_projects WHERE id = ?"),
                      {project})
            .toString();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("p%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        connect(m_history.get(), &EditHistory::editFailed, this,
                [](const QString &message) { qWarning() << "edit failed:" << message; });
        const qint64 track =
            scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"))
                .toLongLong();
        m_cohort = insert(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, "
                                         "start_date, end_date, status, showcase_date) VALUES "
                                         "('Basics', ?, '2026-Q1', '2026-01-12', '2026-02-06', "
                                         "'running', '2026-02-06')"),
                          {track});
        m_people = {
            person(QStringLiteral("Ana Lopez"), QStringLiteral("Payments"),
                   QStringLiteral("Lee Park")),
            person(QStringLiteral("Ben Berg"), QStringLiteral("Payments"),
                   QStringLiteral("Kim Ito")),
            person(QStringLiteral("Cy Chen"), QStringLiteral("Data"), QStringLiteral("Lee Park")),
            person(QStringLiteral("Dee Dunn"), QStringLiteral("Data"))};
        for (int i = 0; i < m_people.size(); ++i)
            insert(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status) "
                                  "VALUES (?, ?, ?)"),
                   {m_cohort, m_people.at(i),
                    i == 3 ? QStringLiteral("withdrawn") : QStringLiteral("active")});
        m_mentors = {person(QStringLiteral("Mo Alum"), QStringLiteral("Platform")),
                     person(QStringLiteral("Nia Alum"), QStringLiteral("Platform"))};
        insert(QStringLiteral("UPDATE participants SET is_alumnus = 1 WHERE id IN (?, ?)"),
               {m_mentors.at(0), m_mentors.at(1)});
        m_file->notifyChanged({QStringLiteral("cohorts"), QStringLiteral("participants"),
                               QStringLiteral("enrollments")});
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    // The board.
    void moveFillsTheShowcaseDateAndUndoesInOneStep_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("showcase"); // after the move; empty: none
        QTest::newRow("idea to prototyping") << "idea"
                                             << "prototyping" << QString();
        QTest::newRow("prototyping to showcased") << "prototyping"
                                                  << "showcased"
                                                  << "2026-02-06";
        QTest::newRow("straight to production") << "idea"
                                                << "in_production"
                                                << "2026-02-06";
        QTest::newRow("dropped") << "prototyping"
                                 << "dropped" << QString();
    }

    void moveFillsTheShowcaseDateAndUndoesInOneStep()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, showcase);
        ApplicationProjectModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        model.setCohort(m_cohort);
        const qint64 id = project(m_people.at(0), QStringLiteral("Triage bot"), from);
        model.select();
        QVERIFY(model.moveProjects({id}, to));
        QCOMPARE(statusOf(id), to);
        QCOMPARE(scalar(QStringLiteral("SELECT showcase_date FROM application_projects WHERE id "
                                       "= ?"),
                        {id})
                     .toString(),
                 showcase);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(m_history->stack()->undoText(),
                 QStringLiteral("Move “Triage bot” to %1")
                     .arg(Vocabulary::label(Term::ProjectStatus, to)));
        m_history->stack()->undo();
        QCOMPARE(statusOf(id), from);
        QVERIFY(scalar(QStringLiteral("SELECT showcase_date FROM application_projects WHERE id "
                                      "= ?"),
                       {id})
                    .isNull());
    }

    void statusChosenInTheTableIsAMove()
    {
        ApplicationProjectModel model(*m_history);
        model.setCohort(m_cohort);
        const qint64 id =
            project(m_people.at(0), QStringLiteral("Triage bot"), QStringLiteral("idea"));
        model.select();
        QVERIFY(model.setData(model.index(model.rowOf(id), ApplicationProjectModel::Status),
                              QStringLiteral("Showcased")));
        QCOMPARE(statusOf(id), QStringLiteral("showcased"));
        QCOMPARE(
            scalar(QStringLiteral("SELECT showcase_date FROM application_projects")).toString(),
            QStringLiteral("2026-02-06"));
    }

    void columnsFilterAndDropMovesWithUndo()
    {
        ApplicationProjectModel projects(*m_history);
        projects.setCohort(m_cohort);
        const qint64 a =
            project(m_people.at(0), QStringLiteral("Triage bot"), QStringLiteral("idea"));
        const qint64 b =
            project(m_people.at(1), QStringLiteral("Test writer"), QStringLiteral("idea"));
        project(m_people.at(2), QStringLiteral("Schema helper"), QStringLiteral("prototyping"));
        projects.select();
        ProjectColumnModel ideas(&projects, QStringLiteral("idea"));
        ProjectColumnModel prototyping(&projects, QStringLiteral("prototyping"));
        QAbstractItemModelTester tester(&prototyping);
        QCOMPARE(ideas.rowCount(), 2);
        QCOMPARE(prototyping.rowCount(), 1);

        // Both idea cards dragged onto the prototyping column.
        std::unique_ptr<QMimeData> data(
            ideas.mimeData({ideas.index(0, ApplicationProjectModel::Title),
                            ideas.index(1, ApplicationProjectModel::Title)}));
        QCOMPARE(ProjectColumnModel::idsOf(data.get()).size(), 2);
        QVERIFY(prototyping.canDropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QSignalSpy dropped(&prototyping, &ProjectColumnModel::dropped);
        QVERIFY(prototyping.dropMimeData(data.get(), Qt::MoveAction, -1, -1, {}));
        QTRY_COMPARE(dropped.count(), 1);
        QCOMPARE(statusOf(a), QStringLiteral("prototyping"));
        QCOMPARE(statusOf(b), QStringLiteral("prototyping"));
        QCOMPARE(ideas.rowCount(), 0);
        QCOMPARE(prototyping.rowCount(), 3);
        // The view's clean-up after a move-drag must not delete anything.
        QVERIFY(!prototyping.removeRows(0, 1));
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(m_history->stack()->undoText(),
                 QStringLiteral("Move 2 project(s) to Prototyping"));
        m_history->stack()->undo();
        QCOMPARE(ideas.rowCount(), 2);
        QCOMPARE(statusOf(a), QStringLiteral("idea"));

        // Something else on the clipboard is not a card.
        QMimeData text;
        text.setText(QStringLiteral("hello"));
        QVERIFY(!prototyping.canDropMimeData(&text, Qt::MoveAction, -1, -1, {}));
    }

    void neighbourStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("delta");
        QTest::addColumn<QString>("expected");
        QTest::newRow("idea right") << "idea" << 1 << "prototyping";
        QTest::newRow("idea left") << "idea" << -1 << QString();
        QTest::newRow("showcased right") << "showcased" << 1 << "in_production";
        QTest::newRow("production right") << "in_production" << 1 << "dropped";
        QTest::newRow("dropped right") << "dropped" << 1 << QString();
        QTest::newRow("unknown") << "nonsense" << 1 << QString();
    }

    void neighbourStatus()
    {
        QFETCH(QString, status);
        QFETCH(int, delta);
        QFETCH(QString, expected);
        QCOMPARE(ApplicationProjectModel::neighbourStatus(status, delta), expected);
    }

    void addProjectTakesTheTeamAndNeedsATitle()
    {
        ApplicationProjectModel model(*m_history);
        QSignalSpy refused(&model, &ApplicationProjectModel::editRefused);
        QVERIFY(!model.addProject(m_people.at(0), QStringLiteral("Bot"), {}, {}));
        QCOMPARE(refused.count(), 1); // no cohort chosen
        model.setCohort(m_cohort);
        QVERIFY(!model.addProject(m_people.at(0), QStringLiteral("  "), {}, {}));
        qint64 id = -1;
        QVERIFY(model.addProject(m_people.at(2), QStringLiteral(" Schema helper "),
                                 QStringLiteral("Migrations break"), {}, &id));
        QCOMPARE(scalar(QStringLiteral("SELECT title || '|' || team || '|' || status FROM "
                                       "application_projects WHERE id = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("Schema helper|Data|idea"));
        // Without a problem written down yet: empty, not missing.
        QVERIFY(model.addProject(m_people.at(0), QStringLiteral("Bot"), {}, {}));
        QCOMPARE(scalar(QStringLiteral("SELECT problem || '|' || team FROM application_projects "
                                       "WHERE title = 'Bot'"))
                     .toString(),
                 QStringLiteral("|Payments"));
        QCOMPARE(model.rowCount(), 2);
    }

    void productionListIsProgramWide()
    {
        const qint64 track = scalar(QStringLiteral("SELECT id FROM tracks LIMIT 1")).toLongLong();
        const qint64 other = insert(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter) "
                                                   "VALUES ('Other', ?, '2025-Q4')"),
                                    {track});
        project(m_people.at(0), QStringLiteral("Live one"), QStringLiteral("in_production"));
        project(m_people.at(1), QStringLiteral("Not yet"), QStringLiteral("showcased"));
        insert(QStringLiteral("INSERT INTO application_projects (participant_id, cohort_id, "
                              "title, status) VALUES (?, ?, 'Elsewhere', 'in_production')"),
               {m_people.at(2), other});
        ApplicationProjectModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        model.setProductionOnly();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.matchingRowCount(), 2);
        model.setSearchText(QStringLiteral("elsew"));
        QCOMPARE(model.matchingRowCount(), 1);
        QCOMPARE(model.index(0, ApplicationProjectModel::Cohort).data().toString(),
                 QStringLiteral("Other"));
    }

    // Mentorship: the capacity rule.
    // Dates moved or stretched over a time the mentor is full are refused as adding would be;
    // a pairing already made beyond capacity keeps its recorded reason whatever its dates.
    void datesCannotTakeAMentorBeyondCapacity()
    {
        insert(QStringLiteral("UPDATE program_settings SET mentor_capacity = 2"));
        const qint64 mo = m_mentors.at(0);
        {
            MentorshipModel spring(*m_history);
            spring.setCohort(m_cohort);
            QVERIFY(spring.addMentorship(mo, m_people.at(0)));
            QVERIFY(spring.addMentorship(mo, m_people.at(1)));
        }
        const QString springEnd =
            scalar(QStringLiteral("SELECT max(ends_on) FROM mentorships")).toString();
        const qint64 track = scalar(QStringLiteral("SELECT id FROM tracks LIMIT 1")).toLongLong();
        const qint64 later = insert(QStringLiteral("INSERT INTO cohorts (name, track_id, quarter, "
                                                   "start_date, end_date) VALUES ('Later', ?, "
                                                   "'2026-Q2', '2026-04-06', '2026-05-01')"),
                                    {track});
        MentorshipModel model(*m_history);
        model.setCohort(later);
        QSignalSpy refused(&model, &MentorshipModel::editRefused);
        qint64 id = -1;
        QVERIFY(model.addMentorship(mo, m_people.at(2), QString(), &id)); // free by then
        const int row = model.rowOf(id);
        QVERIFY(!model.setData(model.index(row, MentorshipModel::StartsOn), springEnd));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(refused.first().first().toString().contains(QStringLiteral("at most 2")),
                 qPrintable(refused.first().first().toString()));
        QVERIFY(model.index(row, MentorshipModel::StartsOn).data(Qt::EditRole).toDate() >
                QDate::fromString(springEnd, Qt::ISODate));
        // The day after the spring mentorships end is free.
        const QString free =
            QDate::fromString(springEnd, Qt::ISODate).addDays(1).toString(Qt::ISODate);
        QVERIFY(model.setData(model.index(row, MentorshipModel::StartsOn), free));
        insert(QStringLiteral("UPDATE mentorships SET over_capacity = 1, override_reason = "
                              "'Only LLMOps expert' WHERE id = ?"),
               {id});
        m_history->file().notifyChanged({QStringLiteral("mentorships")});
        QVERIFY(model.setData(model.index(model.rowOf(id), MentorshipModel::StartsOn), springEnd));
    }

    void capacityRefusedThenOverrideRecorded()
    {
        MentorshipModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        model.setCohort(m_cohort);
        QSignalSpy refused(&model, &MentorshipModel::editRefused);
        insert(QStringLiteral("UPDATE program_settings SET mentor_capacity = 2"));
        const qint64 mo = m_mentors.at(0);
        QVERIFY(model.addMentorship(mo, m_people.at(0)));
        QVERIFY(model.addMentorship(mo, m_people.at(1)));
        QCOMPARE(refused.count(), 0);
        // Full: refused with a message that names the mentor and the way out.
        QVERIFY(!model.addMentorship(mo, m_people.at(2)));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().startsWith(
            QStringLiteral("Mo Alum already mentors 2 mentee(s) during this cohort")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mentorships")).toInt(), 2);
        // With a reason it goes through, and the override is on record.
        qint64 id = -1;
        QVERIFY(model.addMentorship(mo, m_people.at(2), QStringLiteral("Only data expert"), &id));
        QCOMPARE(scalar(QStringLiteral("SELECT over_capacity || '|' || override_reason FROM "
                                       "mentorships WHERE id = ?"),
                        {id})
                     .toString(),
                 QStringLiteral("1|Only data expert"));
        // Within capacity a reason is not an override.
        QVERIFY(
            model.addMentorship(m_mentors.at(1), m_people.at(3), QStringLiteral("just because")));
        QCOMPARE(scalar(QStringLiteral("SELECT over_capacity || override_reason FROM "
                                       "mentorships WHERE mentee_id = ?"),
                        {m_people.at(3)})
                     .toString(),
                 QStringLiteral("0"));
        // The table shows the load against the capacity, over it with a warning.
        const int row = model.rowOf(id);
        QCOMPARE(model.index(row, MentorshipModel::MentorLoadColumn).data().toString(),
                 QStringLiteral("3 of 2 mentee(s)"));
        QVERIFY(!model.index(row, MentorshipModel::MentorLoadColumn)
                     .data(ProgramTableModel::WarningRole)
                     .toString()
                     .isEmpty());
        QCOMPARE(model.index(row, MentorshipModel::OverCapacity).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));
        // The recorded reason cannot be emptied, and only an override has one to edit.
        QVERIFY(!model.setData(model.index(row, MentorshipModel::OverrideReason), QString()));
        QVERIFY(model.flags(model.index(row, MentorshipModel::OverrideReason)) &
                Qt::ItemIsEditable);
        const int within = model.rowOf(scalar(QStringLiteral("SELECT id FROM mentorships WHERE "
                                                             "mentee_id = ?"),
                                              {m_people.at(3)})
                                           .toLongLong());
        QVERIFY(!(model.flags(model.index(within, MentorshipModel::OverrideReason)) &
                  Qt::ItemIsEditable));
    }

    void endDateDefaultsToCohortEndPlusFollowUp_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("ends");
        QTest::newRow("one month") << 1 << "2026-03-06";
        QTest::newRow("none") << 0 << "2026-02-06";
        QTest::newRow("two months") << 2 << "2026-04-06";
    }

    void endDateDefaultsToCohortEndPlusFollowUp()
    {
        QFETCH(int, months);
        QFETCH(QString, ends);
        insert(QStringLiteral("UPDATE program_settings SET mentorship_followup_months = ?"),
               {months});
        MentorshipModel model(*m_history);
        model.setCohort(m_cohort);
        QVERIFY(model.addMentorship(m_mentors.at(0), m_people.at(0)));
        QCOMPARE(scalar(QStringLiteral("SELECT starts_on || ' ' || ends_on FROM mentorships"))
                     .toString(),
                 QStringLiteral("2026-01-12 ") + ends);
    }

    void batchIsOneStepAndCountsItself()
    {
        insert(QStringLiteral("UPDATE program_settings SET mentor_capacity = 2"));
        MentorshipModel model(*m_history);
        model.setCohort(m_cohort);
        QSignalSpy refused(&model, &MentorshipModel::editRefused);
        const qint64 mo = m_mentors.at(0);
        // Three for Mo with room for two: the third is refused, and with it the whole batch.
        QVERIFY(!model.addMentorships(
            {{mo, m_people.at(0), {}}, {mo, m_people.at(1), {}}, {mo, m_people.at(2), {}}},
            QStringLiteral("Pair")));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mentorships")).toInt(), 0);
        QVERIFY(model.addMentorships({{mo, m_people.at(0), {}},
                                      {mo, m_people.at(1), {}},
                                      {m_mentors.at(1), m_people.at(2), {}}},
                                     QStringLiteral("Pair 3 mentees")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(m_history->stack()->count(), 1);
        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mentorships")).toInt(), 0);
        m_history->stack()->redo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM mentorships")).toInt(), 3);
    }

    void mentorshipRefusals_data()
    {
        QTest::addColumn<int>("mentor"); // index into people + mentors
        QTest::addColumn<int>("mentee");
        QTest::newRow("themself") << 4 << 4;
        QTest::newRow("mentee who has a mentor here") << 5 << 0;
    }

    void mentorshipRefusals()
    {
        QFETCH(int, mentor);
        QFETCH(int, mentee);
        const QList<qint64> everyone = m_people + m_mentors;
        MentorshipModel model(*m_history);
        model.setCohort(m_cohort);
        QVERIFY(model.addMentorship(m_mentors.at(0), m_people.at(0)));
        QSignalSpy refused(&model, &MentorshipModel::editRefused);
        QVERIFY(!model.addMentorship(everyone.at(mentor), everyone.at(mentee)));
        QCOMPARE(refused.count(), 1);
    }

    void satisfactionAndFeedback_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("satisfaction 0")
            << int(MentorshipModel::MentorSatisfaction) << QVariant("0") << false;
        QTest::newRow("satisfaction 6")
            << int(MentorshipModel::MentorSatisfaction) << QVariant("6") << false;
        QTest::newRow("satisfaction 5")
            << int(MentorshipModel::MentorSatisfaction) << QVariant("5") << true;
        QTest::newRow("satisfaction empty")
            << int(MentorshipModel::MentorSatisfaction) << QVariant("") << true;
        QTest::newRow("feedback") << int(MentorshipModel::MenteeFeedback)
                                  << QVariant("Great pairing") << true;
        QTest::newRow("end before start")
            << int(MentorshipModel::EndsOn) << QVariant("2025-12-01") << false;
        QTest::newRow("later end")
            << int(MentorshipModel::EndsOn) << QVariant("2026-05-01") << true;
    }

    void satisfactionAndFeedback()
    {
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        MentorshipModel model(*m_history);
        model.setCohort(m_cohort);
        QVERIFY(model.addMentorship(m_mentors.at(0), m_people.at(0)));
        QCOMPARE(model.setData(model.index(0, column), value), accepted);
        // A refused value leaves only the pairing to undo.
        if (!accepted)
            QCOMPARE(m_history->stack()->count(), 1);
    }

    // Protected time: the grid.
    void gridShapeAndFirstEntry()
    {
        ProtectedTimeGridModel grid(*m_history);
        QAbstractItemModelTester tester(&grid);
        grid.setCohort(m_cohort);
        // Ana, Ben, Cy (Dee withdrew without entries) by four weeks and the utilisation.
        QCOMPARE(grid.rowCount(), 3);
        QCOMPARE(grid.columnCount(), 5);
        QCOMPARE(grid.weekAt(3), QDate(2026, 2, 2));
        QCOMPARE(grid.headerData(0, Qt::Vertical).toString(), QStringLiteral("Ana Lopez"));
        const QModelIndex cell = grid.index(1, 1);
        QVERIFY(grid.data(cell).toString().isEmpty());
        QVERIFY(grid.setData(cell, QStringLiteral("3")));
        QCOMPARE(scalar(QStringLiteral("SELECT hours_planned || '/' || hours_used || '/' || "
                                       "week_start FROM protected_time WHERE participant_id = ?"),
                        {m_people.at(1)})
                     .toString(),
                 QStringLiteral("5.0/3.0/2026-01-19"));
        QCOMPARE(grid.data(cell).toString(), QStringLiteral("3 / 5"));
        QVERIFY(grid.data(cell, ProtectedTimeGridModel::ViolationRole).toBool());
        QVERIFY(grid.data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("Kim Ito")));
        QCOMPARE(grid.data(grid.index(1, grid.utilisationColumn())).toString(),
                 QStringLiteral("60 %"));
        QCOMPARE(grid.figures().violations.size(), 1);
        // Undo removes the row it added.
        QCOMPARE(m_history->stack()->count(), 1);
        m_history->stack()->undo();
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM protected_time")).toInt(), 0);
        QVERIFY(grid.data(cell).toString().isEmpty());
        QCOMPARE(grid.rowCount(), 3);
    }

    void gridRefusesNonsense_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("hours") << QVariant("4.5") << true;
        QTest::newRow("zero") << QVariant("0") << true;
        QTest::newRow("negative") << QVariant("-1") << false;
        QTest::newRow("a whole week and more") << QVariant("81") << false;
        QTest::newRow("words") << QVariant("some") << false;
    }

    void gridRefusesNonsense()
    {
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        ProtectedTimeGridModel grid(*m_history);
        grid.setCohort(m_cohort);
        QSignalSpy refused(&grid, &ProtectedTimeGridModel::editRefused);
        QCOMPARE(grid.setData(grid.index(0, 0), value), accepted);
        QCOMPARE(refused.count(), accepted ? 0 : 1);
        if (!accepted)
            QVERIFY(
                refused.first().first().toString().startsWith(QStringLiteral("Ana Lopez, week 1")));
    }

    void wholeWeekIsOneStep()
    {
        ProtectedTimeGridModel grid(*m_history);
        grid.setCohort(m_cohort);
        // Ana already has the week; Ben and Cy get theirs added.
        QVERIFY(grid.setData(grid.index(0, 0), QStringLiteral("5")));
        const int before = m_history->stack()->count();
        QVERIFY(
            grid.setWeek(QDate(2026, 1, 12), {{m_people.at(0), 2.0, QStringLiteral("incident")},
                                              {m_people.at(1), 5.0, QStringLiteral("incident")},
                                              {m_people.at(2), 0.0, QStringLiteral("meeting")}}));
        QCOMPARE(m_history->stack()->count(), before + 1);
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(hours_used || ':' || "
                                       "coalesce(reason, '-'), ' ') FROM (SELECT * FROM "
                                       "protected_time ORDER BY participant_id)"))
                     .toString(),
                 QStringLiteral("2.0:incident 5.0:- 0.0:meeting"));
        QCOMPARE(grid.figures().cohort.belowPlan, 2);
        QCOMPARE(grid.figures().cohort.used, 7.0);
        m_history->stack()->undo();
        // Back to Ana's week alone, as entered before.
        QCOMPARE(scalar(QStringLiteral("SELECT group_concat(hours_used || ':' || "
                                       "coalesce(reason, '-'), ' ') FROM protected_time"))
                     .toString(),
                 QStringLiteral("5.0:-"));
        QVERIFY(!grid.setWeek(QDate(2026, 3, 2), {{m_people.at(0), 1.0, {}}}));
    }

    void reasonsPlannedAndClearing()
    {
        ProtectedTimeGridModel grid(*m_history);
        grid.setCohort(m_cohort);
        const QModelIndexList cells{grid.index(0, 0), grid.index(2, 0)};
        QVERIFY(grid.setReason(cells, QStringLiteral("sprint_work")));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM protected_time WHERE reason = "
                                       "'sprint_work' AND hours_used IS NULL"))
                     .toInt(),
                 2);
        QVERIFY(grid.setPlanned(cells, 4));
        QVERIFY(grid.setData(grid.index(0, 0), QStringLiteral("3")));
        QCOMPARE(grid.data(grid.index(0, 0)).toString(), QStringLiteral("3 / 4 · Sprint work"));
        QVERIFY(grid.clearUsed({grid.index(0, 0)}));
        QCOMPARE(grid.data(grid.index(0, 0)).toString(), QStringLiteral("– / 4"));
        QVERIFY(grid.setReason(cells, QString()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM protected_time WHERE reason IS NULL"))
                     .toInt(),
                 2);
        QCOMPARE(m_history->stack()->count(), 5);
    }

    void entriesListClearsReasons()
    {
        ProtectedTimeModel model(*m_history);
        QAbstractItemModelTester tester(&model);
        insert(QStringLiteral("INSERT INTO protected_time (cohort_id, participant_id, week_start, "
                              "hours_planned, hours_used, reason) VALUES (?, ?, '2026-01-12', 5, "
                              "2, NULL)"),
               {m_cohort, m_people.at(0)});
        model.setCohort(m_cohort);
        const QModelIndex reason = model.index(0, ProtectedTimeModel::Reason);
        QVERIFY(!reason.data(ProgramTableModel::WarningRole).toString().isEmpty());
        QCOMPARE(reason.data(ProgramTableModel::ChoicesRole).toList().size(), 5);
        QVERIFY(model.setData(reason, QStringLiteral("incident")));
        QVERIFY(reason.data(ProgramTableModel::WarningRole).toString().isEmpty());
        QVERIFY(model.setData(model.index(0, ProtectedTimeModel::Reason), QString()));
        QVERIFY(scalar(QStringLiteral("SELECT reason FROM protected_time")).isNull());
        QVERIFY(
            !model.setData(model.index(0, ProtectedTimeModel::HoursUsed), QStringLiteral("90")));
        QVERIFY(!model.setData(model.index(0, ProtectedTimeModel::HoursPlanned), QString()));
    }
};

QTEST_MAIN(TestProjectModels)
#include "tst_projectmodels.moc"
