// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcommand.h"

namespace Upskill {

// `export csv TABLE`: a table as RFC 4180 CSV, safe to open in a spreadsheet, optionally for
// one cohort (--cohort) and with a byte order mark for Excel (--bom).
class CsvExports
{
    Q_DECLARE_TR_FUNCTIONS(CsvExports)
public:
    static ExportCommand::Kinds kinds();
    static QList<QCommandLineOption> options();
    static int run(const ExportJob &job);
};

} // namespace Upskill
