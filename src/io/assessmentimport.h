// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtarget.h"

namespace Upskill {

// Assessments in the shape a survey export has them: one row per person with a column per
// rubric dimension (or, as our own export writes them, one row per assessment with the
// dimension and the level in columns), with the date, the kind and optionally the cohort.
// An assessment of the same person, dimension, kind and date is a duplicate, in the program
// or earlier in the file.
class AssessmentImport : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentImport)
public:
    explicit AssessmentImport(Context &context) : ImportTarget(context) {}

    bool prepare(QString *error) override;
    bool handle(const TableRow &row, QList<ImportProblem> *problems) override;

    struct Key
    {
        qint64 participant = 0;
        qint64 dimension = 0;
        qint64 day = 0;
        int kind = 0;
        friend bool operator==(const Key &, const Key &) = default;
    };

private:
    bool parseLevel(qint64 dimension, const QString &text, int *level, QString *error) const;
    bool write(const Key &key, const QString &kind, const QDate &date, qint64 cohort, int level,
               const QString &note, const TableRow &row, QList<ImportProblem> *problems);

    QString m_defaultKind;
    QStringList m_kinds;
    QHash<QString, qint64> m_dimensions;             // case-folded name to id
    QHash<qint64, QHash<QString, int>> m_levelNames; // per dimension: case-folded label to level
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
};

} // namespace Upskill
