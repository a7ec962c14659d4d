// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Upskill {

// The schema as numbered steps. Step N moves a file from user_version N-1 to N; a step is
// never edited once released: a change to the schema is a new step.
class Migrations
{
public:
    static constexpr int CurrentVersion = 6;
    // Marks a SQLite file as ours (PRAGMA application_id), so another program's database is
    // refused instead of being "migrated".
    static constexpr int ApplicationId = 0x55504b50; // "UPKP"

    // The statements of one step (1-based).
    static QStringList statements(int version);
    // Runs step `version` on db inside the caller's transaction.
    static bool apply(QSqlDatabase &db, int version, QString *error);
};

// One function per step, each in its own file.
QStringList migration001();
QStringList migration002();
QStringList migration003();
QStringList migration004();
QStringList migration005();
QStringList migration006();

} // namespace Upskill
