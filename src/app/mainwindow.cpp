// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "advancementpage.h"
#include "appsettings.h"
#include "calendarexportaction.h"
#include "checklistsview.h"
#include "cohortsview.h"
#include "csvexportaction.h"
#include "dailybackup.h"
#include "edithistory.h"
#include "effectivenessview.h"
#include "gapanalysispage.h"
#include "healthview.h"
#include "importwizard.h"
#include "learningview.h"
#include "logging.h"
#include "mentorshippage.h"
#include "participantsview.h"
#include "placementpage.h"
#include "programlock.h"
#include "projectboardpage.h"
#include "projectsview.h"
#include "protectedtimepage.h"
#include "providersview.h"
#include "recentfiles.h"
#include "reportactions.h"
#include "restorebackupdialog.h"
#include "scheduleview.h"
#include "sessionspage.h"
#include "skillsview.h"
#include "storagewarnings.h"
#include "tableview.h"
#include "tracksview.h"
#include "yearcomparisonpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>

namespace Upskill {

namespace {
QString fileFilter()
{
    return QObject::tr("Upskill Planner programs (*.upskill);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_sidebar(new QListWidget(this)), m_stack(new QStackedWidget(this)),
      m_fileLabel(new QLabel(this))
{
    setWindowTitle(tr("Upskill Planner"));
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(22, 22));
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(2);
    const struct
    {
        QString text;
        QStyle::StandardPixmap icon;
    } areas[] = {{tr("Cohorts"), QStyle::SP_DirHomeIcon},
                 {tr("Tracks"), QStyle::SP_FileDialogDetailedView},
                 {tr("Participants"), QStyle::SP_FileDialogContentsView},
                 {tr("Skills"), QStyle::SP_FileDialogInfoView},
                 {tr("Checklists"), QStyle::SP_DialogApplyButton},
                 {tr("Effectiveness"), QStyle::SP_ComputerIcon},
                 {tr("Schedule"), QStyle::SP_FileDialogListView},
                 {tr("Projects"), QStyle::SP_DirIcon},
                 {tr("Learning"), QStyle::SP_DirOpenIcon},
                 {tr("Providers"), QStyle::SP_DialogYesButton},
                 {tr("Health"), QStyle::SP_MessageBoxWarning}};
    for (const auto &area : areas)
        new QListWidgetItem(style()->standardIcon(area.icon), area.text, m_sidebar);
    m_sidebar->setFixedWidth(m_sidebar->sizeHintForColumn(0) + 48);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    m_placeWarning = new QLabel(this);
    m_placeWarning->setObjectName(QStringLiteral("placeWarning"));
    m_placeWarning->hide();
    statusBar()->addPermanentWidget(m_placeWarning);
    statusBar()->addPermanentWidget(m_fileLabel);

    createActions();
    connect(m_sidebar, &QListWidget::currentRowChanged, this,
            qOverload<int>(&MainWindow::showArea));

    restoreGeometry(AppSettings::windowGeometry().get());
    restoreState(AppSettings::windowState().get());
    if (AppSettings::windowGeometry().get().isEmpty())
        resize(1280, 800);
    updateActions();
}

MainWindow::~MainWindow()
{
    closeProgram();
}

QString MainWindow::defaultProgramPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("program.upskill"));
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Program…"), this, &MainWindow::newProgram);
    newAction->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openProgramDialog);
    open->setShortcut(QKeySequence::Open);
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFiles::openRequested, this, &MainWindow::openRecent);
    file->addSeparator();
    m_saveCopy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::saveCopyAs);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_programActions.append(m_saveCopy);
    m_editingActions.append(
        file->addAction(tr("Restore from &Backup…"), this, &MainWindow::restoreFromBackup));
    file->addSeparator();
    QMenu *import = file->addMenu(tr("&Import"));
    const QList<QPair<ImportKind, QString>> imports = {
        {ImportKind::Participants, tr("&Participants…")},
        {ImportKind::Assessments, tr("&Assessments…")},
        {ImportKind::Surveys, tr("&Survey Responses…")},
    };
    for (const auto &[kind, text] : imports)
        m_editingActions.append(
            import->addAction(text, this, [this, kind = kind] { importData(int(kind)); }));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    m_reports = new ReportActions(this, exportMenu);
    exportMenu->addSeparator();
    m_programActions.append(
        exportMenu->addAction(CalendarExportAction::text(), this, &MainWindow::exportCalendar));
    m_programActions.append(
        exportMenu->addAction(CsvExportAction::text(), this, &MainWindow::exportCsv));
    connect(m_reports, &ReportActions::problem, this, [this](const QString &message) {
        QMessageBox::information(this, tr("Export"), message);
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    m_add = edit->addAction(tr("&New"), this, [this] {
        if (AreaView *area = currentArea())
            area->addItem();
    });
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_delete = edit->addAction(tr("&Delete"), this, [this] {
        if (AreaView *area = currentArea())
            area->removeSelected();
    });
    m_delete->setShortcut(QKeySequence::Delete);
    // Delete must not fire while a cell editor or search box has the key.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stack->addAction(m_delete);
    edit->addSeparator();
    m_find = edit->addAction(tr("&Find…"), this, [this] {
        if (AreaView *area = currentArea())
            area->focusSearch();
    });
    m_find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_sidebar->count(); ++i) {
        QAction *action = view->addAction(m_sidebar->item(i)->text(), this,
                                          [this, i] { m_sidebar->setCurrentRow(i); });
        // Ctrl+1 … Ctrl+9, Ctrl+0 for the tenth; Health, the last, has a letter of its own.
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        else if (i == 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
        else
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        action->setCheckable(true);
        m_areaActions.append(action);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Upskill Planner"), this, &MainWindow::about)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::updateActions()
{
    const bool open = m_program != nullptr;
    AreaView *area = currentArea();
    // An area page that adds nothing (a report) leaves New disabled.
    const QString addText = area ? area->addActionText() : QString();
    m_add->setEnabled(!addText.isEmpty());
    m_delete->setEnabled(area);
    m_find->setEnabled(area);
    for (QAction *action : std::as_const(m_programActions))
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_editingActions))
        action->setEnabled(open && !m_program->isReadOnly());
    m_add->setText(addText.isEmpty() ? tr("&New") : addText);
    for (int i = 0; i < m_areaActions.size(); ++i)
        m_areaActions[i]->setChecked(i == m_sidebar->currentRow());
    if (!open) {
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    }
}

AreaView *MainWindow::currentArea() const
{
    return qobject_cast<AreaView *>(m_stack->currentWidget());
}

void MainWindow::showArea(AreaView *area)
{
    showArea(m_stack->indexOf(area));
}

void MainWindow::showArea(int index)
{
    if (index < 0 || index >= m_stack->count())
        return;
    area(index);
    if (m_sidebar->currentRow() != index)
        m_sidebar->setCurrentRow(index);
    m_stack->setCurrentIndex(index);
    updateActions();
}

void MainWindow::saveLayouts()
{
    for (AreaView *area : std::as_const(m_areas)) {
        if (area) // an area never shown keeps what was remembered
            AppSettings::areaLayout(area->title()).set(area->saveLayout());
    }
}

void MainWindow::closeProgram()
{
    if (!m_program)
        return;
    saveLayouts();
    // Views and their models hold queries on the connection: they go before the file. The
    // stack is hidden meanwhile, or removing the page showing would show (and load) the next.
    m_stack->hide();
    while (m_stack->count() > 0) {
        QWidget *page = m_stack->widget(0);
        m_stack->removeWidget(page);
        delete page;
    }
    m_cohorts = nullptr;
    m_tracks = nullptr;
    m_participants = nullptr;
    m_skills = nullptr;
    m_checklists = nullptr;
    m_effectiveness = nullptr;
    m_schedule = nullptr;
    m_projects = nullptr;
    m_learning = nullptr;
    m_providers = nullptr;
    m_health = nullptr;
    m_placement = nullptr;
    m_areas.clear();
    m_reports->setProgram(nullptr, {});
    m_history.reset();
    m_program.reset();
}

void MainWindow::buildAreas()
{
    // An area is built the first time it is shown (or asked for): opening a large program
    // then reads only what the first area shows. Until then a placeholder keeps its place.
    m_areas = QList<AreaView *>(m_sidebar->count(), nullptr);
    for (int i = 0; i < m_sidebar->count(); ++i)
        m_stack->addWidget(new QWidget(m_stack));
    m_reports->setProgram(m_history.get(), [this] { return selectedCohort(); });
}

CohortsView *MainWindow::cohortsView()
{
    return static_cast<CohortsView *>(area(int(Area::Cohorts)));
}

TracksView *MainWindow::tracksView()
{
    return static_cast<TracksView *>(area(int(Area::Tracks)));
}

ParticipantsView *MainWindow::participantsView()
{
    return static_cast<ParticipantsView *>(area(int(Area::Participants)));
}

SkillsView *MainWindow::skillsView()
{
    return static_cast<SkillsView *>(area(int(Area::Skills)));
}

ChecklistsView *MainWindow::checklistsView()
{
    return static_cast<ChecklistsView *>(area(int(Area::Checklists)));
}

EffectivenessView *MainWindow::effectivenessView()
{
    return static_cast<EffectivenessView *>(area(int(Area::Effectiveness)));
}

ScheduleView *MainWindow::scheduleView()
{
    return static_cast<ScheduleView *>(area(int(Area::Schedule)));
}

ProjectsView *MainWindow::projectsView()
{
    return static_cast<ProjectsView *>(area(int(Area::Projects)));
}

LearningView *MainWindow::learningView()
{
    return static_cast<LearningView *>(area(int(Area::Learning)));
}

ProvidersView *MainWindow::providersView()
{
    return static_cast<ProvidersView *>(area(int(Area::Providers)));
}

HealthView *MainWindow::healthView()
{
    return static_cast<HealthView *>(area(int(Area::Health)));
}

AreaView *MainWindow::area(int index)
{
    if (index < 0 || index >= m_areas.size() || !m_history)
        return nullptr;
    if (m_areas.at(index))
        return m_areas.at(index);
    AreaView *view = nullptr;
    switch (Area(index)) {
    case Area::Cohorts:
        view = m_cohorts = new CohortsView(*m_history, m_stack);
        // From a cohort's checklist progress straight to the checklist.
        connect(m_cohorts, &CohortsView::checklistRequested, this, [this](qint64 cohort) {
            ChecklistsView *checklists = checklistsView();
            showArea(checklists);
            checklists->showCohort(cohort);
        });
        break;
    case Area::Tracks:
        view = m_tracks = new TracksView(*m_history, m_stack);
        break;
    case Area::Participants:
        view = m_participants = new ParticipantsView(*m_history, m_stack);
        break;
    case Area::Skills:
        view = m_skills = new SkillsView(*m_history, m_stack);
        // The figures built on the rubric and assessments, after the pages that record them.
        m_skills->addPage(new GapAnalysisPage(*m_history), tr("Gap analysis"));
        m_skills->addPage(new AdvancementPage(*m_history), tr("Advancement"));
        m_placement = new PlacementPage(*m_history);
        m_skills->addPage(m_placement, tr("Placement"));
        m_skills->addPage(new YearComparisonPage(*m_history), tr("Year on year"));
        break;
    case Area::Checklists:
        view = m_checklists = new ChecklistsView(*m_history, m_stack);
        break;
    case Area::Effectiveness:
        view = m_effectiveness = new EffectivenessView(*m_history, m_stack);
        break;
    case Area::Schedule:
        view = m_schedule = new ScheduleView(*m_history, m_stack);
        break;
    case Area::Projects:
        view = m_projects = new ProjectsView(*m_history, m_stack);
        break;
    case Area::Learning:
        view = m_learning = new LearningView(*m_history, m_stack);
        break;
    case Area::Providers:
        view = m_providers = new ProvidersView(*m_history, m_stack);
        break;
    case Area::Health:
        view = m_health = new HealthView(*m_history, m_stack);
        connect(m_health, &HealthView::fixRequested, this, &MainWindow::showFix);
        break;
    }
    m_areas[index] = view;
    QWidget *placeholder = m_stack->widget(index);
    const bool current = m_stack->currentWidget() == placeholder;
    m_stack->insertWidget(index, view);
    if (current)
        m_stack->setCurrentWidget(view);
    m_stack->removeWidget(placeholder);
    delete placeholder;
    view->restoreLayout(AppSettings::areaLayout(view->title()).get());
    connect(view, &AreaView::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(view, &AreaView::actionsChanged, this, &MainWindow::updateActions);
    return view;
}

bool MainWindow::openProgram(const QString &path, ProgramFile::Mode mode, QString *error)
{
    // The file open now holds its own lock, so opening it again (from Recent, after a restore)
    // closes it first; should the new open fail, it is opened again as it was.
    QString reopenPath;
    bool reopenReadOnly = false;
    if (m_program &&
        QFileInfo(path).absoluteFilePath() == QFileInfo(m_program->path()).absoluteFilePath()) {
        reopenPath = m_program->path();
        reopenReadOnly = m_program->isReadOnly();
        m_keepAreaOnReopen = qMax(0, m_sidebar->currentRow());
        closeProgram();
    }
    std::optional<LockOwner> owner;
    auto program = ProgramFile::open(path, mode, error, ProgramFile::LockPolicy::Exclusive, &owner);
    if (!program && owner) {
        // Someone else edits it: reading along is still useful, e.g. in a meeting.
        if (askOpenReadOnly(path, *owner))
            program = ProgramFile::open(path, ProgramFile::Mode::OpenExisting, error,
                                        ProgramFile::LockPolicy::ReadOnly);
        else if (error)
            error->clear(); // the coordinator chose not to; nothing to report
    }
    if (!program && !reopenPath.isEmpty()) {
        QString ignored;
        program = ProgramFile::open(reopenPath, ProgramFile::Mode::OpenExisting, &ignored,
                                    reopenReadOnly ? ProgramFile::LockPolicy::ReadOnly
                                                   : ProgramFile::LockPolicy::Exclusive);
        if (program) {
            adoptProgram(std::move(program));
            return false;
        }
    }
    if (!program)
        return false;
    adoptProgram(std::move(program));
    return true;
}

bool MainWindow::askOpenReadOnly(const QString &path, const LockOwner &owner)
{
    if (m_askOpenReadOnly)
        return m_askOpenReadOnly(path, owner);
    QMessageBox box(QMessageBox::Question, tr("Program file in use"),
                    ProgramLock::heldMessage(path, owner), QMessageBox::Cancel, this);
    box.setInformativeText(tr("You can open it read-only to look at it; changes are made in the "
                              "window that has it open."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(readOnly);
}

void MainWindow::adoptProgram(std::unique_ptr<ProgramFile> program)
{
    const int area =
        m_keepAreaOnReopen >= 0 ? m_keepAreaOnReopen : qMax(0, m_sidebar->currentRow());
    m_keepAreaOnReopen = -1;
    closeProgram();
    m_program = std::move(program);
    m_history = std::make_unique<EditHistory>(*m_program);
    connect(m_history.get(), &EditHistory::editFailed, this,
            [this](const QString &message) { showError(tr("Change not saved"), message); });

    QUndoStack *stack = m_history->stack();
    disconnect(m_undo, nullptr, nullptr, nullptr);
    disconnect(m_redo, nullptr, nullptr, nullptr);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    m_undo->setText(tr("&Undo"));
    m_redo->setText(tr("&Redo"));

    buildAreas();
    m_stack->show();
    showArea(area);
    const bool readOnly = m_program->isReadOnly();
    const QString name = QFileInfo(m_program->path()).fileName();
    setWindowTitle(readOnly ? tr("%1 (read-only) — Upskill Planner").arg(name)
                            : tr("%1 — Upskill Planner").arg(name));
    m_fileLabel->setText(readOnly
                             ? tr("%1 (read-only)").arg(QDir::toNativeSeparators(m_program->path()))
                             : QDir::toNativeSeparators(m_program->path()));
    m_fileLabel->setToolTip(readOnly ? m_program->readOnlyMessage() : QString());
    // A synced or network folder can corrupt a SQLite file: said for as long as it is open.
    const QString placeWarning = StorageWarnings::forPath(m_program->path());
    m_placeWarning->setText(placeWarning.isEmpty() ? QString() : tr("⚠ Risky folder"));
    m_placeWarning->setToolTip(placeWarning);
    m_placeWarning->setVisible(!placeWarning.isEmpty());
    AppSettings::lastFile().set(m_program->path());
    m_recent->add(m_program->path());
    if (!m_program->backupPath().isEmpty())
        statusBar()->showMessage(tr("The file was upgraded to this version's format; the "
                                    "previous version was kept as %1.")
                                     .arg(QDir::toNativeSeparators(m_program->backupPath())),
                                 15000);
    else if (!placeWarning.isEmpty())
        statusBar()->showMessage(placeWarning, 20000);
    if (!readOnly) {
        // Once a day, off the window's thread; only a failure is worth an interruption.
        DailyBackup *backup = DailyBackup::start(m_program->path(), this);
        connect(backup, &DailyBackup::failed, this, [this](const QString &message) {
            showError(tr("Today's backup was not made"), message);
        });
    }
    updateActions();
}

void MainWindow::openInitial(const QString &commandLinePath)
{
    // The area shown last time; openProgram() keeps whichever area is current.
    m_sidebar->setCurrentRow(qBound(0, AppSettings::currentArea().get(), m_sidebar->count() - 1));
    QString error;
    if (!commandLinePath.isEmpty()) {
        if (openProgram(commandLinePath, ProgramFile::Mode::OpenOrCreate, &error))
            return;
        showError(tr("Cannot open the program file"), error);
    }
    const QString last = AppSettings::lastFile().get();
    if (m_program == nullptr && !last.isEmpty() && QFileInfo::exists(last)) {
        if (openProgram(last, ProgramFile::Mode::OpenExisting, &error))
            return;
        showError(tr("Cannot open the last program file"), error);
    }
    if (m_program == nullptr) {
        const QString fallback = defaultProgramPath();
        QDir().mkpath(QFileInfo(fallback).absolutePath());
        if (!openProgram(fallback, ProgramFile::Mode::OpenOrCreate, &error))
            showError(tr("Cannot open the default program file"), error);
    }
}

void MainWindow::newProgram()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("New program file"), QFileInfo(defaultProgramPath()).absolutePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".upskill");
    // The dialog already asked before replacing; a new program never reuses an old file.
    if (QFileInfo::exists(path) && m_program &&
        QFileInfo(path).absoluteFilePath() == m_program->path()) {
        showError(tr("Cannot create the program file"),
                  tr("%1 is the program that is open now.").arg(path));
        return;
    }
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        showError(tr("Cannot create the program file"), tr("%1 cannot be replaced.").arg(path));
        return;
    }
    QString error;
    if (!openProgram(path, ProgramFile::Mode::CreateNew, &error))
        showError(tr("Cannot create the program file"), error);
}

void MainWindow::openProgramDialog()
{
    const QString start =
        m_program ? QFileInfo(m_program->path()).absolutePath() : QDir::homePath();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open program file"), start, fileFilter());
    if (path.isEmpty())
        return;
    openRecent(path);
}

void MainWindow::openRecent(const QString &path)
{
    QString error;
    if (!openProgram(path, ProgramFile::Mode::OpenExisting, &error))
        showError(tr("Cannot open the program file"), error);
}

void MainWindow::saveCopyAs()
{
    if (!m_program)
        return;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy of the program"),
                                     QFileInfo(m_program->path()).absolutePath(), fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".upskill");
    QString error;
    if (m_program->saveCopyAs(path, &error))
        statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(path)),
                                 8000);
    else
        showError(tr("The copy was not saved"), error);
}

