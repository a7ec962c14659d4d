// SPDX-License-Identifier: GPL-3.0-or-later
#include "warningbanner.h"

namespace Upskill {

WarningBanner::WarningBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setMargin(8);
    setAutoFillBackground(true);
    hide();
}

void WarningBanner::setMessage(Level level, const QString &text)
{
    m_level = level;
    setText(text);
    setVisible(!text.isEmpty());
    // Fixed colours rather than the palette's: the meaning must survive a dark theme, and
    // these pairs keep their contrast on both.
    QColor background;
    QColor foreground;
    switch (level) {
    case Level::Problem:
        background = QColor(198, 40, 40);
        foreground = Qt::white;
        break;
    case Level::Caution:
        background = QColor(255, 224, 178);
        foreground = QColor(62, 39, 35);
        break;
    case Level::Fine:
        background = QColor(200, 230, 201);
        foreground = QColor(27, 94, 32);
        break;
    }
    QPalette colours = palette();
    colours.setColor(QPalette::Window, background);
    colours.setColor(QPalette::WindowText, foreground);
    setPalette(colours);
    QFont emphasis = font();
    emphasis.setBold(level != Level::Fine);
    setFont(emphasis);
}

} // namespace Upskill
