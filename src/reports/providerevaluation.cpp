// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerevaluation.h"

#include "sqlerrors.h"

#include <QHash>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace Upskill {

namespace {

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (query.exec())
        return true;
    if (error)
        *error = SqlErrors::explain(query.lastError());
    return false;
}

// Totals are averages of small whole numbers: two that print alike are equal.
bool sameTotal(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return std::abs(*a - *b) < 1e-9;
}

QString folded(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(QStringLiteral(", "));
}

std::optional<bool> optionalBool(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<bool>(value.toInt() != 0);
}

// The learning log's entries per provider. SQL groups the spellings as they were typed
// (trimmed); folding case happens here, because SQLite's lower() only knows ASCII.
bool readReviews(const QSqlDatabase &db, QList<ProviderResult> &providers, QString *error)
{
    QHash<QString, int> byName;
    for (int i = 0; i < providers.size(); ++i)
        byName.insert(folded(providers.at(i).name), i);
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT trim(provider), count(*), count(rating), "
                            "coalesce(sum(rating), 0), count(recommended), "
                            "coalesce(sum(recommended = 1), 0) FROM external_learning WHERE "
                            "trim(provider) <> '' GROUP BY trim(provider)"),
             {}, error))
        return false;
    QHash<int, QStringList> spellings;
    while (query.next()) {
        const auto it = byName.constFind(folded(query.value(0).toString()));
        if (it == byName.cend())
            continue;
        LearningReviews &r = providers[*it].reviews;
        r.entries += query.value(1).toInt();
        r.rated += query.value(2).toInt();
        r.ratingSum += query.value(3).toInt();
        r.recommendations += query.value(4).toInt();
        r.recommended += query.value(5).toInt();
        spellings[*it].append(query.value(0).toString());
    }
    for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
        QVariantList values;
        for (const QString &spelling : it.value())
            values.append(spelling);
        values.append(LearningReviews::MaxShown);
        if (!run(query,
                 QStringLiteral("SELECT kind, title, rating, review, recommended, "
                                "coalesce(end_date, start_date) AS day FROM external_learning "
                                "WHERE trim(provider) IN (%1) AND trim(review) <> '' ORDER BY "
                                "day IS NULL, day DESC, id DESC LIMIT ?")
                     .arg(placeholders(it.value().size())),
                 values, error))
            return false;
        LearningReviews &r = providers[it.key()].reviews;
        while (query.next()) {
            LearningReview review;
            review.kind = query.value(0).toString();
            review.title = query.value(1).toString();
            if (!query.value(2).isNull())
                review.rating = query.value(2).toInt();
            review.review = query.value(3).toString().trimmed();
            review.recommended = optionalBool(query.value(4));
            review.date = QDate::fromString(query.value(5).toString(), Qt::ISODate);
            r.latest.append(review);
        }
    }
    return true;
}

} // namespace

const ProviderResult *ProviderEvaluationResult::provider(qint64 id) const
{
    for (const ProviderResult &p : providers) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

std::optional<ProviderEvaluationResult> ProviderEvaluation::compute(const QSqlDatabase &db,
                                                                    QString *error, Reviews reviews)
{
    ProviderEvaluationResult result;
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT id, name, description, criterion_group, weight FROM "
                            "provider_criteria ORDER BY position, id"),
             {}, error))
        return std::nullopt;
    QHash<qint64, int> criterionIndex;
    while (query.next()) {
        ProviderCriterion c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.description = query.value(2).toString();
        c.group = query.value(3).toString();
        c.weight = query.value(4).toDouble();
        criterionIndex.insert(c.id, int(result.criteria.size()));
        result.criteria.append(c);
    }

    if (!run(query,
             QStringLiteral("SELECT coalesce(sum(weight), 0), (SELECT count(*) FROM "
                            "signing_questions) FROM provider_criteria WHERE weight > 0"),
             {}, error) ||
        !query.next())
        return std::nullopt;
    result.weightSum = query.value(0).toDouble();
    result.questionCount = query.value(1).toInt();

    // Unscored criteria add nothing to the points and still count in the weight sum: that is
    // what makes them count as 0.
    if (!run(query,
             QStringLiteral(
                 "SELECT p.id, p.name, p.kind, p.engagement_format, p.price_model, p.cost, "
                 "p.contact, p.notes, p.status, "
                 "(SELECT count(*) FROM provider_scores s WHERE s.provider_id = p.id), "
                 "(SELECT coalesce(sum(c.weight * s.score), 0) FROM provider_scores s JOIN "
                 "provider_criteria c ON c.id = s.criterion_id WHERE s.provider_id = p.id AND "
                 "c.weight > 0), "
                 "EXISTS (SELECT 1 FROM provider_red_flags f WHERE f.provider_id = p.id AND "
                 "f.ticked = 1 AND f.disqualifying = 1), "
                 "(SELECT count(*) FROM provider_answers a WHERE a.provider_id = p.id AND "
                 "trim(a.answer) <> ''), "
                 "(SELECT count(*) FROM provider_answers a WHERE a.provider_id = p.id AND "
                 "a.satisfied = 1), "
                 "(SELECT count(*) FROM provider_answers a WHERE a.provider_id = p.id AND "
                 "a.satisfied = 0) "
                 "FROM providers p ORDER BY p.name COLLATE NOCASE, p.id"),
             {}, error))
        return std::nullopt;
    QHash<qint64, int> providerIndex;
    while (query.next()) {
        ProviderResult p;
        p.id = query.value(0).toLongLong();
        p.name = query.value(1).toString();
        p.kind = query.value(2).toString();
        p.engagementFormat = query.value(3).toString();
        p.priceModel = query.value(4).toString();
        if (!query.value(5).isNull())
            p.cost = query.value(5).toDouble();
        p.contact = query.value(6).toString();
        p.notes = query.value(7).toString();
        p.status = query.value(8).toString();
        p.scored = query.value(9).toInt();
        if (result.hasTotals())
            p.total = query.value(10).toDouble() / result.weightSum;
        p.disqualified = query.value(11).toBool();
        p.answered = query.value(12).toInt();
        p.satisfied = query.value(13).toInt();
        p.unsatisfied = query.value(14).toInt();
        p.scores = QList<std::optional<int>>(result.criteria.size());
        p.scoreNotes = QStringList(result.criteria.size());
        providerIndex.insert(p.id, int(result.providers.size()));
        result.providers.append(p);
    }

    if (!run(query,
             QStringLiteral("SELECT provider_id, criterion_id, score, note FROM provider_scores"),
             {}, error))
        return std::nullopt;
    while (query.next()) {
        const int p = providerIndex.value(query.value(0).toLongLong(), -1);
        const int c = criterionIndex.value(query.value(1).toLongLong(), -1);
        if (p < 0 || c < 0)
            continue;
        result.providers[p].scores[c] = query.value(2).toInt();
        result.providers[p].scoreNotes[c] = query.value(3).toString();
    }

    if (!run(query,
             QStringLiteral("SELECT pf.provider_id, f.id, f.title, pf.evidence, pf.disqualifying "
                            "FROM provider_red_flags pf JOIN red_flags f ON f.id = "
                            "pf.red_flag_id WHERE pf.ticked = 1 ORDER BY f.position, f.id"),
             {}, error))
        return std::nullopt;
    while (query.next()) {
        const int p = providerIndex.value(query.value(0).toLongLong(), -1);
        if (p < 0)
            continue;
        result.providers[p].redFlags.append({query.value(1).toLongLong(), query.value(2).toString(),
                                             query.value(3).toString(), query.value(4).toBool()});
    }

    if (reviews == Reviews::Include && !readReviews(db, result.providers, error))
        return std::nullopt;
    rank(result.providers);
    return result;
}

