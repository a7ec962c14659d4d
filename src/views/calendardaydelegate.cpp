// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendardaydelegate.h"

#include "calendargridmodel.h"

#include <QApplication>
#include <QDate>
#include <QLocale>
#include <QPainter>
#include <QStyle>

namespace Upskill {

namespace {
// A red that reads on light and dark backgrounds.
const QColor ClashColor(214, 48, 49);
} // namespace

QSize CalendarDayDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {option.fontMetrics.averageCharWidth() * 20, line * (Lines + 1) + 8};
}

void CalendarDayDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const bool inRange = index.data(CalendarGridModel::InRangeRole).toBool();
    const QDate day = index.data(CalendarGridModel::DateRole).toDate();
    const QString holiday = index.data(CalendarGridModel::HolidayRole).toString();
    const bool weekend = !QLocale().weekdays().contains(Qt::DayOfWeek(day.dayOfWeek()));
    if (!(opt.state & QStyle::State_Selected) && (weekend || !holiday.isEmpty() || !inRange))
        opt.backgroundBrush = opt.palette.alternateBase();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    const bool selected = opt.state & QStyle::State_Selected;
    QColor text = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor faint = selected ? text : opt.palette.color(QPalette::PlaceholderText);
    if (!inRange)
        text = faint;
    const QRect area = opt.rect.adjusted(4, 2, -4, -2);
    const QFontMetrics metrics(opt.font);
    const int lineHeight = metrics.height();

    // The day, bold on the first of a month and framed today.
    QFont dayFont = opt.font;
    dayFont.setBold(day.day() == 1 || day == QDate::currentDate());
    painter->setFont(dayFont);
    painter->setPen(text);
    const QRect top(area.left(), area.top(), area.width(), lineHeight);
    const QString label = index.data(Qt::DisplayRole).toString();
    painter->drawText(top, Qt::AlignLeft | Qt::AlignVCenter, label);
    const int labelWidth = QFontMetrics(dayFont).horizontalAdvance(label) + 6;
    if (day == QDate::currentDate()) {
        painter->setPen(opt.palette.color(QPalette::Highlight));
        painter->drawRect(opt.rect.adjusted(1, 1, -2, -2));
    }
    painter->setFont(opt.font);

    // Top right: the number of sessions, in red with a warning when some clash.
    const int count = index.data(CalendarGridModel::CountRole).toInt();
    const int clashes = index.data(CalendarGridModel::ClashCountRole).toInt();
    int right = top.right();
    if (inRange && count > 0) {
        const QString number =
            clashes > 0 ? tr("%1 ⚠ %2").arg(count).arg(clashes) : QString::number(count);
        painter->setPen(clashes > 0 && !selected ? ClashColor : faint);
        painter->drawText(top, Qt::AlignRight | Qt::AlignVCenter, number);
        right -= metrics.horizontalAdvance(number) + 6;
    }
    if (!holiday.isEmpty()) {
        QFont italic = opt.font;
        italic.setItalic(true);
        painter->setFont(italic);
        painter->setPen(faint);
        const QRect room(top.left() + labelWidth, top.top(), right - top.left() - labelWidth,
                         lineHeight);
        painter->drawText(room, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(italic).elidedText(holiday, Qt::ElideRight, room.width()));
        painter->setFont(opt.font);
    }

    if (inRange) {
        const QStringList lines = index.data(CalendarGridModel::LinesRole).toStringList();
        const QVariantList lineClashes = index.data(CalendarGridModel::LineClashesRole).toList();
        const int room = (area.bottom() - top.bottom()) / lineHeight;
        // With more sessions than room, the last line says how many more.
        const int shown =
            count > room ? std::max(0, room - 1) : std::min<int>(room, int(lines.size()));
        int y = top.bottom() + 1;
        for (int i = 0; i < shown && i < lines.size(); ++i, y += lineHeight) {
            const bool clash = lineClashes.value(i).toBool();
            painter->setPen(clash && !selected ? ClashColor : text);
            const QString line = clash ? QStringLiteral("⚠ ") + lines.at(i) : lines.at(i);
            painter->drawText(QRect(area.left(), y, area.width(), lineHeight),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              // The end of a cohort's name tells it from its siblings.
                              metrics.elidedText(line, Qt::ElideMiddle, area.width()));
        }
        const int more = count - std::min<int>(shown, int(lines.size()));
        if (more > 0 && room > 0) {
            painter->setPen(faint);
            painter->drawText(QRect(area.left(), y, area.width(), lineHeight),
                              Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", nullptr, more));
        }
    }
    painter->restore();
}

} // namespace Upskill
