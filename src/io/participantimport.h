// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtarget.h"

#include <QSet>

#include <map>

namespace Upskill {

// Participants from an HR export: new people are added, people already in the program (by
// email) are skipped or updated with the cells the file has (an empty cell changes nothing).
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
    bool update(qint64 id, const QVariantMap &values, const TableRow &row,
                QList<ImportProblem> *problems);

    int m_columns[FieldCount] = {};
    QSqlQuery m_insert;
    std::map<QString, QSqlQuery> m_updates; // by the columns they set
    std::map<QString, QSqlQuery> m_reads;   // the same columns' values before
    QSet<qint64> m_inserted;                // people this import added
};

} // namespace Upskill
