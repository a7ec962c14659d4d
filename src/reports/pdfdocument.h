// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPageSize>
#include <QSqlDatabase>
#include <QString>

class QTextDocument;

namespace Upskill {

// Turns a report's HTML into a PDF file: laid out by QTextDocument, printed by QPdfWriter,
// written through QSaveFile so a failed export never leaves half a file (or replaces a good
// one). Needs a QGuiApplication (the CLI uses the offscreen platform).
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)
public:
    // The program's paper size: its setting, or the locale's (Letter in the US, else A4).
    static QPageSize pageSize(const QSqlDatabase &db);

    static bool write(const QString &html, const QString &title, const QPageSize &pageSize,
                      const QString &path, QString *error);
    // The same layout the PDF gets, for a print preview or a printer.
    static void prepare(QTextDocument &document, const QString &html);
};

} // namespace Upskill
