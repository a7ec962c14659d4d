// SPDX-License-Identifier: GPL-3.0-or-later
// The learning log's course ranking and spend per quarter, and the community per quarter,
// against figures worked out by hand from a small program.
#include "communityfigures.h"
#include "learningfigures.h"
#include "programfile.h"
#include "sqltestrows.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Upskill;

class TestLearningFigures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProgramFile> m_file;
    int m_counter = 0;
    QHash<QString, qint64> m_people;

    qint64 insert(const QString &sql, const QVariantList &values = {})
    {
        return TestSql::insert(m_file->database(), sql, values);
    }
    // One entry of the log; empty texts and -1 stand for "not given".
    void entry(const char *person, const char *kind, const char *title, const char *provider,
               const char *start, const char *end, double cost, int rating, int recommended,
               const char *review = "")
    {
        const auto text = [](const char *value) {
            return *value ? QVariant(QString::fromUtf8(value))
                          : QVariant(QMetaType::fromType<QString>());
        };
        insert(
            QStringLiteral("INSERT INTO external_learning (participant_id, kind, title, "
                           "provider, start_date, end_date, cost, rating, recommended, review) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {m_people.value(QString::fromUtf8(person)), QString::fromUtf8(kind),
             QString::fromUtf8(title), QString::fromUtf8(provider), text(start), text(end),
             cost < 0 ? QVariant(QMetaType::fromType<double>()) : QVariant(cost),
             rating < 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(rating),
             recommended < 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(recommended),
             QString::fromUtf8(review)});
    }

