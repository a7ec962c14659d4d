// SPDX-License-Identifier: GPL-3.0-or-later
#include "defaultcontent.h"

#include "programfile.h"
#include "sqlerrors.h"

#include <QSqlQuery>

namespace Upskill {

bool DefaultContent::fill(ProgramFile &file, QString *error)
{
    QSqlQuery query(file.database());
    if (!query.exec(QStringLiteral("INSERT INTO program_settings (id) VALUES (1)"))) {
        *error = SqlErrors::technical(query.lastError());
        return false;
    }
    return true;
}

} // namespace Upskill
