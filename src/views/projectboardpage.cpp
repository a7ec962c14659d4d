// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectboardpage.h"

#include "applicationprojectmodel.h"
#include "areaview.h"
#include "edithistory.h"
#include "programfile.h"
#include "projectboard.h"
#include "projectdialog.h"
#include "projecttracking.h"
#include "tableview.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr int ParticipantRole = Qt::UserRole;
} // namespace

ProjectBoardPage::ProjectBoardPage(EditHistory &history, QWidget *parent)
    : CohortEntryPage(history, new ApplicationProjectModel(history),
                      QStringLiteral("application_projects"), parent),
      m_projects(static_cast<ApplicationProjectModel *>(table()->model())),
      m_board(new ProjectBoard(m_projects, this)), m_missing(new QListWidget(this)),
      m_missingTitle(new QLabel(this)), m_vertical(new QSplitter(Qt::Vertical, this)),
      m_horizontal(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("projectBoardPage"));
    auto *add = new QPushButton(tr("&New project…"), this);
    add->setToolTip(tr("Records the team problem a participant brings to the cohort."));
    toolBar()->addStretch(1);
    toolBar()->addWidget(add);
    addRemoveButton();

    // Beside the board: who still has no project.
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_missingTitle->setWordWrap(true);
    m_missingTitle->setTextFormat(Qt::PlainText);
    m_missingTitle->setBuddy(m_missing);
    m_missing->setToolTip(tr("Double-click someone, or press Enter, to record their project."));
    auto *record = new QPushButton(tr("Record &their project…"), side);
    side->setMinimumWidth(fontMetrics().averageCharWidth() * 30);
    sideLayout->addWidget(m_missingTitle);
    sideLayout->addWidget(m_missing, 1);
    sideLayout->addWidget(record);

    m_horizontal->addWidget(m_board);
    m_horizontal->addWidget(side);
    m_horizontal->setStretchFactor(0, 4);
    m_horizontal->setStretchFactor(1, 1);
    m_horizontal->setChildrenCollapsible(false);
    // The table of CohortEntryPage goes under the board, in a splitter of its own.
    layout()->replaceWidget(table(), m_vertical);
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(table());
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setChildrenCollapsible(false);
    m_splitter = m_vertical;
    rememberSplitters({m_vertical, m_horizontal});
    startWithRunningCohort();

    QHeaderView *header = table()->horizontalHeader();
    table()->hideColumn(ApplicationProjectModel::Cohort);
    header->moveSection(header->visualIndex(ApplicationProjectModel::Title), 1);
    header->moveSection(header->visualIndex(ApplicationProjectModel::Problem), header->count() - 1);

    connect(add, &QPushButton::clicked, this, [this] { addProjectFor(-1); });
    connect(record, &QPushButton::clicked, this, &ProjectBoardPage::addItem);
    connect(m_missing, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        addProjectFor(item->data(ParticipantRole).toLongLong());
    });
    connect(m_board, &ProjectBoard::currentProjectChanged, this, [this](qint64 id) {
        if (m_syncing)
            return;
        m_syncing = true;
        table()->showId(id);
        m_syncing = false;
    });
    connect(m_board, &ProjectBoard::projectActivated, this, [this](qint64 id) {
        table()->showId(id);
        table()->setFocus(Qt::OtherFocusReason);
        table()->edit(table()->currentIndex().siblingAtColumn(ApplicationProjectModel::Title));
    });
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncing || !current.isValid())
                    return;
                m_syncing = true;
                m_board->selectProject(m_projects->idAt(current.row()));
                m_syncing = false;
            });
    connect(&history.file(), &ProgramFile::tablesChanged, this, &ProjectBoardPage::onTablesChanged);
    updateMissing();
}

QString ProjectBoardPage::title()
{
    return tr("Application projects");
}

QString ProjectBoardPage::addActionText() const
{
    return tr("&New application project…");
}

void ProjectBoardPage::addItem()
{
    QListWidgetItem *item = m_missing->currentItem();
    if (!item && m_missing->count() > 0)
        item = m_missing->item(0);
    addProjectFor(item ? item->data(ParticipantRole).toLongLong() : -1);
}

