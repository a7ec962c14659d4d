// SPDX-License-Identifier: GPL-3.0-or-later
#include "surveyresponsemodel.h"

#include "edithistory.h"

#include <QColor>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QSqlDriver>
#include <QSqlQuery>

namespace Upskill {

namespace {
const QString SessionKind = QStringLiteral("session");
} // namespace

SurveyResponseModel::SurveyResponseModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("survey_responses"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("kind"), ColumnKind::Choice, tr("Survey"), Term::SurveyKind, true},
           {QStringLiteral("cohort_id"), ColumnKind::Hidden, tr("Cohort"), {}, false, false},
           // The session and the participant are stored as ids and shown by this model's own
           // labels: a relation would join and offer every session and person of the program,
           // where only the cohort's own belong here.
           {QStringLiteral("session_id"), ColumnKind::Integer, tr("Session")},
           {QStringLiteral("participant_id"), ColumnKind::Integer, tr("Participant")},
           {QStringLiteral("satisfaction"), ColumnKind::Integer, tr("Satisfaction (1–5)")},
           {QStringLiteral("recommend"), ColumnKind::Integer, tr("Recommend (0–10)")},
           {QStringLiteral("comment"), ColumnKind::Text, tr("Comment")},
           {QStringLiteral("responded_on"), ColumnKind::Date, tr("Answered on")}},
          parent)
{
    // Renamed sessions and people show their new names; a new enrollment or mentorship adds
    // to the people who can answer.
    setWatchedTables({QStringLiteral("sessions"), QStringLiteral("participants"),
                      QStringLiteral("enrollments"), QStringLiteral("mentorships")},
                     {});
    setCohort(-1);
}

void SurveyResponseModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    setCondition(QStringLiteral("cohort_id"), cohortId);
    select();
}

void SurveyResponseModel::setKind(const QString &kind)
{
    m_kind = kind;
    setCondition(QStringLiteral("kind"), kind.isEmpty() ? QVariant() : QVariant(kind));
    select();
}

QString SurveyResponseModel::kindAt(int row) const
{
    return storedValue(row, QStringLiteral("kind")).toString();
}

qint64 SurveyResponseModel::sessionAt(int row) const
{
    const QVariant session = storedValue(row, QStringLiteral("session_id"));
    return session.isNull() ? -1 : session.toLongLong();
}

QStringList SurveyResponseModel::searchFields() const
{
    return {QStringLiteral("comment")};
}

void SurveyResponseModel::refreshComputed()
{
    m_sessions.clear();
    m_sessionIndex.clear();
    m_people.clear();
    m_personIndex.clear();
    if (m_cohortId < 0)
        return;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, starts_at, title, format FROM sessions "
                                 "WHERE cohort_id = ? ORDER BY starts_at, id"));
    query.addBindValue(m_cohortId);
    if (query.exec()) {
        while (query.next()) {
            const QDate day = QDateTime::fromString(query.value(1).toString(), Qt::ISODate).date();
            QString title = query.value(2).toString();
            if (title.isEmpty())
                title = Vocabulary::label(Term::SessionFormat, query.value(3).toString());
            m_sessionIndex.insert(query.value(0).toLongLong(), int(m_sessions.size()));
            m_sessions.append(
                {query.value(0).toLongLong(),
                 tr("%1 · %2").arg(QLocale().toString(day, QLocale::ShortFormat), title)});
        }
    }
    // Mentors answer for the cohort their mentees are in without being enrolled in it.
    query.prepare(
        QStringLiteral("SELECT id, name FROM participants WHERE id IN ("
                       "SELECT participant_id FROM enrollments WHERE cohort_id = :c "
                       "UNION SELECT mentor_id FROM mentorships WHERE cohort_id = :c "
                       "UNION SELECT participant_id FROM survey_responses WHERE cohort_id = :c) "
                       "ORDER BY name, id"));
    query.bindValue(QStringLiteral(":c"), m_cohortId);
    if (query.exec()) {
        while (query.next()) {
            m_personIndex.insert(query.value(0).toLongLong(), int(m_people.size()));
            m_people.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
}

QString SurveyResponseModel::sessionLabel(qint64 id) const
{
    const auto it = m_sessionIndex.constFind(id);
    return it == m_sessionIndex.cend() ? QString() : m_sessions.at(*it).label;
}

QString SurveyResponseModel::personName(qint64 id) const
{
    const auto it = m_personIndex.constFind(id);
    return it == m_personIndex.cend() ? QString() : m_people.at(*it).label;
}

QVariantList SurveyResponseModel::choices(const QList<Option> &options, const QString &none) const
{
    // The keys are the ids as text, and the empty key is "none", as the combo editor compares
    // them with the cell's edit value.
    QVariantList result{QVariant(QStringList{QString(), none})};
    for (const Option &option : options)
        result.append(QVariant(QStringList{QString::number(option.id), option.label}));
    return result;
}

QVariant SurveyResponseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() ||
        (index.column() != Session && index.column() != Participant))
        return ProgramTableModel::data(index, role);
    const bool session = index.column() == Session;
    const QVariant id = storedValue(index.row(), fieldOf(index.column()));
    switch (role) {
    case Qt::DisplayRole:
        if (id.isNull())
            return session ? QString() : tr("Anonymous");
        return session ? sessionLabel(id.toLongLong()) : personName(id.toLongLong());
    case Qt::EditRole:
        return id.isNull() ? QString() : QString::number(id.toLongLong());
    case ChoicesRole:
        return session ? choices(m_sessions, tr("No session")) : choices(m_people, tr("Anonymous"));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // "Anonymous" is the absence of a name, not a name: it steps back in mid grey.
        if (!session && id.isNull())
            return QColor(128, 128, 128);
        return {};
    default:
        return ProgramTableModel::data(index, role);
    }
}

