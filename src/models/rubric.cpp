// SPDX-License-Identifier: GPL-3.0-or-later
#include "rubric.h"

#include "defaultcontent.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace Upskill {

QString RubricDimension::levelText(int level) const
{
    if (level < 1 || level > Rubric::LevelCount)
        return {};
    return Rubric::levelText(level, levels.at(level - 1).label);
}

QString Rubric::levelText(int level, const QString &label)
{
    if (label.isEmpty())
        return QString::number(level);
    return tr("%1 %2", "rubric level number and its label").arg(level).arg(label);
}

QStringList Rubric::defaultLabels()
{
    return {DefaultContent::tr("Aware"), DefaultContent::tr("Practicing"),
            DefaultContent::tr("Proficient"), DefaultContent::tr("Expert")};
}

bool Rubric::isLevel(const QVariant &value)
{
    bool ok = false;
    const int level = value.toString().trimmed().toInt(&ok);
    return ok && level >= 1 && level <= LevelCount;
}

QList<RubricDimension> Rubric::load(const QSqlDatabase &db, bool activeOnly)
{
    QList<RubricDimension> dimensions;
    QHash<qint64, int> indexOf;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT id, name, description, retired FROM rubric_dimensions "
                                 "WHERE retired = 0 OR ? = 0 ORDER BY position, id"));
    query.addBindValue(activeOnly ? 1 : 0);
    if (!query.exec())
        return dimensions;
    while (query.next()) {
        RubricDimension d;
        d.id = query.value(0).toLongLong();
        d.name = query.value(1).toString();
        d.description = query.value(2).toString();
        d.retired = query.value(3).toInt() != 0;
        indexOf.insert(d.id, int(dimensions.size()));
        dimensions.append(d);
    }
    query.finish();
    if (!query.exec(QStringLiteral("SELECT dimension_id, level, label, indicators "
                                   "FROM rubric_levels")))
        return dimensions;
    while (query.next()) {
        const auto it = indexOf.constFind(query.value(0).toLongLong());
        const int level = query.value(1).toInt();
        if (it == indexOf.cend() || level < 1 || level > LevelCount)
            continue;
        dimensions[*it].levels[level - 1] = {query.value(2).toString(), query.value(3).toString()};
    }
    return dimensions;
}

} // namespace Upskill
