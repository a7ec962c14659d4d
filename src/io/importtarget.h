// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importkeys.h"
#include "programimport.h"
#include "vocabulary.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace Upskill {

// One kind of import: what a row of the file becomes in the program and how it is written.
// ProgramImport reads the rows and keeps the transaction; a target checks each row against
// the program, finds duplicates and, when writing, writes it.
class ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(ImportTarget)
public:
    struct Context
    {
        QSqlDatabase db;
        const ImportOptions &options;
        const QList<ImportField> &fields;
        const ColumnMapping &mapping;
        const QStringList &headers;
        bool write = false;
        ImportResult *result = nullptr;
    };

    static std::unique_ptr<ImportTarget> create(ImportKind kind, Context &context);
    virtual ~ImportTarget() = default;

    // Loads what rows are checked against (people, cohorts, sessions) and checks the
    // defaults for the whole file; false with error when the import cannot start.
    virtual bool prepare(QString *error) = 0;
    // Checks a row and, when it is valid, counts (and when writing, writes) what it becomes.
    // Returns false with problems when the row is refused.
    virtual bool handle(const TableRow &row, QList<ImportProblem> *problems) = 0;

protected:
    explicit ImportTarget(Context &context) : m_context(context), m_keys(context.db) {}

    bool mapped(const QString &key) const { return m_context.mapping.contains(key); }
    // The cleaned cell of a field; empty (not null) when the field has no column or the row
    // is short.
    QString text(const TableRow &row, const QString &key) const;
    void problem(QList<ImportProblem> *problems, const TableRow &row, const QString &key,
                 const QString &message) const;
    // The same by column index, for targets that look their columns up once: -1 when the
    // field has no column.
    int columnOf(const QString &key) const { return m_context.mapping.value(key, -1); }
    static QString cell(const TableRow &row, int column);
    void problemAt(QList<ImportProblem> *problems, const TableRow &row, int column,
                   const QString &message) const;
    // parseChoice() remembered per text: an HR export repeats the same few roles 100,000
    // times.
    bool choice(Term term, const QString &text, QString *key, QString *error);
    bool isUpdate() const
    {
        return m_context.options.duplicates == ImportOptions::Duplicates::Update;
    }

    // Email keys (Rules::emailKey) of the program's participants to their ids: as many as
    // the program has people, however long the file.
    bool loadParticipants(QString *error);
    // The largest id in table before the import: SQLite gives every new row the largest id
    // plus one, so the rows above it are the ones this import wrote.
    bool loadLastId(const QString &table, QString *error);
    bool insertedHere(qint64 id) const { return id > m_lastId; }
    // Cohort names (case-folded) to ids.
    bool loadCohorts(QString *error);
    // The cohort of a row (its own, else the file's default): 0 for none, -1 when unknown
    // (with a problem).
    qint64 cohortOf(const TableRow &row, QList<ImportProblem> *problems);

    bool prepareQuery(QSqlQuery *query, const QString &sql, QString *error) const;
    // Runs a prepared write; a refusal by the program file becomes a problem of the row.
    bool exec(QSqlQuery &query, const TableRow &row, QList<ImportProblem> *problems) const;
    // Counts an insert (with its id for undo) or an update (with the values before and after).
    void recordInsert(qint64 id);
    void recordUpdate(qint64 id, const QVariantMap &before, const QVariantMap &after);

    // Keys met earlier in the file (ImportKeys::find() and insert()): 0 when key was not met.
    // When the keys cannot be read or kept, no later row could be checked, so the import stops
    // with an error (in the result) and these return false.
    bool findKey(const QString &key, qint64 *value, qint64 keep = 0);
    bool keepKey(const QString &key, qint64 value);

    Context &m_context;
    QHash<QString, qint64> m_participants;
    QHash<QString, qint64> m_cohorts;
    qint64 m_defaultCohort = 0;

private:
    bool stop(const QString &technical);

    QHash<QPair<int, QString>, QString> m_choices;
    ImportKeys m_keys;
    qint64 m_lastId = 0;
};

} // namespace Upskill
