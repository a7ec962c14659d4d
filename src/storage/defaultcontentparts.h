// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

namespace Upskill {

// The helpers DefaultContent's two source files share: insertTracks() lives in
// defaultcontenttexts.cpp, the rest in defaultcontent.cpp.
namespace DefaultContentParts {
QString translated(const char *text);
bool prepare(QSqlQuery &query, const QString &sql, QString *error);
bool insert(QSqlQuery &query, const QVariantList &values, const QString &what, QString *error);
bool insertTracks(const QSqlDatabase &db, QString *error);
} // namespace DefaultContentParts

} // namespace Upskill
