// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartstyle.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QLegend>

namespace Upskill {

ChartStyle ChartStyle::forPalette(const QPalette &palette, qreal scale)
{
    ChartStyle style;
    style.m_scale = scale;
    style.m_background = palette.color(QPalette::Base);
    style.m_text = palette.color(QPalette::Text);
    style.m_dark = style.m_background.lightness() < 128;
    style.m_muted = style.m_dark ? style.m_text.darker(140) : QColor(0x5f, 0x63, 0x68);
    style.m_grid = style.m_dark ? style.m_background.lighter(180) : QColor(0xdd, 0xdd, 0xdd);
    return style;
}

ChartStyle ChartStyle::print(qreal scale)
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x20, 0x21, 0x24));
    return forPalette(palette, scale);
}

ChartStyle ChartStyle::scaled(qreal factor) const
{
    ChartStyle style = *this;
    style.m_scale *= factor;
    return style;
}

QColor ChartStyle::series(int i) const
{
    // Okabe and Ito's colour-blind safe set, without its yellow (unreadable on white) and
    // black (invisible on a dark background).
    static const QRgb light[] = {0x0072b2, 0xe69f00, 0x009e73, 0xcc79a7,
                                 0xd55e00, 0x56b4e9, 0x7f7f7f, 0x8c564b};
    static const QRgb dark[] = {0x56b4e9, 0xe69f00, 0x2fc497, 0xe08fc0,
                                0xff7f3f, 0x9ad3f5, 0xbdbdbd, 0xc49a8a};
    const QRgb *colours = m_dark ? dark : light;
    return QColor(colours[((i % 8) + 8) % 8]);
}

QColor ChartStyle::standing(Rules::Standing standing) const
{
    switch (standing) {
    case Rules::Standing::Green:
        return m_dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case Rules::Standing::Amber:
        return m_dark ? QColor(0xff, 0xc1, 0x07) : QColor(0xb2, 0x6a, 0x00);
    case Rules::Standing::Red:
        return m_dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    }
    return m_muted;
}

QFont ChartStyle::font(qreal pixels, bool bold) const
{
    // Pixel sizes, not points: a figure is laid out in logical pixels and scaled as a whole
    // onto a page or an image, so its text must scale with it rather than with the device.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(qRound(pixels * m_scale));
    font.setBold(bold);
    return font;
}

QFont ChartStyle::titleFont() const
{
    return font(20, true);
}

QFont ChartStyle::labelFont() const
{
    return font(15);
}

QFont ChartStyle::smallFont() const
{
    return font(13);
}

QFont ChartStyle::valueFont() const
{
    return font(34, true);
}

void ChartStyle::apply(QChart *chart) const
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(m_background);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(m_text);
    chart->setMargins(QMargins(8, 8, 8, 8) * m_scale);
    chart->legend()->setFont(labelFont());
    chart->legend()->setLabelColor(m_text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        // A dozen category names (cohorts) need the smaller type to be written out in full.
        const auto *categories = qobject_cast<QBarCategoryAxis *>(axis);
        axis->setLabelsFont(categories && categories->count() > 6 ? smallFont() : labelFont());
        axis->setLabelsColor(m_text);
        axis->setTitleFont(labelFont());
        axis->setTitleBrush(m_text);
        axis->setLinePenColor(m_muted);
        axis->setGridLineColor(m_grid);
        axis->setShadesVisible(false);
    }
}

} // namespace Upskill
