// SPDX-License-Identifier: GPL-3.0-or-later
#include "programimport.h"

#include "importtarget.h"
#include "importvalues.h"
#include "logging.h"
#include "sqlerrors.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

namespace {

// How often the caller hears the progress: often enough for a prompt Cancel, rarely enough
// to cost nothing.
constexpr qint64 ProgressRows = 512;

const char *tableOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Participants:
        return "participants";
    case ImportKind::Assessments:
        return "assessments";
    case ImportKind::Surveys:
        return "survey_responses";
    }
    return "";
}

} // namespace

ProgramImport::ProgramImport(const QSqlDatabase &db, const ImportOptions &options)
    : m_db(db), m_options(options)
{}

ProgramImport::~ProgramImport() = default;

bool ProgramImport::open(const QString &path, QString *error)
{
    m_path = path;
    m_reader = TableReader::open(path, m_options.read, error);
    if (!m_reader)
        return false;
    TableRow header;
    if (!m_reader->next(&header)) {
        *error = m_reader->failed()
                     ? QStringLiteral("%1: %2").arg(
                           path, describe(m_reader->failure(), m_reader->format()))
                     : tr("%1 is empty: the first row must name the columns, e.g. Email, Name.")
                           .arg(path);
        return false;
    }
    m_headerLine = header.line;
    for (const QString &field : std::as_const(header.fields))
        m_headers.append(ImportValues::clean(field));
    m_fields = ImportFields::fields(m_options.kind, m_db);
    if (m_options.useMapping)
        setMapping(m_options.mapping);
    else
        m_mapping = ImportFields::match(m_options.kind, m_fields, m_headers);
    return true;
}

void ProgramImport::setMapping(const ColumnMapping &mapping)
{
    m_mapping.clear();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
        if (*it >= 0 && *it < m_headers.size())
            m_mapping.insert(it.key(), *it);
    }
}

QString ProgramImport::describe(const ImportProblem &problem, TableReader::Format format)
{
    QString where = TableReader::position(format, problem.line, problem.column);
    if (!problem.columnName.isEmpty())
        where += QStringLiteral(" (%1)").arg(problem.columnName);
    return where.isEmpty() ? problem.message : QStringLiteral("%1: %2").arg(where, problem.message);
}

ImportResult ProgramImport::run(Mode mode, const Progress &progress)
{
    ImportResult result;
    if (m_reader)
        result.format = m_reader->format();
    if (!m_reader) {
        result.error = tr("No file is open for the import.");
        return result;
    }
    const QStringList missing = ImportFields::missingRequired(m_options.kind, m_fields, m_mapping);
    if (!missing.isEmpty()) {
        result.error =
            tr("%1: no column is chosen for %2.").arg(m_path, missing.join(QStringLiteral(", ")));
        return result;
    }
    result.format = m_reader->format();
    const bool write = mode == Mode::Write;
    result.changes.table = QString::fromLatin1(tableOf(m_options.kind));

    // The indexes of 100,000 people do not fit SQLite's default 2 MB page cache; spilling
    // them to the journal half-way costs more than the inserts. The connection's own size
    // comes back when the import is done.
    QSqlQuery pragma(m_db);
    int cacheSize = 0;
    if (write && pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
        cacheSize = pragma.value(0).toInt();
    pragma.finish();
    const bool growCache = write && cacheSize > -65536 && cacheSize < 16384;
    if (growCache)
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    const auto restoreCache = qScopeGuard([&] {
        if (growCache)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize));
    });

    // The keys a check meets in the file (ImportKeys) go to a TEMP table, which would grow in
    // memory on a connection that keeps them there (ReaderConnection, WriterConnection): for
    // the import they go to a temporary file, behind a small page cache. Changing the setting
    // drops the connection's TEMP tables, and the import leaves none behind.
    QSqlQuery tempPragma(m_db);
    int tempStore = 1;
    if (tempPragma.exec(QStringLiteral("PRAGMA temp_store")) && tempPragma.next())
        tempStore = tempPragma.value(0).toInt();
    tempPragma.finish();
    const bool fileTemp =
        tempStore != 1 && tempPragma.exec(QStringLiteral("PRAGMA temp_store = FILE"));
    tempPragma.finish();
    const auto restoreTemp = qScopeGuard([&] {
        if (fileTemp)
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = %1").arg(tempStore));
    });

    // BEGIN IMMEDIATE takes the write lock up front: another writer waits for the busy
    // timeout instead of failing half-way through the rows. A check, which looks every row up
    // in the program, reads in one transaction too: it sees the program as it was when it
    // began (WAL lets writers go on meanwhile), takes the file's locks once instead of once
    // per row, and ends by rolling back, which takes the keys it kept along. Only a caller's
    // own transaction keeps it from beginning one.
    QSqlQuery transaction(m_db);
    const bool began =
        transaction.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    if (write && !began) {
        result.error = tr("The program file cannot be written: %1")
                           .arg(SqlErrors::explain(transaction.lastError()));
        return result;
    }
    auto rollback = [&] {
        if (began && !QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK")))
            qCWarning(IoLog) << "rolling back the import failed";
        result.changes = {result.changes.table, {}, {}};
    };

    ImportTarget::Context context{m_db, m_options, m_fields, m_mapping, m_headers, write, &result};
    const std::unique_ptr<ImportTarget> target = ImportTarget::create(m_options.kind, context);
    QString error;
    if (!target->prepare(&error)) {
        result.error = error;
        rollback();
        return result;
    }

    TableRow row;
    QList<ImportProblem> problems;
    while (m_reader->next(&row)) {
        ++result.rows;
        problems = row.problems;
        // A row the reader could not split cleanly is not guessed at.
        if (problems.isEmpty())
            target->handle(row, &problems);
        if (!result.error.isEmpty()) {
            // The target cannot check another row (ImportTarget::findKey()).
            if (write)
                result.error += QLatin1Char(' ') + tr("Nothing was written.");
            rollback();
            return result;
        }
        if (!problems.isEmpty()) {
            ++result.refused;
            result.problemCount += problems.size();
            if (result.refusedLines.size() < MaxProblems)
                result.refusedLines.append(row.line);
            for (const ImportProblem &p : std::as_const(problems)) {
                if (result.problems.size() < MaxProblems)
                    result.problems.append(p);
            }
        }
        if (result.rows % ProgressRows == 0 && progress && !progress(m_reader->progress())) {
            result.cancelled = true;
            result.error = write ? tr("The import was cancelled; nothing was written.")
                                 : tr("The check was cancelled.");
            rollback();
            return result;
        }
    }
    if (m_reader->failed()) {
        result.error =
            QStringLiteral("%1: %2").arg(m_path, describe(m_reader->failure(), m_reader->format()));
        if (write)
            result.error += QLatin1Char(' ') + tr("Nothing was written.");
        rollback();
        return result;
    }
    if (progress)
        progress(1.0);

    if (result.refused > 0 && !m_options.skipInvalid) {
        // All or nothing: one refused row and the whole file waits until it is fixed.
        rollback();
        return result;
    }
    if (write && !transaction.exec(QStringLiteral("COMMIT"))) {
        result.error = tr("The import could not be saved in the program file: %1")
                           .arg(SqlErrors::explain(transaction.lastError()));
        rollback();
        return result;
    }
    if (!write)
        rollback();
    result.ok = true;
    return result;
}

} // namespace Upskill
