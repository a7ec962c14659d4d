// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Upskill {

// A criterion of the providers' scorecard, in the program's order.
struct ProviderCriterion
{
    qint64 id = 0;
    QString name;
    QString description;
    QString group; // a CriterionGroup key: decision, capability, open_source
    double weight = 0;
};

// A red flag ticked for a provider.
struct TickedRedFlag
{
    qint64 id = 0;
    QString title;
    QString evidence;
    bool disqualifying = false;
};

// One entry of the external learning log about a course (or conference, certification) by
// the provider. Never says who wrote it.
struct LearningReview
{
    QString kind; // a LearningKind key
    QString title;
    std::optional<int> rating; // 1–5
    QString review;
    std::optional<bool> recommended;
    QDate date; // when it ended, or else began
};

// What the learning log says about courses by a provider: entries whose provider is the
// provider's name, compared trimmed and ignoring case.
struct LearningReviews
{
    int entries = 0;
    int rated = 0;
    int ratingSum = 0;
    int recommendations = 0; // entries that say whether they recommend it
    int recommended = 0;
    QList<LearningReview> latest; // those with a written review, newest first, at most MaxShown
    static constexpr int MaxShown = 20;

    std::optional<double> averageRating() const
    {
        return rated > 0 ? std::optional<double>(double(ratingSum) / rated) : std::nullopt;
    }
};

struct ProviderResult
{
    qint64 id = 0;
    QString name;
    QString kind; // a ProviderKind key
    QString engagementFormat;
    QString priceModel;
    std::optional<double> cost;
    QString contact;
    QString notes;
    QString status; // a ProviderStatus key

    // Per criterion, in the order of ProviderEvaluationResult::criteria; none: not scored.
    QList<std::optional<int>> scores;
    QStringList scoreNotes;
    int scored = 0; // criteria with a score
    // Σ weight·score / Σ weight over the criteria with a weight above 0, unscored ones
    // counting 0; none when every weight is 0.
    std::optional<double> total;
    int rank = 0;                  // 1 for the best; 0 without a total
    bool tied = false;             // another provider shares the rank
    bool disqualified = false;     // a ticked red flag is set to disqualify
    QList<TickedRedFlag> redFlags; // ticked ones, in the list's order
    int answered = 0;              // standard questions with an answer written down
    int satisfied = 0;             // answers marked satisfying
    int unsatisfied = 0;           // answers marked not satisfying
    LearningReviews reviews;

    // The total as a share of the best possible (5 on every weighted criterion).
    std::optional<double> totalShare() const
    {
        return total ? std::optional<double>(*total / 5.0) : std::nullopt;
    }
};

struct ProviderEvaluationResult
{
    QList<ProviderCriterion> criteria;
    // Best first: by rank, disqualified ones after all others, then by name.
    QList<ProviderResult> providers;
    int questionCount = 0; // the standard questions before signing
    double weightSum = 0;

    bool hasTotals() const { return weightSum > 0; }
    const ProviderResult *provider(qint64 id) const;
};

// The evaluation of the training providers, computed by SQL: each provider's weighted total on
// the scorecard and its rank, its ticked red flags, how its answers to the questions before
// signing were judged, and what the learning log says about its courses.
//
// Ranking: the higher total ranks first; equal totals share a rank (1, 1, 3). A provider with
// a ticked red flag set to disqualify ranks after every provider without one, however high its
// total. Without any weight above 0 there are no totals and no ranks.
class ProviderEvaluation
{
    Q_DECLARE_TR_FUNCTIONS(ProviderEvaluation)
public:
    enum class Reviews { Include, Skip };

    // Skip leaves the learning log unread: the totals and ranks a list shows as scores change.
    static std::optional<ProviderEvaluationResult> compute(const QSqlDatabase &db, QString *error,
                                                           Reviews reviews = Reviews::Include);
    // Orders providers and sets rank and tied as described above.
    static void rank(QList<ProviderResult> &providers);

    // "3.80 of 5 (76 %)", or "—" without a total. Two decimals: totals one decimal apart
    // would often print alike while ranking apart.
    static QString formatTotal(const std::optional<double> &total);
    // "1", "2 (shared)", "4 (disqualified)", or "—".
    static QString formatRank(const ProviderResult &provider);
    // "2 red flags: A; B — disqualified", or empty without ticked flags.
    static QString redFlagSummary(const ProviderResult &provider);
    // "3 of 5 satisfied, 1 not" for the questions before signing.
    static QString answerSummary(const ProviderResult &provider, int questionCount);
    // "4.2 of 5 over 6 ratings", or "no ratings" / "not in the learning log".
    static QString reviewSummary(const LearningReviews &reviews);
};

} // namespace Upskill
