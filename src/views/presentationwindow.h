// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dashboardfigure.h"

#include <QList>
#include <QPixmap>
#include <QWidget>

namespace Upskill {

// Presentation mode for meetings: full screen, one figure per screen in large type, the
// next with →, ↓, Page Down or Space, the previous with ←, ↑, Page Up or Backspace, Home and
// End for the first and last, Esc to leave.
class PresentationWindow : public QWidget
{
    Q_OBJECT
public:
    PresentationWindow(const QList<DashboardFigure> &figures, int start, QWidget *parent = nullptr);

    int current() const { return m_current; }
    int count() const { return int(m_figures.size()); }
    void showFigure(int index);

    // Opens full screen on the screen of `over` and deletes itself when closed.
    static PresentationWindow *present(const QList<DashboardFigure> &figures, int start,
                                       QWidget *over);

Q_SIGNALS:
    void figureChanged(int index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QList<DashboardFigure> m_figures;
    int m_current = 0;
    QPixmap m_cache;
};

} // namespace Upskill
