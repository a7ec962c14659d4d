// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Upskill {

// upskill-cli person export|erase FILE --email E [-o OUT.json]: a person's request to see
// their data or to be forgotten. export reads (it works while the file is open in a window);
// erase writes, so it needs the file to itself and refuses, naming who has it open, otherwise.
class PersonCommand
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommand)
public:
    static QString summary();
    // arguments: the program name followed by what came after the verb.
    static int run(const QStringList &arguments);
};

} // namespace Upskill