void ProjectBoardPage::addProjectFor(qint64 participantId)
{
    if (cohort() < 0) {
        Q_EMIT problem(tr("Choose a cohort first: every project belongs to one."));
        return;
    }
    ProjectDialog dialog(m_history.file().database(), cohort(), cohortFacts().name, participantId,
                         this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    qint64 id = -1;
    if (m_projects->addProject(dialog.participant(), dialog.title(), dialog.problem(),
                               dialog.team(), &id)) {
        m_board->selectProject(id, true);
        Q_EMIT statusMessage(tr("Recorded “%1”.").arg(dialog.title()));
    }
}

void ProjectBoardPage::removeSelected()
{
    const bool boardFocused = m_board->isAncestorOf(focusWidget());
    const QList<qint64> ids = boardFocused ? m_board->selectedIds() : table()->selectedIds();
    if (ids.isEmpty() || !AreaView::confirmDelete(this, removeQuestion(int(ids.size()))))
        return;
    removeRows(ids);
}

void ProjectBoardPage::showCohort(qint64 cohortId)
{
    m_projects->setCohort(cohortId);
    updateMissing();
}

void ProjectBoardPage::onTablesChanged(const QStringList &tables)
{
    for (const QString &t : tables) {
        if (t == QLatin1String("application_projects") || t == QLatin1String("enrollments") ||
            t == QLatin1String("participants") || t == QLatin1String("cohorts")) {
            updateMissing();
            return;
        }
    }
}

void ProjectBoardPage::updateMissing()
{
    const qint64 current = m_missing->currentItem()
                               ? m_missing->currentItem()->data(ParticipantRole).toLongLong()
                               : -1;
    m_missing->clear();
    if (cohort() < 0) {
        m_missingTitle->setText(tr("Without a project"));
        return;
    }
    QString error;
    const auto missing = ProjectTracking::withoutProject(m_history.file().database(), cohort(),
                                                         QDate::currentDate(), &error);
    if (!missing) {
        m_missingTitle->setText(error);
        return;
    }
    // The last day of the first week: the day before the flag goes up.
    const QString due = missing->due.isValid()
                            ? QLocale().toString(missing->due.addDays(-1), QLocale::ShortFormat)
                            : QString();
    QFont font = m_missingTitle->font();
    font.setBold(missing->overdue && !missing->people.isEmpty());
    m_missingTitle->setFont(font);
    if (missing->people.isEmpty())
        m_missingTitle->setText(missing->participants == 0 ? tr("Nobody is enrolled yet.")
                                                           : tr("Everyone has a project."));
    else if (missing->overdue)
        m_missingTitle->setText(tr("&Without a project after week 1: %1\nFollow up with them "
                                   "and their managers.")
                                    .arg(missing->people.size()));
    else if (!due.isEmpty())
        m_missingTitle->setText(tr("&Still to record a project: %1\nDue by %2, the end of the "
                                   "first week.")
                                    .arg(missing->people.size())
                                    .arg(due));
    else
        m_missingTitle->setText(tr("&Still to record a project: %1").arg(missing->people.size()));
    for (const PersonWithoutProject &person : missing->people) {
        auto *item = new QListWidgetItem(person.name, m_missing);
        item->setData(ParticipantRole, person.participantId);
        QStringList details;
        if (!person.team.isEmpty())
            details.append(tr("Team %1").arg(person.team));
        if (!person.manager.isEmpty())
            details.append(tr("manager %1").arg(person.manager));
        item->setToolTip(details.join(QStringLiteral(", ")));
        if (missing->overdue)
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        if (person.participantId == current)
            m_missing->setCurrentItem(item);
    }
}

QString ProjectBoardPage::cohortEmptyText() const
{
    return tr("No application projects in this cohort yet. In the first week each participant "
              "brings a real problem of their team: record it with “New project”, or "
              "double-click a name under “Without a project”.");
}

QString ProjectBoardPage::cohortInfo() const
{
    const CohortFacts facts = cohortFacts();
    QSqlQuery query(m_history.file().database());
    query.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM enrollments WHERE cohort_id = :c AND status <> "
        "'withdrawn'), (SELECT count(DISTINCT a.participant_id) FROM application_projects a JOIN "
        "enrollments e ON e.cohort_id = a.cohort_id AND e.participant_id = a.participant_id AND "
        "e.status <> 'withdrawn' WHERE a.cohort_id = :c), (SELECT count(*) FROM "
        "application_projects WHERE cohort_id = :c AND status = 'in_production')"));
    query.bindValue(QStringLiteral(":c"), cohort());
    int participants = 0;
    int withProject = 0;
    int production = 0;
    if (query.exec() && query.next()) {
        participants = query.value(0).toInt();
        withProject = query.value(1).toInt();
        production = query.value(2).toInt();
    }
    return tr("%1 · %2 · %3 of %4 participants have a project · %5 in production")
        .arg(facts.name, endPhrase(facts))
        .arg(withProject)
        .arg(participants)
        .arg(production);
}

QString ProjectBoardPage::removeQuestion(int count) const
{
    return tr("Delete %n application project(s)?", nullptr, count);
}

bool ProjectBoardPage::removeRows(const QList<qint64> &ids)
{
    return m_projects->removeProjects(ids);
}

} // namespace Upskill
