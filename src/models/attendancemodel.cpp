// SPDX-License-Identifier: GPL-3.0-or-later
#include "attendancemodel.h"

#include "edithistory.h"
#include "keyedrowscommand.h"
#include "programfile.h"
#include "programtablemodel.h"
#include "scheduletext.h"
#include "vocabulary.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace Upskill {

namespace {
const QString Present = QStringLiteral("present");
const QString Absent = QStringLiteral("absent");
const QString Excused = QStringLiteral("excused");

// Tints that read on a light and a dark palette alike; the letter says the same in words.
QColor tint(const QString &status)
{
    if (status == Present)
        return QColor(52, 168, 83, 70);
    if (status == Absent)
        return QColor(234, 67, 53, 90);
    if (status == Excused)
        return QColor(251, 188, 4, 90);
    return {};
}
} // namespace

double AttendanceModel::Counts::rate() const
{
    return present + absent > 0 ? double(present) / (present + absent) : -1;
}

QString AttendanceModel::Counts::tooltip() const
{
    if (present + absent + excused == 0)
        return tr("Nothing marked yet.");
    return tr("%1 present, %2 absent, %3 excused. Excused absences do not count against the rate.")
        .arg(present)
        .arg(absent)
        .arg(excused);
}

AttendanceModel::AttendanceModel(EditHistory &history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
    connect(&history.file(), &ProgramFile::tablesChanged, this, &AttendanceModel::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this,
            [this](const QString &table, qint64) { onTablesChanged({table}); });
}

QString AttendanceModel::shortLabel(const QString &status)
{
    if (status == Present)
        return tr("P", "short for present; also the key that marks it");
    if (status == Absent)
        return tr("A", "short for absent; also the key that marks it");
    if (status == Excused)
        return tr("E", "short for excused; also the key that marks it");
    return {};
}

void AttendanceModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    beginResetModel();
    m_people.clear();
    m_sessions.clear();
    endResetModel();
    reload();
}

void AttendanceModel::onTablesChanged(const QStringList &tables)
{
    static const QStringList watched{QStringLiteral("attendance"), QStringLiteral("sessions"),
                                     QStringLiteral("enrollments"), QStringLiteral("participants"),
                                     QStringLiteral("cohorts")};
    for (const QString &table : tables) {
        if (watched.contains(table)) {
            reload();
            return;
        }
    }
}

void AttendanceModel::reload()
{
    QList<Person> people;
    QList<Session> sessions;
    QHash<QPair<qint64, qint64>, QString> statuses;
    QHash<qint64, Counts> byPerson;
    QHash<qint64, Counts> bySession;
    Counts total;
    if (m_cohortId >= 0) {
        QSqlQuery query(m_history.file().database());
        query.setForwardOnly(true);
        // Someone who withdrew stays in the grid while they have marks, so none are hidden.
        query.prepare(QStringLiteral(
            "SELECT p.id, p.name, e.status = 'withdrawn' FROM enrollments e JOIN participants p "
            "ON p.id = e.participant_id WHERE e.cohort_id = :c AND (e.status <> 'withdrawn' OR "
            "EXISTS (SELECT 1 FROM attendance a JOIN sessions s ON s.id = a.session_id WHERE "
            "a.participant_id = p.id AND s.cohort_id = :c)) ORDER BY p.name, p.id"));
        query.bindValue(QStringLiteral(":c"), m_cohortId);
        if (query.exec()) {
            while (query.next())
                people.append({query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toBool()});
        }
        query.prepare(QStringLiteral("SELECT id, starts_at, title, format FROM sessions WHERE "
                                     "cohort_id = ? ORDER BY starts_at, id"));
        query.addBindValue(m_cohortId);
        if (query.exec()) {
            while (query.next())
                sessions.append({query.value(0).toLongLong(),
                                 QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
                                 query.value(2).toString(), query.value(3).toString()});
        }
        query.prepare(QStringLiteral("SELECT a.session_id, a.participant_id, a.status FROM "
                                     "attendance a JOIN sessions s ON s.id = a.session_id WHERE "
                                     "s.cohort_id = ?"));
        query.addBindValue(m_cohortId);
        if (query.exec()) {
            while (query.next())
                statuses.insert({query.value(0).toLongLong(), query.value(1).toLongLong()},
                                query.value(2).toString());
        }
        // The rates: counted by SQL per person and per session (grouping sets by hand).
        query.prepare(QStringLiteral(
            "SELECT 0, a.participant_id, sum(a.status = 'present'), sum(a.status = 'absent'), "
            "sum(a.status = 'excused') FROM attendance a JOIN sessions s ON s.id = a.session_id "
            "WHERE s.cohort_id = :c GROUP BY a.participant_id UNION ALL "
            "SELECT 1, a.session_id, sum(a.status = 'present'), sum(a.status = 'absent'), "
            "sum(a.status = 'excused') FROM attendance a JOIN sessions s ON s.id = a.session_id "
            "WHERE s.cohort_id = :c GROUP BY a.session_id"));
        query.bindValue(QStringLiteral(":c"), m_cohortId);
        if (query.exec()) {
            while (query.next()) {
                const Counts counts{query.value(2).toInt(), query.value(3).toInt(),
                                    query.value(4).toInt()};
                if (query.value(0).toInt() == 0) {
                    byPerson.insert(query.value(1).toLongLong(), counts);
                    total.present += counts.present;
                    total.absent += counts.absent;
                    total.excused += counts.excused;
                } else {
                    bySession.insert(query.value(1).toLongLong(), counts);
                }
            }
        }
    }

    auto sameIds = [](const auto &a, const auto &b) {
        if (a.size() != b.size())
            return false;
        for (int i = 0; i < a.size(); ++i) {
            if (a.at(i).id != b.at(i).id)
                return false;
        }
        return true;
    };
    // Marks change the cells, not the grid: the view keeps its current cell and selection.
    const bool sameShape = sameIds(people, m_people) && sameIds(sessions, m_sessions);
    if (!sameShape)
        beginResetModel();
    m_people = people;
    m_sessions = sessions;
    m_status = statuses;
    m_byPerson = byPerson;
    m_bySession = bySession;
    m_total = total;
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    }
    Q_EMIT totalsChanged();
}

int AttendanceModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_people.isEmpty() || m_sessions.isEmpty())
        return 0;
    return participantCount() + 1;
}

int AttendanceModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_people.isEmpty() || m_sessions.isEmpty())
        return 0;
    return sessionCount() + 1;
}

bool AttendanceModel::isMarkable(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < participantCount() &&
           index.column() < sessionCount();
}

QString AttendanceModel::status(int row, int column) const
{
    if (row < 0 || column < 0 || row >= participantCount() || column >= sessionCount())
        return {};
    return m_status.value({m_sessions.at(column).id, m_people.at(row).id});
}

double AttendanceModel::personRate(int row) const
{
    return row >= 0 && row < participantCount() ? m_byPerson.value(m_people.at(row).id).rate() : -1;
}

double AttendanceModel::sessionRate(int column) const
{
    return column >= 0 && column < sessionCount()
               ? m_bySession.value(m_sessions.at(column).id).rate()
               : -1;
}

double AttendanceModel::cohortRate() const
{
    return m_total.rate();
}

int AttendanceModel::heldSessions() const
{
    const QDateTime now = QDateTime::currentDateTime();
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
                             [&now](const Session &s) { return s.start <= now; }));
}

QString AttendanceModel::sessionLabel(int column) const
{
    const Session &session = m_sessions.at(column);
    const QString title = session.title.isEmpty()
                              ? Vocabulary::label(Term::SessionFormat, session.format)
                              : session.title;
    return tr("“%1” on %2").arg(title, ScheduleText::day(session.start.date()));
}

QVariant AttendanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool rateCell = row == rateRow() || column == rateColumn();
    if (role == IsRateRole)
        return rateCell;
    if (rateCell) {
        const Counts counts = row == rateRow() && column == rateColumn() ? m_total
                              : row == rateRow() ? m_bySession.value(m_sessions.at(column).id)
                                                 : m_byPerson.value(m_people.at(row).id);
        switch (role) {
        case Qt::DisplayRole: {
            const double rate = counts.rate();
            return rate < 0 ? QStringLiteral("—")
                            : QLocale().toString(100 * rate, 'f', 0) + QStringLiteral(" %");
        }
        case Qt::ToolTipRole:
            return counts.tooltip();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        }
        return {};
    }
    const Person &person = m_people.at(row);
    const QString key = status(row, column);
    switch (role) {
    case Qt::DisplayRole:
        return shortLabel(key);
    case Qt::EditRole:
    case StatusRole:
        return key;
    case Qt::ToolTipRole:
        return tr("%1 at %2: %3")
            .arg(person.name, sessionLabel(column),
                 key.isEmpty() ? tr("not marked") : Vocabulary::label(Term::AttendanceStatus, key));
    case Qt::BackgroundRole:
        return key.isEmpty() ? QVariant() : QVariant(tint(key));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ForegroundRole:
        return person.withdrawn ? QVariant(QColor(128, 128, 128)) : QVariant();
    case SessionIdRole:
        return m_sessions.at(column).id;
    case ParticipantIdRole:
        return person.id;
    case ProgramTableModel::ChoicesRole: {
        QVariantList choices{QVariant(QStringList{QString(), tr("Not marked")})};
        for (const Choice &c : Vocabulary::choices(Term::AttendanceStatus))
            choices.append(QVariant(QStringList{c.key, c.label}));
        return choices;
    }
    }
    return {};
}

