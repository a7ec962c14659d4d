// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionmodel.h"

#include "edithistory.h"
#include "programfile.h"
#include "scheduletext.h"

#include <QLocale>
#include <QSet>
#include <QSqlQuery>
#include <QTime>

#include <algorithm>

namespace Upskill {

namespace {
const QString Sessions = QStringLiteral("sessions");
const QString EditedField = QStringLiteral("edited");
constexpr int DefaultMinutes = 120;
} // namespace

SessionModel::SessionModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, Sessions,
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("cohort_id"), ColumnKind::Hidden, tr("Cohort"), {}, false, false},
           // Stored as an id and shown by this model's own labels: only the modules of the
           // cohort's track belong here, not every module of the program.
           {QStringLiteral("module_id"), ColumnKind::Integer, tr("Module")},
           {QStringLiteral("title"), ColumnKind::Text, tr("Session")},
           // Edited through the Date and Start columns.
           {QStringLiteral("starts_at"), ColumnKind::Hidden, tr("Starts"), {}, true, false},
           {QStringLiteral("duration_minutes"), ColumnKind::Integer, tr("Duration"), {}, true},
           {QStringLiteral("format"), ColumnKind::Choice, tr("Format"), Term::SessionFormat, true},
           {QStringLiteral("facilitator"), ColumnKind::Text, tr("Facilitator")},
           {QStringLiteral("location"), ColumnKind::Text, tr("Location or link")},
           {QStringLiteral("notes"), ColumnKind::Text, tr("Notes")},
           {EditedField, ColumnKind::Bool, tr("Changed by you")}},
          parent)
{
    // Clashes depend on other cohorts' sessions (the same table); attendance, holidays, the
    // cohort's dates and the track's modules only on what the extra columns show.
    setWatchedTables({}, {QStringLiteral("attendance"), QStringLiteral("holidays"),
                          QStringLiteral("cohorts"), QStringLiteral("modules"),
                          QStringLiteral("enrollments")});
    setSort(StartsAt, Qt::AscendingOrder);
    setCohort(-1);
}

void SessionModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    setCondition(QStringLiteral("cohort_id"), cohortId);
    select();
}

QString SessionModel::storedStart(const QDateTime &start)
{
    return start.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QDateTime SessionModel::startAt(int row) const
{
    return QDateTime::fromString(storedValue(row, QStringLiteral("starts_at")).toString(),
                                 Qt::ISODate);
}

QStringList SessionModel::searchFields() const
{
    return {QStringLiteral("title"), QStringLiteral("facilitator"), QStringLiteral("location"),
            QStringLiteral("notes")};
}

void SessionModel::refreshComputed()
{
    m_modules.clear();
    m_moduleLabels.clear();
    m_marks.clear();
    m_clashes.clear();
    m_holidays.clear();
    m_cohortStart = {};
    m_cohortEnd = {};
    m_instructors.clear();
    m_enrolled = 0;
    if (m_cohortId < 0)
        return;
    const QSqlDatabase db = database();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT start_date, end_date, instructors, (SELECT count(*) FROM "
                                 "enrollments e WHERE e.cohort_id = c.id AND e.status <> "
                                 "'withdrawn') FROM cohorts c WHERE id = ?"));
    query.addBindValue(m_cohortId);
    if (query.exec() && query.next()) {
        m_cohortStart = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        m_cohortEnd = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        m_instructors = query.value(2).toString();
        m_enrolled = query.value(3).toInt();
    }
    // The track's modules, and any other module a session still refers to (the cohort moved
    // to another track), which can be shown but not chosen.
    query.prepare(QStringLiteral(
        "SELECT m.id, m.week, m.title, m.track_id = c.track_id FROM modules m, cohorts c "
        "WHERE c.id = :c AND (m.track_id = c.track_id OR m.id IN (SELECT module_id FROM "
        "sessions WHERE cohort_id = :c)) ORDER BY m.track_id <> c.track_id, m.week, "
        "m.position, m.id"));
    query.bindValue(QStringLiteral(":c"), m_cohortId);
    if (query.exec()) {
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            const QString label =
                tr("Week %1 · %2").arg(query.value(1).toInt()).arg(query.value(2).toString());
            m_moduleLabels.insert(id, label);
            if (query.value(3).toBool())
                m_modules.append({id, label});
        }
    }
    query.prepare(QStringLiteral(
        "SELECT a.session_id, sum(a.status = 'present'), sum(a.status = 'absent'), "
        "sum(a.status = 'excused') FROM attendance a JOIN sessions s ON s.id = a.session_id "
        "WHERE s.cohort_id = ? GROUP BY a.session_id"));
    query.addBindValue(m_cohortId);
    if (query.exec()) {
        while (query.next())
            m_marks.insert(
                query.value(0).toLongLong(),
                {query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()});
    }
    query.prepare(QStringLiteral("SELECT day, name FROM holidays WHERE day IN (SELECT "
                                 "substr(starts_at, 1, 10) FROM sessions WHERE cohort_id = ?)"));
    query.addBindValue(m_cohortId);
    if (query.exec()) {
        while (query.next())
            m_holidays.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                              query.value(1).toString());
    }
    for (const SessionClash &clash : SessionClashes::ofCohort(db, m_cohortId))
        m_clashes[clash.sessionId].append(clash);
}

