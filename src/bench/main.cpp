// SPDX-License-Identifier: GPL-3.0-or-later
// upskill-bench: times the application's own code paths on a program file and prints the
// medians, one line per piece of work (tab-separated: work, value, unit, SQL file, note).
// Not a test: figures depend on the machine, so they are reported, never asserted. bench/run
// runs it at several sizes beside the sqlite3 tool and LibreOffice and writes the table.
#include "checklistreport.h"
#include "figurebench.h"
#include "guibench.h"
#include "readerconnection.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

using namespace Upskill;

namespace {

void print(QTextStream &out, const BenchResult &r)
{
    out << r.name << '\t' << QString::number(r.milliseconds, 'f', 1) << '\t' << r.unit << '\t'
        << r.sqlFile << '\t' << r.note << '\n';
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // The window is measured offscreen unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Its own settings, so a benchmark never changes the user's remembered window.
    QApplication::setOrganizationName(QStringLiteral("UpskillPlanner"));
    QApplication::setApplicationName(QStringLiteral("upskill-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the application's work on a program file: the window (open, first rows, "
        "search, scroll, memory) and the figures (dashboards, gap analysis), medians of RUNS."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The program file."));
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement (5)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("sql"),
                      QStringLiteral("Write each figure's statements to DIR, for sqlite3."),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("only"), QStringLiteral("gui or figures."), QStringLiteral("PART")});
    parser.addOption({QStringLiteral("checklist-html"),
                      QStringLiteral("Write the program checklist's HTML to OUT and stop."),
                      QStringLiteral("OUT")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << "usage: upskill-bench FILE [--runs N] [--sql DIR] [--only "
                               "gui|figures] [--checklist-html OUT]\n";
        return 2;
    }
    const QString path = parser.positionalArguments().first();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTextStream out(stdout);

    if (parser.isSet(QStringLiteral("checklist-html"))) {
        // The peer's input: the same checklist our PDF export typesets, as HTML.
        ReaderConnection reader(path);
        QString error;
        const auto checklist = reader.isOpen() ? ChecklistReport::load(reader.database(), 0,
                                                                       QDate::currentDate(), &error)
                                               : std::nullopt;
        if (!checklist) {
            QTextStream(stderr) << (reader.isOpen() ? error : reader.error()) << '\n';
            return 1;
        }
        QFile file(parser.value(QStringLiteral("checklist-html")));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        file.write(ChecklistReport::html(*checklist).toUtf8());
        return 0;
    }

    const QString only = parser.value(QStringLiteral("only"));
    if (only.isEmpty() || only == QLatin1String("gui")) {
        for (const BenchResult &r : GuiBench::run(path, runs))
            print(out, r);
    }
    if (only.isEmpty() || only == QLatin1String("figures")) {
        for (const BenchResult &r :
             FigureBench::run(path, runs, parser.value(QStringLiteral("sql"))))
            print(out, r);
    }
    return 0;
}
