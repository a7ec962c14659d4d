// SPDX-License-Identifier: GPL-3.0-or-later
#include "enrollmentmodel.h"

#include "edithistory.h"
#include "placement.h"
#include "rules.h"

#include <QDate>
#include <QSet>
#include <QSqlQuery>

namespace Upskill {

EnrollmentModel::EnrollmentModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(
          history, QStringLiteral("enrollments"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("cohort_id"), ColumnKind::Relation, tr("Cohort"), {}, true, false},
           {QStringLiteral("participant_id"),
            ColumnKind::Relation,
            tr("Participant"),
            {},
            true,
            false},
           {QStringLiteral("status"), ColumnKind::Choice, tr("Status"), Term::EnrollmentStatus,
            true},
           {QStringLiteral("placement"), ColumnKind::Choice, tr("Placement"), Term::Placement,
            true},
           {QStringLiteral("enrolled_on"), ColumnKind::Date, tr("Enrolled on")},
           {QStringLiteral("completed_on"), ColumnKind::Date, tr("Completed on")},
           {QStringLiteral("withdrawn_on"), ColumnKind::Date, tr("Withdrawn on")},
           {QStringLiteral("first_ai_contribution_on"), ColumnKind::Date,
            tr("First AI contribution")},
           {QStringLiteral("capstone_rating"), ColumnKind::Integer, tr("Capstone (1–5)")}},
          parent)
{
    // The two relations are shown by name and never edited here (an enrollment is moved by
    // withdrawing and enrolling), so no 100,000-row relation model is ever loaded for a combo.
    setRelation(Cohort, QSqlRelation(QStringLiteral("cohorts"), QStringLiteral("id"),
                                     QStringLiteral("name")));
    setRelation(Participant, QSqlRelation(QStringLiteral("participants"), QStringLiteral("id"),
                                          QStringLiteral("name")));
    setWatchedTables({QStringLiteral("cohorts"), QStringLiteral("participants")},
                     {QStringLiteral("assessments"), QStringLiteral("track_targets"),
                      QStringLiteral("rubric_dimensions")});
    setSort(Participant, Qt::AscendingOrder);
    setCondition(QStringLiteral("cohort_id"), -1);
}

void EnrollmentModel::setCohort(qint64 cohortId)
{
    m_cohortId = cohortId;
    setCondition(QStringLiteral("participant_id"), QVariant());
    setCondition(QStringLiteral("cohort_id"), cohortId);
    select();
}

void EnrollmentModel::setParticipant(qint64 participantId)
{
    m_cohortId = -1;
    setCondition(QStringLiteral("cohort_id"), QVariant());
    setCondition(QStringLiteral("participant_id"), participantId);
    select();
}

QString EnrollmentModel::validate(int row, int column, const QVariant &value) const
{
    if (column == CapstoneRating && !value.isNull() && (value.toInt() < 1 || value.toInt() > 5))
        return tr("The capstone rating goes from 1 to 5.");
    if (column == CompletedOn || column == WithdrawnOn || column == FirstAiContributionOn) {
        const QDate enrolled = QDate::fromString(
            storedValue(row, QStringLiteral("enrolled_on")).toString(), Qt::ISODate);
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (enrolled.isValid() && date.isValid() && date < enrolled)
            return tr("%1 is before the enrollment date %2.")
                .arg(value.toString(), enrolled.toString(Qt::ISODate));
    }
    return {};
}

int EnrollmentModel::enroll(qint64 cohortId, const QList<qint64> &participantIds)
{
    QSet<qint64> already;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT participant_id FROM enrollments WHERE cohort_id = ?"));
    query.addBindValue(cohortId);
    if (query.exec()) {
        while (query.next())
            already.insert(query.value(0).toLongLong());
    }
    QList<QVariantMap> rows;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    for (qint64 id : participantIds) {
        if (already.contains(id))
            continue;
        already.insert(id);
        rows.append({{QStringLiteral("cohort_id"), cohortId},
                     {QStringLiteral("participant_id"), id},
                     {QStringLiteral("status"), QStringLiteral("enrolled")},
                     {QStringLiteral("enrolled_on"), today}});
    }
    if (rows.isEmpty())
        return 0;
    if (!m_history.addRows(tableName(), rows,
                           tr("Enrol %n participant(s)", nullptr, int(rows.size()))))
        return -1;
    return int(rows.size());
}

QVariant EnrollmentModel::computedHeader(int) const
{
    return tr("Suggestion");
}

QVariant EnrollmentModel::computedData(int row, int, int role) const
{
    const qint64 participant = storedValue(row, QStringLiteral("participant_id")).toLongLong();
    // Only while the course is still ahead of them; afterwards the suggestion is moot.
    const QString status = storedValue(row, QStringLiteral("status")).toString();
    if (!m_canTestOut.contains(participant) ||
        storedValue(row, QStringLiteral("placement")).toString() != QLatin1String("standard") ||
        (status != QLatin1String("enrolled") && status != QLatin1String("active")))
        return {};
    if (role == Qt::DisplayRole)
        return tr("Can test out");
    if (role == Qt::ToolTipRole)
        return tr("Their latest assessed levels already meet every target level of %1: they "
                  "could skip it. Set Placement to \"Tested out\" to record that.")
            .arg(m_trackName);
    return {};
}

void EnrollmentModel::refreshComputed()
{
    m_canTestOut.clear();
    m_trackName.clear();
    if (m_cohortId <= 0)
        return;
    // Only a foundational cohort's roster asks; a roster is a dozen people, so the check reads
    // a few dozen index entries.
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT t.id, t.name FROM cohorts c JOIN tracks t ON t.id = "
                                 "c.track_id WHERE c.id = ? AND t.kind = 'foundational'"));
    query.addBindValue(m_cohortId);
    if (!query.exec() || !query.next())
        return;
    const qint64 track = query.value(0).toLongLong();
    m_trackName = query.value(1).toString();
    QList<qint64> people;
    query.prepare(QStringLiteral("SELECT participant_id FROM enrollments WHERE cohort_id = ?"));
    query.addBindValue(m_cohortId);
    if (query.exec()) {
        while (query.next())
            people.append(query.value(0).toLongLong());
    }
    QString error;
    m_canTestOut =
        Placement::meetingTargets(database(), track, AssessmentScope::current(), people, &error);
}

} // namespace Upskill
