// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace Upskill {

// The exit codes every verb promises (CLI.md): scripts tell a bad file from a bad call.
enum ExitCode : int { ExitSuccess = 0, ExitUserError = 1, ExitUsageError = 2 };

// Output shared by the verbs: results on stdout, one-line errors on stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    static QString program() { return QStringLiteral("upskill-cli"); }
    static void print(const QString &text);
    // "  name  count" lines: names aligned left, counts right.
    static void printCounts(const QList<QPair<QString, qint64>> &counts);
    // "upskill-cli: message" on stderr; returns ExitUserError.
    static int userError(const QString &message);
    // "upskill-cli VERB: message (see ...)" on stderr; returns ExitUsageError.
    static int usageError(const QString &verb, const QString &message);
    static bool stderrIsTerminal();
};

// One verb's options and its FILE argument, after the arguments that come before it (the
// FORMAT and KIND of `export`). Unlike QCommandLineParser::process() it never exits the
// process: --help prints and returns 0, a bad call returns 2.
class VerbParser
{
    Q_DECLARE_TR_FUNCTIONS(VerbParser)
public:
    VerbParser(const QString &verb, const QString &description, const QString &fileDescription);

    void addOption(const QCommandLineOption &option);
    // A positional argument before FILE; they are expected in the order they were added.
    void addArgument(const QString &name, const QString &description);
    // An exit code when the verb should stop here, nothing when it should go on.
    std::optional<int> parse(const QStringList &arguments);
    QString file() const { return m_file; }
    // The arguments added with addArgument(), as given.
    QString argument(int index) const { return m_arguments.value(index); }
    QString value(const QString &option) const { return m_parser.value(option); }
    bool isSet(const QString &option) const { return m_parser.isSet(option); }
    QString verb() const { return m_verb; }

private:
    QString helpText() const;

    QString m_verb;
    QCommandLineParser m_parser;
    QCommandLineOption m_help;
    QString m_fileDescription;
    QStringList m_argumentNames;
    QStringList m_arguments;
    QString m_file;
};

} // namespace Upskill
