// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurerenderer.h"

#include <QBuffer>
#include <QChart>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QMimeData>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTextOption>

#include <memory>

namespace Upskill {

namespace {

// How tall the title and subtitle are in rect's units.
qreal headerHeight(const DashboardFigure &figure, const ChartStyle &style, qreal width)
{
    const QFontMetricsF title(style.titleFont());
    const QFontMetricsF small(style.smallFont());
    const QRectF titleBox =
        title.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, figure.title);
    qreal height = titleBox.height() + 4 * style.scale();
    if (!figure.subtitle.isEmpty())
        height +=
            small
                .boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, figure.subtitle.trimmed())
                .height() +
            2 * style.scale();
    return height + 6 * style.scale();
}

} // namespace

void FigureRenderer::render(const DashboardFigure &figure, QPainter *painter, const QRectF &rect,
                            const ChartStyle &style, bool withHeader)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    painter->fillRect(rect, style.background());
    QRectF body = rect;
    if (withHeader) {
        const qreal pad = 8 * style.scale();
        // Room on the right for the window's menu button over the title.
        const QRectF inner = rect.adjusted(pad, pad, -pad - 20 * style.scale(), 0);
        painter->setPen(style.text());
        painter->setFont(style.titleFont());
        QRectF used;
        painter->drawText(inner, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, figure.title,
                          &used);
        qreal y = used.bottom() + 4 * style.scale();
        if (!figure.subtitle.isEmpty()) {
            painter->setPen(style.mutedText());
            painter->setFont(style.smallFont());
            painter->drawText(QRectF(inner.left(), y, inner.width(), rect.bottom() - y),
                              Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                              figure.subtitle.trimmed(), &used);
            y = used.bottom() + 2 * style.scale();
        }
        body.setTop(std::max(y + 6 * style.scale(),
                             rect.top() + headerHeight(figure, style, inner.width())));
    }
    renderBody(figure, painter, body, style);
    painter->restore();
}

void FigureRenderer::renderBody(const DashboardFigure &figure, QPainter *painter,
                                const QRectF &rect, const ChartStyle &style)
{
    if (figure.isEmpty()) {
        painter->save();
        painter->setPen(style.mutedText());
        painter->setFont(style.labelFont());
        const qreal pad = 24 * style.scale();
        painter->drawText(rect.adjusted(pad, pad, -pad, -pad), Qt::AlignCenter | Qt::TextWordWrap,
                          figure.emptyText);
        painter->restore();
        return;
    }
    if (figure.paint) {
        painter->save();
        const qreal pad = 8 * style.scale();
        figure.paint(painter, rect.adjusted(pad, 0, -pad, -pad), style);
        painter->restore();
        return;
    }
    if (!figure.makeChart)
        return;
    // The scene owns the chart once it is added.
    QGraphicsScene scene;
    QChart *chart = figure.makeChart(style);
    scene.addItem(chart);
    const QRectF source(QPointF(0, 0), rect.size());
    chart->setGeometry(source);
    // A chart lays itself out when its layout is activated; there is no event loop turn
    // between building it and painting it here.
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(source);
    scene.render(painter, rect, source, Qt::IgnoreAspectRatio);
}

void FigureRenderer::renderScaled(const DashboardFigure &figure, QPainter *painter,
                                  const QRectF &rect, const ChartStyle &style)
{
    if (rect.width() <= 0 || rect.height() <= 0)
        return;
    const qreal logical = figure.logicalWidth > 0 ? figure.logicalWidth : LogicalWidth;
    const qreal k = rect.width() / logical;
    painter->save();
    painter->translate(rect.topLeft());
    painter->scale(k, k);
    render(figure, painter, QRectF(0, 0, logical, rect.height() / k), style);
    painter->restore();
}

QImage FigureRenderer::image(const DashboardFigure &figure, const QSize &size,
                             const ChartStyle &style)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(style.background());
    QPainter painter(&image);
    renderScaled(figure, &painter, QRectF(QPointF(0, 0), size), style);
    painter.end();
    return image;
}

QByteArray FigureRenderer::svg(const DashboardFigure &figure, const QSize &size)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(figure.title);
    generator.setDescription(figure.subtitle);
    {
        QPainter painter(&generator);
        renderScaled(figure, &painter, QRectF(QPointF(0, 0), size), ChartStyle::print());
    }
    return buffer.data();
}

bool FigureRenderer::save(const DashboardFigure &figure, const QString &path, const QSize &size,
                          QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg")) {
        if (error)
            *error = tr("%1: the file name must end in .png or .svg.").arg(path);
        return false;
    }
    if (size.width() < 100 || size.height() < 100 || size.width() > 10000 ||
        size.height() > 10000) {
        if (error)
            *error = tr("An image of %1 × %2 pixels cannot be made: use 100 to 10,000 pixels "
                        "each way.")
                         .arg(size.width())
                         .arg(size.height());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    bool written = false;
    if (suffix == QLatin1String("svg")) {
        const QByteArray data = svg(figure, size);
        written = file.write(data) == data.size();
    } else {
        written = image(figure, size, ChartStyle::print()).save(&file, "PNG");
    }
    if (!written || !file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QMimeData *FigureRenderer::mimeData(const DashboardFigure &figure, const QSize &size)
{
    auto *data = new QMimeData;
    data->setImageData(image(figure, size, ChartStyle::print()));
    data->setData(QStringLiteral("image/svg+xml"), svg(figure, size));
    return data;
}

} // namespace Upskill
