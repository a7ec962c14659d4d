// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace Upskill {

// The pictures of a report. A report names a figure with <img src="figure:KEY" width="W"
// height="H"> (W and H give its proportions); when the report is typeset, the figure is
// painted there with the painter of the page, so a chart stays vector graphics in a PDF.
// Charts live in a layer above the reports, which is why a report only names them.
// paint() is called on the thread that typesets (the window's, for a preview).
class ReportFigures
{
public:
    virtual ~ReportFigures() = default;
    // The figures that show a section of a report ("satisfaction"), in order; a report asks
    // so that it can give each its own place on the page.
    virtual QStringList keys(const QString &section) const = 0;
    virtual void paint(const QString &key, QPainter *painter, const QRectF &rect) const = 0;
};

} // namespace Upskill
