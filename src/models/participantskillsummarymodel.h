// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rubric.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace Upskill {

class ProgramFile;

// One participant's latest level per dimension and kind of assessment, read only. Self and
// manager ratings sit side by side and are never averaged: where they differ is exactly what a
// coordinator wants to see. Retired dimensions are left out; they are no longer asked.
class ParticipantSkillSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Dimension, Self, Manager, Pre, Post, Annual, ColumnCount };

    explicit ParticipantSkillSummaryModel(ProgramFile &file, QObject *parent = nullptr);

    void setParticipant(qint64 participantId);
    qint64 participant() const { return m_participantId; }
    // The assessment kind a level column shows ("self", "manager", ...); empty for Dimension.
    static QString kindOf(int column);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Latest
    {
        int level = 0;
        QDate date;
        QString note;
    };
    void reload();
    void onTablesChanged(const QStringList &tables);

    ProgramFile &m_file;
    qint64 m_participantId = -1;
    QList<RubricDimension> m_dimensions;
    QHash<QPair<qint64, QString>, Latest> m_latest; // (dimension, kind)
};

} // namespace Upskill
