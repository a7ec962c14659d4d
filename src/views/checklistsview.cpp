// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistsview.h"

#include "checklistitemmodel.h"
#include "edithistory.h"
#include "itemdelegate.h"
#include "programfile.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStyle>
#include <QVBoxLayout>

namespace Upskill {

namespace {

constexpr int CohortIdRole = Qt::UserRole;
constexpr qint64 ProgramChoice = -1;

// Groups the items by section the way a printed checklist does: the section's name on its
// first item only, and a rule above it that separates it from the section before.
class SectionDelegate : public ItemDelegate
{
public:
    using ItemDelegate::ItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        ItemDelegate::paint(painter, option, index);
        if (!startsSection(index) || index.row() == 0)
            return;
        painter->save();
        painter->setPen(option.palette.color(QPalette::Mid));
        painter->drawLine(option.rect.topLeft(), option.rect.topRight());
        painter->restore();
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        ItemDelegate::initStyleOption(option, index);
        if (index.column() != ChecklistItemModel::Section)
            return;
        if (startsSection(index))
            option->font.setBold(true);
        else
            option->text.clear();
    }

private:
    static bool startsSection(const QModelIndex &index)
    {
        if (index.row() == 0)
            return true;
        const QModelIndex here = index.siblingAtColumn(ChecklistItemModel::Section);
        return here.data(Qt::EditRole) != here.siblingAtRow(index.row() - 1).data(Qt::EditRole);
    }
};

} // namespace

ChecklistsView::ChecklistsView(EditHistory &history, QWidget *parent)
    : AreaView(history, parent), m_model(new ChecklistItemModel(history, this)),
      m_choices(new QStandardItemModel(this)), m_table(new TableView(this)),
      m_selector(new QComboBox(this)), m_heading(new QLabel(this)), m_progress(new QLabel(this)),
      m_add(new QPushButton(tr("&Add item"), this)), m_remove(new QPushButton(tr("Re&move"), this)),
      m_up(new QPushButton(tr("Move &up"), this)), m_down(new QPushButton(tr("Move do&wn"), this)),
      m_fromTemplate(new QPushButton(tr("Create from &template"), this))
{
    m_selector->setModel(m_choices);
    m_selector->setEditable(true);
    m_selector->setInsertPolicy(QComboBox::NoInsert);
    m_selector->setMaxVisibleItems(20);
    // Sized by a length, not by its items: measuring ten thousand cohort names would slow
    // down the first show.
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_selector->setMinimumContentsLength(36);
    m_selector->lineEdit()->setPlaceholderText(tr("Type part of a cohort's name"));
    m_selector->setToolTip(tr("The program's own checklist, then the cohorts, newest first. "
                              "Type any part of a cohort's name to find it."));
    // Typing finds a cohort by any part of its name, not only its beginning.
    QCompleter *completer = m_selector->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    // The combo takes the focus for its line edit, so the combo is the one to watch.
    m_selector->installEventFilter(this);

    auto *sections = new QMenu(m_add);
    for (const Choice &section : Vocabulary::choices(Term::ChecklistSection))
        sections->addAction(section.label, this, [this, key = section.key] { addItemIn(key); });
    m_add->setMenu(sections);
    m_add->setToolTip(tr("Adds an item at the end of the section you choose."));
    m_fromTemplate->setToolTip(tr("Fills this checklist with the items of the launch-checklist "
                                  "template; a cohort's due dates count from its start date."));

    m_table->setProgramModel(m_model);
    // The order is the checklist's own; it changes with Move up/down only.
    m_table->setSortingEnabled(false);
    // The item's text is what people read; it takes the room the other columns leave.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistItemModel::Title,
                                                      QHeaderView::Stretch);
    QAbstractItemDelegate *plain = m_table->itemDelegate();
    m_table->setItemDelegate(new SectionDelegate(m_table));
    delete plain;

    auto *pick = new QHBoxLayout;
    auto *pickLabel = new QLabel(tr("&Checklist:"), this);
    pickLabel->setBuddy(m_selector);
    pick->addWidget(pickLabel);
    pick->addWidget(m_selector);
    pick->addStretch(1);

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_heading);
    bar->addSpacing(12);
    bar->addWidget(m_progress);
    bar->addStretch(1);
    for (QPushButton *button : {m_fromTemplate, m_add, m_remove, m_up, m_down})
        bar->addWidget(button);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    watchRefusals(m_model);
    connect(m_selector, &QComboBox::currentIndexChanged, this, &ChecklistsView::onSelectorChanged);
    // Text that names no checklist goes back to the one showing instead of staying half-typed.
    connect(m_selector->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int match = m_selector->findText(m_selector->currentText(), Qt::MatchFixedString);
        if (match >= 0)
            m_selector->setCurrentIndex(match);
        else
            m_selector->setEditText(m_selector->itemText(m_selector->currentIndex()));
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ChecklistsView::rememberPosition);
    // Connected after TableView's own sizing to the contents, which this one refines.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        sizeColumnsOnce();
        restorePosition();
        updateHeading();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateHeading();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistsView::updateButtons);
    connect(&history.file(), &ProgramFile::tablesChanged, this, &ChecklistsView::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this, &ChecklistsView::onRowChanged);
    connect(m_fromTemplate, &QPushButton::clicked, this, &ChecklistsView::createFromTemplate);
    connect(m_remove, &QPushButton::clicked, this, &ChecklistsView::removeSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });

    m_model->select();
}

