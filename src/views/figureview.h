// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"

#include <QPixmap>
#include <QWidget>

class QToolButton;

namespace Upskill {

// Shows one dashboard figure exactly as it is exported: drawn by the figure renderer in the
// application's palette, cached until the figure, the size or the palette changes. Its menu
// (the ⋯ button or a right click) copies it, saves it as PNG or SVG, or starts presenting.
class FigureView : public QWidget
{
    Q_OBJECT
public:
    explicit FigureView(QWidget *parent = nullptr);

    void setFigure(const DashboardFigure &figure);
    const DashboardFigure &figure() const { return m_figure; }
    QSize sizeHint() const override { return {640, 420}; }
    QSize minimumSizeHint() const override { return {360, 280}; }

    void copyToClipboard();
    // Asks where, then writes PNG or SVG; a failure is shown to the user.
    void saveAs(const QString &suffix);

Q_SIGNALS:
    void presentRequested();
    void statusMessage(const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    QMenu *createMenu(QWidget *parent);

    DashboardFigure m_figure;
    QPixmap m_cache;
    QToolButton *m_menuButton;
};

} // namespace Upskill
