// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vocabulary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Upskill {

// How the text of an imported cell becomes a value of the program, accepting what people and
// tools actually write ("Yes", "x", "4 - Satisfied", "15.03.2026", "Senior backend engineer")
// and saying plainly what is wrong when it cannot.
class ImportValues
{
    Q_DECLARE_TR_FUNCTIONS(ImportValues)
public:
    // The cell as meant: trimmed, and without the apostrophe a spreadsheet-safe export puts
    // before a leading = + - @ tab or CR (our own export does), so a round trip is exact.
    static QString clean(const QString &field);

    // Dates as ISO (2026-03-15, also with a time), d.M.yyyy, d/M/yyyy or M/d/yyyy (the
    // locale's order when both fit), "15 Mar 2026", "Mar 15, 2026", or a spreadsheet's day
    // number. error says what to write instead.
    static bool parseDate(const QString &text, QDate *date, QString *error);
    // Whether the locale writes the day before the month in numeric dates; tests fix it.
    static void setDayFirst(bool dayFirst);
    static bool parseBool(const QString &text, bool *value, QString *error);
    // A whole number in [min, max], also as "4.0", "4 - Satisfied", "Level 3".
    static bool parseInteger(const QString &text, int min, int max, int *value, QString *error);
    // Satisfaction 1–5, as a number or in the words of a five-point scale.
    static bool parseSatisfaction(const QString &text, int *value, QString *error);
    // A closed set's key from its key, its label or the words people use for it ("Senior
    // backend engineer" is a backend role); error lists the choices.
    static bool parseChoice(Term term, const QString &text, QString *key, QString *error);
};

} // namespace Upskill
