// SPDX-License-Identifier: GPL-3.0-or-later
// upskill-bench: times the app's own code paths on a program file and prints the medians.
// Not a test: figures depend on the machine, so they are reported, never asserted.
#include "advancement.h"
#include "effectiveness.h"
#include "gapanalysis.h"
#include "placement.h"
#include "readerconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Upskill;

namespace {

double medianMs(int runs, const std::function<bool()> &work)
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: upskill-bench PROGRAM_FILE [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    ReaderConnection reader(args.at(1));
    if (!reader.isOpen()) {
        QTextStream(stderr) << reader.error() << '\n';
        return 1;
    }
    const QSqlDatabase db = reader.database();
    QString error;
    auto gap = [&](GapGrouping grouping) {
        return [&, grouping] {
            GapOptions options;
            options.grouping = grouping;
            return GapAnalysis::compute(db, options, &error).has_value();
        };
    };
    const QList<QPair<QString, std::function<bool()>>> work = {
        {QStringLiteral("gap analysis by role"), gap(GapGrouping::Role)},
        {QStringLiteral("gap analysis by team"), gap(GapGrouping::Team)},
        {QStringLiteral("gap analysis by cohort"), gap(GapGrouping::Cohort)},
        {QStringLiteral("gap analysis totals (per person view)"), gap(GapGrouping::Person)},
        {QStringLiteral("per-person page of 200"),
         [&] {
             const auto dims = GapAnalysis::activeDimensions(db, &error);
             return !GapAnalysis::personPage(db,
                                             {GapGrouping::Person, AssessmentScope::current(), {}},
                                             dims, 0, 200, &error)
                         .isEmpty();
         }},
        {QStringLiteral("advancement, all cohorts"),
         [&] { return Advancement::compute(db, 0, &error).has_value(); }},
        {QStringLiteral("dashboards: key figures and four levels"),
         [&] { return Effectiveness::compute(db, {}, &error).has_value(); }},
        {QStringLiteral("dashboards: key figures only"),
         [&] { return Kpis::compute(db, {}, &error).has_value(); }},
        {QStringLiteral("dashboards: satisfaction"),
         [&] { return SatisfactionReport::compute(db, {}, &error).has_value(); }},
        {QStringLiteral("dashboards: knowledge"),
         [&] { return KnowledgeReport::compute(db, {}, &error).has_value(); }},
        {QStringLiteral("dashboards: behaviour"),
         [&] { return BehaviourReport::compute(db, {}, &error).has_value(); }},
        {QStringLiteral("dashboards: business impact"),
         [&] { return ImpactReport::compute(db, {}, &error).has_value(); }},
        {QStringLiteral("placement (test-out list)"),
         [&] {
             return Placement::canTestOut(db, Placement::foundationalTrack(db),
                                          AssessmentScope::current(), &error)
                 .has_value();
         }},
    };
    for (const auto &[name, run] : work) {
        const double ms = medianMs(runs, run);
        if (ms < 0) {
            QTextStream(stderr) << name << ": " << error << '\n';
            return 1;
        }
        out << QStringLiteral("%1  %2 ms\n").arg(name, -40).arg(ms, 8, 'f', 1);
        out.flush();
    }
    return 0;
}
