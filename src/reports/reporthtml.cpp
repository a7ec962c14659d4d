// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporthtml.h"

#include <QLocale>

namespace Upskill {

QString ReportHtml::begin(const QString &title, const QStringList &metaLines)
{
    QString html = QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 17pt; margin-bottom: 2pt; } "
        "h2 { font-size: 12.5pt; margin-top: 16pt; margin-bottom: 4pt; } "
        "p.meta { color: #555555; margin-top: 0; } "
        "table.list th { background-color: #37474f; color: #ffffff; font-weight: bold; } "
        "table.list td { border-bottom: 1px solid #cfd8dc; } "
        "p.note { color: #555555; font-size: 8.5pt; } "
        "td.overdue { color: #b71c1c; font-weight: bold; } "
        "</style></head><body>");
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(title));
    QStringList lines;
    for (const QString &line : metaLines)
        lines.append(escaped(line));
    html += QStringLiteral("<p class=\"meta\">%1</p>").arg(lines.join(QStringLiteral("<br/>")));
    return html;
}

QString ReportHtml::end()
{
    return QStringLiteral("</body></html>");
}

QString ReportHtml::heading(const QString &text, bool newPage)
{
    return newPage ? QStringLiteral("<h2 style=\"page-break-before: always\">%1</h2>")
                         .arg(escaped(text))
                   : QStringLiteral("<h2>%1</h2>").arg(escaped(text));
}

QString ReportHtml::note(const QString &text)
{
    return QStringLiteral("<p class=\"note\">%1</p>").arg(escaped(text));
}

QString ReportHtml::tableBegin(const QStringList &headers, const QList<int> &widths,
                               const QString &cssClass)
{
    QString html = QStringLiteral("<table class=\"%1\" cellspacing=\"0\" cellpadding=\"4\" "
                                  "width=\"100%\"><thead><tr>")
                       .arg(cssClass);
    for (int i = 0; i < headers.size(); ++i) {
        // Header text a size smaller than the cells, so short numeric columns keep their
        // labels on one line.
        const int width = widths.value(i);
        const QString size = width > 0 ? QStringLiteral(" width=\"%1%\"").arg(width) : QString();
        html += QStringLiteral("<th align=\"left\"%1 style=\"font-size: 8pt\">%2</th>")
                    .arg(size, escaped(headers.at(i)));
    }
    return html + QStringLiteral("</tr></thead>");
}

QString ReportHtml::row(const QStringList &cells, const QString &style)
{
    QString html = QStringLiteral("<tr>");
    for (const QString &cell : cells)
        html += style.isEmpty() ? QStringLiteral("<td>%1</td>").arg(cell)
                                : QStringLiteral("<td style=\"%1\">%2</td>").arg(style, cell);
    return html + QStringLiteral("</tr>");
}

QString ReportHtml::tableEnd()
{
    // Qt's layout drops a heading's top margin after a table: a thin paragraph keeps the gap.
    return QStringLiteral("</table><p style=\"font-size: 6pt\">&nbsp;</p>");
}

QString ReportHtml::date(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

} // namespace Upskill
