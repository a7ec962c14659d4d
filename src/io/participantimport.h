// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtarget.h"

#include <map>

namespace Upskill {

// Participants from an HR export: new people are added, people already in the program (by
// email) are skipped or updated with the cells the file has (an empty cell changes nothing).
// People are found through the email index of the participants table, which also holds the
// ones written by earlier rows, so memory does not grow with the file.
class ParticipantImport : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ParticipantImport)
public:
    explicit ParticipantImport(Context &context) : ImportTarget(context) {}

    bool prepare(QString *error) override;
    bool handle(const TableRow &row, QList<ImportProblem> *problems) override;

    // The columns of the participants table an import fills, in the insert's order.
    enum Field {
        Name,
        Email,
        Role,
        Team,
        Manager,
        Seniority,
        Champion,
        Mentor,
        Alumnus,
        Notes,
        FirstName,
        LastName,
        FieldCount
    };

private:
    // Everyone whose email would not be found through the email index (see find()).
    bool loadUnindexedEmails(QString *error);
    // The id of the person (or, when checking, minus the line of the row) with the email
    // key, 0 for nobody, who is then kept as keep unless it is 0 (ImportKeys::find()); false
    // with a problem when the program cannot be read.
    bool find(const QString &key, qint64 keep, qint64 *id, const TableRow &row,
              QList<ImportProblem> *problems);
    bool update(qint64 id, const QVariantMap &values, const TableRow &row,
                QList<ImportProblem> *problems);

    int m_columns[FieldCount] = {};
    QSqlQuery m_find;
    QSqlQuery m_insert;
    std::map<QString, QSqlQuery> m_updates; // by the columns they set
    std::map<QString, QSqlQuery> m_reads;   // the same columns' values before
};

} // namespace Upskill
