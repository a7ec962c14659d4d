// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentorshipmodel.h"

#include "assessmentscope.h"
#include "edithistory.h"
#include "programsettings.h"
#include "rules.h"

#include <QSet>
#include <QSqlQuery>

namespace Upskill {

MentorshipModel::MentorshipModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("mentorships"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("mentor_id"), ColumnKind::Relation, tr("Mentor"), {}, true, false},
           {QStringLiteral("mentee_id"), ColumnKind::Relation, tr("Mentee"), {}, true, false},
           {QStringLiteral("cohort_id"), ColumnKind::Hidden, tr("Cohort"), {}, false, false},
           {QStringLiteral("starts_on"), ColumnKind::Date, tr("From")},
           {QStringLiteral("ends_on"), ColumnKind::Date, tr("Until")},
           {QStringLiteral("over_capacity"),
            ColumnKind::Bool,
            tr("Beyond capacity"),
            {},
            false,
            false},
           {QStringLiteral("override_reason"), ColumnKind::Text, tr("Why beyond capacity")},
           {QStringLiteral("mentor_satisfaction"), ColumnKind::Integer,
            tr("Mentor satisfaction (1–5)")},
           {QStringLiteral("mentee_feedback"), ColumnKind::Text, tr("Mentee feedback")}},
          parent)
{
    // Names are shown, never edited here: a different mentor is a new pairing, which has to
    // pass the capacity rule.
    setRelation(Mentor, QSqlRelation(QStringLiteral("participants"), QStringLiteral("id"),
                                     QStringLiteral("name")));
    setRelation(Mentee, QSqlRelation(QStringLiteral("participants"), QStringLiteral("id"),
                                     QStringLiteral("name")));
    setWatchedTables({QStringLiteral("participants")},
                     {QStringLiteral("cohorts"), QStringLiteral("program_settings")});
    setSort(Mentee, Qt::AscendingOrder);
    setCohort(-1);
}

void MentorshipModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    setCondition(QStringLiteral("cohort_id"), cohortId);
    select();
}

Qt::ItemFlags MentorshipModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = ProgramTableModel::flags(index);
    if (index.isValid() && index.column() == OverrideReason && index.row() < rowCount() &&
        storedValue(index.row(), QStringLiteral("over_capacity")).toInt() == 0)
        flags &= ~Qt::ItemIsEditable;
    return flags;
}

qint64 MentorshipModel::mentorAt(int row) const
{
    return storedValue(row, QStringLiteral("mentor_id")).toLongLong();
}

qint64 MentorshipModel::menteeAt(int row) const
{
    return storedValue(row, QStringLiteral("mentee_id")).toLongLong();
}

QString MentorshipModel::personName(qint64 id) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name FROM participants WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void MentorshipModel::refreshComputed()
{
    m_loads.clear();
    m_capacity = ProgramSettings::load(database()).mentorCapacity;
    m_period = {};
    if (m_cohortId < 0)
        return;
    QString error;
    if (const auto period = MentorLoad::periodOf(database(), m_cohortId, &error))
        m_period = *period;
    // Each mentorship's mentor, over its own dates: the most mentees they have on one day of
    // it, this one included. A cohort has a dozen mentorships and their mentors a few each.
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT o.id, o.mentor_id, o.starts_on, o.ends_on, o.cohort_id = ? FROM mentorships o "
        "WHERE o.mentor_id IN (SELECT mentor_id FROM mentorships WHERE cohort_id = ?)"));
    query.addBindValue(m_cohortId);
    query.addBindValue(m_cohortId);
    if (!query.exec())
        return;
    QHash<qint64, QList<MentorshipPeriod>> byMentor;
    QList<QPair<qint64, QPair<qint64, MentorshipPeriod>>> ours; // id → mentor, period
    while (query.next()) {
        const MentorshipPeriod period{QDate::fromString(query.value(2).toString(), Qt::ISODate),
                                      QDate::fromString(query.value(3).toString(), Qt::ISODate)};
        const qint64 mentor = query.value(1).toLongLong();
        byMentor[mentor].append(period);
        if (query.value(4).toInt() == 1)
            ours.append({query.value(0).toLongLong(), {mentor, period}});
    }
    for (const auto &[id, mentorPeriod] : std::as_const(ours))
        m_loads.insert(id,
                       MentorLoad::peak(byMentor.value(mentorPeriod.first), mentorPeriod.second));
}

