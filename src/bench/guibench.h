// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchresult.h"

namespace Upskill {

// Times what a coordinator waits for in the window (offscreen): opening the file until the
// window is painted and the participants view shows rows, a search in the participants
// view, scrolling it from top to bottom; and the process's peak memory afterwards.
class GuiBench
{
public:
    static QList<BenchResult> run(const QString &path, int runs);
    // Peak resident memory of this process so far, in MiB (VmHWM).
    static double peakResidentMiB();
};

} // namespace Upskill
