// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportfigures.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace Upskill {

// Typesets a report's HTML on pages: laid out by QTextDocument for the device's own page (so
// nothing is rescaled), a running header with the organisation and the report's title, and
// "Page N of M" at the foot of every page. Table header rows (<thead>) repeat on each page.
// The same painting serves a PDF (QPdfWriter, fonts embedded), a print preview and a printer.
// Needs a QGuiApplication (the CLI uses the offscreen platform).
class PdfDocument
{
    Q_DECLARE_TR_FUNCTIONS(PdfDocument)
public:
    struct Header
    {
        QString organisation;
        QString title;
    };

    // A report ready to typeset: its HTML, its running header, and the figures its HTML
    // names (charts), if any.
    struct Report
    {
        QString html;
        Header header;
        std::shared_ptr<const ReportFigures> figures;
    };

    // The program's paper size: its setting, or the locale's (Letter in the US, else A4).
    static QPageSize pageSize(const QSqlDatabase &db);

    // Paints every page on device; returns the number of pages, or 0 with *error set.
    static int paint(QPagedPaintDevice *device, const Report &report, QString *error);
    static int paint(QPagedPaintDevice *device, const QString &html, const Header &header,
                     QString *error);
    // Writes a PDF through QSaveFile: a failed export leaves no half file and never replaces a
    // good one.
    static bool write(const Report &report, const QPageSize &pageSize, const QString &path,
                      QString *error);
    static bool write(const QString &html, const Header &header, const QPageSize &pageSize,
                      const QString &path, QString *error);
    // The text settings every report shares, and its figures in place.
    static void prepare(QTextDocument &document, const QString &html,
                        std::shared_ptr<const ReportFigures> figures = {});
};

} // namespace Upskill
