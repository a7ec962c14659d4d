// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureview.h"

#include "figurerenderer.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QStandardPaths>
#include <QToolButton>

namespace Upskill {

FigureView::FigureView(QWidget *parent) : QWidget(parent), m_menuButton(new QToolButton(this))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    m_menuButton->setText(QStringLiteral("⋯"));
    m_menuButton->setToolTip(tr("Copy, save or present this chart"));
    m_menuButton->setAutoRaise(true);
    m_menuButton->setPopupMode(QToolButton::InstantPopup);
    m_menuButton->setMenu(createMenu(this));
    auto *copy = new QAction(this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &FigureView::copyToClipboard);
    addAction(copy);
}

QMenu *FigureView::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->addAction(tr("&Copy"), this, &FigureView::copyToClipboard);
    menu->addAction(tr("Save as &PNG…"), this, [this] { saveAs(QStringLiteral("png")); });
    menu->addAction(tr("Save as &SVG…"), this, [this] { saveAs(QStringLiteral("svg")); });
    menu->addSeparator();
    menu->addAction(tr("P&resent from here"), this, &FigureView::presentRequested);
    return menu;
}

void FigureView::setFigure(const DashboardFigure &figure)
{
    m_figure = figure;
    setAccessibleName(figure.title);
    setAccessibleDescription(figure.isEmpty() ? figure.emptyText : figure.subtitle);
    m_cache = QPixmap();
    update();
}

void FigureView::copyToClipboard()
{
    QApplication::clipboard()->setMimeData(
        FigureRenderer::mimeData(m_figure, FigureRenderer::DefaultImageSize));
    Q_EMIT statusMessage(tr("Copied \"%1\" as a picture.").arg(m_figure.title));
}

void FigureView::saveAs(const QString &suffix)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString filter =
        suffix == QLatin1String("svg") ? tr("SVG pictures (*.svg)") : tr("PNG pictures (*.png)");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart"), folder + QLatin1Char('/') + m_figure.fileName(suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    QString error;
    if (!FigureRenderer::save(m_figure, path, FigureRenderer::DefaultImageSize, &error)) {
        QMessageBox::warning(this, tr("Save chart"), error);
        return;
    }
    Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void FigureView::paintEvent(QPaintEvent *)
{
    const qreal ratio = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.size() != size() * ratio) {
        m_cache = QPixmap(size() * ratio);
        m_cache.setDevicePixelRatio(ratio);
        const ChartStyle style = ChartStyle::forPalette(palette());
        m_cache.fill(style.background());
        QPainter painter(&m_cache);
        FigureRenderer::render(m_figure, &painter, QRectF(QPointF(0, 0), size()), style);
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void FigureView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_menuButton->move(width() - m_menuButton->sizeHint().width() - 6, 6);
    m_cache = QPixmap();
}

void FigureView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_cache = QPixmap();
        update();
    }
}

void FigureView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(event->globalPos());
}

} // namespace Upskill
