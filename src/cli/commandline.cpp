// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace Upskill {

void CommandLine::print(const QString &text)
{
    std::fputs(qUtf8Printable(text + QLatin1Char('\n')), stdout);
}

void CommandLine::printCounts(const QList<QPair<QString, qint64>> &counts)
{
    qsizetype nameWidth = 0;
    qsizetype countWidth = 0;
    for (const auto &[name, count] : counts) {
        nameWidth = std::max(nameWidth, name.size());
        countWidth = std::max(countWidth, QString::number(count).size());
    }
    for (const auto &[name, count] : counts)
        print(QStringLiteral("  %1  %2").arg(name, -int(nameWidth)).arg(count, int(countWidth)));
}

int CommandLine::userError(const QString &message)
{
    std::fflush(stdout);
    std::fputs(qUtf8Printable(program() + QStringLiteral(": ") + message + QLatin1Char('\n')),
               stderr);
    return ExitUserError;
}

int CommandLine::usageError(const QString &verb, const QString &message)
{
    const QString who = verb.isEmpty() ? program() : program() + QLatin1Char(' ') + verb;
    std::fputs(qUtf8Printable(tr("%1: %2 (see '%1 --help')").arg(who, message) + QLatin1Char('\n')),
               stderr);
    return ExitUsageError;
}

bool CommandLine::stderrIsTerminal()
{
    return isatty(fileno(stderr)) == 1;
}

VerbParser::VerbParser(const QString &verb, const QString &description,
                       const QString &fileDescription)
    : m_verb(verb),
      m_help(QStringList{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")),
      m_fileDescription(fileDescription)
{
    m_parser.setApplicationDescription(description);
    m_parser.addOption(m_help);
}

void VerbParser::addOption(const QCommandLineOption &option)
{
    m_parser.addOption(option);
}

void VerbParser::addArgument(const QString &name, const QString &description)
{
    m_argumentNames.append(name);
    m_parser.addPositionalArgument(name, description);
}

QString VerbParser::helpText() const
{
    // QCommandLineParser names the executable by its full path; the verb belongs there too.
    QString text = m_parser.helpText();
    const QString executable = QCoreApplication::arguments().value(0);
    const qsizetype at = executable.isEmpty() ? -1 : text.indexOf(executable);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, executable.size(), CommandLine::program() + QLatin1Char(' ') + m_verb);
    return text;
}

std::optional<int> VerbParser::parse(const QStringList &arguments)
{
    // FILE comes last in the usage line, after whatever arguments the verb added.
    m_parser.addPositionalArgument(QStringLiteral("FILE"), m_fileDescription);
    if (!m_parser.parse(arguments))
        return CommandLine::usageError(m_verb, m_parser.errorText());
    if (m_parser.isSet(m_help)) {
        std::fputs(qUtf8Printable(helpText()), stdout);
        return int(ExitSuccess);
    }
    const QStringList given = m_parser.positionalArguments();
    const qsizetype expected = m_argumentNames.size() + 1;
    if (given.isEmpty() && m_argumentNames.isEmpty())
        return CommandLine::usageError(m_verb, tr("the program FILE is missing"));
    if (given.size() < expected) {
        const QString names =
            QStringList(m_argumentNames + QStringList{QStringLiteral("FILE")}).join(u' ');
        return CommandLine::usageError(m_verb, given.isEmpty()
                                                   ? tr("%1 are missing").arg(names)
                                                   : tr("expected %1, but only '%2' was given")
                                                         .arg(names, given.join(QLatin1Char(' '))));
    }
    if (given.size() > expected)
        return CommandLine::usageError(m_verb,
                                       tr("unexpected argument '%1'").arg(given.at(expected)));
    m_arguments = given.mid(0, expected - 1);
    m_file = given.last();
    return std::nullopt;
}

} // namespace Upskill
