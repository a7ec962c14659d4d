// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Upskill {

// Draws a day of the calendar grid: its number (with the month on the first), the holiday it
// is, how many sessions it has, the first of them as "10:00 Cohort" lines with clashes marked,
// and "+N more" for the rest. Days outside the quarter shown step back.
class CalendarDayDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Lines of sessions a day shows at the size hint.
    static constexpr int Lines = 5;
};

} // namespace Upskill
