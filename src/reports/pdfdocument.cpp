// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include "programsettings.h"

#include <QAbstractTextDocumentLayout>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace Upskill {

QPageSize PdfDocument::pageSize(const QSqlDatabase &db)
{
    const QString setting = ProgramSettings::load(db).paperSize;
    if (setting == QLatin1String("letter"))
        return QPageSize(QPageSize::Letter);
    if (setting == QLatin1String("a4"))
        return QPageSize(QPageSize::A4);
    return QLocale().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize(QPageSize::Letter)
                                                                      : QPageSize(QPageSize::A4);
}

void PdfDocument::prepare(QTextDocument &document, const QString &html)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
}

bool PdfDocument::write(const QString &html, const QString &title, const QPageSize &pageSize,
                        const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Upskill Planner"));
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter);
        writer.setResolution(300);
        QTextDocument document;
        // Laid out for the writer's own page, so print() neither rescales it nor adds its
        // default 2 cm margins on top of the page margins.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        prepare(document, html);
        // QTextDocument::print paginates and numbers pages itself.
        document.print(&writer);
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Upskill
