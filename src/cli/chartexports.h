// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportcommand.h"

namespace Upskill {

// `export chart LEVEL`: a dashboard level as a PNG or SVG picture, drawn without a window
// from the same figures and charts the Effectiveness area shows.
class ChartExports
{
    Q_DECLARE_TR_FUNCTIONS(ChartExports)
public:
    static ExportCommand::Kinds kinds();
    static QList<QCommandLineOption> options();
    static int run(const ExportJob &job);
};

} // namespace Upskill