QVariant SessionModel::computedHeader(int computedColumn) const
{
    switch (computedColumn + Date) {
    case Date:
        return tr("Date");
    case Start:
        return tr("Start");
    case Attendance:
        return tr("Attended");
    }
    return {};
}

QVariant SessionModel::computedData(int row, int computedColumn, int role) const
{
    const int column = computedColumn + Date;
    const QDateTime start = startAt(row);
    if (column == Date) {
        if (role == Qt::DisplayRole)
            return ScheduleText::day(start.date());
        if (role == Qt::EditRole)
            return start.date();
        return {};
    }
    if (column == Start) {
        if (role == Qt::DisplayRole)
            return ScheduleText::time(start.time());
        if (role == Qt::EditRole)
            return start.time();
        return {};
    }
    if (column == Attendance) {
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role != Qt::DisplayRole)
            return {};
        const Marks marks = m_marks.value(idAt(row));
        const int counted = marks.present + marks.absent;
        if (counted == 0)
            return QString();
        return QLocale().toString(100.0 * marks.present / counted, 'f', 0) + QStringLiteral(" %");
    }
    return {};
}

QVariant SessionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return ProgramTableModel::data(index, role);
    if (index.column() == Duration && role == Qt::DisplayRole)
        return ScheduleText::duration(
            storedValue(index.row(), QStringLiteral("duration_minutes")).toInt());
    if (index.column() == Duration && role == Qt::EditRole)
        return storedValue(index.row(), QStringLiteral("duration_minutes")).toInt();
    if (index.column() != ModuleId)
        return ProgramTableModel::data(index, role);
    const QVariant id = storedValue(index.row(), QStringLiteral("module_id"));
    switch (role) {
    case Qt::DisplayRole:
        return id.isNull() ? QString() : m_moduleLabels.value(id.toLongLong());
    case Qt::EditRole:
        // The key of the combo editor's entry: "" for none.
        return id.isNull() ? QString() : QString::number(id.toLongLong());
    case ChoicesRole: {
        QVariantList choices{QVariant(QStringList{QString(), tr("No module")})};
        for (const Option &option : m_modules)
            choices.append(QVariant(QStringList{QString::number(option.id), option.label}));
        return choices;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return ProgramTableModel::data(index, role);
    }
}

Qt::ItemFlags SessionModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = ProgramTableModel::flags(index);
    if (index.isValid() && (index.column() == Date || index.column() == Start))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool SessionModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || (index.column() != Date && index.column() != Start))
        return ProgramTableModel::setData(index, value, role);
    if (role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const QDateTime current = startAt(index.row());
    QDate day = current.date();
    QTime time = current.time();
    if (index.column() == Date) {
        day = value.typeId() == QMetaType::QDate
                  ? value.toDate()
                  : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!day.isValid()) {
            Q_EMIT editRefused(tr("%1: “%2” is not a date (use YYYY-MM-DD).")
                                   .arg(where(index.row()), value.toString()));
            return false;
        }
    } else {
        time = value.typeId() == QMetaType::QTime
                   ? value.toTime()
                   : QTime::fromString(value.toString().trimmed(), QStringLiteral("H:mm"));
        if (!time.isValid()) {
            Q_EMIT editRefused(tr("%1: “%2” is not a time of day (use 14:30).")
                                   .arg(where(index.row()), value.toString()));
            return false;
        }
    }
    const QDateTime moved(day, QTime(time.hour(), time.minute()));
    if (moved == current)
        return true;
    return writeField(index.row(), QStringLiteral("starts_at"), storedStart(moved),
                      tr("Move session"));
}

