// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantimport.h"

#include "importvalues.h"
#include "rules.h"
#include "sqlerrors.h"

#include <QSqlError>

namespace Upskill {

namespace {

// Field keys (ImportFields) in the order of ParticipantImport::Field, which is also the
// order of the participants table's columns in the insert.
const char *const fieldKeys[] = {"name",       "email",     "role",        "team",
                                 "manager",    "seniority", "is_champion", "is_mentor",
                                 "is_alumnus", "notes",     "first_name",  "last_name"};

// Whether SQLite's NOCASE collation, which the email column and its unique index use, holds
// a and b equal: the same text but for the case of the letters A to Z. It folds no other
// letter, where Rules::emailKey folds them all ("Ö" to "ö").
bool equalAsNocase(QStringView a, QStringView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char16_t x = a[i].unicode();
        char16_t y = b[i].unicode();
        if (x >= u'A' && x <= u'Z')
            x += u'a' - u'A';
        if (y >= u'A' && y <= u'Z')
            y += u'a' - u'A';
        if (x != y)
            return false;
    }
    return true;
}

} // namespace

bool ParticipantImport::prepare(QString *error)
{
    for (int field = 0; field < FieldCount; ++field)
        m_columns[field] = columnOf(QString::fromLatin1(fieldKeys[field]));
    if (!loadLastId(QStringLiteral("participants"), error) ||
        !prepareQuery(&m_find,
                      QStringLiteral("SELECT id, email FROM participants WHERE email = ? "
                                     "COLLATE NOCASE"),
                      error) ||
        !loadUnindexedEmails(error))
        return false;
    return !m_context.write ||
           prepareQuery(
               &m_insert,
               QStringLiteral("INSERT INTO participants (name, email, role, team, manager, "
                              "seniority, is_champion, is_mentor, is_alumnus, notes) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               error);
}

bool ParticipantImport::loadUnindexedEmails(QString *error)
{
    // find() looks a key up in the email index, which finds the emails equal to the key but
    // for the case of A to Z. The rare others ("JÖRG@example.org" for "jörg@example.org") are
    // kept by their key instead.
    QSqlQuery query(m_context.db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, email FROM participants"))) {
        *error = ImportTarget::tr("The program's participants cannot be read: %1")
                     .arg(SqlErrors::technical(query.lastError()));
        return false;
    }
    while (query.next()) {
        const QString email = query.value(1).toString();
        const QString key = Rules::emailKey(email);
        if (!equalAsNocase(email, key) && !keepKey(key, query.value(0).toLongLong())) {
            *error = m_context.result->error;
            return false;
        }
    }
    return true;
}

bool ParticipantImport::find(const QString &key, qint64 keep, qint64 *id, const TableRow &row,
                             QList<ImportProblem> *problems)
{
    *id = 0;
    // The unique index holds one email per NOCASE spelling, which always has this key; it is
    // compared all the same, as the key is what makes a duplicate.
    m_find.bindValue(0, key);
    if (!exec(m_find, row, problems))
        return false;
    if (m_find.next() && Rules::emailKey(m_find.value(1).toString()) == key)
        *id = m_find.value(0).toLongLong();
    m_find.finish();
    return *id != 0 || findKey(key, id, keep);
}

bool ParticipantImport::handle(const TableRow &row, QList<ImportProblem> *problems)
{
    // The row's values by Field; a null QVariant where the file leaves the cell empty, which
    // a new person gets the default for and an update leaves as it is.
    QVariant values[Notes + 1];
    const QString email = cell(row, m_columns[Email]);
    if (email.isEmpty())
        problemAt(problems, row, m_columns[Email], tr("the email is missing"));
    else if (!Rules::isPlausibleEmail(email))
        problemAt(problems, row, m_columns[Email], tr("\"%1\" is not an email address").arg(email));

    QString name = cell(row, m_columns[Name]);
    if (name.isEmpty() && m_columns[Name] < 0) {
        name = (cell(row, m_columns[FirstName]) + QLatin1Char(' ') + cell(row, m_columns[LastName]))
                   .trimmed();
    }
    if (!name.isEmpty())
        values[Name] = name;
    for (const auto &[field, term] :
         {std::pair{Role, Term::Role}, std::pair{Seniority, Term::Seniority}}) {
        const QString value = cell(row, m_columns[field]);
        QString key;
        QString error;
        if (value.isEmpty())
            continue;
        if (choice(term, value, &key, &error))
            values[field] = key;
        else
            problemAt(problems, row, m_columns[field], error);
    }
    for (const Field field : {Team, Manager, Notes}) {
        const QString value = cell(row, m_columns[field]);
        if (!value.isEmpty())
            values[field] = value;
    }
    for (const Field field : {Champion, Mentor, Alumnus}) {
        const QString value = cell(row, m_columns[field]);
        bool flag = false;
        QString error;
        if (value.isEmpty())
            continue;
        if (ImportValues::parseBool(value, &flag, &error))
            values[field] = flag ? 1 : 0;
        else
            problemAt(problems, row, m_columns[field], error);
    }
    if (!problems->isEmpty())
        return false;

    const QString key = Rules::emailKey(email);
    // A check writes nothing the index could find, so it keeps the email of someone it counts
    // as new for the later rows, in the same step as it looks the email up.
    const qint64 keep = !m_context.write && !name.isEmpty() ? -row.line : 0;
    qint64 known = 0;
    if (!find(key, keep, &known, row, problems))
        return false;
    if (known != 0) {
        QVariantMap changes;
        for (int field = Name; field <= Notes; ++field) {
            if (field != Email && !values[field].isNull())
                changes.insert(QString::fromLatin1(fieldKeys[field]), values[field]);
        }
        if (!isUpdate() || changes.isEmpty()) {
            ++m_context.result->skipped;
            return true;
        }
        if (m_context.write)
            return update(known, changes, row, problems);
        ++m_context.result->updated;
        return true;
    }
    if (name.isEmpty()) {
        problemAt(problems, row, m_columns[Name] >= 0 ? m_columns[Name] : m_columns[Email],
                  tr("the name is missing; someone new to the program needs one"));
        return false;
    }
    if (!m_context.write) {
        ++m_context.result->inserted; // and kept by find()
        return true;
    }
    // Text columns are NOT NULL: an absent value is the empty text, never a null.
    const QString none = QStringLiteral("");
    values[Email] = email;
    const QVariant defaults[Notes + 1] = {
        QVariant(), QVariant(), QStringLiteral("other"), none, none, QStringLiteral("mid"), 0, 0,
        0,          none};
    for (int field = Name; field <= Notes; ++field)
        m_insert.bindValue(field, values[field].isNull() ? defaults[field] : values[field]);
    if (!exec(m_insert, row, problems))
        return false;
    const qint64 id = m_insert.lastInsertId().toLongLong();
    recordInsert(id);
    // Later rows with this email find this person in the index, unless only the key finds it.
    return equalAsNocase(email, key) || keepKey(key, id);
}

bool ParticipantImport::update(qint64 id, const QVariantMap &values, const TableRow &row,
                               QList<ImportProblem> *problems)
{
    // The column names come from the fixed list above, never from the file.
    const QStringList columns = values.keys();
    const QString signature = columns.join(QLatin1Char(','));
    auto updateIt = m_updates.find(signature);
    if (updateIt == m_updates.end()) {
        QString error;
        QSqlQuery update;
        QSqlQuery read;
        if (!prepareQuery(&update,
                          QStringLiteral("UPDATE participants SET %1 = ? WHERE id = ?")
                              .arg(columns.join(QStringLiteral(" = ?, "))),
                          &error) ||
            !prepareQuery(&read,
                          QStringLiteral("SELECT %1 FROM participants WHERE id = ?")
                              .arg(columns.join(QStringLiteral(", "))),
                          &error)) {
            problems->append({row.line, 0, error, {}});
            return false;
        }
        updateIt = m_updates.emplace(signature, std::move(update)).first;
        m_reads.emplace(signature, std::move(read));
    }
    // What the import changes in someone who was there before is kept for undo.
    const bool existed = !insertedHere(id);
    QVariantMap before;
    if (existed) {
        QSqlQuery &read = m_reads[signature];
        read.bindValue(0, id);
        if (!exec(read, row, problems))
            return false;
        if (read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                before.insert(columns.at(i), read.value(i));
        }
        read.finish();
    }
    QSqlQuery &update = updateIt->second;
    int i = 0;
    for (const QVariant &value : values)
        update.bindValue(i++, value);
    update.bindValue(i, id);
    if (!exec(update, row, problems))
        return false;
    recordUpdate(existed ? id : 0, before, values);
    return true;
}

} // namespace Upskill
