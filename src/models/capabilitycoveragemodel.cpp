// SPDX-License-Identifier: GPL-3.0-or-later
#include "capabilitycoveragemodel.h"

#include "edithistory.h"
#include "programfile.h"
#include "programtablemodel.h"
#include "trackcapabilitycommand.h"
#include "vocabulary.h"

#include <QColor>
#include <QFont>

namespace Upskill {

namespace {

QList<qint64> trackIds(const CapabilityCoverage &coverage)
{
    QList<qint64> ids;
    for (const TrackCoverage &track : coverage.tracks)
        ids.append(track.id);
    return ids;
}

} // namespace

CapabilityCoverageModel::CapabilityCoverageModel(EditHistory &history, QObject *parent)
    : QAbstractTableModel(parent), m_history(history),
      m_areas(Vocabulary::keys(Term::CapabilityArea))
{
    connect(&history.file(), &ProgramFile::tablesChanged, this,
            &CapabilityCoverageModel::onTablesChanged);
    // A renamed track arrives as a change of one row.
    connect(&history.file(), &ProgramFile::rowChanged, this,
            [this](const QString &table) { onTablesChanged({table}); });
    reload();
}

void CapabilityCoverageModel::onTablesChanged(const QStringList &tables)
{
    if (tables.contains(QLatin1String("tracks")) ||
        tables.contains(QLatin1String("track_capabilities")))
        reload();
}

void CapabilityCoverageModel::reload()
{
    QString error;
    std::optional<CapabilityCoverage> fresh =
        Curriculum::coverage(m_history.file().database(), &error);
    if (!fresh) {
        Q_EMIT problem(error);
        fresh = CapabilityCoverage{};
    }
    // Ticking a box keeps the same tracks: the cells change in place, so the keyboard focus
    // stays where it was.
    if (trackIds(*fresh) == trackIds(m_coverage)) {
        m_coverage = *fresh;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
    } else {
        beginResetModel();
        m_coverage = *fresh;
        endResetModel();
    }
    Q_EMIT coverageChanged();
}

qint64 CapabilityCoverageModel::trackIdAt(int row) const
{
    return row >= 0 && row < m_coverage.tracks.size() ? m_coverage.tracks.at(row).id : -1;
}

QString CapabilityCoverageModel::areaAt(int column) const
{
    return column >= 1 && column <= m_areas.size() ? m_areas.at(column - 1) : QString();
}

int CapabilityCoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coverage.tracks.size()) + 1;
}

int CapabilityCoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size()) + 1;
}

QVariant CapabilityCoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const QString area = areaAt(index.column());
    if (isTotalsRow(index.row())) {
        const int count = area.isEmpty() ? 0 : m_coverage.tracksCovering(area);
        switch (role) {
        case Qt::DisplayRole:
            if (area.isEmpty())
                return tr("Tracks covering it");
            return count == 0 ? tr("none") : tr("%n track(s)", nullptr, count);
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case ProgramTableModel::WarningRole:
        case Qt::ToolTipRole:
            if (!area.isEmpty() && count == 0)
                return tr("No track covers “%1”: a gap in the curriculum.")
                    .arg(Vocabulary::label(Term::CapabilityArea, area));
            return {};
        }
        return {};
    }

    const TrackCoverage &track = m_coverage.tracks.at(index.row());
    if (area.isEmpty()) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return track.name;
        if (role == Qt::ToolTipRole)
            return Vocabulary::label(Term::TrackKind, track.kind);
        return {};
    }
    const bool covered = track.areas.contains(area);
    switch (role) {
    case Qt::CheckStateRole:
        return covered ? Qt::Checked : Qt::Unchecked;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return (covered ? tr("%1 covers “%2”.") : tr("%1 does not cover “%2”."))
            .arg(track.name, Vocabulary::label(Term::CapabilityArea, area));
    case Qt::BackgroundRole:
        // The column of an area nobody covers is tinted, so the gap shows at a glance; a
        // translucent amber reads on light and dark palettes alike.
        if (m_coverage.tracksCovering(area) == 0)
            return QColor(255, 170, 0, 48);
        return {};
    }
    return {};
}

bool CapabilityCoverageModel::setCovered(int row, const QString &area, bool covered)
{
    if (isTotalsRow(row) || row < 0 || row >= m_coverage.tracks.size() || !m_areas.contains(area))
        return false;
    const TrackCoverage &track = m_coverage.tracks.at(row);
    if (track.areas.contains(area) == covered)
        return false;
    const QString label = Vocabulary::label(Term::CapabilityArea, area);
    const QString text = covered ? tr("Cover “%1” in %2").arg(label, track.name)
                                 : tr("Remove “%1” from %2").arg(label, track.name);
    // The file announces the change, and reload() shows it.
    return TrackCapabilityCommand::push(m_history, track.id, area, covered, text);
}

bool CapabilityCoverageModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    return setCovered(index.row(), areaAt(index.column()),
                      value.value<Qt::CheckState>() == Qt::Checked);
}

Qt::ItemFlags CapabilityCoverageModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (isTotalsRow(index.row()) || index.column() == 0)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

QVariant CapabilityCoverageModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QString area = areaAt(section);
    if (role == Qt::DisplayRole)
        return area.isEmpty() ? tr("Track") : Vocabulary::label(Term::CapabilityArea, area);
    if (role == Qt::ToolTipRole && !area.isEmpty()) {
        const int count = m_coverage.tracksCovering(area);
        return count == 0 ? tr("No track covers this area yet.")
                          : tr("Covered by %n track(s).", nullptr, count);
    }
    return {};
}

} // namespace Upskill
