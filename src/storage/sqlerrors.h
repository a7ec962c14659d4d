// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace Upskill {

// Turns driver errors into sentences a coordinator can act on ("another participant already
// has this email") while keeping the driver's text for logs.
class SqlErrors
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrors)
public:
    static QString technical(const QSqlError &error);
    static QString explain(const QSqlError &error);
};

} // namespace Upskill
