// SPDX-License-Identifier: GPL-3.0-or-later
#include "learningfigures.h"

#include "assessmentscope.h"
#include "quarter.h"

#include <QSqlQuery>

namespace Upskill {

namespace {

// A course is the same course whatever the letter case its title and provider were typed in.
const QString CourseKey = QStringLiteral("kind, title COLLATE NOCASE, provider COLLATE NOCASE");

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

std::optional<LearningFiguresResult> LearningFigures::compute(const QSqlDatabase &db,
                                                              QString *error)
{
    LearningFiguresResult result;
    auto courses = courseRatings(db, error);
    if (!courses)
        return std::nullopt;
    auto spend = spendPerQuarter(db, error);
    if (!spend)
        return std::nullopt;
    result.courses = *courses;
    result.spend = *spend;
    for (const QuarterSpend &quarter : std::as_const(result.spend))
        result.totalSpend += quarter.total;
    return result;
}

std::optional<QList<CourseRating>> LearningFigures::courseRatings(const QSqlDatabase &db,
                                                                  QString *error)
{
    QSqlQuery query(db);
    BoundSql sql;
    sql.add(
        QStringLiteral("SELECT kind, min(title), min(provider), avg(rating), count(rating), "
                       "count(DISTINCT participant_id), sum(recommended = 1), count(recommended), "
                       "sum(review <> ''), avg(cost) FROM external_learning GROUP BY %1 "
                       // Unrated courses last; among equal averages the one more people rated.
                       "ORDER BY avg(rating) IS NULL, avg(rating) DESC, count(rating) DESC, "
                       "count(DISTINCT participant_id) DESC, min(title) COLLATE NOCASE, "
                       "min(provider) COLLATE NOCASE")
            .arg(CourseKey));
    if (!sql.exec(query, error))
        return std::nullopt;
    QList<CourseRating> courses;
    while (query.next()) {
        CourseRating c;
        c.kind = query.value(0).toString();
        c.title = query.value(1).toString();
        c.provider = query.value(2).toString();
        c.averageRating = optionalDouble(query.value(3));
        c.ratings = query.value(4).toInt();
        c.people = query.value(5).toInt();
        c.recommend = query.value(6).toInt();
        c.opinions = query.value(7).toInt();
        c.reviews = query.value(8).toInt();
        c.averageCost = optionalDouble(query.value(9));
        courses.append(c);
    }
    return courses;
}

std::optional<QList<QuarterSpend>> LearningFigures::spendPerQuarter(const QSqlDatabase &db,
                                                                    QString *error)
{
    QSqlQuery query(db);
    BoundSql sql;
    // The quarter of the start date as "YYYY-Qn", which sorts in time order; NULL when the
    // entry has no start date.
    sql.add(QStringLiteral(
        "SELECT substr(start_date, 1, 4) || '-Q' || ((CAST(substr(start_date, 6, 2) AS INTEGER) "
        "+ 2) / 3) AS q, total(cost), total(CASE WHEN kind = 'course' THEN cost END), "
        "total(CASE WHEN kind = 'conference' THEN cost END), "
        "total(CASE WHEN kind = 'certification' THEN cost END), count(*), "
        "count(DISTINCT participant_id), count(*) - count(cost) "
        "FROM external_learning GROUP BY q ORDER BY q IS NULL, q"));
    if (!sql.exec(query, error))
        return std::nullopt;
    QList<QuarterSpend> rows;
    QuarterSpend undated;
    bool hasUndated = false;
    while (query.next()) {
        QuarterSpend s;
        s.quarter = query.value(0).toString();
        s.total = query.value(1).toDouble();
        s.courses = query.value(2).toDouble();
        s.conferences = query.value(3).toDouble();
        s.certifications = query.value(4).toDouble();
        s.entries = query.value(5).toInt();
        s.people = query.value(6).toInt();
        s.withoutCost = query.value(7).toInt();
        if (query.value(0).isNull()) {
            undated = s;
            hasUndated = true;
            continue;
        }
        // Quarters without any entry between two with entries are shown at zero.
        if (!rows.isEmpty()) {
            for (Quarter gap = Quarter::parse(rows.last().quarter).next();
                 gap.isValid() && gap < Quarter::parse(s.quarter); gap = gap.next()) {
                QuarterSpend empty;
                empty.quarter = gap.toString();
                rows.append(empty);
            }
        }
        rows.append(s);
    }
    if (hasUndated)
        rows.append(undated);
    return rows;
}

std::optional<QList<CourseReview>> LearningFigures::reviews(const QSqlDatabase &db,
                                                            const QString &kind,
                                                            const QString &title,
                                                            const QString &provider, QString *error)
{
    QSqlQuery query(db);
    BoundSql sql;
    sql.add(QStringLiteral("SELECT p.name, l.start_date, l.end_date, l.rating, l.recommended, "
                           "l.presented, l.review FROM external_learning l JOIN participants p "
                           "ON p.id = l.participant_id WHERE l.kind = ? AND l.title = ? COLLATE "
                           "NOCASE AND l.provider = ? COLLATE NOCASE "
                           "ORDER BY l.review = '', coalesce(l.end_date, l.start_date) DESC, "
                           "l.id DESC"),
            {kind, title, provider});
    if (!sql.exec(query, error))
        return std::nullopt;
    QList<CourseReview> reviews;
    while (query.next()) {
        CourseReview r;
        r.person = query.value(0).toString();
        r.startDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        r.endDate = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        if (!query.value(3).isNull())
            r.rating = query.value(3).toInt();
        if (!query.value(4).isNull())
            r.recommended = query.value(4).toInt() != 0;
        r.presented = query.value(5).toInt() != 0;
        r.review = query.value(6).toString();
        reviews.append(r);
    }
    return reviews;
}

} // namespace Upskill
