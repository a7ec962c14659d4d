// SPDX-License-Identifier: GPL-3.0-or-later
#include "protectedtimepage.h"

#include "bulkweekdialog.h"
#include "edithistory.h"
#include "itemdelegate.h"
#include "programfile.h"
#include "projecttracking.h"
#include "protectedtimegridmodel.h"
#include "protectedtimemodel.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIODevice>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Upskill {

namespace {
constexpr int EntryRole = Qt::UserRole;
constexpr int PersonRole = Qt::UserRole + 1;
constexpr int WeekRole = Qt::UserRole + 2;

QString hours(double value)
{
    return QLocale().toString(value, 'g', QLocale::FloatingPointShortest);
}

QTreeWidget *figureList(const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setSortingEnabled(false);
    return list;
}
} // namespace

ProtectedTimePage::ProtectedTimePage(EditHistory &history, QWidget *parent)
    : CohortEntryPage(history, new ProtectedTimeModel(history), QStringLiteral("protected_time"),
                      parent),
      m_entries(static_cast<ProtectedTimeModel *>(table()->model())),
      m_grid(new ProtectedTimeGridModel(history, this)), m_gridView(new QTableView(this)),
      m_violations(figureList(
          {tr("Week"), tr("Participant"), tr("Used"), tr("Time taken for"), tr("Manager")}, this)),
      m_teams(figureList({tr("Team"), tr("Used"), tr("Hours"), tr("Weeks below plan")}, this)),
      m_managers(
          figureList({tr("Manager"), tr("Used"), tr("Hours"), tr("Weeks below plan")}, this)),
      m_violationsTitle(new QLabel(this)), m_vertical(new QSplitter(Qt::Vertical, this)),
      m_horizontal(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("protectedTimePage"));
    auto *bulk = new QPushButton(tr("&Bulk entry for a week…"), this);
    bulk->setToolTip(tr("Enters the hours of a whole week for everyone in the cohort at once."));
    toolBar()->addStretch(1);
    toolBar()->addWidget(bulk);
    addRemoveButton();

    m_gridView->setObjectName(QStringLiteral("protectedTimeGrid"));
    m_gridView->setModel(m_grid);
    m_gridView->setItemDelegate(new ItemDelegate(m_gridView));
    m_gridView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_gridView->setEditTriggers(QAbstractItemView::DoubleClicked |
                                QAbstractItemView::EditKeyPressed |
                                QAbstractItemView::AnyKeyPressed);
    m_gridView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_gridView->setWordWrap(false);
    m_gridView->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 17);
    m_gridView->horizontalHeader()->setMinimumHeight(fontMetrics().height() * 2 + 8);
    m_gridView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_gridView->installEventFilter(this);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_violationsTitle->setBuddy(m_violations);
    m_violationsTitle->setWordWrap(true);
    m_violations->setToolTip(tr("Weeks below the plan, newest first: raise them with the "
                                "manager. Double-click one to find it in the grid."));
    auto *groups = new QTabWidget(side);
    groups->setDocumentMode(true);
    groups->addTab(m_teams, tr("By team"));
    groups->addTab(m_managers, tr("By manager"));
    sideLayout->addWidget(m_violationsTitle);
    sideLayout->addWidget(m_violations, 3);
    sideLayout->addWidget(groups, 2);

    m_horizontal->addWidget(m_gridView);
    m_horizontal->addWidget(side);
    m_horizontal->setStretchFactor(0, 3);
    m_horizontal->setStretchFactor(1, 2);
    m_horizontal->setChildrenCollapsible(false);
    layout()->replaceWidget(table(), m_vertical);
    m_vertical->addWidget(m_horizontal);
    m_vertical->addWidget(table());
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 2);
    m_vertical->setChildrenCollapsible(false);
    m_splitter = m_vertical;
    rememberSplitters({m_vertical, m_horizontal});
    startWithRunningCohort();
    table()->horizontalHeader()->setSortIndicator(ProtectedTimeModel::WeekStart,
                                                  Qt::AscendingOrder);

    connect(bulk, &QPushButton::clicked, this, [this] { bulkEntry(); });
    connect(m_grid, &ProtectedTimeGridModel::editRefused, this, &SkillsPage::problem);
    connect(m_grid, &ProtectedTimeGridModel::figuresChanged, this, [this] {
        updateFigures();
        updateTexts();
    });
    connect(m_gridView, &QTableView::customContextMenuRequested, this,
            &ProtectedTimePage::showGridMenu);
    connect(m_violations, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int row = m_grid->rowOfPerson(item->data(0, PersonRole).toLongLong());
        const int column = m_grid->columnOfWeek(item->data(0, WeekRole).toDate());
        if (row >= 0 && column >= 0) {
            m_gridView->setCurrentIndex(m_grid->index(row, column));
            m_gridView->setFocus(Qt::OtherFocusReason);
        }
        table()->showId(item->data(0, EntryRole).toLongLong());
    });
    updateFigures();
}

