// SPDX-License-Identifier: GPL-3.0-or-later
#include "tracktargetmodel.h"

#include <QSqlQuery>

namespace Upskill {

TrackTargetModel::TrackTargetModel(EditHistory &history, QObject *parent)
    : LevelTableModel(
          history, QStringLiteral("track_targets"),
          {{QStringLiteral("id"), ColumnKind::Id, tr("ID")},
           {QStringLiteral("track_id"), ColumnKind::Relation, tr("Track"), {}, true},
           {QStringLiteral("dimension_id"), ColumnKind::Relation, tr("Dimension"), {}, true},
           {QStringLiteral("required_level"), ColumnKind::Integer, tr("Level reached"), {}, true}},
          Dimension, RequiredLevel, parent)
{
    setRelation(Track, QSqlRelation(QStringLiteral("tracks"), QStringLiteral("id"),
                                    QStringLiteral("name")));
    setRelation(Dimension, QSqlRelation(QStringLiteral("rubric_dimensions"), QStringLiteral("id"),
                                        QStringLiteral("name")));
    setWatchedTables(rubricTables() + QStringList{QStringLiteral("tracks")}, {});
    setInitialSort(Track, Qt::AscendingOrder);
}

void TrackTargetModel::setTrack(qint64 trackId)
{
    setCondition(QStringLiteral("track_id"), trackId < 0 ? QVariant() : QVariant(trackId));
}

QString TrackTargetModel::trackName(qint64 trackId) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT name FROM tracks WHERE id = ?"));
    query.addBindValue(trackId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString::number(trackId);
}

QString TrackTargetModel::duplicateProblem(qint64 trackId, qint64 dimensionId,
                                           qint64 exceptId) const
{
    if (!dimensionTaken(QStringLiteral("track_id"), trackId, dimensionId, exceptId))
        return {};
    return tr("%1 already has a level for “%2”; change that one instead.")
        .arg(trackName(trackId), dimensionName(dimensionId));
}

QString TrackTargetModel::validate(int row, int column, const QVariant &value) const
{
    if (column == Track)
        return duplicateProblem(value.toLongLong(),
                                storedValue(row, QStringLiteral("dimension_id")).toLongLong(),
                                idAt(row));
    if (column == Dimension)
        return duplicateProblem(storedValue(row, QStringLiteral("track_id")).toLongLong(),
                                value.toLongLong(), idAt(row));
    return LevelTableModel::validate(row, column, value);
}

QString TrackTargetModel::validateRecord(const QVariantMap &values) const
{
    if (QString problem = LevelTableModel::validateRecord(values); !problem.isEmpty())
        return problem;
    return duplicateProblem(values.value(QStringLiteral("track_id")).toLongLong(),
                            values.value(QStringLiteral("dimension_id")).toLongLong(), -1);
}

bool TrackTargetModel::addTarget(qint64 trackId, qint64 *id)
{
    const qint64 dimension = firstFreeDimension(QStringLiteral("track_id"), trackId);
    if (dimension < 0) {
        Q_EMIT editRefused(tr("%1 already has a level for every dimension; change the existing "
                              "ones instead.")
                               .arg(trackName(trackId)));
        return false;
    }
    return addRecord({{QStringLiteral("track_id"), trackId},
                      {QStringLiteral("dimension_id"), dimension},
                      {QStringLiteral("required_level"), 2}},
                     tr("Add track level"), id);
}

} // namespace Upskill
