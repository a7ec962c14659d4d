// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Upskill {

// upskill-cli info FILE: what a support request needs first — the file format, a full
// integrity check and how many rows each table holds.
class InfoCommand
{
    Q_DECLARE_TR_FUNCTIONS(InfoCommand)
public:
    static QString summary();
    // arguments: the program name followed by what came after the verb.
    static int run(const QStringList &arguments);
};

} // namespace Upskill
