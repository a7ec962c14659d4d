// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Upskill {

// upskill-cli health FILE: the program-health warnings, one per line, worst first within each
// check. Warnings are findings, not failures: the exit code is 0 with or without them and 1
// only when the file cannot be read.
class HealthCommand
{
    Q_DECLARE_TR_FUNCTIONS(HealthCommand)
public:
    static QString summary();
    // arguments: the program name followed by what came after the verb.
    static int run(const QStringList &arguments);
};

} // namespace Upskill
