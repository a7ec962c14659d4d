// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentimport.h"

#include "importvalues.h"
#include "rules.h"
#include "sqlerrors.h"

#include <QSqlError>

#include <limits>

namespace Upskill {

namespace {

const QString Email = QStringLiteral("email");
const QString Date = QStringLiteral("date");
const QString Kind = QStringLiteral("kind");

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// What a check keeps for an assessment it counted (ImportKeys).
QString keyText(const AssessmentImport::Key &key)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(key.participant)
        .arg(key.dimension)
        .arg(key.day)
        .arg(key.kind);
}

} // namespace

bool AssessmentImport::prepare(QString *error)
{
    if (!loadParticipants(error) || !loadCohorts(error) ||
        !loadLastId(QStringLiteral("assessments"), error))
        return false;
    m_kinds = Vocabulary::keys(Term::AssessmentKind);
    if (!m_context.options.defaultKind.trimmed().isEmpty() &&
        !ImportValues::parseChoice(Term::AssessmentKind, m_context.options.defaultKind,
                                   &m_defaultKind, error))
        return false;
    if (!mapped(Kind) && m_defaultKind.isEmpty()) {
        *error = tr("The kind of assessment is missing: map a column to it or choose one kind "
                    "(self, pre, post, manager or annual) for the whole file.");
        return false;
    }
    if (!mapped(Date) && !m_context.options.defaultDate.isValid()) {
        *error = tr("The date of the assessments is missing: map a column to it or give one "
                    "date for the whole file.");
        return false;
    }
    for (const ImportField &field : m_context.fields) {
        if (field.dimensionId > 0)
            m_dimensions.insert(field.dimensionName.trimmed().toCaseFolded(), field.dimensionId);
    }
    QSqlQuery levels(m_context.db);
    levels.setForwardOnly(true);
    if (!levels.exec(QStringLiteral("SELECT dimension_id, level, label FROM rubric_levels"))) {
        *error = tr("The rubric cannot be read: %1").arg(SqlErrors::technical(levels.lastError()));
        return false;
    }
    while (levels.next())
        m_levelNames[levels.value(0).toLongLong()].insert(
            levels.value(2).toString().trimmed().toCaseFolded(), levels.value(1).toInt());

    if (!prepareQuery(&m_find,
                      QStringLiteral("SELECT id, level, note, cohort_id FROM assessments WHERE "
                                     "participant_id = ? AND dimension_id = ? AND kind = ? AND "
                                     "assessed_on = ? ORDER BY id LIMIT 1"),
                      error))
        return false;
    if (!m_context.write)
        return true;
    return prepareQuery(&m_insert,
                        QStringLiteral("INSERT INTO assessments (participant_id, dimension_id, "
                                       "cohort_id, kind, level, assessed_on, note) VALUES (?, ?, "
                                       "?, ?, ?, ?, ?)"),
                        error) &&
           prepareQuery(&m_update,
                        QStringLiteral("UPDATE assessments SET level = ?, note = ?, cohort_id = ? "
                                       "WHERE id = ?"),
                        error);
}

bool AssessmentImport::parseLevel(qint64 dimension, const QString &text, int *level,
                                  QString *error) const
{
    const int named = m_levelNames.value(dimension).value(text.toCaseFolded(), 0);
    if (named > 0) {
        *level = named;
        return true;
    }
    if (ImportValues::parseInteger(text, 1, 4, level, error))
        return true;
    // A label after the number ("3 - Proficient") is fine; a number outside 1–4 is not.
    int number = 0;
    QString ignored;
    if (ImportValues::parseInteger(text, std::numeric_limits<int>::min(),
                                   std::numeric_limits<int>::max(), &number, &ignored)) {
        *error = tr("level %1 is out of range; the levels are 1 to 4").arg(number);
    } else {
        QStringList labels;
        for (int l = 1; l <= 4; ++l) {
            const QString label = m_levelNames.value(dimension).key(l);
            if (!label.isEmpty())
                labels.append(QStringLiteral("%1 %2").arg(l).arg(label));
        }
        *error = labels.isEmpty()
                     ? tr("\"%1\" is not a level; write 1 to 4").arg(text)
                     : tr("\"%1\" is not a level; write 1 to 4 or the level's name (%2)")
                           .arg(text, labels.join(QStringLiteral(", ")));
    }
    return false;
}

