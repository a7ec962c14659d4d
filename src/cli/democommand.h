// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Upskill {

// upskill-cli demo FILE: a new program file filled with a realistic demo program; at large
// sizes the benchmark data for the application.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)
public:
    static QString summary();
    // arguments: the program name followed by what came after the verb.
    static int run(const QStringList &arguments);
};

} // namespace Upskill
