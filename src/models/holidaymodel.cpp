// SPDX-License-Identifier: GPL-3.0-or-later
#include "holidaymodel.h"

#include "edithistory.h"
#include "keyedrowscommand.h"

#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

namespace {
const QString Holidays = QStringLiteral("holidays");
const QString DayField = QStringLiteral("day");
const QString NameField = QStringLiteral("name");

QVariantMap keyOf(const QDate &day)
{
    return {{DayField, day.toString(Qt::ISODate)}};
}
} // namespace

HolidayModel::HolidayModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(history, Holidays,
                        {{DayField, ColumnKind::Date, tr("Day"), {}, true},
                         {NameField, ColumnKind::Text, tr("Holiday")}},
                        parent)
{
    setWatchedTables({}, {QStringLiteral("sessions"), QStringLiteral("cohorts")});
    setSort(Day, Qt::AscendingOrder);
    select();
}

QDate HolidayModel::dayAt(int row) const
{
    return QDate::fromString(storedValue(row, DayField).toString(), Qt::ISODate);
}

int HolidayModel::rowOfDay(const QDate &day)
{
    for (int row = 0;; ++row) {
        if (row >= rowCount()) {
            if (!canFetchMore())
                return -1;
            fetchMore();
            if (row >= rowCount())
                return -1;
        }
        if (dayAt(row) == day)
            return row;
    }
}

QStringList HolidayModel::searchFields() const
{
    return {NameField, DayField};
}

void HolidayModel::refreshComputed()
{
    m_sessions.clear();
    // Per holiday a range of the index on starts_at, not a scan of every session.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT h.day, (SELECT count(*) FROM sessions s JOIN cohorts c ON c.id = s.cohort_id "
            "WHERE s.starts_at >= h.day AND s.starts_at < date(h.day, '+1 day') AND c.status <> "
            "'cancelled') AS n FROM holidays h WHERE n > 0")))
        return;
    while (query.next())
        m_sessions.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate),
                          query.value(1).toInt());
}

QVariant HolidayModel::computedHeader(int computedColumn) const
{
    return computedColumn + Weekday == Weekday ? tr("Weekday") : tr("Sessions that day");
}

QVariant HolidayModel::computedData(int row, int computedColumn, int role) const
{
    const QDate day = dayAt(row);
    if (computedColumn + Weekday == Weekday)
        return role == Qt::DisplayRole && day.isValid()
                   ? QLocale().dayName(day.dayOfWeek(), QLocale::LongFormat)
                   : QVariant();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const int sessions = m_sessions.value(day);
    return sessions > 0 ? QVariant(sessions) : QVariant(QString());
}

QVariant HolidayModel::cellHint(int row, int column, int role) const
{
    if (column != Sessions || (role != WarningRole && role != Qt::ToolTipRole))
        return {};
    const int sessions = m_sessions.value(dayAt(row));
    if (sessions == 0)
        return {};
    return tr("%n session(s) are planned on this day. Move them on the Sessions page, or find "
              "them in the Calendar.",
              nullptr, sessions);
}

QString HolidayModel::validate(int row, int column, const QVariant &value) const
{
    if (column != Day)
        return {};
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    if (day == dayAt(row))
        return {};
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name FROM holidays WHERE day = ?"));
    query.addBindValue(value.toString());
    if (query.exec() && query.next())
        return tr("%1 is already on the list (%2).")
            .arg(QLocale().toString(day, QLocale::ShortFormat), query.value(0).toString());
    return {};
}

QString HolidayModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    const QDate day = QDate::fromString(values.value(DayField).toString(), Qt::ISODate);
    if (!day.isValid())
        return tr("A holiday needs its day.");
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name FROM holidays WHERE day = ?"));
    query.addBindValue(day.toString(Qt::ISODate));
    if (query.exec() && query.next())
        return tr("%1 is already on the list (%2).")
            .arg(QLocale().toString(day, QLocale::ShortFormat), query.value(0).toString());
    return {};
}

QString HolidayModel::describeEdit(int row, int column) const
{
    return column == Day ? tr("Change holiday date") : ProgramTableModel::describeEdit(row, column);
}

bool HolidayModel::writeField(int row, const QString &field, const QVariant &value,
                              const QString &description)
{
    const QDate day = dayAt(row);
    if (field == DayField) {
        // A new day is a new key: the old row goes and the new one comes, in one step.
        return KeyedRowsCommand::apply(
            m_history, Holidays,
            {{keyOf(day), std::nullopt},
             {{{DayField, value}}, QVariantMap{{NameField, storedValue(row, NameField)}}}},
            description);
    }
    return KeyedRowsCommand::apply(m_history, Holidays, {{keyOf(day), QVariantMap{{field, value}}}},
                                   description);
}

bool HolidayModel::insertRecords(const QList<QVariantMap> &records, const QString &description,
                                 QList<qint64> *)
{
    QList<KeyedRow> rows;
    for (const QVariantMap &record : records)
        rows.append({{{DayField, record.value(DayField)}},
                     QVariantMap{{NameField, record.value(NameField, QString())}}});
    return KeyedRowsCommand::apply(m_history, Holidays, rows, description);
}

bool HolidayModel::addHoliday(QDate *day)
{
    QDate candidate = QDate::currentDate();
    const QList<Qt::DayOfWeek> working = QLocale().weekdays();
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT 1 FROM holidays WHERE day = ?"));
    for (int i = 0; i < 3660; ++i, candidate = candidate.addDays(1)) {
        if (!working.contains(Qt::DayOfWeek(candidate.dayOfWeek())))
            continue;
        query.addBindValue(candidate.toString(Qt::ISODate));
        if (query.exec() && !query.next())
            break;
    }
    if (!addRecord({{DayField, candidate}, {NameField, tr("New holiday")}}, tr("Add holiday")))
        return false;
    if (day)
        *day = candidate;
    return true;
}

bool HolidayModel::addHolidays(const QList<QPair<QDate, QString>> &holidays)
{
    QList<QVariantMap> records;
    for (const auto &[day, name] : holidays)
        records.append({{DayField, day}, {NameField, name}});
    return addRecords(records, tr("Add %n holiday(s)", nullptr, int(records.size())));
}

bool HolidayModel::removeDays(const QList<QDate> &days)
{
    QList<KeyedRow> rows;
    for (const QDate &day : days)
        rows.append({keyOf(day), std::nullopt});
    return KeyedRowsCommand::apply(m_history, Holidays, rows,
                                   tr("Delete %n holiday(s)", nullptr, int(days.size())));
}

} // namespace Upskill
