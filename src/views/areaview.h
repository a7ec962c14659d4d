// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSplitter;

namespace Upskill {

class EditHistory;
class ProgramTableModel;

// One area of the main window (Cohorts, Tracks, Participants). The window's menu actions
// (New, Delete, Find) act on whichever area is showing.
class AreaView : public QWidget
{
    Q_OBJECT
public:
    AreaView(EditHistory &history, QWidget *parent = nullptr);

    virtual QString title() const = 0;
    virtual QString addActionText() const = 0;
    virtual void addItem() = 0;
    virtual void removeSelected() = 0;
    virtual void focusSearch() = 0;

    // Splitter positions, remembered between sessions.
    virtual QByteArray saveLayout() const;
    virtual void restoreLayout(const QByteArray &state);

    // The Yes/Cancel question before a deletion, for any widget of an area.
    static bool confirmDelete(QWidget *parent, const QString &question);

Q_SIGNALS:
    void statusMessage(const QString &message);
    // What addActionText() returns has changed (an area with pages switched page).
    void actionsChanged();

protected:
    // Shows a refused edit to the user; connected to every model of the area.
    void watchRefusals(ProgramTableModel *model);
    void showProblem(const QString &message);
    bool confirmDelete(const QString &question);

    EditHistory &m_history;
    QSplitter *m_splitter = nullptr;
};

} // namespace Upskill
