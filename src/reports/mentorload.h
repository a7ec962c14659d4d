// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace Upskill {

// When a mentorship runs. An invalid date is an open end.
struct MentorshipPeriod
{
    QDate from;
    QDate to;
};

// How many mentees a mentor has during a period against the program's capacity.
struct MentorLoadCheck
{
    int load = 0; // the most mentees on any day of the period, the one being changed not counted
    int capacity = 3;
    bool full() const { return load >= capacity; }
};

// The capacity rule of mentorship: a mentor takes at most the program's capacity of mentees
// at the same time (default 3). A mentorship counts for every day from its start to its end,
// and a mentor's load during a period is the most mentorships running on any one day of it:
// one that ends before the next begins frees its place.
class MentorLoad
{
    Q_DECLARE_TR_FUNCTIONS(MentorLoad)
public:
    // The end a cohort's mentorship defaults to: the cohort's end plus the follow-up months
    // (the mentor stays for the first weeks back at work). Invalid without a cohort end.
    static QDate defaultEnd(const QDate &cohortEnd, int followupMonths);
    // A mentorship of the cohort: from its start to defaultEnd() of its end, with the
    // program's follow-up period; nullopt when the cohort does not exist.
    static std::optional<MentorshipPeriod> periodOf(const QSqlDatabase &db, qint64 cohortId,
                                                    QString *error);
    // The most mentorships running on one day of period; an invalid date is an open end.
    static int peak(const QList<MentorshipPeriod> &mentorships, const MentorshipPeriod &period);
    // The mentor's load during period (see peak()), leaving out excludedMentorship (the one
    // being changed; 0 for none).
    static std::optional<int> load(const QSqlDatabase &db, qint64 mentorId,
                                   const MentorshipPeriod &period, qint64 excludedMentorship,
                                   QString *error);
    static std::optional<MentorLoadCheck> check(const QSqlDatabase &db, qint64 mentorId,
                                                const MentorshipPeriod &period,
                                                qint64 excludedMentorship, QString *error);
    // Why a pairing with a full mentor is refused, and what to do instead.
    static QString refusal(const QString &mentorName, int load, int capacity);
    // "2 of 3 mentees" as the mentor lists show it.
    static QString describe(int load, int capacity);

    // SQL that is true when mentorship `alias` overlaps a period; bind boundTo() first, then
    // boundFrom().
    static QString overlapCondition(const QString &alias);
    static QString boundFrom(const MentorshipPeriod &period);
    static QString boundTo(const MentorshipPeriod &period);
};

} // namespace Upskill
