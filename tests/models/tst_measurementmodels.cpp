// SPDX-License-Identifier: GPL-3.0-or-later
// The entry of the four-level evaluation's figures: survey responses (satisfaction), the
// monthly behaviour follow-up and the quarterly business impact of a cohort, each checked
// before it reaches the file and undoable.
#include "behaviourmetricmodel.h"
#include "edithistory.h"
#include "impactmetricmodel.h"
#include "programfile.h"
#include "sqltestrows.h"
#include "surveyresponsemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestMeasurementModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    std::unique_ptr<EditHistory> m_history;
    int m_counter = 0;
    qint64 m_cohort = 0;      // completed; four of its six people completed it
    qint64 m_otherCohort = 0; // has a session of its own
    qint64 m_emptyCohort = 0; // no sessions, nobody enrolled
    QList<qint64> m_people;   // 0–3 completed, 4 withdrew, 5 still active
    qint64 m_mentor = 0;
    qint64 m_stranger = 0; // in no cohort
    QList<qint64> m_sessions;
    qint64 m_otherSession = 0;

    qint64 insert(const QString &sql, const QVariantList &values = {})
    {
        return TestSql::insert(m_file->database(), sql, values);
    }
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        return TestSql::scalar(m_file->database(), sql, values);
    }
    qint64 person(const QString &name)
    {
        return insert(QStringLiteral("INSERT INTO participants (name, email) VALUES (?, ?)"),
                      {name, name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@ex.org")});
    }
    int monthRows(int month) const
    {
        return scalar(QStringLiteral("SELECT count(*) FROM behaviour_metrics WHERE cohort_id = ? "
                                     "AND month_after = ?"),
                      {m_cohort, month})
            .toInt();
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("m%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_history = std::make_unique<EditHistory>(*m_file);
        const qint64 track =
            scalar(QStringLiteral("SELECT id FROM tracks WHERE kind = 'foundational'"))
                .toLongLong();
        const QString cohortSql = QStringLiteral(
            "INSERT INTO cohorts (name, track_id, quarter, start_date, end_date, status) "
            "VALUES (?, ?, ?, ?, ?, ?)");
        m_cohort = insert(cohortSql, {QStringLiteral("Spring basics"), track,
                                      QStringLiteral("2026-Q1"), QStringLiteral("2026-01-12"),
                                      QStringLiteral("2026-02-06"), QStringLiteral("completed")});
        m_otherCohort =
            insert(cohortSql, {QStringLiteral("Summer basics"), track, QStringLiteral("2026-Q3"),
                               QStringLiteral("2026-07-06"), QStringLiteral("2026-07-31"),
                               QStringLiteral("planned")});
        m_emptyCohort =
            insert(cohortSql, {QStringLiteral("Autumn basics"), track, QStringLiteral("2026-Q4"),
                               QVariant(), QVariant(), QStringLiteral("planned")});
        m_people.clear();
        const QStringList statuses{QStringLiteral("completed"), QStringLiteral("completed"),
                                   QStringLiteral("completed"), QStringLiteral("completed"),
                                   QStringLiteral("withdrawn"), QStringLiteral("active")};
        for (int i = 0; i < statuses.size(); ++i) {
            m_people.append(person(QStringLiteral("Person %1").arg(i)));
            insert(QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, status) "
                                  "VALUES (?, ?, ?)"),
                   {m_cohort, m_people.last(), statuses.at(i)});
        }
        m_mentor = person(QStringLiteral("Mentor Alum"));
        insert(QStringLiteral("INSERT INTO mentorships (mentor_id, mentee_id, cohort_id) VALUES "
                              "(?, ?, ?)"),
               {m_mentor, m_people.first(), m_cohort});
        m_stranger = person(QStringLiteral("Somebody Else"));
        const QString sessionSql = QStringLiteral(
            "INSERT INTO sessions (cohort_id, title, starts_at, duration_minutes, format) "
            "VALUES (?, ?, ?, 120, 'workshop')");
        m_sessions = {insert(sessionSql, {m_cohort, QStringLiteral("Prompting basics"),
                                          QStringLiteral("2026-01-13T09:00:00")}),
                      insert(sessionSql, {m_cohort, QStringLiteral("Retrieval in practice"),
                                          QStringLiteral("2026-01-20T09:00:00")})};
        m_otherSession = insert(sessionSql, {m_otherCohort, QStringLiteral("Other cohort's"),
                                             QStringLiteral("2026-07-07T09:00:00")});
        m_file->notifyChanged({QStringLiteral("cohorts"), QStringLiteral("participants"),
                               QStringLiteral("enrollments"), QStringLiteral("sessions"),
                               QStringLiteral("mentorships")});
    }
    void cleanup()
    {
        m_history.reset();
        m_file.reset();
    }

    void validation_data()
    {
        QTest::addColumn<QString>("table");
        // For surveys: "end" edits an end-of-program response without a session, "session"
        // a response to the first session.
        QTest::addColumn<QString>("target");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");

        const QString s = QStringLiteral("survey");
        const QString b = QStringLiteral("behaviour");
        const QString i = QStringLiteral("impact");
        const QString end = QStringLiteral("end");
        const QString session = QStringLiteral("session");
        const auto text = [](const char *value) { return QVariant(QString::fromUtf8(value)); };
        using SR = SurveyResponseModel;
        using BM = BehaviourMetricModel;
        using IM = ImpactMetricModel;

        QTest::newRow("satisfaction 0") << s << end << int(SR::Satisfaction) << text("0") << false;
        QTest::newRow("satisfaction 6") << s << end << int(SR::Satisfaction) << text("6") << false;
        QTest::newRow("satisfaction 1") << s << end << int(SR::Satisfaction) << text("1") << true;
        QTest::newRow("satisfaction 5") << s << end << int(SR::Satisfaction) << text("5") << true;
        QTest::newRow("satisfaction empty")
            << s << end << int(SR::Satisfaction) << text("") << true;
        QTest::newRow("recommend 11") << s << end << int(SR::Recommend) << text("11") << false;
        QTest::newRow("recommend -1") << s << end << int(SR::Recommend) << text("-1") << false;
        QTest::newRow("recommend 0") << s << end << int(SR::Recommend) << text("0") << true;
        QTest::newRow("recommend 10") << s << end << int(SR::Recommend) << text("10") << true;
        QTest::newRow("kind session without a session")
            << s << end << int(SR::Kind) << text("session") << false;
        QTest::newRow("kind manager") << s << end << int(SR::Kind) << text("manager") << true;
        QTest::newRow("session kind loses its session")
            << s << session << int(SR::Session) << text("") << false;
        QTest::newRow("session of another cohort")
            << s << session << int(SR::Session) << QVariant(-1) << false;
        QTest::newRow("another session of the cohort")
            << s << session << int(SR::Session) << QVariant(-2) << true;
        QTest::newRow("anonymous") << s << session << int(SR::Participant) << text("") << true;
        QTest::newRow("a participant of the cohort")
            << s << end << int(SR::Participant) << QVariant(-3) << true;
        QTest::newRow("a mentor of the cohort")
            << s << end << int(SR::Participant) << QVariant(-4) << true;
        QTest::newRow("someone from elsewhere")
            << s << end << int(SR::Participant) << QVariant(-5) << false;

        QTest::newRow("usage 101")
            << b << QString() << int(BM::AiToolUsage) << text("101") << false;
        QTest::newRow("usage -0.5")
            << b << QString() << int(BM::AiToolUsage) << text("-0.5") << false;
        QTest::newRow("usage 0") << b << QString() << int(BM::AiToolUsage) << text("0") << true;
        QTest::newRow("usage 100") << b << QString() << int(BM::AiToolUsage) << text("100") << true;
        QTest::newRow("usage 55.5")
            << b << QString() << int(BM::AiToolUsage) << text("55.5") << true;
        QTest::newRow("month 7") << b << QString() << int(BM::Month) << text("7") << false;
        QTest::newRow("month 0") << b << QString() << int(BM::Month) << text("0") << false;
        QTest::newRow("month 6") << b << QString() << int(BM::Month) << text("6") << true;
        QTest::newRow("month taken") << b << QString() << int(BM::Month) << text("2") << false;
        QTest::newRow("rating 6") << b << QString() << int(BM::ManagerRating) << text("6") << false;
        QTest::newRow("rating 0") << b << QString() << int(BM::ManagerRating) << text("0") << false;
        QTest::newRow("rating 5") << b << QString() << int(BM::ManagerRating) << text("5") << true;
        QTest::newRow("experiments -1")
            << b << QString() << int(BM::Experiments) << text("-1") << false;
        QTest::newRow("commits 3") << b << QString() << int(BM::AiCommits) << text("3") << true;
        QTest::newRow("commits not a number")
            << b << QString() << int(BM::AiCommits) << text("many") << false;

        QTest::newRow("quarter 5") << i << QString() << int(IM::Quarter) << text("5") << false;
        QTest::newRow("quarter 0") << i << QString() << int(IM::Quarter) << text("0") << false;
        QTest::newRow("quarter 4") << i << QString() << int(IM::Quarter) << text("4") << true;
        QTest::newRow("quarter taken") << i << QString() << int(IM::Quarter) << text("2") << false;
        QTest::newRow("features -1")
            << i << QString() << int(IM::FeaturesShipped) << text("-1") << false;
        QTest::newRow("hours -2") << i << QString() << int(IM::HoursSaved) << text("-2") << false;
        QTest::newRow("hours 120") << i << QString() << int(IM::HoursSaved) << text("120") << true;
        QTest::newRow("revenue lost")
            << i << QString() << int(IM::RevenueImpact) << text("-1000") << true;
        QTest::newRow("quality 12.5")
            << i << QString() << int(IM::QualityImprovement) << text("12.5") << true;
    }

    void validation()
    {
        QFETCH(QString, table);
        QFETCH(QString, target);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);

        // Negative numbers stand for ids only known once the file is made.
        const QHash<int, qint64> ids{{-1, m_otherSession},
                                     {-2, m_sessions.at(1)},
                                     {-3, m_people.at(2)},
                                     {-4, m_mentor},
                                     {-5, m_stranger}};
        if (value.typeId() == QMetaType::Int)
            value = QString::number(ids.value(value.toInt()));

        std::unique_ptr<ProgramTableModel> model;
        qint64 id = 0;
        if (table == QLatin1String("survey")) {
            const qint64 endId = insert(
                QStringLiteral("INSERT INTO survey_responses (kind, cohort_id, responded_on) "
                               "VALUES ('end_of_program', ?, '2026-02-10')"),
                {m_cohort});
            const qint64 sessionId =
                insert(QStringLiteral("INSERT INTO survey_responses (kind, cohort_id, "
                                      "session_id, participant_id, satisfaction, responded_on) "
                                      "VALUES ('session', ?, ?, ?, 4, '2026-01-13')"),
                       {m_cohort, m_sessions.at(0), m_people.at(0)});
            id = target == QLatin1String("session") ? sessionId : endId;
            auto surveys = std::make_unique<SurveyResponseModel>(*m_history);
            surveys->setCohort(m_cohort);
            model = std::move(surveys);
        } else if (table == QLatin1String("behaviour")) {
            id = insert(QStringLiteral("INSERT INTO behaviour_metrics (participant_id, "
                                       "cohort_id, month_after) VALUES (?, ?, 1)"),
                        {m_people.at(0), m_cohort});
            insert(QStringLiteral("INSERT INTO behaviour_metrics (participant_id, cohort_id, "
                                  "month_after) VALUES (?, ?, 2)"),
                   {m_people.at(0), m_cohort});
            auto metrics = std::make_unique<BehaviourMetricModel>(*m_history);
            metrics->setCohort(m_cohort);
            model = std::move(metrics);
        } else {
            id = insert(QStringLiteral("INSERT INTO impact_metrics (cohort_id, quarter_after) "
                                       "VALUES (?, 1)"),
                        {m_cohort});
            insert(QStringLiteral(
                       "INSERT INTO impact_metrics (cohort_id, quarter_after) VALUES (?, 2)"),
                   {m_cohort});
            auto metrics = std::make_unique<ImpactMetricModel>(*m_history);
            metrics->setCohort(m_cohort);
            model = std::move(metrics);
        }
        const int row = model->rowOf(id);
        QVERIFY(row >= 0);
        const QString field = model->columnSpecs().at(column).field;
        const auto stored = [&] {
            return scalar(
                QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(field, model->tableName()),
                {id});
        };
        const QVariant before = stored();
        QSignalSpy refused(model.get(), &ProgramTableModel::editRefused);
        QSignalSpy failed(m_history.get(), &EditHistory::editFailed);
        const bool ok = model->setData(model->index(row, column), value);

        QCOMPARE(ok, accepted);
        QCOMPARE(failed.count(), 0);
        if (accepted) {
            QCOMPARE(refused.count(), 0);
            const QVariant after = stored();
            if (value.toString().isEmpty())
                QVERIFY(after.isNull());
            else if (column == SurveyResponseModel::Kind && table == QLatin1String("survey"))
                QCOMPARE(after.toString(), value.toString());
            else
                QCOMPARE(after.toDouble(), value.toString().toDouble());
        } else {
            QCOMPARE(refused.count(), 1);
            const QString message = refused.first().first().toString();
            // The message says which row: the response by its date, the person and month, the
            // quarter.
            const QString where = table == QLatin1String("survey")
                                      ? QStringLiteral("The response of")
                                  : table == QLatin1String("behaviour") ? QStringLiteral("Person 0")
                                                                        : QStringLiteral("Quarter");
            if (!message.contains(QLatin1String("not a whole number")))
                QVERIFY2(message.contains(where), qPrintable(message));
            QCOMPARE(stored(), before);
            QCOMPARE(m_history->stack()->count(), 0);
        }
    }

    void newResponsesAreChecked()
    {
        SurveyResponseModel model(*m_history);
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QVERIFY(!model.addResponse(QStringLiteral("session")));
        QVERIFY(refused.last().first().toString().contains(QLatin1String("cohort")));

        model.setCohort(m_cohort);
        QVERIFY(!model.addRecord({{QStringLiteral("kind"), QStringLiteral("session")},
                                  {QStringLiteral("cohort_id"), m_cohort}},
                                 QStringLiteral("Add")));
        QVERIFY(refused.last().first().toString().contains(QLatin1String("session")));
        QVERIFY(!model.addRecord({{QStringLiteral("kind"), QStringLiteral("end_of_program")},
                                  {QStringLiteral("cohort_id"), m_cohort},
                                  {QStringLiteral("satisfaction"), 6}},
                                 QStringLiteral("Add")));
        QVERIFY(!model.addRecord({{QStringLiteral("kind"), QStringLiteral("session")},
                                  {QStringLiteral("cohort_id"), m_cohort},
                                  {QStringLiteral("session_id"), m_otherSession}},
                                 QStringLiteral("Add")));
        QCOMPARE(m_history->stack()->count(), 0);

        // A response after a session is about the latest session that took place.
        qint64 id = -1;
        QVERIFY(model.addResponse(QStringLiteral("session"), -1, &id));
        QCOMPARE(
            scalar(QStringLiteral("SELECT session_id FROM survey_responses WHERE id = ?"), {id})
                .toLongLong(),
            m_sessions.at(1));
        QVERIFY(model.addResponse(QStringLiteral("session"), m_sessions.at(0), &id));
        QCOMPARE(
            scalar(QStringLiteral("SELECT session_id FROM survey_responses WHERE id = ?"), {id})
                .toLongLong(),
            m_sessions.at(0));
        QVERIFY(model.addResponse(QStringLiteral("manager"), -1, &id));
        QCOMPARE(model.rowCount(), 3);

        // A cohort without sessions takes no response after a session.
        model.setCohort(m_emptyCohort);
        QVERIFY(!model.addResponse(QStringLiteral("session")));
        QVERIFY(refused.last().first().toString().contains(QLatin1String("no sessions")));
        QVERIFY(model.addResponse(QStringLiteral("end_of_program")));
        QCOMPARE(model.rowCount(), 1);
    }

    void surveyChoicesAreTheCohortsOwn()
    {
        SurveyResponseModel model(*m_history);
        model.setCohort(m_cohort);
        QVERIFY(model.addResponse(QStringLiteral("session")));
        const QModelIndex session = model.index(0, SurveyResponseModel::Session);
        QStringList sessionKeys;
        for (const QVariant &choice : session.data(ProgramTableModel::ChoicesRole).toList())
            sessionKeys.append(choice.toStringList().first());
        QCOMPARE(sessionKeys, (QStringList{QString(), QString::number(m_sessions.at(0)),
                                           QString::number(m_sessions.at(1))}));
        QVERIFY(session.data().toString().contains(QLatin1String("Retrieval in practice")));

        const QModelIndex participant = model.index(0, SurveyResponseModel::Participant);
        QCOMPARE(participant.data().toString(), QStringLiteral("Anonymous"));
        QStringList people;
        for (const QVariant &choice : participant.data(ProgramTableModel::ChoicesRole).toList())
            people.append(choice.toStringList().last());
        QVERIFY(people.contains(QStringLiteral("Mentor Alum")));
        QVERIFY(people.contains(QStringLiteral("Person 5")));
        QVERIFY(!people.contains(QStringLiteral("Somebody Else")));
        QCOMPARE(people.size(), 1 + m_people.size() + 1);

        QVERIFY(model.setData(participant, QString::number(m_people.at(3))));
        QCOMPARE(model.index(0, SurveyResponseModel::Participant).data().toString(),
                 QStringLiteral("Person 3"));
    }

    void surveysFilterByKind()
    {
        for (const char *kind : {"end_of_program", "end_of_program", "manager", "mentor"})
            insert(QStringLiteral("INSERT INTO survey_responses (kind, cohort_id) VALUES (?, ?)"),
                   {QString::fromLatin1(kind), m_cohort});
        insert(QStringLiteral("INSERT INTO survey_responses (kind, cohort_id) VALUES "
                              "('end_of_program', ?)"),
               {m_otherCohort});
        SurveyResponseModel model(*m_history);
        QCOMPARE(model.rowCount(), 0);
        model.setCohort(m_cohort);
        QCOMPARE(model.rowCount(), 4);
        model.setKind(QStringLiteral("end_of_program"));
        QCOMPARE(model.rowCount(), 2);
        model.setKind(QStringLiteral("mentor"));
        QCOMPARE(model.rowCount(), 1);
        model.setKind(QString());
        QCOMPARE(model.rowCount(), 4);
        model.setCohort(-1);
        QCOMPARE(model.rowCount(), 0);
    }

    void undoAndRedoAnEdit()
    {
        BehaviourMetricModel model(*m_history);
        model.setCohort(m_cohort);
        QCOMPARE(model.addFollowUpMonth(1), 4);
        const qint64 id = model.idAt(0);
        const auto usage = [&] {
            return scalar(QStringLiteral("SELECT ai_tool_usage_pct FROM behaviour_metrics WHERE "
                                         "id = ?"),
                          {id});
        };
        QVERIFY(model.setData(model.index(0, BehaviourMetricModel::AiToolUsage), 42.5));
        QCOMPARE(usage().toDouble(), 42.5);
        QCOMPARE(m_history->stack()->count(), 2);
        QCOMPARE(m_history->stack()->undoText(), QStringLiteral("Change AI tool usage"));
        m_history->stack()->undo();
        QVERIFY(usage().isNull());
        QVERIFY(model.index(model.rowOf(id), BehaviourMetricModel::AiToolUsage)
                    .data()
                    .toString()
                    .isEmpty());
        m_history->stack()->redo();
        QCOMPARE(usage().toDouble(), 42.5);
        QCOMPARE(model.index(model.rowOf(id), BehaviourMetricModel::AiToolUsage).data(Qt::EditRole),
                 QVariant(42.5));
    }

    void followUpMonthAddsTheMissingRowsInOneStep()
    {
        // One of the four who completed has month 1 already.
        insert(QStringLiteral("INSERT INTO behaviour_metrics (participant_id, cohort_id, "
                              "month_after, ai_commits) VALUES (?, ?, 1, 7)"),
               {m_people.at(1), m_cohort});
        BehaviourMetricModel model(*m_history);
        model.setCohort(m_cohort);
        QCOMPARE(model.completedCount(), 4);
        QCOMPARE(model.firstMissingMonth(), 1);
        QCOMPARE(model.rowCount(), 1);

        QList<qint64> ids;
        QCOMPARE(model.addFollowUpMonth(1, &ids), 3);
        QCOMPARE(ids.size(), 3);
        QCOMPARE(m_history->stack()->count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(monthRows(1), 4);
        // Those who withdrew or are still active have no follow-up.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM behaviour_metrics WHERE "
                                       "participant_id IN (?, ?)"),
                        {m_people.at(4), m_people.at(5)})
                     .toInt(),
                 0);
        QCOMPARE(model.firstMissingMonth(), 2);

        m_history->stack()->undo();
        QCOMPARE(monthRows(1), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT ai_commits FROM behaviour_metrics")).toInt(), 7);
        m_history->stack()->redo();
        QCOMPARE(monthRows(1), 4);
        QCOMPARE(model.rowCount(), 4);

        // Nobody missing: nothing added, no undo step.
        QCOMPARE(model.addFollowUpMonth(1), 0);
        QCOMPARE(m_history->stack()->count(), 1);

        QCOMPARE(model.addFollowUpMonth(2), 4);
        QCOMPARE(m_history->stack()->count(), 2);
        QCOMPARE(model.rowCount(), 8);
        // Month by month, and within a month by name.
        QCOMPARE(model.index(0, BehaviourMetricModel::Participant).data().toString(),
                 QStringLiteral("Person 0"));
        QCOMPARE(model.index(4, BehaviourMetricModel::Month).data().toInt(), 2);

        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QCOMPARE(model.addFollowUpMonth(7), -1);
        QCOMPARE(model.addFollowUpMonth(0), -1);
        QCOMPARE(refused.count(), 2);
        QVERIFY(refused.first().first().toString().contains(QLatin1String("1 to 6")));
        QCOMPARE(m_history->stack()->count(), 2);

        // A cohort nobody completed gets no rows.
        model.setCohort(m_emptyCohort);
        QCOMPARE(model.addFollowUpMonth(1), 0);
        QCOMPARE(model.firstMissingMonth(), 0);
    }

    void addQuarterAddsTheNextMissingOne()
    {
        ImpactMetricModel model(*m_history);
        QSignalSpy refused(&model, &ProgramTableModel::editRefused);
        QVERIFY(!model.addQuarter());
        model.setCohort(m_cohort);
        QCOMPARE(model.nextQuarter(), 1);
        qint64 first = -1;
        QVERIFY(model.addQuarter(&first));
        QVERIFY(model.addQuarter());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, ImpactMetricModel::Quarter).data().toInt(), 2);
        // A gap is filled first.
        QVERIFY(model.removeMetrics({first}));
        QCOMPARE(model.nextQuarter(), 1);
        qint64 id = -1;
        QVERIFY(model.addQuarter(&id));
        QCOMPARE(
            scalar(QStringLiteral("SELECT quarter_after FROM impact_metrics WHERE id = ?"), {id})
                .toInt(),
            1);
        QVERIFY(model.addQuarter());
        QVERIFY(model.addQuarter());
        QCOMPARE(model.nextQuarter(), 0);
        const int steps = m_history->stack()->count();
        QVERIFY(!model.addQuarter());
        QVERIFY(refused.last().first().toString().contains(QLatin1String("all four")));
        QCOMPARE(m_history->stack()->count(), steps);
        QCOMPARE(model.rowCount(), 4);

        m_history->stack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.nextQuarter(), 4);
        // Figures of another cohort are not this one's.
        model.setCohort(m_otherCohort);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.nextQuarter(), 1);
    }

    void modelsPassTheModelTester()
    {
        SurveyResponseModel surveys(*m_history);
        BehaviourMetricModel behaviour(*m_history);
        ImpactMetricModel impact(*m_history);
        QAbstractItemModelTester surveyTester(
            &surveys, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester behaviourTester(
            &behaviour, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester impactTester(
            &impact, QAbstractItemModelTester::FailureReportingMode::QtTest);
        surveys.setCohort(m_cohort);
        behaviour.setCohort(m_cohort);
        impact.setCohort(m_cohort);
        QVERIFY(surveys.addResponse(QStringLiteral("session")));
        QVERIFY(surveys.addResponse(QStringLiteral("mentor")));
        QVERIFY(surveys.setData(surveys.index(0, SurveyResponseModel::Satisfaction), 5));
        QCOMPARE(behaviour.addFollowUpMonth(1), 4);
        QVERIFY(behaviour.setData(behaviour.index(0, BehaviourMetricModel::ManagerRating), 4));
        QVERIFY(impact.addQuarter());
        QVERIFY(impact.setData(impact.index(0, ImpactMetricModel::Evidence),
                               QStringLiteral("Two features in production")));
        surveys.sort(SurveyResponseModel::Participant, Qt::AscendingOrder);
        surveys.sort(SurveyResponseModel::Session, Qt::DescendingOrder);
        behaviour.sort(BehaviourMetricModel::Participant, Qt::DescendingOrder);
        impact.sort(ImpactMetricModel::HoursSaved, Qt::DescendingOrder);
        m_history->stack()->undo();
        m_history->stack()->undo();
        surveys.setCohort(m_otherCohort);
        behaviour.setCohort(-1);
        impact.setCohort(m_emptyCohort);
        QCOMPARE(surveys.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMeasurementModels)
#include "tst_measurementmodels.moc"
