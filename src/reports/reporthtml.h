// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Upskill {

// The pieces every report's HTML shares: one style sheet, the title block, tables whose header
// row repeats on each page, and escaping. Reports build their body from these so they look like
// one family.
class ReportHtml
{
public:
    // The document's start: <html>, the style sheet, <body>, the title and the lines under it.
    static QString begin(const QString &title, const QStringList &metaLines);
    static QString end();
    static QString heading(const QString &text, bool newPage = false);
    static QString note(const QString &text);
    // A table with a repeating header row; widths in percent (0 = let the layout decide).
    static QString tableBegin(const QStringList &headers, const QList<int> &widths = {},
                              const QString &cssClass = QStringLiteral("list"));
    static QString row(const QStringList &cells, const QString &style = QString());
    static QString tableEnd();
    static QString escaped(const QString &text) { return text.toHtmlEscaped(); }
    static QString date(const QDate &date);
};

} // namespace Upskill