bool AssessmentImport::handle(const TableRow &row, QList<ImportProblem> *problems)
{
    const QString email = text(row, Email);
    qint64 participant = 0;
    if (email.isEmpty()) {
        problem(problems, row, Email, tr("the email is missing"));
    } else {
        participant = m_participants.value(Rules::emailKey(email), 0);
        if (participant <= 0)
            problem(
                problems, row, Email,
                tr("no participant has the email %1; import the participants first").arg(email));
    }
    QDate date = m_context.options.defaultDate;
    const QString dateText = text(row, Date);
    QString error;
    if (!dateText.isEmpty()) {
        if (!ImportValues::parseDate(dateText, &date, &error))
            problem(problems, row, Date, error);
    } else if (!date.isValid()) {
        problem(problems, row, Date, tr("the date is missing"));
    }
    QString kind = m_defaultKind;
    const QString kindText = text(row, Kind);
    if (!kindText.isEmpty() &&
        !ImportValues::parseChoice(Term::AssessmentKind, kindText, &kind, &error))
        problem(problems, row, Kind, error);
    else if (kind.isEmpty())
        problem(problems, row, Kind, tr("the kind of assessment is missing"));
    const qint64 cohort = cohortOf(row, problems);
    const QString note = text(row, QStringLiteral("note"));

    QList<QPair<qint64, int>> levels;
    for (const ImportField &field : m_context.fields) {
        if (field.dimensionId <= 0 || !mapped(field.key))
            continue;
        const QString value = text(row, field.key);
        int level = 0;
        if (value.isEmpty())
            continue; // the question was not answered
        if (parseLevel(field.dimensionId, value, &level, &error))
            levels.append({field.dimensionId, level});
        else
            problem(problems, row, field.key, error);
    }
    const QString dimensionKey = QStringLiteral("dimension");
    const QString levelKey = QStringLiteral("level");
    if (mapped(dimensionKey) && mapped(levelKey)) {
        const QString dimensionName = text(row, dimensionKey);
        const QString levelText = text(row, levelKey);
        const qint64 dimension = m_dimensions.value(dimensionName.toCaseFolded(), 0);
        int level = 0;
        if (dimensionName.isEmpty() && !levelText.isEmpty())
            problem(problems, row, dimensionKey, tr("the rubric dimension is missing"));
        else if (!dimensionName.isEmpty() && dimension == 0)
            problem(problems, row, dimensionKey,
                    tr("there is no rubric dimension named \"%1\"").arg(dimensionName));
        else if (!dimensionName.isEmpty() && levelText.isEmpty())
            problem(problems, row, levelKey, tr("the level is missing"));
        else if (dimension > 0 && !parseLevel(dimension, levelText, &level, &error))
            problem(problems, row, levelKey, error);
        else if (dimension > 0)
            levels.append({dimension, level});
    }
    if (levels.isEmpty() && problems->isEmpty())
        problem(problems, row, Email, tr("the row has no level for any rubric dimension"));
    if (!problems->isEmpty())
        return false;

    for (const auto &[dimension, level] : std::as_const(levels)) {
        const Key key{participant, dimension, date.toJulianDay(), int(m_kinds.indexOf(kind))};
        if (!write(key, kind, date, cohort, level, note, row, problems))
            return false;
    }
    return true;
}

bool AssessmentImport::write(const Key &key, const QString &kind, const QDate &date, qint64 cohort,
                             int level, const QString &note, const TableRow &row,
                             QList<ImportProblem> *problems)
{
    const QString day = date.toString(Qt::ISODate);
    qint64 existing = 0;
    bool fromThisFile = false;
    QVariantMap before;
    m_find.bindValue(0, key.participant);
    m_find.bindValue(1, key.dimension);
    m_find.bindValue(2, kind);
    m_find.bindValue(3, day);
    if (!exec(m_find, row, problems))
        return false;
    if (m_find.next()) {
        existing = m_find.value(0).toLongLong();
        before = {{QStringLiteral("level"), m_find.value(1)},
                  {QStringLiteral("note"), m_find.value(2)},
                  {QStringLiteral("cohort_id"), m_find.value(3)}};
        // Written by an earlier row: undoing the import deletes it, values and all.
        fromThisFile = insertedHere(existing);
    }
    m_find.finish();
    // A check writes nothing the program could find, so it keeps what it counts as new for
    // the later rows, in the same step as it looks for an earlier one.
    if (existing == 0 && !m_context.write && !findKey(keyText(key), &existing, -1))
        return false;
    if (existing != 0) {
        if (!isUpdate()) {
            ++m_context.result->skipped;
            return true;
        }
        if (!m_context.write) {
            ++m_context.result->updated;
            return true;
        }
        // An empty note or cohort in the file keeps the one recorded.
        QVariantMap after = before;
        after.insert(QStringLiteral("level"), level);
        if (!note.isEmpty() || fromThisFile)
            after.insert(QStringLiteral("note"), note);
        if (cohort > 0 || fromThisFile)
            after.insert(QStringLiteral("cohort_id"), nullable(cohort));
        m_update.bindValue(0, after.value(QStringLiteral("level")));
        m_update.bindValue(1, after.value(QStringLiteral("note")));
        m_update.bindValue(2, after.value(QStringLiteral("cohort_id")));
        m_update.bindValue(3, existing);
        if (!exec(m_update, row, problems))
            return false;
        recordUpdate(fromThisFile ? 0 : existing, before, after);
        return true;
    }
    if (!m_context.write) {
        ++m_context.result->inserted; // and kept by findKey()
        return true;
    }
    m_insert.bindValue(0, key.participant);
    m_insert.bindValue(1, key.dimension);
    m_insert.bindValue(2, nullable(cohort));
    m_insert.bindValue(3, kind);
    m_insert.bindValue(4, level);
    m_insert.bindValue(5, day);
    m_insert.bindValue(6, note);
    if (!exec(m_insert, row, problems))
        return false;
    recordInsert(m_insert.lastInsertId().toLongLong());
    return true;
}

} // namespace Upskill
