// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchresult.h"

namespace Upskill {

// Times the figures the dashboards and the gap analysis compute, on a read-only connection
// like the window's worker threads use, and writes each one's statements to sqlDir so the
// sqlite3 command-line tool can run the very same SQL.
class FigureBench
{
public:
    static QList<BenchResult> run(const QString &path, int runs, const QString &sqlDir);
};

} // namespace Upskill
