// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules.h"

#include <QColor>
#include <QFont>
#include <QPalette>

class QAbstractAxis;
class QChart;

namespace Upskill {

// How the dashboards look: colours from the application palette (light or dark), fonts large
// enough to read from the back of a meeting room, and a scale for presentation mode. Images
// and PDF pages use the light print style whatever the screen shows.
class ChartStyle
{
public:
    // The screen's style: palette from the application, scale 1 for a window, about 1.8 for a
    // full-screen presentation.
    static ChartStyle forPalette(const QPalette &palette, qreal scale = 1);
    // Black on white, for PDF pages and exported images.
    static ChartStyle print(qreal scale = 1);

    // The same colours at another size (the panels of the chain page are smaller).
    ChartStyle scaled(qreal factor) const;

    bool isDark() const { return m_dark; }
    qreal scale() const { return m_scale; }
    QColor background() const { return m_background; }
    QColor text() const { return m_text; }
    QColor mutedText() const { return m_muted; }
    QColor grid() const { return m_grid; }
    // The i-th series colour: a palette that colour-blind readers can tell apart.
    QColor series(int i) const;
    QColor standing(Rules::Standing standing) const;
    QColor neutral() const { return m_muted; } // a figure without a value

    QFont titleFont() const;
    QFont labelFont() const;
    QFont smallFont() const;
    QFont valueFont() const; // the big number of a tile

    // Applies colours and fonts to a chart and its axes; call after adding series and axes.
    void apply(QChart *chart) const;

private:
    QFont font(qreal pixels, bool bold = false) const;
    bool m_dark = false;
    qreal m_scale = 1;
    QColor m_background;
    QColor m_text;
    QColor m_muted;
    QColor m_grid;
};

} // namespace Upskill
