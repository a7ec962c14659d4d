// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gapanalysis.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace Upskill {

// The heatmap of the gap analysis: groups (or people) × dimensions, each cell the average gap
// between the latest assessed level and the target, coloured by size. Groups too small to show
// keep their row but their cells say why they are withheld. People are fetched a page at a
// time, so the per-person view of 100,000 engineers costs what the screen shows.
class GapHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Group, People, FirstDimension };
    enum Role {
        GapRole = Qt::UserRole + 1, // the cell's average gap as a double; invalid when none
        SuppressedRole,             // true when the cell is withheld for privacy
    };

    explicit GapHeatmapModel(QObject *parent = nullptr);

    // Shows groups from a computed result.
    void setResult(const GapAnalysisResult &result);
    // Shows people, read page by page from db with options (grouping Person).
    void setPeople(const QSqlDatabase &db, const GapOptions &options,
                   const QList<SkillDimension> &dimensions, qint64 count, int minGroupSize);
    void clear();

    bool showsPeople() const { return m_people; }
    qint64 totalRows() const { return m_people ? m_personCount : m_result.groups.size(); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void fetchFailed(const QString &message);

private:
    QVariant groupData(int row, int column, int role) const;
    QVariant personData(int row, int column, int role) const;

    GapAnalysisResult m_result;
    QList<SkillDimension> m_dimensions;
    bool m_people = false;
    QSqlDatabase m_db;
    GapOptions m_options;
    QList<PersonGapRow> m_rows;
    qint64 m_personCount = 0;
    int m_minGroupSize = 5;
    static constexpr int PageSize = 200;
};

} // namespace Upskill
