// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "logging.h"
#include "sqlerrors.h"

#include <QSqlQuery>

namespace Upskill {

QStringList Migrations::statements(int version)
{
    switch (version) {
    case 1:
        return migration001();
    case 2:
        return migration002();
    case 3:
        return migration003();
    case 4:
        return migration004();
    case 5:
        return migration005();
    case 6:
        return migration006();
    default:
        return {};
    }
}

bool Migrations::apply(QSqlDatabase &db, int version, QString *error)
{
    const QStringList steps = statements(version);
    if (steps.isEmpty()) {
        if (error)
            *error = QStringLiteral("no migration to schema version %1").arg(version);
        return false;
    }
    QSqlQuery query(db);
    for (const QString &sql : steps) {
        if (!query.exec(sql)) {
            if (error)
                *error = QStringLiteral("migration to schema version %1 failed: %2")
                             .arg(version)
                             .arg(SqlErrors::technical(query.lastError()));
            qCWarning(StorageLog) << "migration failed" << version << sql << query.lastError();
            return false;
        }
    }
    // user_version lives in the database header and is part of the transaction.
    if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version))) {
        if (error)
            *error = SqlErrors::technical(query.lastError());
        return false;
    }
    return true;
}

} // namespace Upskill
