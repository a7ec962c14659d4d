// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListView;

namespace Upskill {

class ApplicationProjectModel;
class ProjectColumnModel;

// The board of one cohort's application projects: a column per status (idea, prototyping,
// showcased, in production, dropped), a card per project with its title, person and team.
// Cards move by dragging them to another column, with Ctrl+Left and Ctrl+Right, or with the
// context menu; every move is one undo step.
class ProjectBoard : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectBoard(ApplicationProjectModel *projects, QWidget *parent = nullptr);

    int columnCount() const { return int(m_views.size()); }
    QListView *columnView(int column) const { return m_views.value(column); }
    ProjectColumnModel *columnModel(int column) const { return m_models.value(column); }
    QLabel *columnHeader(int column) const { return m_headers.value(column); }
    int columnOf(const QString &status) const;

    // The selected cards of the column that has the focus (or the last one used).
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // Selects the card of id in its column and makes that column the current one.
    void selectProject(qint64 id, bool focus = false);
    // Moves the selected cards delta columns to the right (negative: left).
    bool moveSelected(int delta);
    bool moveSelectedTo(const QString &status);

Q_SIGNALS:
    void currentProjectChanged(qint64 id);
    // A card was double-clicked or Enter was pressed on it: edit it in the table.
    void projectActivated(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeaders();
    void showContextMenu(int column, const QPoint &position);
    void moveAndFollow(const QList<qint64> &ids, const QString &status);
    void followMoved(const QList<qint64> &ids, const QString &status, bool focus);
    int activeColumn() const;

    ApplicationProjectModel *m_projects;
    QList<QLabel *> m_headers;
    QList<QListView *> m_views;
    QList<ProjectColumnModel *> m_models;
    int m_lastColumn = 0;
};

} // namespace Upskill
