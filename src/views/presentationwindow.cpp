// SPDX-License-Identifier: GPL-3.0-or-later
#include "presentationwindow.h"

#include "figurerenderer.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>

namespace Upskill {

namespace {
// The footer's height as a share of the screen.
constexpr qreal FooterShare = 0.045;
} // namespace

PresentationWindow::PresentationWindow(const QList<DashboardFigure> &figures, int start,
                                       QWidget *parent)
    : QWidget(parent, Qt::Window), m_figures(figures)
{
    setWindowTitle(tr("Presentation — Upskill Planner"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::BlankCursor);
    showFigure(start);
}

PresentationWindow *PresentationWindow::present(const QList<DashboardFigure> &figures, int start,
                                                QWidget *over)
{
    auto *window = new PresentationWindow(figures, start);
    window->setAttribute(Qt::WA_DeleteOnClose);
    QScreen *screen = over && over->screen() ? over->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        window->setScreen(screen);
        // Without a window manager (a bare X server) full screen is only a wish: the size is
        // set too.
        window->setGeometry(screen->geometry());
    }
    window->showFullScreen();
    window->activateWindow();
    window->setFocus();
    return window;
}

void PresentationWindow::showFigure(int index)
{
    if (m_figures.isEmpty())
        return;
    const int bounded = std::clamp(index, 0, int(m_figures.size()) - 1);
    if (bounded == m_current && !m_cache.isNull())
        return;
    m_current = bounded;
    m_cache = QPixmap();
    update();
    Q_EMIT figureChanged(m_current);
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
        showFigure(m_current + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        showFigure(m_current - 1);
        return;
    case Qt::Key_Home:
        showFigure(0);
        return;
    case Qt::Key_End:
        showFigure(int(m_figures.size()) - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::mousePressEvent(QMouseEvent *event)
{
    // A click moves on, as a presenter's remote does; the right button goes back.
    showFigure(event->button() == Qt::RightButton ? m_current - 1 : m_current + 1);
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_cache = QPixmap();
}

void PresentationWindow::paintEvent(QPaintEvent *)
{
    // Type scales with the screen: a 1080-line projector gets twice the window's sizes.
    const qreal scale = std::max<qreal>(1, height() / 540.0);
    const ChartStyle style = ChartStyle::forPalette(palette(), scale);
    const qreal footer = height() * FooterShare;
    const qreal ratio = devicePixelRatioF();
    if (m_cache.isNull() || m_cache.size() != size() * ratio) {
        m_cache = QPixmap(size() * ratio);
        m_cache.setDevicePixelRatio(ratio);
        m_cache.fill(style.background());
        if (!m_figures.isEmpty()) {
            QPainter painter(&m_cache);
            const qreal margin = 24 * scale;
            FigureRenderer::render(
                m_figures.at(m_current), &painter,
                QRectF(margin, margin, width() - 2 * margin, height() - footer - 2 * margin),
                style);
        }
    }
    QPainter painter(this);
    painter.drawPixmap(0, 0, m_cache);
    painter.setPen(style.mutedText());
    painter.setFont(style.smallFont());
    const QRectF bar(24 * scale, height() - footer, width() - 48 * scale, footer);
    painter.drawText(bar, Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 of %2").arg(m_current + 1).arg(m_figures.size()));
    painter.drawText(bar, Qt::AlignRight | Qt::AlignVCenter,
                     tr("← → next and previous · Esc leaves"));
}

} // namespace Upskill
