// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfdocument.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

struct ChecklistEntry
{
    QString section; // pre_launch, infrastructure, measurement
    QString title;
    QString owner;
    QDate due;
    bool done = false;
    QDate doneOn;
    QString note;
    bool overdue = false; // not done and due before the report's date
};

struct Checklist
{
    qint64 cohortId = 0; // 0: the program's own checklist
    QString organisation;
    QString cohort; // name, empty for the program
    QString track;
    QDate start;
    QDate end;
    QDate asOf;
    QList<ChecklistEntry> entries; // by section, then position
    int done = 0;
    int overdue = 0;
};

// The launch checklist for the kick-off meeting: the three sections with check boxes, owners and
// due dates, overdue items marked, and a sign-off block.
class ChecklistReport
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistReport)
public:
    static std::optional<Checklist> load(const QSqlDatabase &db, qint64 cohortId, const QDate &asOf,
                                         QString *error);
    static QString html(const Checklist &checklist);
    static QString title(const Checklist &checklist);
    static std::optional<PdfDocument::Report> document(const QSqlDatabase &db, qint64 cohortId,
                                                       QString *error);
    static bool exportPdf(const QSqlDatabase &db, qint64 cohortId, const QString &path,
                          QString *error);
};

} // namespace Upskill
