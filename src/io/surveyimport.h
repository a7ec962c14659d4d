// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importtarget.h"

namespace Upskill {

// Survey responses as survey tools export them: satisfaction (1–5), would-recommend (0–10)
// and a comment, per session (found by its title or date within the cohort) or for the end
// of the program, anonymous or with the respondent's email. Only a response with an email can
// be a duplicate: the same person's answer to the same survey.
class SurveyImport : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(SurveyImport)
public:
    explicit SurveyImport(Context &context) : ImportTarget(context) {}

    bool prepare(QString *error) override;
    bool handle(const TableRow &row, QList<ImportProblem> *problems) override;

private:
    struct Session
    {
        qint64 id = 0;
        QString title; // case-folded
        QDate day;
    };
    // The session of a cohort named by its title or date; 0 with a problem when there is no
    // such session or more than one.
    qint64 findSession(qint64 cohort, const QString &text, const TableRow &row,
                       QList<ImportProblem> *problems);

    QString m_defaultKind;
    QHash<qint64, QList<Session>> m_sessions; // per cohort, loaded when first needed
    QSqlQuery m_sessionQuery;
    QSqlQuery m_find;
    QSqlQuery m_insert;
    QSqlQuery m_update;
};

} // namespace Upskill