qint64 MainWindow::selectedCohort() const
{
    if (m_schedule && currentArea() == m_schedule && m_schedule->sessionsPage()->cohort() > 0)
        return m_schedule->sessionsPage()->cohort();
    return m_cohorts ? std::max<qint64>(0, m_cohorts->table()->currentId()) : 0;
}

void MainWindow::restoreFromBackup()
{
    if (!m_program || m_program->isReadOnly())
        return;
    const QString path = m_program->path();
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return;
    // Restoring replaces the file under its lock: the window lets go of it first.
    m_keepAreaOnReopen = qMax(0, m_sidebar->currentRow());
    closeProgram();
    QString status;
    const bool restored =
        RestoreBackupDialog::restore(this, path, dialog.selectedBackup(), &status);
    QString error;
    if (!openProgram(path, ProgramFile::Mode::OpenExisting, &error)) {
        showError(tr("Cannot open the program file"), error);
        return;
    }
    if (restored)
        statusBar()->showMessage(status, 15000);
}

void MainWindow::exportCalendar()
{
    if (!m_history)
        return;
    QString status;
    if (CalendarExportAction::run(this, *m_history, selectedCohort(), &status))
        statusBar()->showMessage(status, 8000);
}

void MainWindow::exportCsv()
{
    if (!m_program)
        return;
    CsvExportAction::Request request;
    request.cohortId = selectedCohort();
    QString status;
    if (CsvExportAction::run(this, *m_program, request, &status))
        statusBar()->showMessage(status, 8000);
}

