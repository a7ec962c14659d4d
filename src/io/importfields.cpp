// SPDX-License-Identifier: GPL-3.0-or-later
#include "importfields.h"

#include <QSqlQuery>

namespace Upskill {

namespace {

struct Names
{
    const char *key;
    // Whole headers, normalized, that name the field.
    QList<const char *> exact;
    // Parts of a longer header (a survey question) that name it.
    QList<const char *> parts;
};

const QList<const char *> emailNames = {
    "email",          "e mail",        "email address",    "e mail address",
    "mail",           "work email",    "mail address",     "participant email",
    "employee email", "user email",    "respondent email", "business email",
    "e mail adresse", "email adresse", "emailadresse"};

const QList<Names> participantNames = {
    {"email", emailNames, {"email", "e mail"}},
    {"name",
     {"name", "full name", "fullname", "participant", "participant name", "display name",
      "employee", "employee name", "person", "engineer", "respondent", "respondent name"},
     {}},
    {"first_name", {"first name", "firstname", "given name", "forename", "vorname"}, {}},
    {"last_name", {"last name", "lastname", "surname", "family name", "nachname"}, {}},
    {"role", {"role", "job role", "engineering role", "discipline", "rolle"}, {}},
    {"team", {"team", "team name", "department", "squad", "group", "abteilung"}, {}},
    {"manager",
     {"manager", "line manager", "manager name", "manager email", "reports to", "supervisor",
      "people manager", "vorgesetzte", "vorgesetzter"},
     {}},
    {"seniority",
     {"seniority", "level", "seniority level", "career level", "grade", "job level"},
     {}},
    {"is_champion", {"is champion", "champion", "ai champion"}, {}},
    {"is_mentor", {"is mentor", "mentor", "ai mentor"}, {}},
    {"is_alumnus", {"is alumnus", "alumnus", "alumni", "alumna"}, {}},
    {"notes", {"notes", "note", "remarks", "comments", "comment"}, {}},
};

const QList<const char *> dateNames = {
    "date",          "assessed on",     "assessment date", "responded on",
    "response date", "completion time", "timestamp",       "submitted",
    "submitted at",  "submission date", "end time",        "completed at",
    "datum"};

const QList<Names> assessmentNames = {
    {"email", emailNames, {"email", "e mail"}},
    {"date", dateNames, {"completion time", "timestamp"}},
    {"kind", {"kind", "assessment kind", "assessment type", "type"}, {}},
    {"cohort", {"cohort", "cohort name", "kohorte"}, {}},
    {"note", {"note", "notes", "comment", "comments"}, {}},
    {"dimension", {"dimension", "skill", "rubric dimension", "skill dimension"}, {}},
    {"level", {"level", "rating", "skill level", "score"}, {}},
};

const QList<Names> surveyNames = {
    {"kind", {"kind", "survey", "survey kind", "survey type", "type"}, {}},
    {"cohort", {"cohort", "cohort name", "kohorte"}, {}},
    {"session", {"session", "session title", "session date", "workshop"}, {}},
    {"satisfaction", {"satisfaction", "overall satisfaction", "satisfied"}, {"satisf"}},
    {"recommend",
     {"recommend", "nps", "likely to recommend", "likelihood to recommend", "recommendation"},
     {"recommend"}},
    {"comment",
     {"comment", "comments", "feedback", "remarks", "suggestions"},
     {"comment", "feedback", "improve", "anything else"}},
    {"date", dateNames, {"completion time", "timestamp"}},
    {"email", emailNames, {"email", "e mail"}},
};

const QList<Names> &namesOf(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Participants:
        return participantNames;
    case ImportKind::Assessments:
        return assessmentNames;
    case ImportKind::Surveys:
        return surveyNames;
    }
    return participantNames;
}

const Names *namesFor(ImportKind kind, const QString &key)
{
    for (const Names &names : namesOf(kind)) {
        if (key == QLatin1String(names.key))
            return &names;
    }
    return nullptr;
}

// A dimension's name inside a question: "LLMs & prompt engineering" is "LLMs and prompt
// engineering".
QString withoutFillers(const QString &normalized)
{
    static const QStringList fillers = {QStringLiteral("and"), QStringLiteral("und"),
                                        QStringLiteral("the"), QStringLiteral("of"),
                                        QStringLiteral("for"), QStringLiteral("in")};
    QStringList words = normalized.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    words.removeIf([](const QString &word) { return fillers.contains(word); });
    return words.join(QLatin1Char(' '));
}

bool containsWords(const QString &haystack, const QString &needle)
{
    if (needle.isEmpty())
        return false;
    const QString padded = QLatin1Char(' ') + haystack + QLatin1Char(' ');
    return padded.contains(QLatin1Char(' ') + needle + QLatin1Char(' '));
}

} // namespace

