// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace Upskill {

class ProgramFile;

// What a new program file starts with: the settings with the brief's defaults, the five-
// dimension rubric, the foundational and specialized tracks with their modules, the launch-
// checklist template with the program's own checklist made from it, and the provider-evaluation
// criteria, red flags and questions.
// All texts are ours and go through tr(), so a German user starts with German content.
class DefaultContent
{
    Q_DECLARE_TR_FUNCTIONS(DefaultContent)
public:
    // Runs inside the caller's transaction.
    static bool fill(ProgramFile &file, QString *error);
};

} // namespace Upskill
