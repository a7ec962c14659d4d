// SPDX-License-Identifier: GPL-3.0-or-later
#include "importtarget.h"

#include "assessmentimport.h"
#include "importvalues.h"
#include "participantimport.h"
#include "rules.h"
#include "sqlerrors.h"
#include "surveyimport.h"

#include <QSqlError>

namespace Upskill {

std::unique_ptr<ImportTarget> ImportTarget::create(ImportKind kind, Context &context)
{
    switch (kind) {
    case ImportKind::Participants:
        return std::make_unique<ParticipantImport>(context);
    case ImportKind::Assessments:
        return std::make_unique<AssessmentImport>(context);
    case ImportKind::Surveys:
        return std::make_unique<SurveyImport>(context);
    }
    return nullptr;
}

QString ImportTarget::text(const TableRow &row, const QString &key) const
{
    return cell(row, columnOf(key));
}

QString ImportTarget::cell(const TableRow &row, int column)
{
    // Never a null string: text columns are NOT NULL, and an empty cell is empty text.
    if (column < 0 || column >= row.fields.size())
        return QStringLiteral("");
    const QString value = ImportValues::clean(row.fields.at(column));
    return value.isNull() ? QStringLiteral("") : value;
}

void ImportTarget::problemAt(QList<ImportProblem> *problems, const TableRow &row, int column,
                             const QString &message) const
{
    ImportProblem p{row.line, 0, message, {}};
    if (column >= 0) {
        p.column = column + 1;
        p.columnName = m_context.headers.value(column);
    }
    problems->append(p);
}

bool ImportTarget::choice(Term term, const QString &text, QString *key, QString *error)
{
    const QPair<int, QString> cacheKey{int(term), text};
    const auto known = m_choices.constFind(cacheKey);
    if (known != m_choices.cend()) {
        *key = *known;
        return true;
    }
    if (!ImportValues::parseChoice(term, text, key, error))
        return false;
    m_choices.insert(cacheKey, *key);
    return true;
}

void ImportTarget::problem(QList<ImportProblem> *problems, const TableRow &row, const QString &key,
                           const QString &message) const
{
    problemAt(problems, row, columnOf(key), message);
}

bool ImportTarget::prepareQuery(QSqlQuery *query, const QString &sql, QString *error) const
{
    *query = QSqlQuery(m_context.db);
    if (!query->prepare(sql)) {
        *error = tr("The program file cannot be read for the import: %1")
                     .arg(SqlErrors::technical(query->lastError()));
        return false;
    }
    return true;
}

bool ImportTarget::loadParticipants(QString *error)
{
    QSqlQuery query(m_context.db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, email FROM participants"))) {
        *error = tr("The program's participants cannot be read: %1")
                     .arg(SqlErrors::technical(query.lastError()));
        return false;
    }
    while (query.next())
        m_participants.insert(Rules::emailKey(query.value(1).toString()),
                              query.value(0).toLongLong());
    return true;
}

bool ImportTarget::loadLastId(const QString &table, QString *error)
{
    // The table's name is one of the import's own, never the file's.
    QSqlQuery query(m_context.db);
    if (!query.exec(QStringLiteral("SELECT max(id) FROM %1").arg(table)) || !query.next()) {
        *error = tr("The program file cannot be read for the import: %1")
                     .arg(SqlErrors::technical(query.lastError()));
        return false;
    }
    m_lastId = query.value(0).toLongLong(); // 0 for an empty table
    return true;
}

bool ImportTarget::loadCohorts(QString *error)
{
    QSqlQuery query(m_context.db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name FROM cohorts"))) {
        *error = tr("The program's cohorts cannot be read: %1")
                     .arg(SqlErrors::technical(query.lastError()));
        return false;
    }
    while (query.next())
        m_cohorts.insert(query.value(1).toString().trimmed().toCaseFolded(),
                         query.value(0).toLongLong());
    const QString fallback = m_context.options.defaultCohort.trimmed();
    if (!fallback.isEmpty()) {
        m_defaultCohort = m_cohorts.value(fallback.toCaseFolded(), 0);
        if (m_defaultCohort == 0) {
            *error = tr("There is no cohort named \"%1\" in the program.").arg(fallback);
            return false;
        }
    }
    return true;
}

qint64 ImportTarget::cohortOf(const TableRow &row, QList<ImportProblem> *problems)
{
    const QString name = text(row, QStringLiteral("cohort"));
    if (name.isEmpty())
        return m_defaultCohort;
    const qint64 id = m_cohorts.value(name.toCaseFolded(), 0);
    if (id == 0) {
        problem(problems, row, QStringLiteral("cohort"),
                tr("there is no cohort named \"%1\" in the program").arg(name));
        return -1;
    }
    return id;
}

bool ImportTarget::exec(QSqlQuery &query, const TableRow &row, QList<ImportProblem> *problems) const
{
    if (query.exec())
        return true;
    problems->append(
        {row.line,
         0,
         tr("the program file refused this row: %1").arg(SqlErrors::explain(query.lastError())),
         {}});
    return false;
}

bool ImportTarget::findKey(const QString &key, qint64 *value, qint64 keep)
{
    QString error;
    return m_keys.find(key, value, &error, keep) || stop(error);
}

bool ImportTarget::keepKey(const QString &key, qint64 value)
{
    QString error;
    return m_keys.insert(key, value, &error) || stop(error);
}

bool ImportTarget::stop(const QString &technical)
{
    m_context.result->error =
        tr("The import cannot keep track of the rows it has read: %1").arg(technical);
    return false;
}

void ImportTarget::recordInsert(qint64 id)
{
    ++m_context.result->inserted;
    if (m_context.write)
        m_context.result->changes.inserted.append(id);
}

void ImportTarget::recordUpdate(qint64 id, const QVariantMap &before, const QVariantMap &after)
{
    ++m_context.result->updated;
    if (m_context.write && id > 0)
        m_context.result->changes.updated.append({id, before, after});
}

} // namespace Upskill
