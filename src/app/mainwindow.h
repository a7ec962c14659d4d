// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "programfile.h"

#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace Upskill {

class AreaView;
struct LockOwner;
class ChecklistsView;
class EffectivenessView;
class CohortsView;
class EditHistory;
class HealthView;
class LearningView;
class ParticipantsView;
class ProjectsView;
class ProvidersView;
class RecentFiles;
class ReportActions;
class ScheduleView;
class SkillsView;
class TracksView;

// The window: a sidebar of areas (Cohorts, Tracks, ... Health), the menus, and the open
// program file with its undo history. Every change is written to the file as it is made, so
// there is no Save; Save a Copy As makes a consistent copy.
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
    // What to do when another window or process has the file: by default the coordinator is
    // asked whether to open it read-only (tests answer themselves).
    using ReadOnlyQuestion = std::function<bool(const QString &path, const LockOwner &owner)>;
    void setReadOnlyQuestion(ReadOnlyQuestion question) { m_askOpenReadOnly = std::move(question); }

    ProgramFile *program() const { return m_program.get(); }
    EditHistory *history() const { return m_history.get(); }
    // The areas, built when first asked for; nullptr while no program is open.
    CohortsView *cohortsView();
    TracksView *tracksView();
    ParticipantsView *participantsView();
    SkillsView *skillsView();
    ChecklistsView *checklistsView();
    EffectivenessView *effectivenessView();
    ScheduleView *scheduleView();
    ProjectsView *projectsView();
    LearningView *learningView();
    ProvidersView *providersView();
    HealthView *healthView();
    void showArea(int index);
    void showArea(AreaView *area);
    // Where a health warning says to fix it: the area, and the cohort, track or mentor in it.
    void showFix(const QString &place, qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // In the sidebar's order.
    enum class Area {
        Cohorts,
        Tracks,
        Participants,
        Skills,
        Checklists,
        Effectiveness,
        Schedule,
        Projects,
        Learning,
        Providers,
        Health
    };
    AreaView *area(int index);
    template <typename View> View *area(Area which)
    {
        return static_cast<View *>(area(int(which)));
    }
    void createActions();
    void buildAreas();
    void closeProgram();
    void adoptProgram(std::unique_ptr<ProgramFile> program);
    bool askOpenReadOnly(const QString &path, const LockOwner &owner);
    void saveLayouts();
    void updateActions();
    AreaView *currentArea() const;

    void newProgram();
    void openProgramDialog();
    void openRecent(const QString &path);
    void saveCopyAs();
    void restoreFromBackup();
    void exportCalendar();
    void exportCsv();
    void importData(int kind);
    qint64 selectedCohort() const;
    void about();
    void showError(const QString &title, const QString &message);

    std::unique_ptr<ProgramFile> m_program;
    std::unique_ptr<EditHistory> m_history;
    QListWidget *m_sidebar;
    QStackedWidget *m_stack;
    QLabel *m_fileLabel;
    QLabel *m_placeWarning = nullptr;
    ReadOnlyQuestion m_askOpenReadOnly;
    int m_keepAreaOnReopen = -1;
    CohortsView *m_cohorts = nullptr;
    TracksView *m_tracks = nullptr;
    ParticipantsView *m_participants = nullptr;
    SkillsView *m_skills = nullptr;
    ReportActions *m_reports = nullptr;
    ChecklistsView *m_checklists = nullptr;
    EffectivenessView *m_effectiveness = nullptr;
    ScheduleView *m_schedule = nullptr;
    ProjectsView *m_projects = nullptr;
    LearningView *m_learning = nullptr;
    ProvidersView *m_providers = nullptr;
    HealthView *m_health = nullptr;
    QWidget *m_placement = nullptr; // the Skills page a placement warning leads to
    QList<AreaView *> m_areas;
    QList<QAction *> m_programActions; // enabled while a program is open
    QList<QAction *> m_editingActions; // enabled while it is open for editing
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
