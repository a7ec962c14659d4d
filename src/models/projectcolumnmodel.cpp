// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcolumnmodel.h"

#include "applicationprojectmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace Upskill {

QString ProjectColumnModel::mimeType()
{
    return QStringLiteral("application/x-upskill-application-projects");
}

ProjectColumnModel::ProjectColumnModel(ApplicationProjectModel *projects, const QString &status,
                                       QObject *parent)
    : QSortFilterProxyModel(parent), m_projects(projects), m_status(status)
{
    setSourceModel(projects);
}

qint64 ProjectColumnModel::idAt(int row) const
{
    const QModelIndex source = mapToSource(index(row, 0));
    return source.isValid() ? m_projects->idAt(source.row()) : -1;
}

bool ProjectColumnModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    return m_projects->statusAt(sourceRow) == m_status;
}

Qt::ItemFlags ProjectColumnModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    // Cards are edited in the table and the details, not in place on the board.
    return (QSortFilterProxyModel::flags(index) & ~Qt::ItemIsEditable) | Qt::ItemIsDragEnabled |
           Qt::ItemIsDropEnabled;
}

QStringList ProjectColumnModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ProjectColumnModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = idAt(index.row());
        if (id >= 0 && !ids.contains(id))
            ids.append(id);
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray encoded;
    QDataStream stream(&encoded, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(mimeType(), encoded);
    return data;
}

QList<qint64> ProjectColumnModel::idsOf(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream stream(data->data(mimeType()));
    stream >> ids;
    return stream.status() == QDataStream::Ok ? ids : QList<qint64>();
}

bool ProjectColumnModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                         const QModelIndex &) const
{
    return (action == Qt::MoveAction || action == Qt::CopyAction) && !idsOf(data).isEmpty();
}

bool ProjectColumnModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                      int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = idsOf(data);
    // The drop arrives in the middle of the view's drop handling; the move resets the
    // models, so it waits until that handling is over.
    QMetaObject::invokeMethod(
        this,
        [this, ids] {
            if (m_projects->moveProjects(ids, m_status))
                Q_EMIT dropped(ids);
        },
        Qt::QueuedConnection);
    return true;
}

Qt::DropActions ProjectColumnModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

Qt::DropActions ProjectColumnModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool ProjectColumnModel::removeRows(int, int, const QModelIndex &)
{
    return false;
}

} // namespace Upskill
