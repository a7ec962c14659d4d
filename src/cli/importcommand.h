// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Upskill {

// upskill-cli import participants|assessments|surveys FILE --from DATA: a CSV file or a
// workbook's sheet into a program, all or nothing, with the counts and every refused row's
// line on the way out. Ctrl+C cancels and writes nothing.
class ImportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    static QString summary();
    // arguments: the program name followed by what came after the verb.
    static int run(const QStringList &arguments);
};

} // namespace Upskill