QVariant MentorshipModel::computedHeader(int) const
{
    return tr("Mentor's load");
}

QVariant MentorshipModel::computedData(int row, int, int role) const
{
    const int load = m_loads.value(idAt(row), 0);
    switch (role) {
    case Qt::DisplayRole:
        return MentorLoad::describe(load, m_capacity);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant MentorshipModel::cellHint(int row, int column, int role) const
{
    const bool over = storedValue(row, QStringLiteral("over_capacity")).toInt() != 0;
    if (column == MentorLoadColumn) {
        const int load = m_loads.value(idAt(row), 0);
        if (role == WarningRole && load > m_capacity)
            return tr("Over capacity");
        if (role == Qt::ToolTipRole)
            return tr("Mentees this mentor has at the same time as this one, this one "
                      "included; a mentor takes at most %1.")
                .arg(m_capacity);
        return {};
    }
    if (column == OverCapacity && over) {
        const QString reason = storedValue(row, QStringLiteral("override_reason")).toString();
        if (role == WarningRole || role == Qt::ToolTipRole)
            return tr("Assigned beyond the mentor's capacity: %1").arg(reason);
    }
    if (column == MenteeFeedback && role == Qt::ToolTipRole)
        return storedValue(row, QStringLiteral("mentee_feedback"));
    if (column == MentorSatisfaction && role == Qt::ToolTipRole)
        return tr("How satisfied the mentor is with the mentorship, from 1 (very dissatisfied) "
                  "to 5 (very satisfied); the dashboards' mentor satisfaction counts it.");
    return {};
}

QString MentorshipModel::validate(int row, int column, const QVariant &value) const
{
    switch (column) {
    case MentorSatisfaction:
        if (!value.isNull() && (value.toLongLong() < 1 || value.toLongLong() > 5))
            return tr("Mentor satisfaction goes from 1 (very dissatisfied) to 5 (very "
                      "satisfied), not %1.")
                .arg(value.toLongLong());
        return {};
    case StartsOn:
    case EndsOn: {
        const auto date = [](const QVariant &v) {
            return QDate::fromString(v.toString(), Qt::ISODate);
        };
        const MentorshipPeriod period{
            column == StartsOn ? date(value) : date(storedValue(row, QStringLiteral("starts_on"))),
            column == EndsOn ? date(value) : date(storedValue(row, QStringLiteral("ends_on")))};
        if (const QString order = Rules::dateOrderError(period.from, period.to); !order.isEmpty())
            return order;
        return capacityError(row, period);
    }
    case OverrideReason:
        if (storedValue(row, QStringLiteral("over_capacity")).toInt() != 0 &&
            value.toString().trimmed().isEmpty())
            return tr("This mentor was assigned beyond capacity; the reason stays on record.");
        return {};
    default:
        return {};
    }
}

QString MentorshipModel::capacityError(int row, const MentorshipPeriod &period) const
{
    // A pairing made beyond capacity keeps its recorded reason whatever its dates; any other
    // may not be stretched over a time the mentor is already full, which adding it would not
    // have been allowed to do either.
    if (storedValue(row, QStringLiteral("over_capacity")).toInt() != 0)
        return {};
    const qint64 mentor = storedValue(row, QStringLiteral("mentor_id")).toLongLong();
    QString error;
    const std::optional<int> load = MentorLoad::load(database(), mentor, period, idAt(row), &error);
    if (!load)
        return error;
    const int capacity = ProgramSettings::load(database()).mentorCapacity;
    if (*load < capacity)
        return {};
    return tr("%1 already mentors %2 at some time in these dates, and a mentor takes at most %3. "
              "Keep the dates within the mentor's free time, or remove this pairing and assign "
              "the mentor again beyond capacity with a reason.")
        .arg(personName(mentor), tr("%n mentee(s)", nullptr, *load))
        .arg(capacity);
}

QString MentorshipModel::describeEdit(int row, int column) const
{
    switch (column) {
    case StartsOn:
        return tr("Change mentorship start");
    case EndsOn:
        return tr("Change mentorship end");
    case OverrideReason:
        return tr("Change reason for going beyond capacity");
    case MentorSatisfaction:
        return tr("Change mentor satisfaction");
    case MenteeFeedback:
        return tr("Change mentee feedback");
    default:
        return ProgramTableModel::describeEdit(row, column);
    }
}

bool MentorshipModel::addMentorship(qint64 mentorId, qint64 menteeId, const QString &overrideReason,
                                    qint64 *id)
{
    const QString mentee = personName(menteeId);
    if (!addMentorships({{mentorId, menteeId, overrideReason}},
                        tr("Pair %1 with %2").arg(mentee, personName(mentorId))))
        return false;
    if (id) {
        QSqlQuery query(database());
        query.prepare(QStringLiteral("SELECT max(id) FROM mentorships WHERE mentor_id = ? AND "
                                     "mentee_id = ? AND cohort_id = ?"));
        query.addBindValue(mentorId);
        query.addBindValue(menteeId);
        query.addBindValue(m_cohortId);
        *id = query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    }
    return true;
}

bool MentorshipModel::addMentorships(const QList<Pairing> &pairings, const QString &description)
{
    if (m_cohortId < 0) {
        Q_EMIT editRefused(tr("Choose a cohort first: a mentorship belongs to one."));
        return false;
    }
    if (pairings.isEmpty())
        return true;
    QString error;
    const auto period = MentorLoad::periodOf(database(), m_cohortId, &error);
    if (!period) {
        Q_EMIT editRefused(error);
        return false;
    }
    const int capacity = ProgramSettings::load(database()).mentorCapacity;

    // Who already has a mentor here: one mentor per mentee and cohort.
    QSet<qint64> mentored;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT mentee_id FROM mentorships WHERE cohort_id = ?"));
    query.addBindValue(m_cohortId);
    if (query.exec()) {
        while (query.next())
            mentored.insert(query.value(0).toLongLong());
    }

    QHash<qint64, int> added; // mentor → pairings earlier in this batch
    QList<QVariantMap> records;
    for (const Pairing &p : pairings) {
        const QString mentee = personName(p.menteeId);
        const QString mentor = personName(p.mentorId);
        if (mentee.isEmpty() || mentor.isEmpty()) {
            Q_EMIT editRefused(tr("A mentor or mentee of this pairing no longer exists."));
            return false;
        }
        if (p.mentorId == p.menteeId) {
            Q_EMIT editRefused(tr("%1 cannot mentor themself.").arg(mentor));
            return false;
        }
        if (mentored.contains(p.menteeId)) {
            Q_EMIT editRefused(tr("%1 already has a mentor in this cohort; remove that pairing "
                                  "first to choose another mentor.")
                                   .arg(mentee));
            return false;
        }
        mentored.insert(p.menteeId);
        const std::optional<int> load =
            MentorLoad::load(database(), p.mentorId, *period, 0, &error);
        if (!load) {
            Q_EMIT editRefused(error);
            return false;
        }
        const int during = *load + added.value(p.mentorId);
        const QString reason = p.overrideReason.trimmed();
        const bool over = during >= capacity;
        if (over && reason.isEmpty()) {
            Q_EMIT editRefused(MentorLoad::refusal(mentor, during, capacity));
            return false;
        }
        added[p.mentorId] += 1;
        QVariantMap record{{QStringLiteral("mentor_id"), p.mentorId},
                           {QStringLiteral("mentee_id"), p.menteeId},
                           {QStringLiteral("cohort_id"), m_cohortId},
                           {QStringLiteral("over_capacity"), over}};
        // Within capacity a reason given anyway is no override; the column keeps its default.
        if (over)
            record.insert(QStringLiteral("override_reason"), reason);
        // The start falls back on today for a cohort without dates; an open end stays open.
        record.insert(QStringLiteral("starts_on"),
                      period->from.isValid() ? period->from : QDate::currentDate());
        if (period->to.isValid())
            record.insert(QStringLiteral("ends_on"), period->to);
        records.append(record);
    }
    return addRecords(records, description);
}

bool MentorshipModel::removeMentorships(const QList<qint64> &ids)
{
    return removeIds(ids, tr("Delete %n mentorship(s)", nullptr, int(ids.size())));
}

} // namespace Upskill
