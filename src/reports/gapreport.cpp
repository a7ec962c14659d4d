// SPDX-License-Identifier: GPL-3.0-or-later
#include "gapreport.h"

#include "pdfdocument.h"
#include "programsettings.h"
#include "reporthtml.h"
#include "rules.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace Upskill {

namespace {

QString escaped(const QString &text)
{
    return ReportHtml::escaped(text);
}

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

QString cell(const QString &text, const QString &style = QString())
{
    return QStringLiteral("<td style=\"%1\">%2</td>").arg(style, text);
}

QString rankedTable(const GapAnalysisResult &result, const QList<int> &order,
                    const QString &figureHeader,
                    const std::function<QString(const DimensionGap &)> &figure)
{
    QString html = QStringLiteral("<table class=\"list\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "width=\"100%\"><tr><th width=\"8%\">#</th><th>%1</th>"
                                  "<th align=\"right\" width=\"32%\">%2</th></tr>")
                       .arg(GapReport::tr("Dimension"), escaped(figureHeader));
    int rank = 0;
    for (int i : order) {
        const DimensionGap &d = result.totals.at(i);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>")
                    .arg(++rank)
                    .arg(escaped(d.dimension.name), figure(d));
    }
    if (order.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"3\"><i>%1</i></td></tr>")
                    .arg(GapReport::tr("No dimension can be ranked: too few people were "
                                       "assessed, or no targets are set."));
    return html + ReportHtml::tableEnd();
}

} // namespace

QColor GapReport::colourForGap(double averageGap)
{
    if (averageGap <= 0.0)
        return QColor(0xc8, 0xe6, 0xc9); // met
    if (averageGap < 0.5)
        return QColor(0xff, 0xf5, 0x9d);
    if (averageGap < 1.0)
        return QColor(0xff, 0xcc, 0x80);
    if (averageGap < 2.0)
        return QColor(0xff, 0x8a, 0x65);
    return QColor(0xe5, 0x73, 0x73);
}