QString ChecklistsView::title() const
{
    return tr("Checklists");
}

QString ChecklistsView::addActionText() const
{
    return tr("&New checklist item");
}

void ChecklistsView::showEvent(QShowEvent *event)
{
    // The cohorts are listed when the area is first shown, not when the file opens.
    if (m_selectorStale)
        reloadSelector();
    AreaView::showEvent(event);
}

bool ChecklistsView::eventFilter(QObject *watched, QEvent *event)
{
    // Clicking into the picker selects its text, so typing a name replaces the one shown.
    // Deferred: the click that gave the focus would clear the selection again.
    if (watched == m_selector && event->type() == QEvent::FocusIn)
        QMetaObject::invokeMethod(m_selector->lineEdit(), &QLineEdit::selectAll,
                                  Qt::QueuedConnection);
    return AreaView::eventFilter(watched, event);
}

void ChecklistsView::reloadSelector()
{
    m_selectorStale = false;
    const qint64 wanted = m_model->cohortId();
    QList<QStandardItem *> items;
    auto *program = new QStandardItem(tr("Program checklist"));
    program->setData(ProgramChoice, CohortIdRole);
    QFont bold = program->font();
    bold.setBold(true);
    program->setFont(bold);
    items.append(program);
    QSqlQuery query(m_history.file().database());
    query.setForwardOnly(true);
    // Newest first: the quarter, then the start within it; cohorts without a start go first in
    // their quarter, as they are the ones still being planned.
    query.exec(QStringLiteral("SELECT id, name FROM cohorts ORDER BY quarter DESC, "
                              "coalesce(start_date, '9999') DESC, id DESC"));
    while (query.next()) {
        auto *item = new QStandardItem(query.value(1).toString());
        item->setData(query.value(0).toLongLong(), CohortIdRole);
        items.append(item);
    }
    int current = 0;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i)->data(CohortIdRole).toLongLong() == wanted) {
            current = i;
            break;
        }
    }
    {
        // One insertion for all of them: the combo and its completer hear of it once.
        const QSignalBlocker blocker(m_selector);
        m_choices->clear();
        m_choices->appendColumn(items);
        m_selector->setCurrentIndex(current);
    }
    // A cohort deleted since goes back to the program's checklist.
    if (m_choices->item(current)->data(CohortIdRole).toLongLong() != wanted)
        onSelectorChanged();
    else
        updateHeading();
}

void ChecklistsView::onSelectorChanged()
{
    if (m_selector->currentIndex() < 0)
        return;
    const qint64 id = m_selector->currentData(CohortIdRole).toLongLong();
    if (id == ProgramChoice)
        m_model->setProgram();
    else
        m_model->setCohort(id);
}

void ChecklistsView::showProgram()
{
    if (m_selectorStale)
        reloadSelector();
    m_selector->setCurrentIndex(0);
}

void ChecklistsView::showCohort(qint64 cohortId)
{
    if (m_selectorStale)
        reloadSelector();
    int index = m_selector->findData(cohortId, CohortIdRole);
    if (index < 0) {
        reloadSelector();
        index = m_selector->findData(cohortId, CohortIdRole);
    }
    if (index >= 0)
        m_selector->setCurrentIndex(index);
}

void ChecklistsView::onTablesChanged(const QStringList &tables)
{
    if (!tables.contains(QLatin1String("cohorts")))
        return;
    m_selectorStale = true;
    if (isVisible())
        reloadSelector();
}

void ChecklistsView::onRowChanged(const QString &table, qint64 id)
{
    if (table != QLatin1String("cohorts"))
        return;
    // A renamed cohort is renamed in place; its place in the list follows at the next reload.
    const int index = m_selector->findData(id, CohortIdRole);
    if (index >= 0) {
        QSqlQuery query(m_history.file().database());
        query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            m_selector->setItemText(index, query.value(0).toString());
    }
    if (id == m_model->cohortId())
        updateHeading();
}

void ChecklistsView::rememberPosition()
{
    m_keepId = m_table->currentId();
    m_keepScroll = m_table->verticalScrollBar()->value();
}

void ChecklistsView::restorePosition()
{
    // Ticking an item, editing or moving one re-reads the checklist; the item stays current
    // and the list where it was. A different checklist starts at its top.
    const qint64 shown = m_model->cohortId();
    const bool same = shown == m_keepChecklist;
    m_keepChecklist = shown;
    if (!same || m_keepId < 0)
        return;
    const int row = m_model->rowOf(m_keepId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, ChecklistItemModel::Title);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->verticalScrollBar()->setValue(m_keepScroll);
}

