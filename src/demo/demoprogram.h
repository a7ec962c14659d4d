// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

namespace Upskill {

class ProgramFile;

// A realistic program to try the application on, show it in a meeting, or measure it with:
// engineers in teams, four quarters of cohorts ending with the running one plus one planned,
// with assessments, sessions (generated round the public holidays) and attendance, surveys,
// projects, mentors, protected time, follow-up metrics, community events and a provider
// evaluation. The same seed gives the same program on the same day.
class DemoProgram
{
    Q_DECLARE_TR_FUNCTIONS(DemoProgram)
public:
    struct Options
    {
        int engineers = 180;
        quint32 seed = 1;
        QDate today = QDate::currentDate();
    };

    static constexpr int MaxEngineers = 1000000;

    // Called with 0..100 while generating; returning false cancels.
    using Progress = std::function<bool(int percent)>;
    // Table name and number of rows written to it.
    using RowCounts = QList<QPair<QString, qint64>>;

    // Fills file, which must hold the default content (rubric, tracks, checklist template,
    // provider criteria), in one transaction: on failure or cancellation nothing is written.
    static bool generate(ProgramFile &file, const Options &options, const Progress &progress,
                         QString *error, RowCounts *written = nullptr);
};

} // namespace Upskill