QList<ImportKind> ImportFields::kinds()
{
    return {ImportKind::Participants, ImportKind::Assessments, ImportKind::Surveys};
}

QString ImportFields::kindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Participants:
        return QStringLiteral("participants");
    case ImportKind::Assessments:
        return QStringLiteral("assessments");
    case ImportKind::Surveys:
        return QStringLiteral("surveys");
    }
    return {};
}

bool ImportFields::kindFromName(const QString &name, ImportKind *kind)
{
    for (ImportKind candidate : kinds()) {
        if (name == kindName(candidate)) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QString ImportFields::kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Participants:
        return tr("Participants");
    case ImportKind::Assessments:
        return tr("Assessments");
    case ImportKind::Surveys:
        return tr("Survey responses");
    }
    return {};
}

QString ImportFields::dimensionKey(const QString &dimensionName)
{
    return QStringLiteral("dimension:") + dimensionName;
}

QList<ImportField> ImportFields::fields(ImportKind kind, const QSqlDatabase &db)
{
    const auto F = [](const QString &key, const QString &label, bool required = false) {
        ImportField field;
        field.key = key;
        field.label = label;
        field.required = required;
        return field;
    };
    switch (kind) {
    case ImportKind::Participants:
        return {F(QStringLiteral("email"), tr("Email"), true),
                F(QStringLiteral("name"), tr("Name")),
                F(QStringLiteral("first_name"), tr("First name")),
                F(QStringLiteral("last_name"), tr("Last name")),
                F(QStringLiteral("role"), tr("Role")),
                F(QStringLiteral("team"), tr("Team")),
                F(QStringLiteral("manager"), tr("Manager")),
                F(QStringLiteral("seniority"), tr("Seniority")),
                F(QStringLiteral("is_champion"), tr("AI champion")),
                F(QStringLiteral("is_mentor"), tr("Mentor")),
                F(QStringLiteral("is_alumnus"), tr("Alumnus")),
                F(QStringLiteral("notes"), tr("Notes"))};
    case ImportKind::Assessments: {
        QList<ImportField> result = {
            F(QStringLiteral("email"), tr("Email"), true), F(QStringLiteral("date"), tr("Date")),
            F(QStringLiteral("kind"), tr("Kind of assessment")),
            F(QStringLiteral("cohort"), tr("Cohort")), F(QStringLiteral("note"), tr("Note"))};
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (query.exec(QStringLiteral("SELECT id, name, retired FROM rubric_dimensions ORDER BY "
                                      "retired, position, id"))) {
            while (query.next()) {
                const QString name = query.value(1).toString();
                ImportField field =
                    F(dimensionKey(name),
                      query.value(2).toBool() ? tr("%1 (retired)").arg(name) : name);
                field.dimensionId = query.value(0).toLongLong();
                field.dimensionName = name;
                result.append(field);
            }
        }
        // Our own export has one assessment per row: the dimension and the level in columns.
        result.append(F(QStringLiteral("dimension"), tr("Dimension (one per row)")));
        result.append(F(QStringLiteral("level"), tr("Level (one per row)")));
        return result;
    }
    case ImportKind::Surveys:
        return {F(QStringLiteral("kind"), tr("Kind of survey")),
                F(QStringLiteral("cohort"), tr("Cohort")),
                F(QStringLiteral("session"), tr("Session")),
                F(QStringLiteral("satisfaction"), tr("Satisfaction (1–5)")),
                F(QStringLiteral("recommend"), tr("Would recommend (0–10)")),
                F(QStringLiteral("comment"), tr("Comment")),
                F(QStringLiteral("date"), tr("Date")),
                F(QStringLiteral("email"), tr("Email (empty: anonymous)"))};
    }
    return {};
}

