// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfdocument.h"

#include "programsettings.h"
#include "reportfigureobject.h"

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

void PdfDocument::prepare(QTextDocument &document, const QString &html,
                          std::shared_ptr<const ReportFigures> figures)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(html);
    ReportFigureObject::install(document, std::move(figures));
    // Replacing the figure images leaves the layout of what follows them stale: without a
    // fresh layout the text after a chart is never placed, and so never printed.
    document.markContentsDirty(0, document.characterCount());
}

int PdfDocument::paint(QPagedPaintDevice *device, const QString &html, const Header &header,
                       QString *error)
{
    return paint(device, Report{html, header, {}}, error);
}

int PdfDocument::paint(QPagedPaintDevice *device, const Report &report, QString *error)
{
    const Header &header = report.header;
    QPainter painter(device);
    if (!painter.isActive()) {
        if (error)
            *error = tr("The page cannot be drawn on.");
        return 0;
    }
    // Painter coordinates start at the top left of the printable area.
    const QRectF area(QPointF(0, 0),
                      device->pageLayout().paintRectPixels(device->logicalDpiX()).size());
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(8);
    const QFontMetricsF metrics(small, device);
    const qreal band = metrics.height() * 2.2;

    QTextDocument document;
    // Laid out for this device, so its fonts and sizes are the device's own.
    document.documentLayout()->setPaintDevice(device);
    const QSizeF body(area.width(), area.height() - 2 * band);
    // The page size first: figures take their width from it.
    document.setPageSize(body);
    prepare(document, report.html, report.figures);
    const int pages = document.pageCount();

    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF top(0, 0, area.width(), band * 0.8);
        painter.drawText(top, Qt::AlignLeft | Qt::AlignVCenter, header.organisation);
        painter.drawText(top, Qt::AlignRight | Qt::AlignVCenter, header.title);
        painter.drawLine(QPointF(0, band * 0.8), QPointF(area.width(), band * 0.8));
        painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8),
                         Qt::AlignHCenter | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));

        painter.save();
        painter.translate(0, band - page * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, page * body.height(), body.width(), body.height());
        context.palette.setColor(QPalette::Text, Qt::black);
        painter.setClipRect(context.clip);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

bool PdfDocument::write(const QString &html, const Header &header, const QPageSize &pageSize,
                        const QString &path, QString *error)
{
    return write(Report{html, header, {}}, pageSize, path, error);
}

bool PdfDocument::write(const Report &report, const QPageSize &pageSize, const QString &path,
                        QString *error)
{
    const Header &header = report.header;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(header.title);
        writer.setCreator(QStringLiteral("Upskill Planner"));
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        if (paint(&writer, report, error) == 0)
            return false; // the QSaveFile is discarded: nothing is written
    }
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Upskill
