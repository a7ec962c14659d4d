// SPDX-License-Identifier: GPL-3.0-or-later
#include "alumnimodel.h"

#include "programfile.h"
#include "vocabulary.h"

#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

namespace {

// One row per alumnus: their latest completed enrollment. The correlated subquery walks the
// enrollments_participant index, so a large program is not sorted twice.
const QString LatestCompletion = QStringLiteral(
    "FROM enrollments e JOIN participants p ON p.id = e.participant_id "
    "JOIN cohorts c ON c.id = e.cohort_id "
    "WHERE e.status = 'completed' AND e.id = (SELECT e2.id FROM enrollments e2 WHERE "
    "e2.participant_id = e.participant_id AND e2.status = 'completed' "
    "ORDER BY e2.completed_on DESC, e2.id DESC LIMIT 1)");

// Bound three times with the same pattern: Qt's SQLite driver binds "?" by position only.
const QString SearchCondition =
    QStringLiteral(" AND (p.name LIKE ? ESCAPE '\\' OR p.team LIKE ? ESCAPE '\\' OR c.name "
                   "LIKE ? ESCAPE '\\')");

QString likePattern(const QString &text)
{
    QString pattern = text.trimmed();
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

} // namespace

AlumniModel::AlumniModel(ProgramFile &file, QObject *parent) : QSqlQueryModel(parent), m_file(file)
{
    connect(&file, &ProgramFile::tablesChanged, this, &AlumniModel::onTablesChanged);
    connect(&file, &ProgramFile::rowChanged, this,
            [this](const QString &table, qint64) { onTablesChanged({table}); });
    reload();
}

void AlumniModel::onTablesChanged(const QStringList &tables)
{
    static const QStringList read = {
        QStringLiteral("enrollments"), QStringLiteral("participants"),
        QStringLiteral("cohorts"),     QStringLiteral("community_attendance"),
        QStringLiteral("mentorships"), QStringLiteral("program_settings")};
    for (const QString &table : tables) {
        if (read.contains(table)) {
            reload();
            return;
        }
    }
}

void AlumniModel::setSearchText(const QString &text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    reload();
}

void AlumniModel::setToday(const QDate &today)
{
    m_today = today;
    reload();
}

void AlumniModel::reload()
{
    QSqlQuery settings(m_file.database());
    if (settings.exec(QStringLiteral("SELECT mentor_capacity FROM program_settings LIMIT 1")) &&
        settings.next())
        m_capacity = settings.value(0).toInt();

    QSqlQuery query(m_file.database());
    QString sql =
        QStringLiteral(
            "SELECT p.id, p.name, p.team, p.role, c.name, e.completed_on, "
            "(SELECT count(*) FROM community_attendance a WHERE a.participant_id = p.id), "
            "(SELECT count(*) FROM mentorships m WHERE m.mentor_id = p.id AND m.starts_on <= ?2 "
            "AND (m.ends_on IS NULL OR m.ends_on >= ?2)) ") +
        LatestCompletion;
    if (!m_search.isEmpty())
        sql += SearchCondition;
    sql += QStringLiteral(" ORDER BY p.name, p.id");
    query.prepare(sql);
    query.addBindValue(m_today.toString(Qt::ISODate));
    query.addBindValue(m_today.toString(Qt::ISODate));
    if (!m_search.isEmpty()) {
        for (int i = 0; i < 3; ++i)
            query.addBindValue(likePattern(m_search));
    }
    query.exec();
    setQuery(std::move(query));
}

qint64 AlumniModel::participantAt(int row) const
{
    return QSqlQueryModel::data(index(row, Id)).toLongLong();
}

int AlumniModel::alumniCount() const
{
    QSqlQuery query(m_file.database());
    return query.exec(QStringLiteral("SELECT count(DISTINCT participant_id) FROM enrollments "
                                     "WHERE status = 'completed'")) &&
                   query.next()
               ? query.value(0).toInt()
               : 0;
}

int AlumniModel::matchingCount() const
{
    if (m_search.isEmpty())
        return alumniCount();
    QSqlQuery query(m_file.database());
    query.prepare(QStringLiteral("SELECT count(*) ") + LatestCompletion + SearchCondition);
    for (int i = 0; i < 3; ++i)
        query.addBindValue(likePattern(m_search));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

QVariant AlumniModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const QVariant value = QSqlQueryModel::data(index);
    switch (index.column()) {
    case Role:
        if (role == Qt::DisplayRole)
            return Vocabulary::label(Term::Role, value.toString());
        break;
    case CompletedOn:
        if (role == Qt::DisplayRole)
            return QLocale().toString(QDate::fromString(value.toString(), Qt::ISODate),
                                      QLocale::ShortFormat);
        if (role == Qt::EditRole)
            return QDate::fromString(value.toString(), Qt::ISODate);
        break;
    case Events:
    case Mentees:
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == Mentees && role == Qt::DisplayRole)
            return tr("%1 of %2").arg(value.toInt()).arg(m_capacity);
        if (index.column() == Mentees && role == Qt::ToolTipRole)
            return value.toInt() < m_capacity
                       ? tr("Can take %n more mentee(s) before reaching the program's mentor "
                            "capacity.",
                            nullptr, m_capacity - value.toInt())
                       : tr("At the program's mentor capacity.");
        break;
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return value;
    return {};
}

QVariant AlumniModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("ID");
    case Name:
        return tr("Name");
    case Team:
        return tr("Team");
    case Role:
        return tr("Role");
    case Cohort:
        return tr("Completed cohort");
    case CompletedOn:
        return tr("Completed on");
    case Events:
        return tr("Community events");
    case Mentees:
        return tr("Mentees now");
    }
    return {};
}

} // namespace Upskill
