// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Upskill {

// A person's right to be forgotten: everything about one participant leaves the program file
// in one transaction, and the file is then rebuilt so nothing of them survives in free pages
// or in the write-ahead log.
//
// Every table that references participants is found from the schema itself, so a table added
// later is covered (and counted in the confirmation) without changing this class. Survey
// answers they gave by name are deleted with them rather than kept as anonymous answers: their
// comments are their words. Anonymous answers were never theirs to trace and stay. Where
// other records name them in a text field (manager, facilitator, instructor, checklist owner)
// the name is cleared, unless someone else has the same name (the field may mean them); free
// text that still mentions them is reported, not guessed at.
class PersonErasure
{
    Q_DECLARE_TR_FUNCTIONS(PersonErasure)
public:
    struct Person
    {
        qint64 id = 0;
        QString name;
        QString email;
    };
    struct Count
    {
        QString label; // what, in the coordinator's words ("assessments")
        qint64 rows = 0;
    };
    struct Report
    {
        Person person;
        QList<Count> removed;      // rows that go, per kind
        QList<Count> namesCleared; // other records whose text field named them
        QList<Count> mentions;     // free text that still contains the name or email
        // Other participants with the same name: then no text field is cleared, as it may
        // name one of them.
        qint64 namesakes = 0;
        bool compacted = false;  // the file was rebuilt (VACUUM)
        bool logEmptied = false; // nothing is left in a write-ahead log
        int backupsCleaned = 0;
        QStringList backupProblems; // backups that could not be checked or cleaned
    };

    // The participant with this email (trimmed, in any case).
    static std::optional<Person> find(const QSqlDatabase &db, const QString &email, QString *error);
    // What erase() would remove, for a confirmation that names it.
    static std::optional<Report> preview(const QSqlDatabase &db, const QString &email,
                                         QString *error);
    // Erases on db, which must not be inside a transaction, then compacts the file.
    static std::optional<Report> erase(const QSqlDatabase &db, const QString &email,
                                       QString *error);
    // Erases the person from every backup of programPath that still has them.
    static void eraseFromBackups(const QString &programPath, const QString &email, Report *report);
    // Moves the write-ahead log into the file and empties it; false while another connection
    // still reads an older state (the log is emptied when that one lets go).
    static bool checkpoint(const QSqlDatabase &db);
    // Both, on a connection of its own: for a worker thread while the window keeps the file
    // open (and its lock).
    static std::optional<Report> eraseEverywhere(const QString &programPath, const QString &email,
                                                 QString *error);
};

} // namespace Upskill