QVariant SurveyResponseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return ProgramTableModel::headerData(section, orientation, role);
    switch (section) {
    case Session:
        return tr("The session an answer to the survey after a session is about; only this "
                  "cohort's sessions can be chosen.");
    case Participant:
        return tr("Who answered; empty keeps the answer anonymous.");
    case Satisfaction:
        return tr("From 1 (very dissatisfied) to 5 (very satisfied).");
    case Recommend:
        return tr("How likely they are to recommend the program to a colleague, from 0 (not at "
                  "all likely) to 10 (extremely likely): the Net Promoter Score question.");
    default:
        return {};
    }
}

QVariant SurveyResponseModel::cellHint(int row, int column, int role) const
{
    // The whole comment, which a narrow column cuts short.
    if (column == Comment && role == Qt::ToolTipRole)
        return storedValue(row, QStringLiteral("comment"));
    if (column == Participant && role == Qt::ToolTipRole &&
        storedValue(row, QStringLiteral("participant_id")).isNull())
        return tr("Nobody is linked to this answer; it counts only in the cohort's figures.");
    return {};
}

QString SurveyResponseModel::describeEdit(int row, int column) const
{
    switch (column) {
    case Kind:
        return tr("Change survey");
    case Session:
        return tr("Change session");
    case Participant:
        return tr("Change participant");
    case Satisfaction:
        return tr("Change satisfaction");
    case Recommend:
        return tr("Change would-recommend score");
    case Comment:
        return tr("Change comment");
    case RespondedOn:
        return tr("Change answer date");
    default:
        return ProgramTableModel::describeEdit(row, column);
    }
}

QString SurveyResponseModel::where(int row) const
{
    const QDate day =
        QDate::fromString(storedValue(row, QStringLiteral("responded_on")).toString(), Qt::ISODate);
    return day.isValid()
               ? tr("The response of %1").arg(QLocale().toString(day, QLocale::ShortFormat))
               : tr("A response without a date");
}

QString SurveyResponseModel::valueProblem(const QString &field, const QVariant &value) const
{
    if (value.isNull())
        return {};
    const qint64 number = value.toLongLong();
    if (field == QLatin1String("satisfaction") && (number < 1 || number > 5))
        return tr("satisfaction goes from 1 (very dissatisfied) to 5 (very satisfied), not %1.")
            .arg(number);
    if (field == QLatin1String("recommend") && (number < 0 || number > 10))
        return tr("“would recommend” goes from 0 (not at all likely) to 10 (extremely likely), "
                  "not %1.")
            .arg(number);
    if (field == QLatin1String("session_id") && !m_sessionIndex.contains(number))
        return tr("the session must be one of this cohort's sessions.");
    if (field == QLatin1String("participant_id") && !m_personIndex.contains(number))
        return tr("the participant must be someone in this cohort or one of its mentors; leave "
                  "it empty for an anonymous answer.");
    return {};
}

