// SPDX-License-Identifier: GPL-3.0-or-later
#include "participantmodel.h"

#include "edithistory.h"
#include "rules.h"

#include <QSqlQuery>

namespace Upskill {

ParticipantModel::ParticipantModel(EditHistory &history, QObject *parent)
    : ProgramTableModel(history, QStringLiteral("participants"),
                        {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
                         {QStringLiteral("name"), ColumnKind::Text, tr("Name"), {}, true},
                         {QStringLiteral("email"), ColumnKind::Text, tr("Email"), {}, true},
                         {QStringLiteral("role"), ColumnKind::Choice, tr("Role"), Term::Role, true},
                         {QStringLiteral("team"), ColumnKind::Text, tr("Team")},
                         {QStringLiteral("manager"), ColumnKind::Text, tr("Manager")},
                         {QStringLiteral("seniority"), ColumnKind::Choice, tr("Seniority"),
                          Term::Seniority, true},
                         {QStringLiteral("is_champion"), ColumnKind::Bool, tr("AI champion")},
                         {QStringLiteral("is_mentor"), ColumnKind::Bool, tr("Mentor")},
                         {QStringLiteral("is_alumnus"), ColumnKind::Bool, tr("Alumnus")},
                         {QStringLiteral("notes"), ColumnKind::Text, tr("Notes")}},
                        parent)
{
    setSort(Name, Qt::AscendingOrder);
}

void ParticipantModel::setRole(const QString &role)
{
    setCondition(QStringLiteral("role"), role.isEmpty() ? QVariant() : QVariant(role));
}

QStringList ParticipantModel::searchFields() const
{
    return {QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("team"),
            QStringLiteral("manager")};
}

QString ParticipantModel::emailProblem(const QString &email, qint64 exceptId) const
{
    if (!Rules::isPlausibleEmail(email))
        return tr("\"%1\" is not an email address.").arg(email);
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name FROM participants WHERE email = ? AND id <> ?"));
    query.addBindValue(email.trimmed());
    query.addBindValue(exceptId);
    if (query.exec() && query.next())
        return tr("%1 already belongs to %2; every participant needs their own email address.")
            .arg(email.trimmed(), query.value(0).toString());
    return {};
}

QString ParticipantModel::validate(int row, int column, const QVariant &value) const
{
    if (column == Email)
        return emailProblem(value.toString(), idAt(row));
    return {};
}

QString ParticipantModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = ProgramTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    return emailProblem(values.value(QStringLiteral("email")).toString(), -1);
}

} // namespace Upskill
