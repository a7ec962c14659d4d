// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportpreview.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QToolBar>

namespace Upskill {

void ReportPreview::show(QWidget *parent, const PdfDocument::Report &report,
                         const QPageSize &pageSize, const QString &suggestedFileName)
{
    const PdfDocument::Header &header = report.header;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSize);
    printer.setPageMargins(QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter);
    printer.setDocName(header.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(header.title);
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *target) {
        QString error;
        if (PdfDocument::paint(target, report, &error) == 0)
            QMessageBox::warning(&dialog, header.title, error);
    });
    if (QToolBar *toolbar = dialog.findChild<QToolBar *>()) {
        toolbar->addSeparator();
        QAction *save = toolbar->addAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                                           tr("Save as PDF…"));
        save->setToolTip(tr("Save these pages as a PDF file"));
        QObject::connect(save, &QAction::triggered, &dialog, [&] {
            const QString path = QFileDialog::getSaveFileName(
                &dialog, tr("Save as PDF"),
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                    QLatin1Char('/') + suggestedFileName,
                tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return;
            QString error;
            if (!PdfDocument::write(report, printer.pageLayout().pageSize(), path, &error))
                QMessageBox::warning(&dialog, tr("Save as PDF"), error);
        });
    }
    dialog.exec();
}

} // namespace Upskill
