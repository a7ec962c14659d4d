// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace Upskill {

// The program-wide settings stored in the file (not the user's application preferences):
// one row, typed, with the defaults of the brief.
struct ProgramSettings
{
    QString organisationName;
    int cohortSizeMin = 8;
    int cohortSizeMax = 12;
    double protectedHoursPerWeek = 5;
    double completionTargetPct = 85;
    double handsOnMinPct = 60;
    double advancementTargetLevels = 1;
    int mentorCapacity = 3;
    int mentorshipFollowupMonths = 1;
    int minGroupSize = 5;
    QString scalingPhase = QStringLiteral("pilot");
    int instructorsAvailable = 2;
    QString paperSize = QStringLiteral("locale");
    // Targets of the dashboard's key figures.
    double firstContributionTargetDays = 30;
    double mentorSatisfactionTarget = 4;
    double managerSatisfactionTarget = 4;
    double protectedTimeTargetPct = 80;
    double npsTarget = 30;

    static ProgramSettings load(const QSqlDatabase &db);
};

} // namespace Upskill
