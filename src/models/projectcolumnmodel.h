// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace Upskill {

class ApplicationProjectModel;

// One column of the project board: the cohort's projects in one status. Cards are dragged
// out of it and dropped into it; a drop moves the projects to this column's status through
// the undo history, and the board then shows them where they now belong.
class ProjectColumnModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    static QString mimeType();

    ProjectColumnModel(ApplicationProjectModel *projects, const QString &status,
                       QObject *parent = nullptr);

    QString status() const { return m_status; }
    ApplicationProjectModel *projects() const { return m_projects; }
    qint64 idAt(int row) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    // A card that leaves the column is moved by its new status, never deleted: the view's
    // clean-up after a move-drag must not remove the row.
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;

    static QList<qint64> idsOf(const QMimeData *data);

Q_SIGNALS:
    // Projects dropped on this column were moved to its status.
    void dropped(const QList<qint64> &ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    ApplicationProjectModel *m_projects;
    QString m_status;
};

} // namespace Upskill
