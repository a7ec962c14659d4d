// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfdocument.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

class QWidget;

namespace Upskill {

// A report on screen before it goes anywhere: Qt's print preview (zoom, page setup, print)
// with one more button that saves the same pages as a PDF.
class ReportPreview
{
    Q_DECLARE_TR_FUNCTIONS(ReportPreview)
public:
    static void show(QWidget *parent, const PdfDocument::Report &report, const QPageSize &pageSize,
                     const QString &suggestedFileName);
};

} // namespace Upskill
