// SPDX-License-Identifier: GPL-3.0-or-later
#include "protectedtimegridmodel.h"

#include "addandeditrowscommand.h"
#include "edithistory.h"
#include "logging.h"
#include "programfile.h"
#include "programsettings.h"
#include "programtablemodel.h"
#include "vocabulary.h"

#include <QColor>
#include <QLocale>
#include <QSqlQuery>

namespace Upskill {

namespace {
const QString Table = QStringLiteral("protected_time");

QString hours(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}
} // namespace

ProtectedTimeGridModel::ProtectedTimeGridModel(EditHistory &history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history)
{
    connect(&history.file(), &ProgramFile::tablesChanged, this,
            &ProtectedTimeGridModel::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this, &ProtectedTimeGridModel::onRowChanged);
}

void ProtectedTimeGridModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    beginResetModel();
    m_weeks.clear();
    m_people.clear();
    m_entries.clear();
    endResetModel();
    reload();
}

void ProtectedTimeGridModel::onTablesChanged(const QStringList &tables)
{
    static const QStringList watched{Table, QStringLiteral("enrollments"),
                                     QStringLiteral("participants"), QStringLiteral("cohorts"),
                                     QStringLiteral("program_settings")};
    for (const QString &table : tables) {
        if (watched.contains(table)) {
            reload();
            return;
        }
    }
}

void ProtectedTimeGridModel::onRowChanged(const QString &table, qint64)
{
    if (table == Table || table == QLatin1String("participants") ||
        table == QLatin1String("cohorts"))
        reload();
}

void ProtectedTimeGridModel::reload()
{
    const QSqlDatabase db = m_history.file().database();
    const ProgramSettings settings = ProgramSettings::load(db);
    m_defaultPlanned = settings.protectedHoursPerWeek;
    m_targetRatio = settings.protectedTimeTargetPct / 100.0;

    QList<QDate> weeks;
    QList<Person> people;
    QList<Entry> entries;
    CohortProtectedTime figures;
    if (m_cohortId >= 0) {
        QString error;
        if (auto computed = ProtectedTime::compute(db, m_cohortId, &error))
            figures = *computed;
        else
            qCWarning(ModelsLog) << "protected time figures:" << error;
        weeks = figures.weeks;
        QSqlQuery query(db);
        query.setForwardOnly(true);
        // The cohort's participants, and anyone withdrawn whose weeks were recorded.
        query.prepare(QStringLiteral(
            "SELECT p.id, p.name, p.team, p.manager, coalesce((SELECT e.status = 'withdrawn' "
            "FROM enrollments e WHERE e.cohort_id = :c AND e.participant_id = p.id), 1) "
            "FROM participants p WHERE p.id IN (SELECT participant_id FROM enrollments WHERE "
            "cohort_id = :c AND status <> 'withdrawn' UNION SELECT participant_id FROM "
            "protected_time WHERE cohort_id = :c) ORDER BY p.name, p.id"));
        query.bindValue(QStringLiteral(":c"), m_cohortId);
        if (query.exec()) {
            while (query.next())
                people.append({query.value(0).toLongLong(), query.value(1).toString(),
                               query.value(2).toString(), query.value(3).toString(),
                               query.value(4).toInt() != 0});
        }
        QHash<qint64, int> rowOf;
        for (int i = 0; i < people.size(); ++i)
            rowOf.insert(people.at(i).id, i);
        entries.fill(Entry{}, people.size() * weeks.size());
        query.prepare(QStringLiteral("SELECT id, participant_id, week_start, hours_planned, "
                                     "hours_used, reason, note FROM protected_time WHERE "
                                     "cohort_id = ?"));
        query.addBindValue(m_cohortId);
        if (query.exec()) {
            while (query.next()) {
                const int row = rowOf.value(query.value(1).toLongLong(), -1);
                const int column =
                    int(weeks.indexOf(QDate::fromString(query.value(2).toString(), Qt::ISODate)));
                if (row < 0 || column < 0)
                    continue;
                entries[row * weeks.size() + column] = {
                    query.value(0).toLongLong(), query.value(3).toDouble(), query.value(4),
                    query.value(5).toString(), query.value(6).toString()};
            }
        }
    }

    const bool sameShape =
        weeks == m_weeks && people.size() == m_people.size() &&
        std::equal(people.cbegin(), people.cend(), m_people.cbegin(),
                   [](const Person &a, const Person &b) { return a.id == b.id; });
    if (!sameShape)
        beginResetModel();
    m_weeks = weeks;
    m_people = people;
    m_entries = entries;
    m_figures = figures;
    m_useOfPerson.clear();
    for (int i = 0; i < m_figures.people.size(); ++i)
        m_useOfPerson.insert(m_figures.people.at(i).id, i);
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0) {
        // Same people and weeks: the cursor and selection stay where the coordinator is typing.
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
    Q_EMIT figuresChanged();
}