QString SurveyResponseModel::validate(int row, int column, const QVariant &value) const
{
    QString problem;
    if (column == Kind && value.toString() == SessionKind && sessionAt(row) < 0)
        problem = tr("an answer to the survey after a session needs its session; choose the "
                     "session first.");
    else if (column == Session && value.isNull() && kindAt(row) == SessionKind)
        problem = tr("an answer to the survey after a session needs its session; change the "
                     "survey first to leave the session out.");
    else
        problem = valueProblem(fieldOf(column), value);
    return problem.isEmpty() ? QString() : tr("%1: %2").arg(where(row), problem);
}

QString SurveyResponseModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    if (!values.contains(QStringLiteral("kind")))
        return tr("A survey response needs its survey: after a session, end of program, mentor "
                  "or manager.");
    if (values.value(QStringLiteral("kind")).toString() == SessionKind &&
        values.value(QStringLiteral("session_id")).isNull())
        return tr("An answer to the survey after a session needs its session.");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // Only a record of the cohort shown can be checked against its sessions and people.
        if ((it.key() == QLatin1String("session_id") ||
             it.key() == QLatin1String("participant_id")) &&
            values.value(QStringLiteral("cohort_id")).toLongLong() != m_cohortId)
            continue;
        if (QString problem = valueProblem(it.key(), it.value()); !problem.isEmpty())
            return tr("New response: %1").arg(problem);
    }
    return {};
}

qint64 SurveyResponseModel::latestSession() const
{
    QSqlQuery query(database());
    // The latest that has begun; before the first one has, the first one.
    query.prepare(
        QStringLiteral("SELECT id FROM sessions WHERE cohort_id = ? ORDER BY starts_at <= ? DESC, "
                       "CASE WHEN starts_at <= ? THEN starts_at END DESC, starts_at, id LIMIT 1"));
    const QString now = QDateTime::currentDateTime().toString(Qt::ISODate);
    query.addBindValue(m_cohortId);
    query.addBindValue(now);
    query.addBindValue(now);
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return -1;
}

bool SurveyResponseModel::addResponse(const QString &kind, qint64 sessionId, qint64 *id)
{
    if (m_cohortId < 0) {
        Q_EMIT editRefused(tr("Choose a cohort first: every response belongs to one."));
        return false;
    }
    QVariantMap record{{QStringLiteral("kind"), kind},
                       {QStringLiteral("cohort_id"), m_cohortId},
                       {QStringLiteral("responded_on"), QDate::currentDate()}};
    if (kind == SessionKind) {
        if (sessionId < 0)
            sessionId = latestSession();
        if (sessionId < 0) {
            Q_EMIT editRefused(tr("This cohort has no sessions yet, and an answer to the survey "
                                  "after a session needs one. Plan its sessions first, or "
                                  "record an end-of-program, mentor or manager response."));
            return false;
        }
        record.insert(QStringLiteral("session_id"), sessionId);
    }
    return addRecord(record, tr("Add survey response"), id);
}

bool SurveyResponseModel::removeResponses(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n survey response(s)", nullptr, int(ids.size())));
}

void SurveyResponseModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || isComputedColumn(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    ProgramTableModel::sort(column, order);
}

QString SurveyResponseModel::orderByClause() const
{
    // Sessions sort by when they took place and people by name, not by their ids; equal
    // values keep the order they were entered in.
    const QSqlDriver *driver = database().driver();
    const QString table = driver->escapeIdentifier(tableName(), QSqlDriver::TableName);
    QString key;
    if (m_sortColumn == Session)
        key = QStringLiteral("(SELECT starts_at FROM sessions s WHERE s.id = %1.session_id)")
                  .arg(table);
    else if (m_sortColumn == Participant)
        key = QStringLiteral("(SELECT name FROM participants p WHERE p.id = %1.participant_id)")
                  .arg(table);
    else
        key = table + QLatin1Char('.') +
              driver->escapeIdentifier(fieldOf(m_sortColumn), QSqlDriver::FieldName);
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    return QStringLiteral("ORDER BY %1 %2, %3.id %2").arg(key, direction, table);
}

} // namespace Upskill