void ChecklistsView::updateHeading()
{
    const qint64 cohort = m_model->cohortId();
    QString heading = tr("Program launch checklist");
    QString empty = tr("The program's own launch checklist has no items yet. Use “Create from "
                       "template” for the default items, or “Add item” to write your own.");
    if (cohort >= 0) {
        QSqlQuery query(m_history.file().database());
        query.prepare(QStringLiteral("SELECT name, start_date FROM cohorts WHERE id = ?"));
        query.addBindValue(cohort);
        if (query.exec() && query.next()) {
            const QDate start = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            heading = start.isValid() ? tr("Launch checklist of %1 · starts %2")
                                            .arg(query.value(0).toString(),
                                                 QLocale().toString(start, QLocale::ShortFormat))
                                      : tr("Launch checklist of %1 · no start date yet")
                                            .arg(query.value(0).toString());
        }
        empty = tr("This cohort has no launch checklist yet. Use “Create from template” for the "
                   "default items, due relative to the cohort's start, or “Add item” to write "
                   "your own.");
    }
    m_heading->setText(heading);
    m_table->setEmptyText(empty);

    const ChecklistProgress progress = m_model->progress();
    QString line = progress.total == 0 ? tr("No items yet")
                                       : tr("%1 of %2 done").arg(progress.done).arg(progress.total);
    if (progress.overdue > 0)
        line += QStringLiteral(" · ") + tr("%n overdue", nullptr, progress.overdue);
    m_progress->setText(line);
    m_fromTemplate->setVisible(progress.total == 0);
}

void ChecklistsView::sizeColumnsOnce()
{
    // Columns are sized once the first checklist with items shows; later the user's widths stay.
    if (m_columnsSized || m_model->rowCount() == 0)
        return;
    m_columnsSized = true;
    const QFontMetrics metrics = m_table->fontMetrics();
    QFont bold = m_table->font();
    bold.setBold(true);
    int section = 0;
    for (const Choice &choice : Vocabulary::choices(Term::ChecklistSection))
        section = qMax(section, QFontMetrics(bold).horizontalAdvance(choice.label));
    // A date in the locale's short form, with room for the warning sign of an overdue item.
    const int date =
        metrics.horizontalAdvance(QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat));
    const int icon = m_table->style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_table->setColumnWidth(ChecklistItemModel::Section, section + 16);
    // Owners are a handful of roles and names: as wide as the longest shown, within reason.
    int owner = metrics.horizontalAdvance(
        m_model->headerData(ChecklistItemModel::Owner, Qt::Horizontal).toString());
    for (int row = 0; row < m_model->rowCount(); ++row)
        owner = qMax(owner, metrics.horizontalAdvance(
                                m_model->index(row, ChecklistItemModel::Owner).data().toString()));
    m_table->setColumnWidth(ChecklistItemModel::Owner,
                            qMin(owner + 16, metrics.averageCharWidth() * 30));
    m_table->setColumnWidth(ChecklistItemModel::DueDate, date + icon + 24);
    m_table->setColumnWidth(ChecklistItemModel::Done, metrics.averageCharWidth() * 8);
    m_table->setColumnWidth(ChecklistItemModel::DoneOn, date + 16);
    m_table->setColumnWidth(ChecklistItemModel::Note, metrics.averageCharWidth() * 16);
}

void ChecklistsView::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    const bool has = current.isValid();
    m_remove->setEnabled(has);
    m_up->setEnabled(has && m_model->canMove(current.row(), -1));
    m_down->setEnabled(has && m_model->canMove(current.row(), 1));
}

void ChecklistsView::addItemIn(const QString &section)
{
    qint64 id = -1;
    if (!m_model->addItem(section, QString(), &id))
        return;
    m_table->showId(id);
    m_table->edit(m_table->currentIndex().siblingAtColumn(ChecklistItemModel::Title));
}

void ChecklistsView::addItem()
{
    const QModelIndex current = m_table->currentIndex();
    addItemIn(current.isValid() ? m_model->sectionAt(current.row())
                                : Vocabulary::keys(Term::ChecklistSection).constFirst());
}

void ChecklistsView::removeSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty())
        return;
    if (!confirmDelete(tr("Delete %n checklist item(s)?", nullptr, int(ids.size()))))
        return;
    m_model->removeItems(ids);
}

void ChecklistsView::focusSearch()
{
    m_selector->setFocus(Qt::ShortcutFocusReason);
    m_selector->lineEdit()->selectAll();
}

void ChecklistsView::move(int delta)
{
    const qint64 id = m_table->currentId();
    if (id >= 0 && m_model->move(m_table->currentIndex().row(), delta))
        m_table->showId(id);
}

void ChecklistsView::createFromTemplate()
{
    if (m_model->createFromTemplate())
        Q_EMIT statusMessage(tr("Created the checklist from the template: %n item(s).", nullptr,
                                m_model->progress().total));
}

} // namespace Upskill
