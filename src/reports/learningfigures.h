// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// One course, conference or certification as the learning log knows it: every entry with the
// same kind, title and provider (letter case aside) taken together.
struct CourseRating
{
    QString kind; // a LearningKind key
    QString title;
    QString provider;
    std::optional<double> averageRating; // over the entries with a rating; none without any
    int ratings = 0;                     // entries with a rating
    int people = 0;                      // different people who took it
    int recommend = 0;                   // entries that recommend it
    int opinions = 0;                    // entries that say whether they recommend it
    int reviews = 0;                     // entries with a written review
    std::optional<double> averageCost;   // per entry with a cost
};

// One person's word on a course, for the detail pane.
struct CourseReview
{
    QString person;
    QDate startDate;
    QDate endDate;
    std::optional<int> rating;
    std::optional<bool> recommended;
    bool presented = false;
    QString review;
};

// What external learning cost in one quarter of its start date.
struct QuarterSpend
{
    QString quarter; // "2026-Q1"; empty for entries without a start date
    double total = 0;
    double courses = 0;
    double conferences = 0;
    double certifications = 0;
    int entries = 0;
    int people = 0;
    int withoutCost = 0; // entries that give no cost
};

struct LearningFiguresResult
{
    // Best rated first; equal averages by how many rated them; unrated ones last.
    QList<CourseRating> courses;
    // Quarter by quarter from the first to the last with an entry, quarters without any
    // included (at zero) so a chart shows the gaps; the undated entries last.
    QList<QuarterSpend> spend;
    double totalSpend = 0;
};

// The program-wide figures of the external learning log, each one SQL aggregate: which
// courses people rate best and recommend (so others can pick), and what was spent per quarter.
// Course ratings are about courses, not people, and are meant to be shared: no group is
// withheld here.
class LearningFigures
{
    Q_DECLARE_TR_FUNCTIONS(LearningFigures)
public:
    static std::optional<LearningFiguresResult> compute(const QSqlDatabase &db, QString *error);
    static std::optional<QList<CourseRating>> courseRatings(const QSqlDatabase &db, QString *error);
    static std::optional<QList<QuarterSpend>> spendPerQuarter(const QSqlDatabase &db,
                                                              QString *error);
    // Everyone's entries for one course (matched as the ranking groups them), reviews first,
    // newest first.
    static std::optional<QList<CourseReview>> reviews(const QSqlDatabase &db, const QString &kind,
                                                      const QString &title, const QString &provider,
                                                      QString *error);
};

} // namespace Upskill
