// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlerrors.h"

#include <QRegularExpression>

namespace Upskill {

QString SqlErrors::technical(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.driverText();
    if (text.isEmpty())
        text = error.text();
    return text.trimmed();
}

QString SqlErrors::explain(const QSqlError &error)
{
    const QString text = technical(error);
    static const QRegularExpression unique(QStringLiteral("UNIQUE constraint failed: ([\\w.]+)"));
    if (const auto m = unique.match(text); m.hasMatch()) {
        const QString column = m.captured(1).section(QLatin1Char('.'), -1);
        if (column == QLatin1String("email"))
            return tr("Another participant already has this email address.");
        if (column == QLatin1String("name"))
            return tr("The name is already taken; names must be unique.");
        return tr("This value is already used (%1 must be unique).").arg(m.captured(1));
    }
    if (text.contains(QLatin1String("FOREIGN KEY constraint failed")))
        return tr("Other records still refer to this one, or it refers to a record that does "
                  "not exist.");
    if (text.contains(QLatin1String("CHECK constraint failed")))
        return tr("The value is not allowed here (%1).").arg(text);
    if (text.contains(QLatin1String("NOT NULL constraint failed")))
        return tr("A required value is missing (%1).").arg(text);
    if (text.contains(QLatin1String("database is locked")))
        return tr("The program file is busy: another window or program is writing to it. Try "
                  "again in a moment.");
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return tr("The program file is read-only; changes cannot be saved.");
    return text;
}

} // namespace Upskill
