// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programfile.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Upskill {

class AreaView;
class ChecklistsView;
class EffectivenessView;
class CohortsView;
class EditHistory;
class ParticipantsView;
class RecentFiles;
class ReportActions;
class SkillsView;
class TracksView;

// The window: a sidebar of areas (Cohorts, Tracks, Participants, Skills, Checklists), the menus,
// and the open program file with its undo history. Every change is written to the file as it is
// made, so there is no Save; Save a Copy As makes a consistent copy.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path (creating it when mode allows); on failure keeps the current program and
    // returns false with the reason in *error.
    bool openProgram(const QString &path, ProgramFile::Mode mode, QString *error);
    // The file to start with: the command line's, else the last one, else the default one in
    // the user's data folder (created with the default content on first start).
    void openInitial(const QString &commandLinePath);
    static QString defaultProgramPath();

    ProgramFile *program() const { return m_program.get(); }
    EditHistory *history() const { return m_history.get(); }
    CohortsView *cohortsView() const { return m_cohorts; }
    TracksView *tracksView() const { return m_tracks; }
    ParticipantsView *participantsView() const { return m_participants; }
    SkillsView *skillsView() const { return m_skills; }
    ChecklistsView *checklistsView() const { return m_checklists; }
    EffectivenessView *effectivenessView() const { return m_effectiveness; }
    void showArea(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void buildAreas();
    void closeProgram();
    void saveLayouts();
    void updateActions();
    AreaView *currentArea() const;

    void newProgram();
    void openProgramDialog();
    void openRecent(const QString &path);
    void saveCopyAs();
    void about();
    void showError(const QString &title, const QString &message);

    std::unique_ptr<ProgramFile> m_program;
    std::unique_ptr<EditHistory> m_history;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_fileLabel;
    CohortsView *m_cohorts = nullptr;
    TracksView *m_tracks = nullptr;
    ParticipantsView *m_participants = nullptr;
    SkillsView *m_skills = nullptr;
    ReportActions *m_reports = nullptr;
    ChecklistsView *m_checklists = nullptr;
    EffectivenessView *m_effectiveness = nullptr;
    RecentFiles *m_recent = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_add = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_find = nullptr;
    QAction *m_saveCopy = nullptr;
    QList<QAction *> m_areaActions;
};

} // namespace Upskill