void MainWindow::importData(int kind)
{
    if (m_history && ImportWizard::run(this, *m_history, ImportKind(kind)))
        statusBar()->showMessage(tr("Import finished; Edit → Undo takes it back."), 8000);
}

void MainWindow::showFix(const QString &place, qint64 id)
{
    if (place == QLatin1String("tracks")) {
        showArea(tracksView());
        m_tracks->table()->showId(id);
    } else if (place == QLatin1String("cohorts")) {
        showArea(cohortsView());
        m_cohorts->table()->showId(id);
    } else if (place == QLatin1String("projects")) {
        showArea(projectsView());
        m_projects->tabs()->setCurrentIndex(ProjectsView::Board);
        m_projects->boardPage()->setCohort(id);
    } else if (place == QLatin1String("protected_time")) {
        showArea(projectsView());
        m_projects->tabs()->setCurrentIndex(ProjectsView::ProtectedTime);
        m_projects->protectedTimePage()->setCohort(id);
    } else if (place == QLatin1String("mentorship")) {
        showArea(projectsView());
        m_projects->tabs()->setCurrentIndex(ProjectsView::Mentorship);
    } else if (place == QLatin1String("placement")) {
        showArea(skillsView());
        m_skills->tabs()->setCurrentWidget(m_placement);
    } else if (place == QLatin1String("effectiveness")) {
        showArea(effectivenessView());
    }
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Upskill Planner"),
        tr("<h3>Upskill Planner %1</h3>"
           "<p>Plans and tracks AI-upskilling programs for software engineers: cohorts, tracks, "
           "participants, skills and the results that matter to leadership.</p>"
           "<p>Every change is written to the program file as you make it; Edit → Undo takes "
           "changes back.</p>")
            .arg(QStringLiteral(UPSKILL_VERSION)));
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (message.isEmpty()) // the coordinator cancelled; there is nothing to tell
        return;
    qCWarning(AppLog) << title << message;
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    AppSettings::windowGeometry().set(saveGeometry());
    AppSettings::windowState().set(saveState());
    AppSettings::currentArea().set(m_sidebar->currentRow());
    saveLayouts();
    event->accept();
}

} // namespace Upskill