QString ImportFields::normalized(const QString &header)
{
    QString result;
    result.reserve(header.size());
    bool space = false;
    for (const QChar c : header) {
        if (c.isLetterOrNumber()) {
            if (space && !result.isEmpty())
                result += QLatin1Char(' ');
            space = false;
            result += c.toLower();
        } else {
            space = true;
        }
    }
    return result;
}

ColumnMapping ImportFields::match(ImportKind kind, const QList<ImportField> &fields,
                                  const QStringList &headers)
{
    ColumnMapping mapping;
    QList<bool> used(headers.size(), false);
    QStringList normalizedHeaders;
    for (const QString &header : headers)
        normalizedHeaders.append(normalized(header));

    auto assign = [&](const QString &key, int column) {
        mapping.insert(key, column);
        used[column] = true;
    };
    // Exact names first, for every field, so a question that merely mentions a word cannot
    // take a column another field is named by.
    for (const ImportField &field : fields) {
        const Names *names = namesFor(kind, field.key);
        for (int i = 0; i < normalizedHeaders.size() && !mapping.contains(field.key); ++i) {
            if (used[i])
                continue;
            const QString &header = normalizedHeaders.at(i);
            bool hit = false;
            if (field.dimensionId > 0) {
                hit = withoutFillers(header) == withoutFillers(normalized(field.dimensionName));
            } else if (names) {
                for (const char *name : names->exact)
                    hit = hit || header == QLatin1String(name);
            }
            if (hit)
                assign(field.key, i);
        }
    }
    for (const ImportField &field : fields) {
        if (mapping.contains(field.key))
            continue;
        const Names *names = namesFor(kind, field.key);
        for (int i = 0; i < normalizedHeaders.size() && !mapping.contains(field.key); ++i) {
            if (used[i])
                continue;
            const QString &header = normalizedHeaders.at(i);
            bool hit = false;
            if (field.dimensionId > 0) {
                hit = containsWords(withoutFillers(header),
                                    withoutFillers(normalized(field.dimensionName)));
            } else if (names) {
                for (const char *part : names->parts)
                    hit = hit || header.contains(QLatin1String(part));
            }
            if (hit)
                assign(field.key, i);
        }
    }
    return mapping;
}

bool ImportFields::hasName(const ColumnMapping &mapping)
{
    return mapping.contains(QStringLiteral("name")) ||
           mapping.contains(QStringLiteral("first_name")) ||
           mapping.contains(QStringLiteral("last_name"));
}

QStringList ImportFields::missingRequired(ImportKind kind, const QList<ImportField> &fields,
                                          const ColumnMapping &mapping)
{
    QStringList missing;
    for (const ImportField &field : fields) {
        if (field.required && !mapping.contains(field.key))
            missing.append(field.label);
    }
    if (kind == ImportKind::Assessments) {
        const bool wide = std::any_of(fields.cbegin(), fields.cend(), [&](const ImportField &f) {
            return f.dimensionId > 0 && mapping.contains(f.key);
        });
        const bool long_ = mapping.contains(QStringLiteral("dimension")) &&
                           mapping.contains(QStringLiteral("level"));
        if (!wide && !long_)
            missing.append(tr("a level: a column per rubric dimension, or Dimension and Level"));
    } else if (kind == ImportKind::Surveys) {
        if (!mapping.contains(QStringLiteral("satisfaction")) &&
            !mapping.contains(QStringLiteral("recommend")) &&
            !mapping.contains(QStringLiteral("comment")))
            missing.append(tr("an answer: Satisfaction, Would recommend or Comment"));
    }
    return missing;
}

} // namespace Upskill
