// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Upskill {

// A calendar quarter such as "2026-Q3". Cohorts start quarterly, so the quarter is how
// coordinators group and filter them; the text form sorts chronologically.
class Quarter
{
public:
    Quarter() = default;
    Quarter(int year, int number);

    static Quarter containing(const QDate &date);
    // Accepts "2026-Q3", "2026 Q3" and "Q3 2026"; returns an invalid quarter otherwise.
    static Quarter parse(const QString &text);

    bool isValid() const { return m_year > 0 && m_number >= 1 && m_number <= 4; }
    int year() const { return m_year; }
    int number() const { return m_number; }
    QDate firstDay() const;
    QDate lastDay() const;
    Quarter next() const;
    Quarter previous() const;
    QString toString() const;

    friend bool operator==(const Quarter &, const Quarter &) = default;
    friend auto operator<=>(const Quarter &, const Quarter &) = default;

private:
    int m_year = 0;
    int m_number = 0;
};

} // namespace Upskill