QString ProtectedTimePage::title()
{
    return tr("Protected time");
}

QString ProtectedTimePage::addActionText() const
{
    return tr("&Bulk entry for a week…");
}

void ProtectedTimePage::addItem()
{
    bulkEntry();
}

QDate ProtectedTimePage::suggestedWeek() const
{
    const QModelIndex current = m_gridView->currentIndex();
    if (m_grid->isWeekCell(current))
        return m_grid->weekAt(current.column());
    // The week running now, else the first one nobody's hours were entered for.
    const QDate today = QDate::currentDate();
    for (int column = 0; column < m_grid->weekCount(); ++column) {
        const QDate week = m_grid->weekAt(column);
        if (week <= today && today < week.addDays(7))
            return week;
    }
    for (int column = 0; column < m_grid->weekCount(); ++column) {
        bool anyUsed = false;
        for (int row = 0; row < m_grid->rowCount() && !anyUsed; ++row)
            anyUsed = !m_grid->usedAt(row, column).isNull();
        if (!anyUsed)
            return m_grid->weekAt(column);
    }
    return m_grid->weekAt(0);
}

void ProtectedTimePage::bulkEntry(const QDate &week)
{
    if (cohort() < 0) {
        Q_EMIT problem(tr("Choose a cohort first: protected time is entered per cohort."));
        return;
    }
    if (m_grid->weekCount() == 0 || m_grid->rowCount() == 0) {
        Q_EMIT problem(m_grid->weekCount() == 0
                           ? tr("This cohort has no dates yet, so it has no weeks. Set its start "
                                "and end under Cohorts first.")
                           : tr("Nobody is enrolled in this cohort yet. Enrol its participants "
                                "under Cohorts first."));
        return;
    }
    BulkWeekDialog dialog(m_grid, week.isValid() ? week : suggestedWeek(), this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("Protected time entered for the week of %1.")
                                 .arg(QLocale().toString(dialog.week(), QLocale::ShortFormat)));
}

void ProtectedTimePage::removeSelected()
{
    if (m_gridView->hasFocus()) {
        m_grid->clearUsed(m_gridView->selectionModel()->selectedIndexes());
        return;
    }
    CohortEntryPage::removeSelected();
}

bool ProtectedTimePage::eventFilter(QObject *watched, QEvent *event)
{
    // While a cell is edited its editor has the keys, so these reach the grid only outside.
    if (watched == m_gridView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            m_grid->clearUsed(m_gridView->selectionModel()->selectedIndexes());
            return true;
        }
    }
    return CohortEntryPage::eventFilter(watched, event);
}

void ProtectedTimePage::showGridMenu(const QPoint &position)
{
    const QModelIndex at = m_gridView->indexAt(position);
    if (!m_grid->isWeekCell(at))
        return;
    if (!m_gridView->selectionModel()->isSelected(at))
        m_gridView->setCurrentIndex(at);
    const QModelIndexList cells = m_gridView->selectionModel()->selectedIndexes();
    QMenu menu(this);
    QMenu *reasons = menu.addMenu(tr("Time &taken for"));
    for (const Choice &c : Vocabulary::choices(Term::TimeReason))
        reasons->addAction(c.label, this,
                           [this, cells, key = c.key] { m_grid->setReason(cells, key); });
    reasons->addSeparator();
    reasons->addAction(tr("(nothing)"), this,
                       [this, cells] { m_grid->setReason(cells, QString()); });
    menu.addAction(tr("Hours &planned…"), this, &ProtectedTimePage::askPlanned);
    menu.addAction(tr("&Clear hours used\tDel"), this, [this, cells] { m_grid->clearUsed(cells); });
    menu.addSeparator();
    menu.addAction(tr("&Bulk entry for this week…"), this,
                   [this, week = m_grid->weekAt(at.column())] { bulkEntry(week); });
    menu.exec(m_gridView->viewport()->mapToGlobal(position));
}

void ProtectedTimePage::askPlanned()
{
    const QModelIndexList cells = m_gridView->selectionModel()->selectedIndexes();
    const QModelIndex current = m_gridView->currentIndex();
    if (cells.isEmpty() || !m_grid->isWeekCell(current))
        return;
    bool ok = false;
    const double planned = QInputDialog::getDouble(
        this, tr("Hours planned"),
        tr("Protected hours planned for the %n week(s) selected:", nullptr, int(cells.size())),
        m_grid->plannedAt(current.row(), current.column()), 0, 80, 1, &ok);
    if (ok)
        m_grid->setPlanned(cells, planned);
}