Qt::ItemFlags AttendanceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!isMarkable(index))
        return Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool AttendanceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isMarkable(index))
        return false;
    const QString text = value.toString().trimmed();
    QString key;
    if (!text.isEmpty()) {
        key = Vocabulary::keyFor(Term::AttendanceStatus, text);
        for (const QString &candidate : Vocabulary::keys(Term::AttendanceStatus)) {
            if (key.isEmpty() && text.compare(shortLabel(candidate), Qt::CaseInsensitive) == 0)
                key = candidate;
        }
        if (key.isEmpty()) {
            Q_EMIT editRefused(tr("“%1” is not an attendance mark: use present, absent or "
                                  "excused, or leave it empty.")
                                   .arg(text));
            return false;
        }
    }
    return mark({index}, key);
}

QString AttendanceModel::describe(const QString &status, int cells) const
{
    if (status.isEmpty())
        return tr("Clear %n attendance mark(s)", nullptr, cells);
    if (status == Present)
        return tr("Mark %n attendance(s) present", nullptr, cells);
    if (status == Absent)
        return tr("Mark %n attendance(s) absent", nullptr, cells);
    return tr("Mark %n attendance(s) excused", nullptr, cells);
}

bool AttendanceModel::mark(const QModelIndexList &cells, const QString &status)
{
    QList<KeyedRow> rows;
    QSet<QPair<int, int>> seen;
    for (const QModelIndex &cell : cells) {
        if (!isMarkable(cell) || seen.contains({cell.row(), cell.column()}))
            continue;
        seen.insert({cell.row(), cell.column()});
        if (this->status(cell.row(), cell.column()) == status)
            continue;
        const QVariantMap key{{QStringLiteral("session_id"), m_sessions.at(cell.column()).id},
                              {QStringLiteral("participant_id"), m_people.at(cell.row()).id}};
        rows.append({key, status.isEmpty()
                              ? std::nullopt
                              : std::optional<QVariantMap>({{QStringLiteral("status"), status}})});
    }
    if (rows.isEmpty())
        return true;
    QString text = describe(status, int(rows.size()));
    if (rows.size() == 1) {
        const QModelIndex cell = *std::find_if(cells.cbegin(), cells.cend(), [&](const auto &c) {
            return isMarkable(c) && this->status(c.row(), c.column()) != status;
        });
        const QString who = m_people.at(cell.row()).name;
        const QString at = sessionLabel(cell.column());
        text = status.isEmpty()
                   ? tr("Clear the mark of %1 at %2").arg(who, at)
                   : tr("Mark %1 %2 at %3")
                         .arg(who, Vocabulary::label(Term::AttendanceStatus, status).toLower(), at);
    }
    return KeyedRowsCommand::apply(m_history, QStringLiteral("attendance"), rows, text);
}

bool AttendanceModel::markSession(int column, const QString &status)
{
    if (column < 0 || column >= sessionCount())
        return false;
    QModelIndexList cells;
    for (int row = 0; row < participantCount(); ++row)
        cells.append(index(row, column));
    return mark(cells, status);
}

bool AttendanceModel::markParticipant(int row, const QString &status)
{
    if (row < 0 || row >= participantCount())
        return false;
    QModelIndexList cells;
    for (int column = 0; column < sessionCount(); ++column)
        cells.append(index(row, column));
    return mark(cells, status);
}

QVariant AttendanceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section == rateColumn() && section < columnCount()) {
            if (role == Qt::DisplayRole)
                return tr("Attended");
            if (role == Qt::ToolTipRole)
                return tr("Each person's share of the sessions marked for them that they were "
                          "present at; excused absences do not count.");
            return {};
        }
        if (section >= sessionCount())
            return {};
        const Session &session = m_sessions.at(section);
        const QLocale locale;
        switch (role) {
        case Qt::DisplayRole:
            return locale.toString(session.start.date(), QStringLiteral("ddd d MMM")) +
                   QLatin1Char('\n') + ScheduleText::time(session.start.time());
        case Qt::ToolTipRole:
            return tr("%1\n%2, %3")
                .arg(session.title.isEmpty()
                         ? Vocabulary::label(Term::SessionFormat, session.format)
                         : session.title,
                     Vocabulary::label(Term::SessionFormat, session.format),
                     locale.toString(session.start, QLocale::LongFormat));
        case Qt::ForegroundRole:
            // Sessions still to come step back.
            return session.start > QDateTime::currentDateTime() ? QVariant(QColor(128, 128, 128))
                                                                : QVariant();
        }
        return {};
    }
    if (section == rateRow() && section < rowCount()) {
        if (role == Qt::DisplayRole)
            return tr("Attended");
        if (role == Qt::ToolTipRole)
            return tr("Each session's share of the people marked for it who were present; "
                      "excused absences do not count.");
        return {};
    }
    if (section >= participantCount())
        return {};
    const Person &person = m_people.at(section);
    if (role == Qt::DisplayRole)
        return person.withdrawn ? tr("%1 (withdrawn)").arg(person.name) : person.name;
    if (role == Qt::ForegroundRole && person.withdrawn)
        return QColor(128, 128, 128);
    return {};
}

} // namespace Upskill
