// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importfields.h"
#include "tablereader.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace Upskill {

// How an import should go.
struct ImportOptions
{
    ImportKind kind = ImportKind::Participants;
    TableReadOptions read;
    // Empty: matched from the headers.
    ColumnMapping mapping;
    bool useMapping = false;
    enum class Duplicates { Skip, Update };
    // A row for someone (or something) already in the program or earlier in the file.
    Duplicates duplicates = Duplicates::Skip;
    // Write the valid rows even when others are refused (the refused ones are reported).
    bool skipInvalid = false;
    // For rows without a value of their own: the kind of assessment or survey, the cohort
    // (by name) and the date.
    QString defaultKind;
    QString defaultCohort;
    QDate defaultDate;
};

// A row of the program the import changed: what it held before and holds now, so the
// import can be undone and redone.
struct ImportedUpdate
{
    qint64 id = 0;
    QVariantMap before;
    QVariantMap after;
};

struct ImportChanges
{
    QString table;
    QList<qint64> inserted;
    QList<ImportedUpdate> updated;
};

struct ImportResult
{
    bool ok = false; // written (or, checking, would be written)
    bool cancelled = false;
    QString error;   // why nothing was written, when it is not the rows' problems
    qint64 rows = 0; // data rows read
    // What the rows became: participants, assessments (one per dimension and row) or
    // survey responses.
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 skipped = 0;            // duplicates left as they were
    qint64 refused = 0;            // rows with a problem
    QList<ImportProblem> problems; // the first MaxProblems, in file order
    qint64 problemCount = 0;
    QList<qint64> refusedLines;
    ImportChanges changes;
    // How the file's positions read: lines of a CSV file or rows of a sheet.
    TableReader::Format format = TableReader::Format::Csv;
};

// Imports participants, assessments or survey responses from a CSV file or a sheet into a
// program, as one transaction: every row is checked (email, level 1–4, dates, cohorts,
// sessions), duplicates (by the trimmed, case-folded email) are skipped or update what is
// there, and if any row is refused nothing is written unless refused rows may be skipped.
// Cancelling, or being killed, writes nothing either. Rows stream from the file and
// duplicates are looked up in the program (and, for what a check only counts, in a TEMP
// table), so memory does not grow with the file's size but for what undo needs: the id of
// each row written (8 bytes) and the values of each row changed.
//
// It works on the connection it is given: the CLI's, or a worker thread's own
// (WriterConnection), so the window stays responsive during a large import.
class ProgramImport
{
    Q_DECLARE_TR_FUNCTIONS(ProgramImport)
public:
    // Hears how far the import is, 0 to 1, every few hundred rows; false cancels it.
    using Progress = std::function<bool(double fraction)>;
    enum class Mode { Check, Write };
    static constexpr int MaxProblems = 1000;

    ProgramImport(const QSqlDatabase &db, const ImportOptions &options);
    ~ProgramImport();

    // Opens the file and reads its header row; false with error (naming the file).
    bool open(const QString &path, QString *error);
    TableReader *reader() const { return m_reader.get(); }
    QStringList headers() const { return m_headers; }
    qint64 headerLine() const { return m_headerLine; }
    const QList<ImportField> &fields() const { return m_fields; }
    const ColumnMapping &mapping() const { return m_mapping; }
    // Another mapping than the one open() chose; columns outside the header are left out.
    void setMapping(const ColumnMapping &mapping);

    // Check reads every row and says what would happen without writing; Write does it in
    // one transaction. Call once per opened file.
    ImportResult run(Mode mode, const Progress &progress = {});

    // "line 731, column 2 (Email): the email is missing"
    static QString describe(const ImportProblem &problem, TableReader::Format format);

private:
    bool begin(QString *error);
    void finishRun(ImportResult *result, bool write);

    QSqlDatabase m_db;
    ImportOptions m_options;
    QString m_path;
    std::unique_ptr<TableReader> m_reader;
    QStringList m_headers;
    qint64 m_headerLine = 0;
    QList<ImportField> m_fields;
    ColumnMapping m_mapping;
};

} // namespace Upskill
