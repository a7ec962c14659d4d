// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerreport.h"

#include "programsettings.h"
#include "reporthtml.h"
#include "sqlerrors.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Upskill {

namespace {

using H = ReportHtml;

// Providers side by side in one table: more than this and the names no longer fit a page.
constexpr int ProvidersPerTable = 5;

const QString Red = QStringLiteral("#b71c1c");
const QString Green = QStringLiteral("#1b5e20");

QString coloured(const QString &colour, const QString &html, bool bold = false)
{
    return QStringLiteral("<span style=\"color:%1%2\">%3</span>")
        .arg(colour, bold ? QStringLiteral("; font-weight: bold") : QString(), html);
}

// A shaded box across the page for what must not be missed: readiness warnings, red flags.
QString box(const QString &background, const QString &html)
{
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\"><tr><td "
                          "style=\"background-color: %1\">%2</td></tr></table>")
        .arg(background, html);
}

QString scoreText(const std::optional<int> &score)
{
    return score ? QString::number(*score)
                 : coloured(QStringLiteral("#757575"), QStringLiteral("–"));
}

QString verdictText(const std::optional<bool> &satisfied)
{
    if (!satisfied)
        return H::escaped(ProviderReport::tr("not judged yet"));
    return *satisfied ? coloured(Green, H::escaped(ProviderReport::tr("satisfied")))
                      : coloured(Red, H::escaped(ProviderReport::tr("not satisfied")));
}

QString figure(const QString &key, int height)
{
    return QStringLiteral("<p><img src=\"figure:%1\" width=\"1600\" height=\"%2\"/></p>")
        .arg(key)
        .arg(height);
}