bool SessionModel::writeField(int row, const QString &field, const QVariant &value,
                              const QString &description)
{
    const qint64 id = idAt(row);
    // A generated session the coordinator changes becomes theirs, in the same undo step.
    if (field == EditedField || storedValue(row, EditedField).toInt() == 1)
        return m_history.editField(Sessions, id, field, value, description);
    return m_history.editFields({{Sessions, id, field, value}, {Sessions, id, EditedField, 1}},
                                description);
}

void SessionModel::sort(int column, Qt::SortOrder order)
{
    // Date and start are one stored value.
    if (column == Date || column == Start)
        column = StartsAt;
    ProgramTableModel::sort(column, order);
}

QVariant SessionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::ToolTipRole)
        return ProgramTableModel::headerData(section, orientation, role);
    switch (section) {
    case ModuleId:
        return tr("The module of the cohort's track the session belongs to; a reading group "
                  "usually belongs to none.");
    case Duration:
        return tr("In minutes: a workshop takes 2–3 hours, pair programming 90 minutes, a "
                  "reading group an hour.");
    case Facilitator:
        return tr("Who leads the session. A facilitator with another session at the same time "
                  "is marked with a warning.");
    case Edited:
        return tr("Ticked when you added or changed the session yourself. Regenerating the "
                  "schedule can keep these and replace only the others.");
    case Attendance:
        return tr("The share of the marked participants who were present; excused absences do "
                  "not count. Attendance is marked on the Attendance page.");
    default:
        return {};
    }
}

QString SessionModel::where(int row) const
{
    const QDateTime start = startAt(row);
    QString title = storedValue(row, QStringLiteral("title")).toString();
    if (title.isEmpty())
        title = Vocabulary::label(Term::SessionFormat,
                                  storedValue(row, QStringLiteral("format")).toString());
    return tr("The session “%1” of %2")
        .arg(title, QLocale().toString(start.date(), QLocale::ShortFormat));
}

QString SessionModel::dateWarning(int row) const
{
    const QDate day = startAt(row).date();
    if (!day.isValid())
        return {};
    if (const auto it = m_holidays.constFind(day); it != m_holidays.cend())
        return it->isEmpty() ? tr("This day is on the list of holidays.")
                             : tr("This day is a holiday: %1.").arg(*it);
    if (!QLocale().weekdays().contains(Qt::DayOfWeek(day.dayOfWeek())))
        return tr("This day is a %1, at the weekend.")
            .arg(QLocale().dayName(day.dayOfWeek(), QLocale::LongFormat));
    if (m_cohortStart.isValid() && day < m_cohortStart)
        return tr("This is before the cohort starts (%1).")
            .arg(QLocale().toString(m_cohortStart, QLocale::ShortFormat));
    if (m_cohortEnd.isValid() && day > m_cohortEnd)
        return tr("This is after the cohort ends (%1).")
            .arg(QLocale().toString(m_cohortEnd, QLocale::ShortFormat));
    return {};
}

QVariant SessionModel::cellHint(int row, int column, int role) const
{
    if (role != WarningRole && role != Qt::ToolTipRole)
        return {};
    if (column == Facilitator) {
        const auto it = m_clashes.constFind(idAt(row));
        if (it != m_clashes.cend())
            return SessionClashes::reasons(*it);
        return {};
    }
    if (column == Date) {
        const QString warning = dateWarning(row);
        return warning.isEmpty() ? QVariant() : QVariant(warning);
    }
    if (column == Attendance && role == Qt::ToolTipRole) {
        const Marks marks = m_marks.value(idAt(row));
        if (marks.present + marks.absent + marks.excused == 0)
            return tr("No attendance marked yet.");
        return tr("%1 present, %2 absent, %3 excused; %n participant(s) in the cohort.", nullptr,
                  m_enrolled)
            .arg(marks.present)
            .arg(marks.absent)
            .arg(marks.excused);
    }
    if ((column == Title || column == Notes || column == Location) && role == Qt::ToolTipRole) {
        const QString text = storedValue(row, fieldOf(column)).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    return {};
}

QString SessionModel::valueProblem(const QString &field, const QVariant &value) const
{
    if (field == QLatin1String("duration_minutes")) {
        const qint64 minutes = value.toLongLong();
        if (minutes < 1 || minutes > 1440)
            return tr("a session lasts from 1 minute to 24 hours (1440 minutes), not %1.")
                .arg(value.toString());
    }
    if (field == QLatin1String("module_id") && !value.isNull() &&
        !std::any_of(m_modules.cbegin(), m_modules.cend(),
                     [id = value.toLongLong()](const Option &o) { return o.id == id; }))
        return tr("the module must be one of the cohort's track.");
    return {};
}

QString SessionModel::validate(int row, int column, const QVariant &value) const
{
    const QString problem = valueProblem(fieldOf(column), value);
    return problem.isEmpty() ? QString() : tr("%1: %2").arg(where(row), problem);
}

QString SessionModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (it.key() == QLatin1String("module_id") &&
            values.value(QStringLiteral("cohort_id")).toLongLong() != m_cohortId)
            continue;
        if (QString problem = valueProblem(it.key(), it.value()); !problem.isEmpty())
            return tr("New session: %1").arg(problem);
    }
    return {};
}