private Q_SLOTS:
    void init()
    {
        QString error;
        m_file = ProgramFile::open(m_dir.filePath(QStringLiteral("f%1.upskill").arg(++m_counter)),
                                   ProgramFile::Mode::CreateNew, &error);
        QVERIFY2(m_file, qPrintable(error));
        m_people.clear();
        for (const char *name : {"Ada", "Ben", "Chloe", "Dara", "Emeka", "Fatima", "Grace"}) {
            const QString n = QString::fromLatin1(name);
            m_people.insert(n, insert(QStringLiteral("INSERT INTO participants (name, email) "
                                                     "VALUES (?, ?)"),
                                      {n, n.toLower() + QStringLiteral("@example.org")}));
        }
        // Evaluating LLM systems at Open Learning Hub (typed in two ways): 5 and 4, 3 people.
        entry("Ada", "course", "Evaluating LLM systems", "Open Learning Hub", "2026-01-15",
              "2026-02-10", 800, 5, 1, "Great labs, and the evaluation harness we now use.");
        entry("Ben", "course", "evaluating llm systems", "open learning hub", "2026-02-20",
              "2026-03-01", 600, 4, 1);
        entry("Chloe", "course", "Evaluating LLM systems", "Open Learning Hub", "2026-04-02", "",
              -1, -1, -1);
        // MLOps community day: 5, 3 and 4 — 4.0 from three; two of three recommend it.
        for (const auto &[person, rating, recommended] :
             {std::tuple{"Ada", 5, 1}, std::tuple{"Dara", 3, 0}, std::tuple{"Emeka", 4, 1}})
            entry(person, "conference", "MLOps community day", "Data Summit Org", "2026-05-12",
                  "2026-05-12", 450, rating, recommended);
        // One certification rated 5.
        entry("Ben", "certification", "Cloud ML engineer", "Cloud Academy Partners", "2025-11-03",
              "2025-12-15", 300, 5, 1);
        // The same title from another provider is another course: rated 2.
        entry("Dara", "course", "Evaluating LLM systems", "AI Practitioners Guild", "2026-02-01",
              "2026-02-20", 1200, 2, 0);
        // 4.5 from two ratings like the first, but two people took it, not three.
        entry("Fatima", "course", "Vector databases", "Latent Space School", "2026-07-10",
              "2026-07-24", 200, 5, 1);
        entry("Grace", "course", "Vector databases", "Latent Space School", "2026-07-20", "", 200,
              4, -1);
        // Unrated: one without a start date, one a quarter after a quarter without spend.
        entry("Emeka", "course", "Prompting 101", "", "", "", 100, -1, -1);
        entry("Chloe", "certification", "Data engineering associate", "Cloud Academy Partners",
              "2027-02-01", "", 250, -1, -1);
    }
    void cleanup() { m_file.reset(); }

    void coursesRankBestRatedFirst()
    {
        QString error;
        const auto courses = LearningFigures::courseRatings(m_file->database(), &error);
        QVERIFY2(courses, qPrintable(error));
        QStringList order;
        for (const CourseRating &c : *courses)
            order.append(c.title + QStringLiteral(" / ") + c.provider);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Cloud ML engineer / Cloud Academy Partners"),
                              QStringLiteral("Evaluating LLM systems / Open Learning Hub"),
                              QStringLiteral("Vector databases / Latent Space School"),
                              QStringLiteral("MLOps community day / Data Summit Org"),
                              QStringLiteral("Evaluating LLM systems / AI Practitioners Guild"),
                              QStringLiteral("Data engineering associate / Cloud Academy "
                                             "Partners"),
                              QStringLiteral("Prompting 101 / ")}));
        const CourseRating &evaluating = courses->at(1);
        QCOMPARE(evaluating.kind, QStringLiteral("course"));
        QCOMPARE(*evaluating.averageRating, 4.5);
        QCOMPARE(evaluating.ratings, 2);
        QCOMPARE(evaluating.people, 3);
        QCOMPARE(evaluating.recommend, 2);
        QCOMPARE(evaluating.opinions, 2);
        QCOMPARE(evaluating.reviews, 1);
        QCOMPARE(*evaluating.averageCost, 700.0);
        const CourseRating &mlops = courses->at(3);
        QCOMPARE(*mlops.averageRating, 4.0);
        QCOMPARE(mlops.ratings, 3);
        QCOMPARE(mlops.people, 3);
        QCOMPARE(mlops.recommend, 2);
        QCOMPARE(mlops.opinions, 3);
        QCOMPARE(*mlops.averageCost, 450.0);
        const CourseRating &vectors = courses->at(2);
        QCOMPARE(*vectors.averageRating, 4.5);
        QCOMPARE(vectors.people, 2);
        QCOMPARE(vectors.opinions, 1);
        QVERIFY(!courses->last().averageRating);
        QCOMPARE(courses->last().ratings, 0);
        QCOMPARE(*courses->last().averageCost, 100.0);
    }

    void reviewsOfOneCourse()
    {
        QString error;
        // Matched as the ranking groups: letter case aside, this provider only.
        const auto reviews = LearningFigures::reviews(m_file->database(), QStringLiteral("course"),
                                                      QStringLiteral("EVALUATING LLM SYSTEMS"),
                                                      QStringLiteral("Open Learning Hub"), &error);
        QVERIFY2(reviews, qPrintable(error));
        QCOMPARE(reviews->size(), 3);
        // The written review first, then the newest.
        QCOMPARE(reviews->at(0).person, QStringLiteral("Ada"));
        QCOMPARE(*reviews->at(0).rating, 5);
        QCOMPARE(*reviews->at(0).recommended, true);
        QVERIFY(reviews->at(0).review.startsWith(QLatin1String("Great labs")));
        QCOMPARE(reviews->at(1).person, QStringLiteral("Chloe"));
        QVERIFY(!reviews->at(1).rating);
        QVERIFY(!reviews->at(1).recommended);
        QCOMPARE(reviews->at(2).person, QStringLiteral("Ben"));
        QCOMPARE(reviews->at(2).endDate, QDate(2026, 3, 1));
    }

    void spendPerQuarter()
    {
        QString error;
        const auto result = LearningFigures::compute(m_file->database(), &error);
        QVERIFY2(result, qPrintable(error));
        QStringList quarters;
        QList<double> totals;
        for (const QuarterSpend &q : result->spend) {
            quarters.append(q.quarter);
            totals.append(q.total);
        }
        QCOMPARE(quarters,
                 (QStringList{QStringLiteral("2025-Q4"), QStringLiteral("2026-Q1"),
                              QStringLiteral("2026-Q2"), QStringLiteral("2026-Q3"),
                              QStringLiteral("2026-Q4"), QStringLiteral("2027-Q1"), QString()}));
        QCOMPARE(totals, (QList<double>{300, 2600, 1350, 400, 0, 250, 100}));
        QCOMPARE(result->totalSpend, 5000.0);
        const QuarterSpend &q1 = result->spend.at(1);
        QCOMPARE(q1.courses, 2600.0);
        QCOMPARE(q1.conferences, 0.0);
        QCOMPARE(q1.entries, 3);
        QCOMPARE(q1.people, 3);
        QCOMPARE(q1.withoutCost, 0);
        const QuarterSpend &q2 = result->spend.at(2);
        QCOMPARE(q2.conferences, 1350.0);
        QCOMPARE(q2.courses, 0.0);
        QCOMPARE(q2.entries, 4);
        QCOMPARE(q2.people, 4);
        QCOMPARE(q2.withoutCost, 1);
        QCOMPARE(result->spend.at(0).certifications, 300.0);
        QCOMPARE(result->spend.at(4).entries, 0);
        QCOMPARE(result->spend.last().entries, 1);
        QCOMPARE(result->courses.size(), 7);
    }

    void emptyLogHasNoFigures()
    {
        QSqlQuery query(m_file->database());
        QVERIFY(query.exec(QStringLiteral("DELETE FROM external_learning")));
        QString error;
        const auto result = LearningFigures::compute(m_file->database(), &error);
        QVERIFY2(result, qPrintable(error));
        QVERIFY(result->courses.isEmpty());
        QVERIFY(result->spend.isEmpty());
        QCOMPARE(result->totalSpend, 0.0);
    }

    void communityPerQuarter()
    {
        const qint64 track =
            insert(QStringLiteral("INSERT INTO tracks (name, kind) VALUES ('Basics', "
                                  "'foundational')"));
        const qint64 cohort = insert(QStringLiteral("INSERT INTO cohorts (name, track_id, "
                                                    "quarter) VALUES ('Pilot', ?, '2026-Q1')"),
                                     {track});
        const QString enrol = QStringLiteral("INSERT INTO enrollments (cohort_id, participant_id, "
                                             "status, completed_on) VALUES (?, ?, ?, ?)");
        insert(enrol, {cohort, m_people.value(QStringLiteral("Ada")), QStringLiteral("completed"),
                       QStringLiteral("2026-02-06")});
        insert(enrol, {cohort, m_people.value(QStringLiteral("Ben")), QStringLiteral("completed"),
                       QStringLiteral("2026-05-01")});
        insert(enrol, {cohort, m_people.value(QStringLiteral("Chloe")), QStringLiteral("active"),
                       QVariant(QMetaType::fromType<QString>())});
        const QString event =
            QStringLiteral("INSERT INTO community_events (kind, title, held_on) VALUES (?, ?, ?)");
        const auto came = [&](qint64 id, std::initializer_list<const char *> names) {
            for (const char *name : names)
                insert(QStringLiteral("INSERT INTO community_attendance VALUES (?, ?)"),
                       {id, m_people.value(QString::fromLatin1(name))});
        };
        // Q1: Ada becomes an alumna on 6 February, between the two events.
        came(insert(event, {QStringLiteral("community_of_practice"), QStringLiteral("January"),
                            QStringLiteral("2026-01-14")}),
             {"Ada", "Ben", "Chloe"});
        came(insert(event, {QStringLiteral("meetup"), QStringLiteral("Meetup"),
                            QStringLiteral("2026-02-19")}),
             {"Ada", "Chloe"});
        // Q2: Ben completes on 1 May, between the two events.
        came(insert(event, {QStringLiteral("community_of_practice"), QStringLiteral("April"),
                            QStringLiteral("2026-04-08")}),
             {"Ben", "Dara"});
        came(insert(event, {QStringLiteral("summit"), QStringLiteral("Summit"),
                            QStringLiteral("2026-06-10")}),
             {"Ben", "Chloe", "Ada"});
        insert(event, {QStringLiteral("refresher"), QStringLiteral("Refresher"),
                       QStringLiteral("2026-08-05")});

        QString error;
        const auto quarters = CommunityFigures::perQuarter(m_file->database(), &error);
        QVERIFY2(quarters, qPrintable(error));
        QCOMPARE(quarters->size(), 3);
        const CommunityQuarter &q3 = quarters->at(0);
        QCOMPARE(q3.quarter, QStringLiteral("2026-Q3"));
        QCOMPARE(q3.events, 1);
        QCOMPARE(q3.refreshers, 1);
        QCOMPARE(q3.attendances, 0);
        QCOMPARE(q3.people, 0);
        const CommunityQuarter &q2 = quarters->at(1);
        QCOMPARE(q2.quarter, QStringLiteral("2026-Q2"));
        QCOMPARE(q2.events, 2);
        QCOMPARE(q2.communityOfPractice, 1);
        QCOMPARE(q2.summits, 1);
        QCOMPARE(q2.attendances, 5);
        QCOMPARE(q2.people, 4);
        QCOMPARE(q2.alumni, 2);
        const CommunityQuarter &q1 = quarters->at(2);
        QCOMPARE(q1.quarter, QStringLiteral("2026-Q1"));
        QCOMPARE(q1.events, 2);
        QCOMPARE(q1.communityOfPractice, 1);
        QCOMPARE(q1.meetups, 1);
        QCOMPARE(q1.attendances, 5);
        QCOMPARE(q1.people, 3);
        QCOMPARE(q1.alumni, 1);
    }
};

QTEST_GUILESS_MAIN(TestLearningFigures)
#include "tst_learningfigures.moc"