void ProtectedTimePage::showCohort(qint64 cohortId)
{
    m_entries->setCohort(cohortId);
    m_grid->setCohort(cohortId);
    // Wide enough for "2 / 5 · Sprint work", never wider than a sentence.
    m_gridView->resizeColumnsToContents();
    for (int column = 0; column < m_grid->columnCount(); ++column)
        m_gridView->setColumnWidth(column, std::min(m_gridView->columnWidth(column) + 8,
                                                    fontMetrics().averageCharWidth() * 28));
}

void ProtectedTimePage::updateFigures()
{
    const CohortProtectedTime &f = m_grid->figures();
    m_violations->clear();
    for (const ProtectedTimeViolation &v : f.violations) {
        auto *item = new QTreeWidgetItem(m_violations);
        item->setText(0, QLocale().toString(v.week, QStringLiteral("d MMM")));
        item->setText(1, v.name);
        item->setText(2, tr("%1 of %2 h").arg(hours(v.used), hours(v.planned)));
        item->setText(3, v.reason.isEmpty() ? tr("no reason given")
                                            : Vocabulary::label(Term::TimeReason, v.reason));
        item->setText(4, v.manager);
        item->setData(0, EntryRole, v.entryId);
        item->setData(0, PersonRole, v.participantId);
        item->setData(0, WeekRole, v.week);
        item->setToolTip(1, v.note.isEmpty() ? v.team : tr("%1\n%2").arg(v.team, v.note));
        if (v.reason.isEmpty())
            item->setForeground(3, palette().color(QPalette::PlaceholderText));
    }
    m_violationsTitle->setText(f.violations.isEmpty()
                                   ? tr("&Below the plan: no week so far.")
                                   : tr("&Below the plan: %n week(s); raise them with the "
                                        "managers.",
                                        nullptr, int(f.violations.size())));
    for (int c = 0; c < m_violations->columnCount(); ++c)
        m_violations->resizeColumnToContents(c);

    const double target = m_grid->targetRatio();
    auto fill = [target](QTreeWidget *list, const QList<TimeUse> &uses, const QString &none) {
        list->clear();
        for (const TimeUse &use : uses) {
            auto *item = new QTreeWidgetItem(list);
            item->setText(0, use.key.isEmpty() ? none : use.key);
            item->setText(1,
                          use.hasFigures() ? ProtectedTime::percent(use.utilisation()) : QString());
            item->setText(2, tr("%1 of %2").arg(hours(use.used), hours(use.planned)));
            item->setText(3, QString::number(use.belowPlan));
            for (int c = 1; c < 4; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
            if (use.hasFigures() && use.utilisation() < target)
                item->setForeground(1, QColor(200, 60, 50));
        }
        for (int c = 0; c < list->columnCount(); ++c)
            list->resizeColumnToContents(c);
    };
    fill(m_teams, f.teams, tr("(no team)"));
    fill(m_managers, f.managers, tr("(no manager)"));
}

QString ProtectedTimePage::cohortEmptyText() const
{
    if (m_grid->weekCount() == 0)
        return tr("This cohort has no dates yet, so it has no weeks. Set its start and end under "
                  "Cohorts; its weeks then appear here.");
    return tr("No protected time recorded for this cohort yet. Type the hours each participant "
              "used into the grid above, or enter a whole week at once with “Bulk entry for a "
              "week”.");
}

QString ProtectedTimePage::cohortInfo() const
{
    const CohortFacts facts = cohortFacts();
    const CohortProtectedTime &f = m_grid->figures();
    QStringList parts{facts.name, endPhrase(facts)};
    if (!f.weeks.isEmpty())
        parts.append(tr("%1 from %2")
                         .arg(tr("%n week(s)", nullptr, int(f.weeks.size())),
                              QLocale().toString(f.weeks.first(), QLocale::ShortFormat)));
    if (f.cohort.hasFigures()) {
        parts.append(tr("%1 of the planned hours used (target %2)")
                         .arg(ProtectedTime::percent(f.cohort.utilisation()),
                              ProtectedTime::percent(m_grid->targetRatio())));
        parts.append(tr("%n week(s) below the plan", nullptr, f.cohort.belowPlan));
    }
    return parts.join(QStringLiteral(" · "));
}

QString ProtectedTimePage::removeQuestion(int count) const
{
    return tr("Delete %n week(s) of protected time?", nullptr, count);
}

bool ProtectedTimePage::removeRows(const QList<qint64> &ids)
{
    return m_entries->removeEntries(ids);
}

} // namespace Upskill
