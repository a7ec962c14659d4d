// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace Upskill {

// One measured piece of work: its median over the runs, and where its SQL went when the
// sqlite3 command-line tool is to run the same statements.
struct BenchResult
{
    QString name;
    double milliseconds = -1; // the value, in unit; -1: it failed (note says why)
    QString note;
    QString sqlFile;
    QString unit = QStringLiteral("ms");
};

// The median of runs timings of work, which returns false when it fails.
double medianMilliseconds(int runs, const std::function<bool()> &work);

} // namespace Upskill
