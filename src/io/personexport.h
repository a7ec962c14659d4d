// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Upskill {

// Everything a program holds about one person, for a request to see their data: their
// participant record and their rows from every table that references them, ids resolved to
// what people call things (cohort and track names, rubric dimensions, sessions by date and
// title). Other people appear only by name where the relation is the person's own (whom they
// mentor); their emails and other details are not included.
//
// Which tables reference a participant is read from the schema: a table without a section
// of its own below still appears, with its columns as they are, so nothing is left out.
class PersonExport
{
    Q_DECLARE_TR_FUNCTIONS(PersonExport)
public:
    // The JSON key under which the rows referencing participants through table.column appear.
    static QString sectionOf(const QString &table, const QString &column);

    static std::optional<QJsonObject> collect(const QSqlDatabase &db, const QString &email,
                                              QString *error);
    // Writes collect() to path as indented UTF-8 JSON through QSaveFile: a failed write leaves
    // an existing file as it was. counts receives the rows per section.
    static bool writeJson(const QSqlDatabase &db, const QString &email, const QString &path,
                          QString *error, QList<QPair<QString, qint64>> *counts = nullptr);
};

} // namespace Upskill
