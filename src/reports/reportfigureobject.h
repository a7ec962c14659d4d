// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reportfigures.h"

#include <QObject>
#include <QTextObjectInterface>

#include <memory>

class QTextDocument;

namespace Upskill {

// Puts a report's figures into its typeset document: every <img src="figure:KEY"> becomes an
// object as wide as the text that the figures paint when the page is drawn.
class ReportFigureObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    // Registers with document (which owns the object) and replaces the figure images;
    // without figures the images are removed, so nothing shows as a broken picture.
    static void install(QTextDocument &document, std::shared_ptr<const ReportFigures> figures);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    ReportFigureObject(std::shared_ptr<const ReportFigures> figures, QObject *parent);
    std::shared_ptr<const ReportFigures> m_figures;
};

} // namespace Upskill
