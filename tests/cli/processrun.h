// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace Upskill {

// What a program run from a test said and returned; exitCode -1 when it crashed or hung.
struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProcessResult runProcess(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(180000) || process.exitStatus() != QProcess::NormalExit)
        return result;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// The CLI built with the tests.
inline ProcessResult runCli(const QStringList &arguments)
{
    return runProcess(QStringLiteral(UPSKILL_CLI), arguments);
}

} // namespace Upskill
