// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduletext.h"

#include <QLocale>
#include <QRegularExpression>

namespace Upskill {

QString ScheduleText::timeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    format.remove(seconds);
    return format;
}

QString ScheduleText::time(const QTime &time)
{
    return QLocale().toString(time, timeFormat());
}

QString ScheduleText::timeRange(const QDateTime &start, int minutes)
{
    return tr("%1–%2").arg(time(start.time()), time(start.addSecs(qint64(minutes) * 60).time()));
}

QString ScheduleText::day(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, QStringLiteral("ddd ") + locale.dateFormat(QLocale::ShortFormat));
}

QString ScheduleText::duration(int minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

} // namespace Upskill
