// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

// One question of the program's readiness check, as answered.
struct ReadinessItem
{
    qint64 id = 0;
    QString question;
    std::optional<bool> answer; // none: not answered yet
    QString note;
};

// A reason not to buy external training yet: a question answered no, or not answered.
struct ReadinessWarning
{
    qint64 questionId = 0;
    QString question;
    bool unanswered = false;
    QString note;
};

struct ReadinessCheck
{
    QList<ReadinessItem> items;       // in the program's order
    QList<ReadinessWarning> warnings; // the "no" answers first, then the unanswered ones
    int noCount = 0;
    int unansweredCount = 0;

    // Training bought now would meet one of the conditions under which it is wasted.
    bool premature() const { return noCount > 0; }
    bool hasWarnings() const { return !warnings.isEmpty(); }
};

// The check a program goes through before buying external training: are there use cases to
// work on afterwards, room to experiment, a goal beyond certificates, data infrastructure to
// build on? Any "no" makes buying now premature; an unanswered question is a warning too,
// because nobody has checked it.
class Readiness
{
    Q_DECLARE_TR_FUNCTIONS(Readiness)
public:
    static std::optional<ReadinessCheck> compute(const QSqlDatabase &db, QString *error);
    // The verdict in one sentence: premature, not finished, or ready.
    static QString headline(const ReadinessCheck &check);
    // "No: <question>" or "Not answered: <question>".
    static QString warningText(const ReadinessWarning &warning);
};

} // namespace Upskill