qint64 ProtectedTimeGridModel::personAt(int row) const
{
    return row >= 0 && row < m_people.size() ? m_people.at(row).id : -1;
}

QString ProtectedTimeGridModel::personName(int row) const
{
    return row >= 0 && row < m_people.size() ? m_people.at(row).name : QString();
}

int ProtectedTimeGridModel::rowOfPerson(qint64 participantId) const
{
    for (int i = 0; i < m_people.size(); ++i) {
        if (m_people.at(i).id == participantId)
            return i;
    }
    return -1;
}

bool ProtectedTimeGridModel::isWeekCell(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_people.size() &&
           index.column() < m_weeks.size();
}

double ProtectedTimeGridModel::plannedAt(int row, int column) const
{
    const Entry &e = entry(row, column);
    return e.id ? e.planned : m_defaultPlanned;
}

QVariant ProtectedTimeGridModel::usedAt(int row, int column) const
{
    return entry(row, column).used;
}

QString ProtectedTimeGridModel::reasonAt(int row, int column) const
{
    return entry(row, column).reason;
}

const ProtectedTimeGridModel::Entry &ProtectedTimeGridModel::entry(int row, int column) const
{
    return m_entries.at(row * m_weeks.size() + column);
}

int ProtectedTimeGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int ProtectedTimeGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_weeks.isEmpty() ? 0 : int(m_weeks.size()) + 1;
}

QString ProtectedTimeGridModel::cellText(const Entry &e) const
{
    if (e.id == 0)
        return {};
    const QString used = e.used.isNull() ? QStringLiteral("–") : hours(e.used.toDouble());
    QString text = tr("%1 / %2").arg(used, hours(e.planned));
    if (!e.reason.isEmpty() && ProtectedTime::isViolation(e.planned, e.used))
        text += QStringLiteral(" · ") + Vocabulary::label(Term::TimeReason, e.reason);
    return text;
}

QString ProtectedTimeGridModel::cellToolTip(int row, int column) const
{
    const Person &p = m_people.at(row);
    const Entry &e = entry(row, column);
    const QString week = QLocale().toString(m_weeks.at(column), QLocale::LongFormat);
    if (e.id == 0)
        return tr("%1, week of %2: nothing recorded yet. Type the hours used.").arg(p.name, week);
    if (e.used.isNull())
        return tr("%1, week of %2: %3 hours planned, hours used not recorded yet.")
            .arg(p.name, week, hours(e.planned));
    QString text = tr("%1, week of %2: %3 of %4 hours used.")
                       .arg(p.name, week, hours(e.used.toDouble()), hours(e.planned));
    if (ProtectedTime::isViolation(e.planned, e.used)) {
        text += QLatin1Char(' ') +
                (e.reason.isEmpty()
                     ? tr("Below the plan, no reason recorded.")
                     : tr("Below the plan: %1.")
                           .arg(Vocabulary::label(Term::TimeReason, e.reason).toLower()));
        if (!p.manager.isEmpty())
            text += QLatin1Char(' ') + tr("Raise it with %1, their manager.").arg(p.manager);
    }
    if (!e.note.isEmpty())
        text += QLatin1Char('\n') + e.note;
    return text;
}

QString ProtectedTimeGridModel::utilisationToolTip(int row) const
{
    const int at = m_useOfPerson.value(m_people.at(row).id, -1);
    if (at < 0 || !m_figures.people.at(at).hasFigures())
        return tr("No hours used recorded yet.");
    const TimeUse &use = m_figures.people.at(at);
    return tr("%1 of %2 hours used over %3; %4 below the plan.")
        .arg(hours(use.used), hours(use.planned), tr("%n week(s)", nullptr, use.weeks),
             tr("%n week(s)", nullptr, use.belowPlan));
}

