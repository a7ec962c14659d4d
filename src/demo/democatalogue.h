// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programsettings.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Upskill {

struct DemoModule
{
    qint64 id = 0;
    int week = 1;
    QString title;
    double instructionHours = 0;
    double handsOnHours = 0;
    double presentationHours = 0;
};

struct DemoTrack
{
    qint64 id = 0;
    QString name;
    bool foundational = false;
    int weeks = 1;
    QStringList roles;
    QList<DemoModule> modules;
};

struct DemoTemplateItem
{
    QString section;
    QString title;
    QString owner;
    int dueOffsetDays = 0;
    int position = 0;
};

// What the program file already holds and the demo builds on: the rubric, the tracks and
// their modules, the checklist template, the provider-evaluation lists and the settings.
// Read from the file rather than assumed, so the demo follows whatever the default content
// (or the coordinator) put there.
struct DemoCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(DemoCatalogue)
public:
    QList<qint64> dimensions;
    QList<DemoTrack> tracks; // foundational tracks first
    QList<DemoTemplateItem> checklistTemplate;
    QList<qint64> criteria;
    QList<qint64> redFlags;
    QList<qint64> questions;
    QList<qint64> readinessQuestions;
    bool hasPeopleOrCohorts = false;
    ProgramSettings settings;

    int foundationalCount() const;
    bool load(const QSqlDatabase &db, QString *error);
};

} // namespace Upskill
