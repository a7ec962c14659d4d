// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("UpskillPlanner"));
    QApplication::setApplicationName(QStringLiteral("upskill-planner"));
    QApplication::setApplicationDisplayName(QStringLiteral("Upskill Planner"));
    QApplication::setApplicationVersion(QStringLiteral(UPSKILL_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("upskill-planner"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/upskill-planner.png")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    Upskill::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Plan and track AI-upskilling programs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "The program file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    Upskill::MainWindow window;
    window.show();
    window.openInitial(parser.positionalArguments().value(0));
    return app.exec();
}
