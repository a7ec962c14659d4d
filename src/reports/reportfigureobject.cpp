// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportfigureobject.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Upskill {

namespace {
constexpr int FigureType = QTextFormat::UserObject + 1;
constexpr int KeyProperty = QTextFormat::UserProperty + 1;
constexpr int AspectProperty = QTextFormat::UserProperty + 2;
const QLatin1String Scheme("figure:");
} // namespace

ReportFigureObject::ReportFigureObject(std::shared_ptr<const ReportFigures> figures,
                                       QObject *parent)
    : QObject(parent), m_figures(std::move(figures))
{}

void ReportFigureObject::install(QTextDocument &document,
                                 std::shared_ptr<const ReportFigures> figures)
{
    struct Found
    {
        int position;
        int length;
        QString key;
        double aspect;
    };
    QList<Found> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid() || !image.name().startsWith(Scheme))
                continue;
            const double aspect =
                image.width() > 0 && image.height() > 0 ? image.height() / image.width() : 0.5;
            found.append(
                {fragment.position(), fragment.length(), image.name().mid(Scheme.size()), aspect});
        }
    }
    if (found.isEmpty())
        return;
    if (figures) {
        auto *object = new ReportFigureObject(std::move(figures), &document);
        document.documentLayout()->registerHandler(FigureType, object);
    }
    QTextCursor cursor(&document);
    // From the end, so the positions found before stay right.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (!document.documentLayout()->handlerForObject(FigureType)) {
            cursor.removeSelectedText();
            continue;
        }
        QTextCharFormat format;
        format.setObjectType(FigureType);
        format.setProperty(KeyProperty, it->key);
        format.setProperty(AspectProperty, it->aspect);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

QSizeF ReportFigureObject::intrinsicSize(QTextDocument *document, int, const QTextFormat &format)
{
    // As wide as the page's text, less a little so the line never has to wrap.
    const qreal pageWidth =
        document->pageSize().width() > 0 ? document->pageSize().width() : document->textWidth();
    const qreal width = std::max<qreal>(50, pageWidth * 0.995 - 2 * document->documentMargin());
    return QSizeF(width, width * format.doubleProperty(AspectProperty));
}

void ReportFigureObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                    const QTextFormat &format)
{
    painter->save();
    m_figures->paint(format.stringProperty(KeyProperty), painter, rect);
    painter->restore();
}

} // namespace Upskill