QVariant ProtectedTimeGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_people.size() || index.column() > m_weeks.size())
        return {};
    const int row = index.row();
    if (index.column() == utilisationColumn()) {
        const int at = m_useOfPerson.value(m_people.at(row).id, -1);
        const bool has = at >= 0 && m_figures.people.at(at).hasFigures();
        const double ratio = has ? m_figures.people.at(at).utilisation() : 0;
        switch (role) {
        case Qt::DisplayRole:
            return has ? ProtectedTime::percent(ratio) : QString();
        case Qt::TextAlignmentRole:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return utilisationToolTip(row);
        case ProgramTableModel::WarningRole:
            return has && ratio < m_targetRatio
                       ? tr("Under the target of %1").arg(ProtectedTime::percent(m_targetRatio))
                       : QString();
        default:
            return {};
        }
    }
    const Entry &e = entry(row, index.column());
    const bool violation = e.id != 0 && ProtectedTime::isViolation(e.planned, e.used);
    switch (role) {
    case Qt::DisplayRole:
        return cellText(e);
    case Qt::EditRole:
        return e.used.isNull() ? QString() : hours(e.used.toDouble());
    case Qt::ToolTipRole:
        return cellToolTip(row, index.column());
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        // A soft red that reads on light and dark palettes alike.
        return violation ? QVariant(QColor(220, 60, 60, 60)) : QVariant();
    case Qt::ForegroundRole:
        if (m_weeks.at(index.column()) > QDate::currentDate())
            return QColor(128, 128, 128);
        return {};
    case ProgramTableModel::WarningRole:
        return violation ? tr("Below the plan") : QString();
    case EntryIdRole:
        return e.id;
    case ViolationRole:
        return violation;
    default:
        return {};
    }
}

Qt::ItemFlags ProtectedTimeGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return isWeekCell(index) ? base | Qt::ItemIsEditable : base;
}

QVariant ProtectedTimeGridModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > m_weeks.size())
            return {};
        if (section == utilisationColumn()) {
            if (role == Qt::DisplayRole)
                return tr("Used");
            if (role == Qt::ToolTipRole)
                return tr("Hours used over hours planned, in the weeks recorded so far.");
            return {};
        }
        const QDate week = m_weeks.at(section);
        if (role == Qt::DisplayRole)
            return tr("Week %1\n%2")
                .arg(section + 1)
                .arg(QLocale().toString(week, QStringLiteral("d MMM")));
        if (role == Qt::ToolTipRole)
            return tr("The week starting %1").arg(QLocale().toString(week, QLocale::LongFormat));
        return {};
    }
    if (section < 0 || section >= m_people.size())
        return {};
    const Person &p = m_people.at(section);
    if (role == Qt::DisplayRole)
        return p.withdrawn ? tr("%1 (withdrawn)").arg(p.name) : p.name;
    if (role == Qt::ToolTipRole) {
        QStringList parts;
        if (!p.team.isEmpty())
            parts.append(tr("Team %1").arg(p.team));
        if (!p.manager.isEmpty())
            parts.append(tr("manager %1").arg(p.manager));
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

std::optional<double> ProtectedTimeGridModel::parseHours(const QVariant &value,
                                                         QString *problem) const
{
    bool ok = false;
    double number = value.toDouble(&ok);
    if (!ok)
        number = QLocale().toDouble(value.toString().trimmed(), &ok);
    if (!ok) {
        *problem = tr("“%1” is not a number of hours.").arg(value.toString());
        return std::nullopt;
    }
    if (number < 0 || number > 80) {
        *problem = tr("Hours in a week go from 0 to 80, not %1.").arg(hours(number));
        return std::nullopt;
    }
    return number;
}

bool ProtectedTimeGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isWeekCell(index))
        return false;
    CellChange edit{index.row(), index.column(), {}, {}, {}};
    if (value.toString().trimmed().isEmpty()) {
        edit.used = QVariant(QMetaType::fromType<double>());
    } else {
        QString problem;
        const std::optional<double> number = parseHours(value, &problem);
        if (!number) {
            Q_EMIT editRefused(tr("%1, week %2: %3")
                                   .arg(personName(index.row()))
                                   .arg(index.column() + 1)
                                   .arg(problem));
            return false;
        }
        edit.used = *number;
    }
    return change(QList<CellChange>{edit}, tr("Change hours used"));
}

