// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Upskill {

// upskill-cli new FILE: a program file with the default content and nothing else.
class NewCommand
{
    Q_DECLARE_TR_FUNCTIONS(NewCommand)
public:
    static QString summary();
    // arguments: the program name followed by what came after the verb.
    static int run(const QStringList &arguments);
};

} // namespace Upskill