QString SessionModel::describeEdit(int row, int column) const
{
    switch (column) {
    case ModuleId:
        return tr("Change module of session");
    case Title:
        return tr("Rename session");
    case Duration:
        return tr("Change session duration");
    case Format:
        return tr("Change session format");
    case Facilitator:
        return tr("Change facilitator");
    case Location:
        return tr("Change session location");
    case Notes:
        return tr("Change session notes");
    case Edited:
        return tr("Change “changed by you”");
    default:
        return ProgramTableModel::describeEdit(row, column);
    }
}

QDate SessionModel::nextWorkingDay(const QDate &after) const
{
    QSet<QDate> holidays;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT day FROM holidays WHERE day > ? AND day <= ?"));
    query.addBindValue(after.toString(Qt::ISODate));
    query.addBindValue(after.addDays(31).toString(Qt::ISODate));
    if (query.exec()) {
        while (query.next())
            holidays.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    }
    const QList<Qt::DayOfWeek> working = QLocale().weekdays();
    QDate day = after.addDays(1);
    for (int i = 0; i < 31; ++i, day = day.addDays(1)) {
        if (working.contains(Qt::DayOfWeek(day.dayOfWeek())) && !holidays.contains(day))
            return day;
    }
    return after.addDays(1);
}

bool SessionModel::addSession(qint64 *id)
{
    if (m_cohortId < 0) {
        Q_EMIT editRefused(tr("Choose a cohort first: every session belongs to one."));
        return false;
    }
    // Like the cohort's last session, on the next working day after it.
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT starts_at, duration_minutes, format, facilitator, "
                                 "location FROM sessions WHERE cohort_id = ? ORDER BY starts_at "
                                 "DESC, id DESC LIMIT 1"));
    query.addBindValue(m_cohortId);
    QVariantMap record{{QStringLiteral("cohort_id"), m_cohortId},
                       {QStringLiteral("title"), tr("New session")},
                       {QStringLiteral("duration_minutes"), DefaultMinutes},
                       {QStringLiteral("format"), QStringLiteral("workshop")},
                       {QStringLiteral("facilitator"),
                        m_instructors.isNull() ? QString(QLatin1String("")) : m_instructors},
                       {EditedField, true}};
    QDateTime start;
    if (query.exec() && query.next()) {
        const QDateTime last = QDateTime::fromString(query.value(0).toString(), Qt::ISODate);
        start = QDateTime(nextWorkingDay(last.date()), last.time());
        record.insert(QStringLiteral("duration_minutes"), query.value(1).toInt());
        record.insert(QStringLiteral("format"), query.value(2).toString());
        record.insert(QStringLiteral("facilitator"), query.value(3).toString());
        record.insert(QStringLiteral("location"), query.value(4).toString());
    } else {
        QDate first = m_cohortStart.isValid() ? m_cohortStart : QDate::currentDate();
        if (!QLocale().weekdays().contains(Qt::DayOfWeek(first.dayOfWeek())))
            first = nextWorkingDay(first);
        start = QDateTime(first, QTime(10, 0));
    }
    record.insert(QStringLiteral("starts_at"), storedStart(start));
    return addRecord(record, tr("Add session"), id);
}

bool SessionModel::moveSessions(const QList<qint64> &ids, int days, std::optional<QTime> time)
{
    QList<FieldChange> changes;
    for (const qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        const QDateTime current = startAt(row);
        const QDateTime moved(current.date().addDays(days), time ? *time : current.time());
        if (moved == current)
            continue;
        changes.append({Sessions, id, QStringLiteral("starts_at"), storedStart(moved)});
        if (storedValue(row, EditedField).toInt() != 1)
            changes.append({Sessions, id, EditedField, 1});
    }
    if (changes.isEmpty())
        return true;
    return m_history.editFields(changes, tr("Move %n session(s)", nullptr, int(ids.size())));
}

bool SessionModel::removeSessions(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n session(s)", nullptr, int(ids.size())));
}

} // namespace Upskill
