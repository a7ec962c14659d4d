// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyimport.h"

#include "importvalues.h"
#include "rules.h"

#include <QLocale>

namespace Upskill {

namespace {

const QString Kind = QStringLiteral("kind");
const QString SessionKey = QStringLiteral("session");
const QString Email = QStringLiteral("email");

QVariant nullable(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace

bool SurveyImport::prepare(QString *error)
{
    if (!loadParticipants(error) || !loadCohorts(error) ||
        !loadLastId(QStringLiteral("survey_responses"), error))
        return false;
    if (!m_context.options.defaultKind.trimmed().isEmpty() &&
        !ImportValues::parseChoice(Term::SurveyKind, m_context.options.defaultKind, &m_defaultKind,
                                   error))
        return false;
    if (!mapped(Kind) && m_defaultKind.isEmpty()) {
        *error = tr("The kind of survey is missing: map a column to it or choose one kind "
                    "(session, end of program, mentor or manager) for the whole file.");
        return false;
    }
    if (!prepareQuery(&m_sessionQuery,
                      QStringLiteral("SELECT id, title, starts_at FROM sessions WHERE cohort_id = "
                                     "? ORDER BY starts_at"),
                      error) ||
        !prepareQuery(&m_find,
                      QStringLiteral("SELECT id, satisfaction, recommend, comment, responded_on "
                                     "FROM survey_responses WHERE participant_id = ? AND kind = ? "
                                     "AND cohort_id IS ? AND session_id IS ? ORDER BY id LIMIT 1"),
                      error))
        return false;
    if (!m_context.write)
        return true;
    return prepareQuery(&m_insert,
                        QStringLiteral("INSERT INTO survey_responses (kind, cohort_id, "
                                       "session_id, participant_id, satisfaction, recommend, "
                                       "comment, responded_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        error) &&
           prepareQuery(&m_update,
                        QStringLiteral("UPDATE survey_responses SET satisfaction = ?, recommend = "
                                       "?, comment = ?, responded_on = ? WHERE id = ?"),
                        error);
}

qint64 SurveyImport::findSession(qint64 cohort, const QString &text, const TableRow &row,
                                 QList<ImportProblem> *problems)
{
    auto it = m_sessions.find(cohort);
    if (it == m_sessions.end()) {
        QList<Session> sessions;
        m_sessionQuery.bindValue(0, cohort);
        if (m_sessionQuery.exec()) {
            while (m_sessionQuery.next()) {
                sessions.append(
                    {m_sessionQuery.value(0).toLongLong(),
                     m_sessionQuery.value(1).toString().trimmed().toCaseFolded(),
                     QDate::fromString(m_sessionQuery.value(2).toString().left(10), Qt::ISODate)});
            }
        }
        m_sessionQuery.finish();
        it = m_sessions.insert(cohort, sessions);
    }
    const QString title = text.toCaseFolded();
    QList<qint64> found;
    for (const Session &session : std::as_const(*it)) {
        if (!session.title.isEmpty() && session.title == title)
            found.append(session.id);
    }
    QDate day;
    QString ignored;
    if (found.isEmpty() && ImportValues::parseDate(text, &day, &ignored)) {
        for (const Session &session : std::as_const(*it)) {
            if (session.day == day)
                found.append(session.id);
        }
    }
    if (found.size() == 1)
        return found.first();
    if (found.isEmpty())
        problem(problems, row, SessionKey,
                tr("the cohort has no session with the title or date \"%1\"").arg(text));
    else
        problem(problems, row, SessionKey,
                tr("the cohort has %n session(s) on %1; give the session's title instead", nullptr,
                   int(found.size()))
                    .arg(QLocale().toString(day, QLocale::ShortFormat)));
    return 0;
}

bool SurveyImport::handle(const TableRow &row, QList<ImportProblem> *problems)
{
    QString error;
    QString kind = m_defaultKind;
    const QString kindText = text(row, Kind);
    if (!kindText.isEmpty() &&
        !ImportValues::parseChoice(Term::SurveyKind, kindText, &kind, &error))
        problem(problems, row, Kind, error);
    else if (kind.isEmpty())
        problem(problems, row, Kind, tr("the kind of survey is missing"));

    const qint64 cohort = cohortOf(row, problems);
    const QString sessionText = text(row, SessionKey);
    qint64 session = 0;
    if (!sessionText.isEmpty()) {
        if (cohort == 0)
            problem(problems, row, SessionKey,
                    tr("a session is found within its cohort, and the cohort is missing"));
        else if (cohort > 0)
            session = findSession(cohort, sessionText, row, problems);
    } else if (kind == QLatin1String("session")) {
        problem(problems, row, mapped(SessionKey) ? SessionKey : Kind,
                tr("an answer to the survey after a session needs the session (its title or "
                   "date)"));
    }

    QVariant satisfaction;
    const QString satisfactionText = text(row, QStringLiteral("satisfaction"));
    int number = 0;
    if (!satisfactionText.isEmpty()) {
        if (ImportValues::parseSatisfaction(satisfactionText, &number, &error))
            satisfaction = number;
        else
            problem(problems, row, QStringLiteral("satisfaction"), error);
    }
    QVariant recommend;
    const QString recommendText = text(row, QStringLiteral("recommend"));
    if (!recommendText.isEmpty()) {
        if (ImportValues::parseInteger(recommendText, 0, 10, &number, &error))
            recommend = number;
        else
            problem(problems, row, QStringLiteral("recommend"), error);
    }
    const QString comment = text(row, QStringLiteral("comment"));
    QVariant respondedOn;
    const QString dateText = text(row, QStringLiteral("date"));
    QDate date = m_context.options.defaultDate;
    if (!dateText.isEmpty() && !ImportValues::parseDate(dateText, &date, &error))
        problem(problems, row, QStringLiteral("date"), error);
    if (date.isValid())
        respondedOn = date.toString(Qt::ISODate);

    const QString email = text(row, Email);
    qint64 participant = 0;
    if (!email.isEmpty()) {
        participant = m_participants.value(Rules::emailKey(email), 0);
        if (participant <= 0)
            problem(problems, row, Email,
                    tr("no participant has the email %1; leave the email out to import the "
                       "answer anonymously")
                        .arg(email));
    }
    if (satisfactionText.isEmpty() && recommendText.isEmpty() && comment.isEmpty())
        problem(problems, row, QStringLiteral("satisfaction"),
                tr("the response is empty: no satisfaction, recommendation or comment"));
    if (!problems->isEmpty())
        return false;

    qint64 existing = 0;
    bool fromThisFile = false;
    QVariantMap before;
    if (participant > 0) {
        m_find.bindValue(0, participant);
        m_find.bindValue(1, kind);
        m_find.bindValue(2, nullable(cohort));
        m_find.bindValue(3, nullable(session));
        if (!exec(m_find, row, problems))
            return false;
        if (m_find.next()) {
            existing = m_find.value(0).toLongLong();
            before = {{QStringLiteral("satisfaction"), m_find.value(1)},
                      {QStringLiteral("recommend"), m_find.value(2)},
                      {QStringLiteral("comment"), m_find.value(3)},
                      {QStringLiteral("responded_on"), m_find.value(4)}};
            // Written by an earlier row: undoing the import deletes it, values and all.
            fromThisFile = insertedHere(existing);
        }
        m_find.finish();
        // A check writes nothing the program could find, so it keeps what it counts as new
        // for the later rows, in the same step as it looks for an earlier one.
        if (existing == 0 && !m_context.write &&
            !findKey(
                QStringLiteral("%1|%2|%3|%4").arg(participant).arg(kind).arg(cohort).arg(session),
                &existing, -1))
            return false;
    }
    if (existing != 0) {
        if (!isUpdate()) {
            ++m_context.result->skipped;
            return true;
        }
        if (!m_context.write) {
            ++m_context.result->updated;
            return true;
        }
        // What the file leaves empty keeps the answer recorded.
        QVariantMap after = before;
        const QPair<QString, QVariant> given[] = {
            {QStringLiteral("satisfaction"), satisfaction},
            {QStringLiteral("recommend"), recommend},
            {QStringLiteral("comment"), comment.isEmpty() ? QVariant() : QVariant(comment)},
            {QStringLiteral("responded_on"), respondedOn}};
        for (const auto &[column, value] : given) {
            if (!value.isNull() || fromThisFile)
                after.insert(column, value);
        }
        if (after.value(QStringLiteral("comment")).isNull())
            after.insert(QStringLiteral("comment"), QStringLiteral(""));
        m_update.bindValue(0, after.value(QStringLiteral("satisfaction")));
        m_update.bindValue(1, after.value(QStringLiteral("recommend")));
        m_update.bindValue(2, after.value(QStringLiteral("comment")));
        m_update.bindValue(3, after.value(QStringLiteral("responded_on")));
        m_update.bindValue(4, existing);
        if (!exec(m_update, row, problems))
            return false;
        recordUpdate(fromThisFile ? 0 : existing, before, after);
        return true;
    }
    if (!m_context.write) {
        ++m_context.result->inserted; // and kept by findKey()
        return true;
    }
    m_insert.bindValue(0, kind);
    m_insert.bindValue(1, nullable(cohort));
    m_insert.bindValue(2, nullable(session));
    m_insert.bindValue(3, nullable(participant));
    m_insert.bindValue(4, satisfaction);
    m_insert.bindValue(5, recommend);
    m_insert.bindValue(6, comment);
    m_insert.bindValue(7, respondedOn);
    if (!exec(m_insert, row, problems))
        return false;
    recordInsert(m_insert.lastInsertId().toLongLong());
    return true;
}

} // namespace Upskill