QString readinessBox(const ReadinessCheck &check)
{
    QString html = QStringLiteral("<b>%1</b>").arg(H::escaped(Readiness::headline(check)));
    if (!check.hasWarnings())
        return box(QStringLiteral("#e8f5e9"), html);
    html += QStringLiteral("<ul>");
    for (const ReadinessWarning &w : check.warnings) {
        html += QStringLiteral("<li>%1").arg(H::escaped(Readiness::warningText(w)));
        if (!w.note.trimmed().isEmpty())
            html += QStringLiteral(" <i>(%1)</i>").arg(H::escaped(w.note.trimmed()));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    return box(check.premature() ? QStringLiteral("#ffebee") : QStringLiteral("#fff8e1"), html);
}

QString readinessTable(const ReadinessCheck &check)
{
    if (check.items.isEmpty())
        return H::note(ProviderReport::tr("The readiness check has no questions."));
    QString html = H::tableBegin({ProviderReport::tr("Readiness question"),
                                  ProviderReport::tr("Answer"), ProviderReport::tr("Note")},
                                 {55, 15, 30});
    for (const ReadinessItem &item : check.items) {
        const QString answer =
            !item.answer   ? coloured(QStringLiteral("#e65100"),
                                      H::escaped(ProviderReport::tr("not answered")), true)
            : *item.answer ? H::escaped(ProviderReport::tr("Yes"))
                           : coloured(Red, H::escaped(ProviderReport::tr("No")), true);
        html += H::row({H::escaped(item.question), answer, H::escaped(item.note)});
    }
    return html + H::tableEnd();
}

QString rankingTable(const ProviderEvaluationResult &e)
{
    // The type is in each provider's section; here the columns that decide get the room.
    QString html =
        H::tableBegin({ProviderReport::tr("Rank"), ProviderReport::tr("Provider"),
                       ProviderReport::tr("Status"), ProviderReport::tr("Weighted total"),
                       ProviderReport::tr("Scored"), ProviderReport::tr("Red flags"),
                       ProviderReport::tr("Questions"), ProviderReport::tr("Learning log")},
                      {6, 20, 13, 16, 8, 15, 12, 10});
    for (const ProviderResult &p : e.providers) {
        const QString flags =
            p.redFlags.isEmpty()
                ? QStringLiteral("0")
                : coloured(Red,
                           p.disqualified
                               ? H::escaped(
                                     ProviderReport::tr("%1, disqualified").arg(p.redFlags.size()))
                               : QString::number(p.redFlags.size()),
                           true);
        // The rank alone ("2=" when shared): disqualification is in the red flags' column.
        const QString rank =
            p.rank > 0 ? QString::number(p.rank) + (p.tied ? QStringLiteral("=") : QString())
                       : QStringLiteral("—");
        html +=
            H::row({rank, QStringLiteral("<b>%1</b>").arg(H::escaped(p.name)),
                    H::escaped(Vocabulary::label(Term::ProviderStatus, p.status)),
                    H::escaped(ProviderEvaluation::formatTotal(p.total)),
                    H::escaped(ProviderReport::tr("%1 of %2").arg(p.scored).arg(e.criteria.size())),
                    flags, H::escaped(ProviderEvaluation::answerSummary(p, e.questionCount)),
                    H::escaped(ProviderEvaluation::reviewSummary(p.reviews))});
    }
    return html + H::tableEnd();
}

QString scoreTables(const ProviderEvaluationResult &e)
{
    const QLocale locale;
    QString html;
    for (int first = 0; first < e.providers.size(); first += ProvidersPerTable) {
        const QList<ProviderResult> part = e.providers.mid(first, ProvidersPerTable);
        QStringList headers = {ProviderReport::tr("Criterion"), ProviderReport::tr("Weight")};
        QList<int> widths = {28, 8};
        const int each = int(64 / part.size());
        for (const ProviderResult &p : part) {
            headers.append(p.name);
            widths.append(each);
        }
        html += H::tableBegin(headers, widths);
        QString group;
        for (int c = 0; c < e.criteria.size(); ++c) {
            const ProviderCriterion &criterion = e.criteria.at(c);
            if (criterion.group != group) {
                group = criterion.group;
                html += QStringLiteral("<tr><td colspan=\"%1\" style=\"color: #555555; "
                                       "font-size: 8pt\"><i>%2</i></td></tr>")
                            .arg(headers.size())
                            .arg(H::escaped(Vocabulary::label(Term::CriterionGroup, group)));
            }
            QStringList cells = {H::escaped(criterion.name),
                                 H::escaped(locale.toString(criterion.weight, 'g', 3))};
            for (const ProviderResult &p : part)
                cells.append(scoreText(p.scores.value(c)));
            html += H::row(cells);
        }
        QStringList totals = {
            QStringLiteral("<b>%1</b>").arg(H::escaped(ProviderReport::tr("Weighted total"))),
            QString()};
        QStringList ranks = {
            QStringLiteral("<b>%1</b>").arg(H::escaped(ProviderReport::tr("Rank"))), QString()};
        for (const ProviderResult &p : part) {
            totals.append(QStringLiteral("<b>%1</b>")
                              .arg(H::escaped(ProviderEvaluation::formatTotal(p.total))));
            ranks.append(p.disqualified
                             ? coloured(Red, H::escaped(ProviderEvaluation::formatRank(p)), true)
                             : H::escaped(ProviderEvaluation::formatRank(p)));
        }
        html += H::row(totals, QStringLiteral("background-color: #eceff1"));
        html += H::row(ranks, QStringLiteral("background-color: #eceff1"));
        html += H::tableEnd();
    }
    return html;
}

QString providerSection(const ProviderResult &p, const ProviderEvaluationResult &e,
                        const QList<SigningAnswer> &answers)
{
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3>").arg(H::escaped(p.name));
    QStringList facts;
    facts.append(
        ProviderReport::tr("Rank %1 · %2 · %3 of %4 criteria scored")
            .arg(ProviderEvaluation::formatRank(p), ProviderEvaluation::formatTotal(p.total))
            .arg(p.scored)
            .arg(e.criteria.size()));
    QString kind = Vocabulary::label(Term::ProviderKind, p.kind);
    if (!p.engagementFormat.trimmed().isEmpty())
        kind += QStringLiteral(": ") + p.engagementFormat.trimmed();
    facts.append(kind);
    QStringList price;
    if (!p.priceModel.trimmed().isEmpty())
        price.append(p.priceModel.trimmed());
    if (p.cost)
        price.append(ProviderReport::formatCost(*p.cost));
    if (!price.isEmpty())
        facts.append(ProviderReport::tr("Price: %1").arg(price.join(QStringLiteral(", "))));
    facts.append(
        ProviderReport::tr("Status: %1").arg(Vocabulary::label(Term::ProviderStatus, p.status)));
    if (!p.contact.trimmed().isEmpty())
        facts.append(ProviderReport::tr("Contact: %1").arg(p.contact.trimmed()));
    QStringList escapedFacts;
    for (const QString &fact : facts)
        escapedFacts.append(H::escaped(fact));
    html += QStringLiteral("<p>%1</p>").arg(escapedFacts.join(QStringLiteral("<br/>")));
    if (!p.notes.trimmed().isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(H::escaped(p.notes.trimmed()));

    if (!p.redFlags.isEmpty()) {
        QString flags = coloured(Red, H::escaped(ProviderEvaluation::redFlagSummary(p)), true);
        flags += QStringLiteral("<ul>");
        for (const TickedRedFlag &flag : p.redFlags) {
            flags += QStringLiteral("<li><b>%1</b>").arg(H::escaped(flag.title));
            if (flag.disqualifying)
                flags += QStringLiteral(" ") +
                         coloured(Red, H::escaped(ProviderReport::tr("(disqualifies)")));
            if (!flag.evidence.trimmed().isEmpty())
                flags += QStringLiteral(" — %1").arg(H::escaped(flag.evidence.trimmed()));
            flags += QStringLiteral("</li>");
        }
        flags += QStringLiteral("</ul>");
        html += box(QStringLiteral("#ffebee"), flags);
    } else {
        html += H::note(ProviderReport::tr("No red flags ticked."));
    }

    if (!answers.isEmpty()) {
        html += H::tableBegin({ProviderReport::tr("Question before signing"),
                               ProviderReport::tr("Answer"), ProviderReport::tr("Verdict")},
                              {42, 42, 16});
        for (const SigningAnswer &a : answers)
            html += H::row({H::escaped(a.question),
                            a.answer.trimmed().isEmpty()
                                ? coloured(QStringLiteral("#757575"),
                                           H::escaped(ProviderReport::tr("no answer yet")))
                                : H::escaped(a.answer.trimmed()),
                            verdictText(a.satisfied)});
        html += H::tableEnd();
    }

    const LearningReviews &r = p.reviews;
    if (r.entries > 0) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(H::escaped(ProviderReport::tr("Learning log:")),
                         H::escaped(ProviderReport::tr("%n entry(s) about courses by this "
                                                       "provider; %1.",
                                                       nullptr, r.entries)
                                        .arg(ProviderEvaluation::reviewSummary(r))));
        const int shown = std::min<int>(int(r.latest.size()), 5);
        if (shown > 0) {
            html += QStringLiteral("<ul>");
            for (int i = 0; i < shown; ++i) {
                const LearningReview &review = r.latest.at(i);
                QString line = QStringLiteral("<i>%1</i>").arg(H::escaped(review.title));
                if (review.rating)
                    line += H::escaped(ProviderReport::tr(" (%1 of 5)").arg(*review.rating));
                line += QStringLiteral(": ") + H::escaped(review.review);
                html += QStringLiteral("<li>%1</li>").arg(line);
            }
            html += QStringLiteral("</ul>");
        }
    }
    return html;
}

} // namespace

