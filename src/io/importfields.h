// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Upskill {

// What a file can be imported as.
enum class ImportKind { Participants, Assessments, Surveys };

// A field of the program an imported column can fill, e.g. the participant's email or the
// level in one rubric dimension.
struct ImportField
{
    QString key;   // "email", "team", ... or "dimension:<name>" for a rubric dimension
    QString label; // what the coordinator reads, translated
    bool required = false;
    qint64 dimensionId = 0; // for a rubric dimension
    QString dimensionName;
};

// Which column of the file fills which field: field key to the column's index (0-based).
// Fields without a column are left out.
using ColumnMapping = QHash<QString, int>;

// The fields of each kind of import and the automatic matching of a file's headers to them,
// by the names HR tools, Microsoft Forms, Google Forms and our own export give them.
class ImportFields
{
    Q_DECLARE_TR_FUNCTIONS(ImportFields)
public:
    static QList<ImportKind> kinds();
    // "participants", "assessments", "surveys": the name on the command line.
    static QString kindName(ImportKind kind);
    static bool kindFromName(const QString &name, ImportKind *kind);
    // "Participants", translated.
    static QString kindLabel(ImportKind kind);

    // The fields of kind; assessments have one per rubric dimension of the program (read
    // from db), in the rubric's order.
    static QList<ImportField> fields(ImportKind kind, const QSqlDatabase &db);
    static QString dimensionKey(const QString &dimensionName);

    // Headers compared without case, punctuation or extra spaces: "E-mail address" and
    // "email_address" are the same.
    static QString normalized(const QString &header);
    // The column each field gets from headers: exact names first, then telling words
    // ("...recommend...", a dimension's name inside a longer question). A column fills at
    // most one field.
    static ColumnMapping match(ImportKind kind, const QList<ImportField> &fields,
                               const QStringList &headers);
    // The first/last name pair counts for the name when there is no name column.
    static bool hasName(const ColumnMapping &mapping);
    // Required fields without a column, as labels; empty when the mapping is complete.
    static QStringList missingRequired(ImportKind kind, const QList<ImportField> &fields,
                                       const ColumnMapping &mapping);
};

} // namespace Upskill
