// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pdfdocument.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

struct Roster
{
    QString organisation;
    QString cohort;
    QString track;
    QString quarter;
    QString status;
    QDate start;
    QDate end;
    QDate showcase;
    QString instructors;
    bool managersBriefed = false;
    struct Session
    {
        QDateTime starts;
        int minutes = 0;
        QString title;
        QString format;
        QString facilitator;
        QString location;
    };
    struct Member
    {
        QString name;
        QString email;
        QString role;
        QString team;
        QString manager;
        QString status;
        QString mentor;
    };
    QList<Session> sessions;
    QList<Member> members;
};

// The cohort's roster for the kick-off: dates, track, instructors, the session plan and the
// participants with role, team, manager and mentor.
class RosterReport
{
    Q_DECLARE_TR_FUNCTIONS(RosterReport)
public:
    static std::optional<Roster> load(const QSqlDatabase &db, qint64 cohortId, QString *error);
    static QString html(const Roster &roster, const QDate &generatedOn);
    static std::optional<PdfDocument::Report> document(const QSqlDatabase &db, qint64 cohortId,
                                                       QString *error);
    static bool exportPdf(const QSqlDatabase &db, qint64 cohortId, const QString &path,
                          QString *error);
};

} // namespace Upskill
