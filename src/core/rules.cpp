// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules.h"

#include <QRegularExpression>

namespace Upskill {

bool Rules::isPlausibleEmail(const QString &email)
{
    // Deliberately loose: one @, something on both sides, a dot in the domain, no spaces.
    // HR exports contain every valid oddity; we only refuse what cannot be an address.
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern.match(email.trimmed()).hasMatch();
}

QString Rules::emailKey(const QString &email)
{
    return email.trimmed().toCaseFolded();
}

QString Rules::cohortSizeWarning(int enrolled, int minSize, int maxSize)
{
    if (enrolled < minSize)
        return tr("%n engineer(s) enrolled: fewer than the program's minimum of %1.", nullptr,
                  enrolled)
            .arg(minSize);
    if (enrolled > maxSize)
        return tr("%n engineer(s) enrolled: more than the program's maximum of %1.", nullptr,
                  enrolled)
            .arg(maxSize);
    return {};
}

double Rules::handsOnShare(double instructionHours, double handsOnHours, double presentationHours)
{
    const double total = instructionHours + handsOnHours + presentationHours;
    return total > 0 ? handsOnHours / total : 0.0;
}

QString Rules::dateOrderError(const QDate &start, const QDate &end)
{
    if (start.isValid() && end.isValid() && end < start)
        return tr("The end date %1 is before the start date %2.")
            .arg(end.toString(Qt::ISODate), start.toString(Qt::ISODate));
    return {};
}

QString Rules::suppressionReason(int minGroupSize)
{
    return tr("fewer than %n people", nullptr, minGroupSize);
}

double Rules::netPromoterScore(int promoters, int passives, int detractors)
{
    const int answers = promoters + passives + detractors;
    if (answers <= 0)
        return 0;
    return 100.0 * (promoters - detractors) / answers;
}

Rules::Standing Rules::standing(double value, double target, double margin, bool higherIsBetter)
{
    const double shortfall = higherIsBetter ? target - value : value - target;
    // A small tolerance so that 85.0 computed as 84.99999 still meets an 85 % target.
    if (shortfall <= 1e-9)
        return Standing::Green;
    return shortfall <= margin + 1e-9 ? Standing::Amber : Standing::Red;
}

int Rules::criticalityWeight(const QString &criticality)
{
    if (criticality == QLatin1String("blocking"))
        return 3;
    if (criticality == QLatin1String("important"))
        return 2;
    return 1;
}

} // namespace Upskill
