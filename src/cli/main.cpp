// SPDX-License-Identifier: GPL-3.0-or-later
// upskill-cli: the application's features without a window, for scripts and tests.
#include "commandline.h"
#include "democommand.h"
#include "exportcommand.h"
#include "healthcommand.h"
#include "importcommand.h"
#include "infocommand.h"
#include "newcommand.h"
#include "personcommand.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <memory>

#include <cstdio>

namespace {

using namespace Upskill;

struct Verb
{
    const char *name;
    QString (*summary)();
    int (*run)(const QStringList &arguments);
};

// Verbs appear here when their feature is built, never before.
const Verb verbs[] = {
    {"new", &NewCommand::summary, &NewCommand::run},
    {"demo", &DemoCommand::summary, &DemoCommand::run},
    {"info", &InfoCommand::summary, &InfoCommand::run},
    {"export", &ExportCommand::summary, &ExportCommand::run},
    {"import", &ImportCommand::summary, &ImportCommand::run},
    {"person", &PersonCommand::summary, &PersonCommand::run},
    {"health", &HealthCommand::summary, &HealthCommand::run},
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    static void printHelp()
    {
        QString text =
            tr("Usage: %1 COMMAND [options] FILE\n\nCommands:\n").arg(CommandLine::program());
        for (const Verb &verb : verbs)
            text += QStringLiteral("  %1  %2\n")
                        .arg(QString::fromLatin1(verb.name), -6)
                        .arg(verb.summary());
        text += tr("\nRun '%1 COMMAND --help' for the options of a command.\n")
                    .arg(CommandLine::program());
        std::fputs(qUtf8Printable(text), stdout);
    }

    static int run(const QStringList &arguments)
    {
        if (arguments.size() < 2)
            return CommandLine::usageError(QString(), tr("a command is missing"));
        const QString &command = arguments.at(1);
        if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
            command == QLatin1String("help")) {
            printHelp();
            return ExitSuccess;
        }
        if (command == QLatin1String("--version") || command == QLatin1String("-v")) {
            CommandLine::print(QStringLiteral("%1 %2").arg(CommandLine::program(),
                                                           QCoreApplication::applicationVersion()));
            return ExitSuccess;
        }
        for (const Verb &verb : verbs) {
            if (command == QLatin1String(verb.name)) {
                QStringList rest = arguments;
                rest.removeAt(1);
                return verb.run(rest);
            }
        }
        return CommandLine::usageError(QString(), tr("unknown command '%1'").arg(command));
    }
};

} // namespace

int main(int argc, char *argv[])
{
    // Verbs that lay out text or draw (PDF, charts) need Qt Gui; they run on the offscreen
    // platform unless the caller chose one, so no display is ever needed.
    const bool renders = argc > 1 && std::strcmp(argv[1], "export") == 0;
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt Gui warns that XDG_RUNTIME_DIR is unset under cron or ssh; the CLI's stderr is for
    // messages about the user's files, so that one is dropped.
    static const QtMessageHandler defaultHandler = qInstallMessageHandler(nullptr);
    qInstallMessageHandler(
        [](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            if (type == QtWarningMsg &&
                message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
                return;
            defaultHandler(type, context, message);
        });
    // Charts are Qt Widgets underneath, so a rendering verb gets a QApplication.
    std::unique_ptr<QCoreApplication> app = renders
                                                ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("upskill-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPSKILL_VERSION));
    Upskill::installTranslations();
    return Cli::run(QCoreApplication::arguments());
}
