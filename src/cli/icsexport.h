// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcommand.h"

namespace Upskill {

// `export ics FILE --cohort NAME -o OUT`: a cohort's sessions as iCalendar. The format takes
// no KIND: its one kind is the empty one, which tells the export verb to expect FORMAT FILE.
class IcsExport
{
    Q_DECLARE_TR_FUNCTIONS(IcsExport)
public:
    static ExportCommand::Kinds kinds();
    static QList<QCommandLineOption> options();
    static int run(const ExportJob &job);
};

} // namespace Upskill
