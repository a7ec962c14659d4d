// SPDX-License-Identifier: GPL-3.0-or-later
#include "assessmentmodel.h"

#include "edithistory.h"

#include <QDate>

namespace Upskill {

AssessmentModel::AssessmentModel(EditHistory &history, QObject *parent)
    : LevelTableModel(
          history, QStringLiteral("assessments"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("participant_id"), ColumnKind::Hidden, tr("Participant")},
           {QStringLiteral("dimension_id"), ColumnKind::Relation, tr("Dimension"), {}, true},
           // Shown by name, never edited here: a combo of 10,000 cohorts helps nobody.
           {QStringLiteral("cohort_id"), ColumnKind::Relation, tr("Cohort"), {}, false, false},
           {QStringLiteral("kind"), ColumnKind::Choice, tr("Kind"), Term::AssessmentKind, true},
           {QStringLiteral("level"), ColumnKind::Integer, tr("Level"), {}, true},
           {QStringLiteral("assessed_on"), ColumnKind::Date, tr("Date"), {}, true},
           {QStringLiteral("note"), ColumnKind::Text, tr("Note")}},
          Dimension, Level, parent)
{
    setRelation(Dimension, QSqlRelation(QStringLiteral("rubric_dimensions"), QStringLiteral("id"),
                                        QStringLiteral("name")));
    setRelation(Cohort, QSqlRelation(QStringLiteral("cohorts"), QStringLiteral("id"),
                                     QStringLiteral("name")));
    setWatchedTables(rubricTables() + QStringList{QStringLiteral("cohorts")}, {});
    setInitialSort(AssessedOn, Qt::DescendingOrder);
    setParticipant(-1);
}

void AssessmentModel::setParticipant(qint64 participantId)
{
    m_participantId = participantId;
    setCondition(QStringLiteral("participant_id"), participantId);
    select();
}

QString AssessmentModel::validate(int row, int column, const QVariant &value) const
{
    if (column == AssessedOn && !QDate::fromString(value.toString(), Qt::ISODate).isValid())
        return tr("An assessment needs a valid date.");
    return LevelTableModel::validate(row, column, value);
}

QString AssessmentModel::validateRecord(const QVariantMap &values) const
{
    for (const char *field : {"participant_id", "dimension_id", "kind", "assessed_on"}) {
        if (values.value(QString::fromLatin1(field)).toString().isEmpty())
            return tr("An assessment needs a participant, a dimension, a kind and a date.");
    }
    if (!QDate::fromString(values.value(QStringLiteral("assessed_on")).toString(), Qt::ISODate)
             .isValid())
        return tr("An assessment needs a valid date.");
    return LevelTableModel::validateRecord(values);
}

bool AssessmentModel::addAssessments(const QList<QVariantMap> &records, const QString &description,
                                     QString *reason)
{
    // A refusal arrives as a signal (from here before writing, from the history when the file
    // refuses); the caller that asked for the reason gets it as well.
    QString why;
    auto capture = [&why](const QString &message) { why = message; };
    const auto refused = connect(this, &ProgramTableModel::editRefused, this, capture);
    const auto failed = connect(&m_history, &EditHistory::editFailed, this, capture);
    bool ok = false;
    if (records.isEmpty())
        Q_EMIT editRefused(tr("No level was chosen, so there is nothing to save."));
    else
        ok = addRecords(records, description);
    disconnect(refused);
    disconnect(failed);
    if (!ok && reason)
        *reason = why;
    return ok;
}

} // namespace Upskill