QString GapReport::formatGap(double gap)
{
    if (qAbs(gap) < 0.05)
        return number(0.0);
    return (gap > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + number(qAbs(gap));
}

QString GapReport::describeScope(const AssessmentScope &scope)
{
    QStringList kinds;
    for (const QString &kind : scope.kinds)
        kinds.append(Vocabulary::label(Term::AssessmentKind, kind).toLower());
    QString list;
    if (kinds.size() == 1)
        list = kinds.first();
    else if (kinds.size() > 1)
        list = tr("%1 or %2")
                   .arg(kinds.mid(0, kinds.size() - 1).join(QStringLiteral(", ")), kinds.last());
    QString text = kinds.isEmpty()
                       ? tr("Current level: each person's latest assessment of any kind")
                       : tr("Current level: each person's latest assessment of kind %1").arg(list);
    if (scope.from.isValid() && scope.to.isValid())
        text += tr(" from %1 to %2")
                    .arg(QLocale().toString(scope.from, QLocale::ShortFormat),
                         QLocale().toString(scope.to, QLocale::ShortFormat));
    else if (scope.from.isValid())
        text += tr(" since %1").arg(QLocale().toString(scope.from, QLocale::ShortFormat));
    else if (scope.to.isValid())
        text += tr(" up to %1").arg(QLocale().toString(scope.to, QLocale::ShortFormat));
    return text;
}

QString GapReport::priorityReason(const DimensionGap &d)
{
    QString reason = tr("%1 of %2 engineers below target, %3 levels short on average")
                         .arg(d.figures.below)
                         .arg(d.figures.people)
                         .arg(number(d.figures.averageShortfall()));
    if (!d.blockingFor.isEmpty()) {
        QStringList roles;
        for (const QString &role : d.blockingFor)
            roles.append(role == QLatin1String("organisation")
                             ? tr("the organisation's roadmap")
                             : Vocabulary::label(Term::Role, role));
        reason +=
            tr("; blocks high-priority AI work for %1").arg(QLocale().createSeparatedList(roles));
    }
    return reason;
}

QString GapReport::html(const GapAnalysisResult &result, const Context &context)
{
    const QLocale locale;
    QString html =
        QStringLiteral("<html><head><style>"
                       "h1 { font-size: 17pt; margin-bottom: 2pt; } "
                       "h2 { font-size: 12.5pt; margin-top: 16pt; margin-bottom: 4pt; } "
                       "p.meta { color: #555555; margin-top: 0; } "
                       "table.heat th, table.list th { background-color: #37474f; color: #ffffff; "
                       "font-weight: bold; } "
                       "table.heat td, table.list td { border-bottom: 1px solid #cfd8dc; } "
                       "td.suppressed { color: #777777; background-color: #eeeeee; } "
                       "p.note { color: #555555; font-size: 8.5pt; }"
                       "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Skill gap analysis"));
    QStringList meta;
    if (!context.organisation.isEmpty())
        meta.append(escaped(context.organisation));
    meta.append(
        tr("Generated on %1").arg(locale.toString(context.generatedOn, QLocale::LongFormat)));
    html +=
        QStringLiteral("<p class=\"meta\">%1<br/>%2%3<br/>%4</p>")
            .arg(meta.join(QStringLiteral(" · ")), escaped(context.scopeText),
                 context.filterText.isEmpty() ? QString()
                                              : QStringLiteral(" · ") + escaped(context.filterText),
                 tr("%n engineer(s) with a current assessment and a target. Figures about "
                    "fewer than %1 people are withheld to protect individuals.",
                    nullptr, result.peopleAssessed)
                     .arg(result.minGroupSize));

    // The priority first: it is what the team acts on.
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Curriculum priority"));
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Dimensions with engineers below target, ordered by their average place "
                        "in the three rankings below. The next cohorts should cover them in this "
                        "order."));
    html += QStringLiteral("<table class=\"list\" cellspacing=\"0\" cellpadding=\"4\" "
                           "width=\"100%\"><tr><th width=\"6%\">#</th><th width=\"30%\">%1</th>"
                           "<th>%2</th></tr>")
                .arg(tr("Dimension"), tr("Why"));
    const QList<int> priority = result.priority();
    for (int i = 0; i < priority.size(); ++i) {
        const DimensionGap &d = result.totals.at(priority.at(i));
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td></tr>")
                    .arg(i + 1)
                    .arg(escaped(d.dimension.name), escaped(priorityReason(d)));
    }
    if (priority.isEmpty())
        html += QStringLiteral("<tr><td colspan=\"3\"><i>%1</i></td></tr>")
                    .arg(result.totalsSuppressed
                             ? tr("Withheld: %1 were assessed.")
                                   .arg(Rules::suppressionReason(result.minGroupSize))
                             : tr("Nobody is below target in any dimension."));
    html += ReportHtml::tableEnd();

    html += QStringLiteral("<h2>%1</h2>").arg(tr("Largest gaps"));
    html +=
        rankedTable(result, result.largest(), tr("Average shortfall (levels)"),
                    [](const DimensionGap &d) { return number(d.figures.averageShortfall(), 2); });
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Most common gaps"));
    html +=
        rankedTable(result, result.mostCommon(), tr("Engineers below target"),
                    [&locale](const DimensionGap &d) {
                        return tr("%1 of %2 (%3 %)")
                            .arg(d.figures.below)
                            .arg(d.figures.people)
                            .arg(locale.toString(
                                100.0 * d.figures.below / std::max(1, d.figures.people), 'f', 0));
                    });
    html += QStringLiteral("<h2>%1</h2>").arg(tr("Most critical gaps"));
    html += rankedTable(result, result.mostCritical(), tr("Shortfall weighted by criticality"),
                        [](const DimensionGap &d) { return number(d.figures.criticalScore(), 2); });
    html += QStringLiteral("<p class=\"note\">%1</p>")
                .arg(tr("Weights: blocks a high-priority AI project ×3, important ×2, nice to "
                        "have ×1."));

    if (result.grouping != GapGrouping::Person) {
        // The heatmap starts its own page: a heading alone at the foot of a page helps nobody.
        html +=
            QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                .arg(tr("Heatmap by %1").arg(GapAnalysis::groupingName(result.grouping).toLower()));
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(tr("Average gap between the latest assessed level and the target, in "
                            "levels: + means short of the target, 0 or − means met. Greyed cells "
                            "cover fewer than %1 people.")
                             .arg(result.minGroupSize));
        // The header row repeats on every page; the dimensions share what the names leave.
        const int dimensionWidth =
            result.dimensions.isEmpty() ? 0 : int(72 / result.dimensions.size());
        html += QStringLiteral("<table class=\"heat\" cellspacing=\"0\" cellpadding=\"3\" "
                               "width=\"100%\"><thead><tr><th align=\"left\" width=\"20%\" "
                               "style=\"font-size: 7.5pt\">%1"
                               "</th><th width=\"8%\" style=\"font-size: 7.5pt\">%2</th>")
                    .arg(escaped(GapAnalysis::groupingName(result.grouping)), tr("People"));
        for (const SkillDimension &dimension : result.dimensions)
            html += QStringLiteral("<th width=\"%1%\" style=\"font-size: 7.5pt\">%2</th>")
                        .arg(dimensionWidth)
                        .arg(escaped(dimension.name));
        html += QStringLiteral("</tr></thead>");
        int shown = 0;
        int hidden = 0;
        for (const GapGroup &group : result.groups) {
            if (shown >= context.maxGroups) {
                ++hidden;
                continue;
            }
            ++shown;
            html += QStringLiteral("<tr><td>%1</td>").arg(escaped(group.label));
            html += Rules::isSuppressed(group.people, result.minGroupSize)
                        ? cell(tr("< %1").arg(result.minGroupSize),
                               QStringLiteral("color: #777777; text-align: center"))
                        : cell(QString::number(group.people), QStringLiteral("text-align: center"));
            for (const GapFigures &figures : group.cells) {
                if (figures.people == 0)
                    html += cell(QString(), QStringLiteral("background-color: #fafafa"));
                else if (figures.suppressed)
                    html += cell(QStringLiteral("—"),
                                 QStringLiteral("background-color: #eeeeee; color: #777777; "
                                                "text-align: center"));
                else
                    html += cell(formatGap(figures.averageGap()),
                                 QStringLiteral("background-color: %1; text-align: center")
                                     .arg(colourForGap(figures.averageGap()).name()));
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        if (hidden > 0)
            html += QStringLiteral("<p class=\"note\">%1</p>")
                        .arg(tr("%n more group(s) not listed here; filter the analysis to see "
                                "them.",
                                nullptr, hidden));
    }
    html += QStringLiteral("</body></html>");
    return html;
}

std::optional<PdfDocument::Report> GapReport::document(const QSqlDatabase &db, GapOptions options,
                                                       QString *error)
{
    if (options.grouping == GapGrouping::Person)
        options.grouping = GapGrouping::Role;
    const auto result = GapAnalysis::compute(db, options, error);
    if (!result)
        return std::nullopt;
    Context context;
    context.organisation = ProgramSettings::load(db).organisationName;
    context.scopeText = describeScope(options.scope);
    QStringList filter;
    if (!options.filter.role.isEmpty())
        filter.append(tr("role %1").arg(Vocabulary::label(Term::Role, options.filter.role)));
    if (!options.filter.team.isEmpty())
        filter.append(tr("team %1").arg(options.filter.team));
    if (options.filter.cohortId > 0) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
        query.addBindValue(options.filter.cohortId);
        if (query.exec() && query.next())
            filter.append(tr("cohort %1").arg(query.value(0).toString()));
    }
    context.filterText = filter.join(QStringLiteral(", "));
    return PdfDocument::Report{
        html(*result, context), {context.organisation, tr("Skill gap analysis")}, {}};
}

bool GapReport::exportPdf(const QSqlDatabase &db, GapOptions options, const QString &path,
                          QString *error)
{
    const auto report = document(db, options, error);
    return report &&
           PdfDocument::write(report->html, report->header, PdfDocument::pageSize(db), path, error);
}

} // namespace Upskill