QString ProviderReport::formatCost(double cost)
{
    const QLocale locale;
    const bool whole = std::abs(cost - std::round(cost)) < 0.005;
    return locale.toString(cost, 'f', whole ? 0 : 2);
}

QString ProviderReport::title()
{
    return tr("Training providers compared");
}

std::optional<ProviderReportData> ProviderReport::compute(const QSqlDatabase &db, const QDate &asOf,
                                                          QString *error)
{
    ProviderReportData data;
    data.asOf = asOf;
    data.organisation = ProgramSettings::load(db).organisationName;
    auto evaluation = ProviderEvaluation::compute(db, error);
    if (!evaluation)
        return std::nullopt;
    data.evaluation = std::move(*evaluation);
    auto readiness = Readiness::compute(db, error);
    if (!readiness)
        return std::nullopt;
    data.readiness = std::move(*readiness);

    // The answers are the one part of a provider the evaluation only counts.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT p.id, q.question, coalesce(a.answer, ''), a.satisfied FROM providers p "
            "CROSS JOIN signing_questions q LEFT JOIN provider_answers a ON a.provider_id = "
            "p.id AND a.question_id = q.id ORDER BY p.id, q.position, q.id"))) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return std::nullopt;
    }
    while (query.next()) {
        SigningAnswer answer;
        answer.question = query.value(1).toString();
        answer.answer = query.value(2).toString();
        if (!query.value(3).isNull())
            answer.satisfied = query.value(3).toInt() != 0;
        data.answers[query.value(0).toLongLong()].append(answer);
    }
    return data;
}

