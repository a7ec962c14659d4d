// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcommand.h"

namespace Upskill {

// `export pdf KIND`: the reports as PDF, rendered without a window.
class PdfExports
{
    Q_DECLARE_TR_FUNCTIONS(PdfExports)
public:
    static ExportCommand::Kinds kinds();
    static QList<QCommandLineOption> options();
    static int run(const ExportJob &job);
};

} // namespace Upskill
