// SPDX-License-Identifier: GPL-3.0-or-later
#include "quarter.h"

#include <QRegularExpression>

namespace Upskill {

Quarter::Quarter(int year, int number) : m_year(year), m_number(number) {}

Quarter Quarter::containing(const QDate &date)
{
    if (!date.isValid())
        return {};
    return Quarter(date.year(), (date.month() - 1) / 3 + 1);
}

Quarter Quarter::parse(const QString &text)
{
    static const QRegularExpression yearFirst(
        QStringLiteral("^\\s*(\\d{4})\\s*[- ]?\\s*[Qq]([1-4])\\s*$"));
    static const QRegularExpression quarterFirst(
        QStringLiteral("^\\s*[Qq]([1-4])\\s*[- /]?\\s*(\\d{4})\\s*$"));
    if (const auto m = yearFirst.match(text); m.hasMatch())
        return Quarter(m.captured(1).toInt(), m.captured(2).toInt());
    if (const auto m = quarterFirst.match(text); m.hasMatch())
        return Quarter(m.captured(2).toInt(), m.captured(1).toInt());
    return {};
}

QDate Quarter::firstDay() const
{
    return isValid() ? QDate(m_year, (m_number - 1) * 3 + 1, 1) : QDate();
}

QDate Quarter::lastDay() const
{
    return isValid() ? next().firstDay().addDays(-1) : QDate();
}

Quarter Quarter::next() const
{
    if (!isValid())
        return {};
    return m_number == 4 ? Quarter(m_year + 1, 1) : Quarter(m_year, m_number + 1);
}

Quarter Quarter::previous() const
{
    if (!isValid())
        return {};
    return m_number == 1 ? Quarter(m_year - 1, 4) : Quarter(m_year, m_number - 1);
}

QString Quarter::toString() const
{
    return isValid() ? QStringLiteral("%1-Q%2").arg(m_year).arg(m_number) : QString();
}

} // namespace Upskill