QString ProviderReport::html(const ProviderReportData &data, const ReportFigures *charts)
{
    const ProviderEvaluationResult &e = data.evaluation;
    const QLocale locale;
    QStringList meta;
    if (!data.organisation.isEmpty())
        meta.append(data.organisation);
    meta.append(tr("As of %1").arg(locale.toString(data.asOf, QLocale::LongFormat)));
    meta.append(tr("Weighted total: Σ weight × score ÷ Σ weight, scores 0–5; a criterion not "
                   "scored counts 0. A provider with a disqualifying red flag ranks after all "
                   "others."));
    QString html = H::begin(title(), meta);

    // The question before all others: should the program buy training at all yet?
    html += H::heading(tr("Is the program ready to buy training?"));
    html += readinessBox(data.readiness);
    html += readinessTable(data.readiness);

    html += H::heading(tr("Ranking"));
    if (e.providers.isEmpty()) {
        html += H::note(tr("No providers yet: add them in the Providers area."));
        return html + H::end();
    }
    if (!e.hasTotals())
        html += H::note(tr("Every criterion has a weight of 0, so there are no totals or ranks."));
    html += rankingTable(e);

    html += H::heading(tr("The providers"), true);
    for (const ProviderResult &p : e.providers)
        html += providerSection(p, e, data.answers.value(p.id));

    // The scores side by side close the report with their charts. Nothing may follow a chart:
    // the charts are put into the typeset text after it was laid out, and text after them can
    // then be left off the page (see the report to the lead on PdfDocument::prepare).
    html += H::heading(tr("Scores side by side"), true);
    html += scoreTables(e);
    if (charts) {
        const QStringList keys = charts->keys(QStringLiteral("comparison"));
        for (const QString &key : keys)
            html += figure(key, key == QLatin1String("providers-scores")
                                    ? 700 + 45 * int(e.criteria.size())
                                    : 420 + 40 * int(std::min<qsizetype>(e.providers.size(), 6)));
    }
    return html + H::end();
}

std::optional<PdfDocument::Report> ProviderReport::document(const QSqlDatabase &db, QString *error,
                                                            const FigureFactory &makeFigures)
{
    const auto data = compute(db, QDate::currentDate(), error);
    if (!data)
        return std::nullopt;
    std::shared_ptr<const ReportFigures> charts;
    if (makeFigures)
        charts = makeFigures(data->evaluation);
    return PdfDocument::Report{html(*data, charts.get()), {data->organisation, title()}, charts};
}

bool ProviderReport::exportPdf(const QSqlDatabase &db, const QString &path, QString *error,
                               const FigureFactory &makeFigures)
{
    const auto report = document(db, error, makeFigures);
    return report && PdfDocument::write(*report, PdfDocument::pageSize(db), path, error);
}

} // namespace Upskill