bool ProtectedTimeGridModel::change(const QList<CellChange> &changes, const QString &description)
{
    if (m_cohortId < 0)
        return false;
    QList<QVariantMap> rows;
    QList<FieldChange> edits;
    for (const CellChange &c : changes) {
        if (c.row < 0 || c.row >= m_people.size() || c.column < 0 || c.column >= m_weeks.size())
            continue;
        const Entry &e = entry(c.row, c.column);
        const QVariant reason = c.reason && !c.reason->isEmpty()
                                    ? QVariant(*c.reason)
                                    : QVariant(QMetaType::fromType<QString>());
        if (e.id == 0) {
            QVariantMap row{
                {QStringLiteral("cohort_id"), m_cohortId},
                {QStringLiteral("participant_id"), m_people.at(c.row).id},
                {QStringLiteral("week_start"), m_weeks.at(c.column).toString(Qt::ISODate)},
                {QStringLiteral("hours_planned"), c.planned.value_or(m_defaultPlanned)}};
            if (c.used)
                row.insert(QStringLiteral("hours_used"), *c.used);
            if (c.reason)
                row.insert(QStringLiteral("reason"), reason);
            rows.append(row);
            continue;
        }
        if (c.used && (c.used->isNull() != e.used.isNull() ||
                       (!e.used.isNull() && c.used->toDouble() != e.used.toDouble())))
            edits.append({Table, e.id, QStringLiteral("hours_used"), *c.used});
        if (c.reason && *c.reason != e.reason)
            edits.append({Table, e.id, QStringLiteral("reason"), reason});
        if (c.planned && *c.planned != e.planned)
            edits.append({Table, e.id, QStringLiteral("hours_planned"), *c.planned});
    }
    return AddAndEditRowsCommand::run(m_history, Table, rows, edits, description);
}

bool ProtectedTimeGridModel::setReason(const QModelIndexList &cells, const QString &reason)
{
    QList<CellChange> changes;
    for (const QModelIndex &cell : cells) {
        if (isWeekCell(cell))
            changes.append({cell.row(), cell.column(), {}, reason, {}});
    }
    return change(
        changes,
        reason.isEmpty()
            ? tr("Clear reason")
            : tr("Set reason to %1").arg(Vocabulary::label(Term::TimeReason, reason).toLower()));
}

bool ProtectedTimeGridModel::setPlanned(const QModelIndexList &cells, double planned)
{
    QString problem;
    if (!parseHours(planned, &problem)) {
        Q_EMIT editRefused(problem);
        return false;
    }
    QList<CellChange> changes;
    for (const QModelIndex &cell : cells) {
        if (isWeekCell(cell))
            changes.append({cell.row(), cell.column(), {}, {}, planned});
    }
    return change(changes, tr("Change hours planned"));
}

bool ProtectedTimeGridModel::clearUsed(const QModelIndexList &cells)
{
    QList<CellChange> changes;
    for (const QModelIndex &cell : cells) {
        if (isWeekCell(cell) && entry(cell.row(), cell.column()).id != 0)
            changes.append(
                {cell.row(), cell.column(), QVariant(QMetaType::fromType<double>()), {}, {}});
    }
    return change(changes, tr("Clear hours used"));
}

bool ProtectedTimeGridModel::setWeek(const QDate &week, const QList<WeekEntry> &entries)
{
    const int column = columnOfWeek(week);
    if (column < 0) {
        Q_EMIT editRefused(tr("%1 is not one of this cohort's weeks.")
                               .arg(QLocale().toString(week, QLocale::ShortFormat)));
        return false;
    }
    QList<CellChange> changes;
    for (const WeekEntry &w : entries) {
        const int row = rowOfPerson(w.participantId);
        if (row < 0)
            continue;
        CellChange c{row, column, {}, {}, {}};
        if (!w.used.isNull()) {
            QString problem;
            const std::optional<double> number = parseHours(w.used, &problem);
            if (!number) {
                Q_EMIT editRefused(tr("%1: %2").arg(personName(row), problem));
                return false;
            }
            c.used = *number;
            // A reason belongs to a week below the plan; a full week drops an old one.
            const double planned =
                entry(row, column).id ? entry(row, column).planned : m_defaultPlanned;
            c.reason = *number < planned ? w.reason : QString();
        } else if (!w.reason.isEmpty()) {
            c.reason = w.reason;
        }
        changes.append(c);
    }
    return change(changes, tr("Enter protected time for the week of %1")
                               .arg(QLocale().toString(week, QLocale::ShortFormat)));
}

} // namespace Upskill