void ProviderEvaluation::rank(QList<ProviderResult> &providers)
{
    // Stable: providers with the same standing keep the order they came in (by name).
    std::stable_sort(providers.begin(), providers.end(),
                     [](const ProviderResult &a, const ProviderResult &b) {
                         if (a.disqualified != b.disqualified)
                             return !a.disqualified;
                         if (sameTotal(a.total, b.total))
                             return false;
                         if (!a.total || !b.total)
                             return a.total.has_value();
                         return *a.total > *b.total;
                     });
    for (int i = 0; i < providers.size(); ++i) {
        ProviderResult &p = providers[i];
        p.tied = false;
        if (!p.total) {
            p.rank = 0;
            continue;
        }
        const bool sameAsPrevious = i > 0 && providers.at(i - 1).total &&
                                    providers.at(i - 1).disqualified == p.disqualified &&
                                    sameTotal(providers.at(i - 1).total, p.total);
        if (sameAsPrevious) {
            p.rank = providers.at(i - 1).rank;
            p.tied = true;
            providers[i - 1].tied = true;
        } else {
            p.rank = i + 1;
        }
    }
}

QString ProviderEvaluation::formatTotal(const std::optional<double> &total)
{
    if (!total)
        return QStringLiteral("—");
    const QLocale locale;
    return tr("%1 of 5 (%2 %)")
        .arg(locale.toString(*total, 'f', 2), locale.toString(*total / 5.0 * 100, 'f', 0));
}

QString ProviderEvaluation::formatRank(const ProviderResult &p)
{
    if (p.rank <= 0)
        return QStringLiteral("—");
    if (p.disqualified)
        return tr("%1 (disqualified)").arg(p.rank);
    if (p.tied)
        return tr("%1 (shared)").arg(p.rank);
    return QString::number(p.rank);
}

QString ProviderEvaluation::redFlagSummary(const ProviderResult &p)
{
    if (p.redFlags.isEmpty())
        return {};
    QStringList titles;
    for (const TickedRedFlag &flag : p.redFlags)
        titles.append(flag.title);
    QString text = tr("%n red flag(s): %1", nullptr, int(p.redFlags.size()))
                       .arg(titles.join(QStringLiteral("; ")));
    if (p.disqualified)
        text += tr(" — disqualified");
    return text;
}

QString ProviderEvaluation::answerSummary(const ProviderResult &p, int questionCount)
{
    if (questionCount == 0)
        return {};
    QString text = tr("%1 of %n satisfied", nullptr, questionCount).arg(p.satisfied);
    if (p.unsatisfied > 0)
        text += tr(", %1 not").arg(p.unsatisfied);
    return text;
}

QString ProviderEvaluation::reviewSummary(const LearningReviews &r)
{
    if (r.entries == 0)
        return tr("not in the learning log");
    if (const auto average = r.averageRating())
        return tr("%1 of 5 over %n rating(s)", nullptr, r.rated)
            .arg(QLocale().toString(*average, 'f', 1));
    return tr("%n entry(s), none rated", nullptr, r.entries);
}

} // namespace Upskill
