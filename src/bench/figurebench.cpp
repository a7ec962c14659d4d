// SPDX-License-Identifier: GPL-3.0-or-later
#include "figurebench.h"

#include "advancement.h"
#include "effectiveness.h"
#include "gapanalysis.h"
#include "placement.h"
#include "readerconnection.h"
#include "sqltrace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace Upskill {

double medianMilliseconds(int runs, const std::function<bool()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work())
            return -1;
        times.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

namespace {

QString slug(const QString &name)
{
    QString s;
    for (const QChar c : name)
        s += c.isLetterOrNumber() ? c.toLower() : QLatin1Char('-');
    while (s.contains(QLatin1String("--")))
        s.replace(QLatin1String("--"), QLatin1String("-"));
    return s;
}

} // namespace

QList<BenchResult> FigureBench::run(const QString &path, int runs, const QString &sqlDir)
{
    QList<BenchResult> results;
    ReaderConnection reader(path);
    if (!reader.isOpen()) {
        results.append({QStringLiteral("open for figures"), -1, reader.error(), {}});
        return results;
    }
    const QSqlDatabase db = reader.database();
    QString error;
    const auto gap = [&](GapGrouping grouping) {
        return [&, grouping] {
            GapOptions options;
            options.grouping = grouping;
            return GapAnalysis::compute(db, options, &error).has_value();
        };
    };
    const QList<QPair<QString, std::function<bool()>>> work = {
        {QStringLiteral("dashboards refresh (key figures and four levels)"),
         [&] { return Effectiveness::compute(db, {}, &error).has_value(); }},
        {QStringLiteral("gap analysis by role"), gap(GapGrouping::Role)},
        {QStringLiteral("gap analysis by team"), gap(GapGrouping::Team)},
        {QStringLiteral("gap analysis by cohort"), gap(GapGrouping::Cohort)},
        {QStringLiteral("advancement, all cohorts"),
         [&] { return Advancement::compute(db, 0, &error).has_value(); }},
        {QStringLiteral("placement (test-out list)"),
         [&] {
             return Placement::canTestOut(db, Placement::foundationalTrack(db),
                                          AssessmentScope::current(), &error)
                 .has_value();
         }},
    };
    if (!sqlDir.isEmpty())
        QDir().mkpath(sqlDir);
    for (const auto &[name, job] : work) {
        BenchResult result{name, -1, {}, {}};
        // One traced run first: it records the statements and warms the cache the way the
        // window's first refresh does.
        {
            SqlTrace trace(db);
            if (!job()) {
                result.note = error;
                results.append(result);
                continue;
            }
            if (!sqlDir.isEmpty() && trace.isActive()) {
                result.sqlFile = QDir(sqlDir).filePath(slug(name) + QStringLiteral(".sql"));
                QFile file(result.sqlFile);
                if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                    // The reader connection's own setting, so both run alike.
                    file.write("PRAGMA temp_store = MEMORY;\n");
                    for (const QString &statement : trace.statements())
                        file.write((statement + QStringLiteral(";\n")).toUtf8());
                }
            }
        }
        result.milliseconds = medianMilliseconds(runs, job);
        if (result.milliseconds < 0)
            result.note = error;
        results.append(result);
    }
    return results;
}

} // namespace Upskill
