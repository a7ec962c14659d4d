// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness.h"

#include "sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Upskill {

std::optional<ReadinessCheck> Readiness::compute(const QSqlDatabase &db, QString *error)
{
    ReadinessCheck check;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, question, answer, note FROM readiness_questions "
                                   "ORDER BY position, id"))) {
        if (error)
            *error = SqlErrors::explain(query.lastError());
        return std::nullopt;
    }
    QList<ReadinessWarning> unanswered;
    while (query.next()) {
        ReadinessItem item;
        item.id = query.value(0).toLongLong();
        item.question = query.value(1).toString();
        if (!query.value(2).isNull())
            item.answer = query.value(2).toInt() != 0;
        item.note = query.value(3).toString();
        check.items.append(item);
        if (!item.answer) {
            unanswered.append({item.id, item.question, true, item.note});
            ++check.unansweredCount;
        } else if (!*item.answer) {
            check.warnings.append({item.id, item.question, false, item.note});
            ++check.noCount;
        }
    }
    check.warnings += unanswered;
    return check;
}

QString Readiness::headline(const ReadinessCheck &check)
{
    if (check.items.isEmpty())
        return tr("The readiness check has no questions.");
    if (check.premature()) {
        QString text = tr("Buying external training looks premature: %n readiness question(s) "
                          "answered no.",
                          nullptr, check.noCount);
        if (check.unansweredCount > 0)
            text +=
                QLatin1Char(' ') + tr("%n more not answered yet.", nullptr, check.unansweredCount);
        return text;
    }
    if (check.unansweredCount > 0)
        return tr("Finish the readiness check before buying external training: %n question(s) "
                  "not answered yet.",
                  nullptr, check.unansweredCount);
    return tr("Ready: every readiness question is answered yes.");
}

QString Readiness::warningText(const ReadinessWarning &warning)
{
    return warning.unanswered ? tr("Not answered: %1").arg(warning.question)
                              : tr("No: %1").arg(warning.question);
}

} // namespace Upskill
