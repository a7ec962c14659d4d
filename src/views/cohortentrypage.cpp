// SPDX-License-Identifier: GPL-3.0-or-later
#include "cohortentrypage.h"

#include "areaview.h"
#include "edithistory.h"
#include "programfile.h"
#include "programtablemodel.h"
#include "projecttracking.h"
#include "tableview.h"
#include "vocabulary.h"

#include <QComboBox>
#include <QCompleter>
#include <QDataStream>
#include <QDate>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <utility>

namespace Upskill {

namespace {
constexpr int CohortIdRole = Qt::UserRole;
}

CohortEntryPage::CohortEntryPage(EditHistory &history, ProgramTableModel *model,
                                 const QString &dataTable, QWidget *parent)
    : SkillsPage(parent), m_history(history), m_model(model), m_dataTable(dataTable),
      m_cohorts(new QStandardItemModel(this)), m_picker(new QComboBox(this)),
      m_bar(new QHBoxLayout), m_info(new QLabel(this)), m_table(new TableView(this))
{
    m_model->setParent(this);
    m_picker->setModel(m_cohorts);
    m_picker->setEditable(true);
    m_picker->setInsertPolicy(QComboBox::NoInsert);
    m_picker->setMaxVisibleItems(20);
    // Sized by a length, not by its items: measuring ten thousand cohort names would slow
    // down the first show.
    m_picker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_picker->setMinimumContentsLength(32);
    m_picker->lineEdit()->setPlaceholderText(tr("Type part of a cohort's name"));
    m_picker->setToolTip(tr("The cohorts, newest first. Type any part of a cohort's name to "
                            "find it."));
    QCompleter *completer = m_picker->completer();
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setMaxVisibleItems(15);
    // The combo takes the focus for its line edit, so the combo is the one to watch.
    m_picker->installEventFilter(this);

    auto *label = new QLabel(tr("&Cohort:"), this);
    label->setBuddy(m_picker);
    m_bar->addWidget(label);
    m_bar->addWidget(m_picker);

    m_info->setWordWrap(true);
    m_info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setProgramModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_bar);
    layout->addWidget(m_info);
    layout->addWidget(m_table, 1);

    watchRefusals(m_model);
    connect(m_picker, &QComboBox::currentIndexChanged, this, &CohortEntryPage::onPicked);
    // Text that names no cohort goes back to the one showing instead of staying half-typed.
    connect(m_picker->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const int match = m_picker->findText(m_picker->currentText(), Qt::MatchFixedString);
        if (match >= 0)
            m_picker->setCurrentIndex(match);
        else
            m_picker->setEditText(m_picker->itemText(m_picker->currentIndex()));
    });
    // Connected after TableView's own sizing to the contents, which a remembered layout
    // overrides.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        fitLastColumnOnce();
        applyPendingLayout();
        updateTexts();
    });
    connect(&history.file(), &ProgramFile::tablesChanged, this, &CohortEntryPage::onTablesChanged);
    connect(&history.file(), &ProgramFile::rowChanged, this, &CohortEntryPage::onRowChanged);
    updateTexts();
}

void CohortEntryPage::showEvent(QShowEvent *event)
{
    if (m_startWithRunning && !m_shownOnce && cohort() < 0) {
        if (const qint64 running =
                ProjectTracking::currentCohort(m_history.file().database(), QDate::currentDate());
            running > 0)
            setCohort(running);
    }
    m_shownOnce = true;
    // The cohorts are listed when the page is first shown, not when the file opens.
    if (m_cohortsStale)
        reloadCohorts();
    SkillsPage::showEvent(event);
}

bool CohortEntryPage::eventFilter(QObject *watched, QEvent *event)
{
    // Clicking into the picker selects its text, so typing a name replaces the one shown.
    // Deferred: the click that gave the focus would clear the selection again.
    if (watched == m_picker && event->type() == QEvent::FocusIn)
        QMetaObject::invokeMethod(m_picker->lineEdit(), &QLineEdit::selectAll,
                                  Qt::QueuedConnection);
    return SkillsPage::eventFilter(watched, event);
}

qint64 CohortEntryPage::initialCohort() const
{
    // The newest cohort that has figures here: what a coordinator most likely continues with.
    QSqlQuery query(m_history.file().database());
    query.prepare(
        QStringLiteral("SELECT c.id FROM cohorts c WHERE EXISTS (SELECT 1 FROM %1 t WHERE "
                       "t.cohort_id = c.id) ORDER BY c.start_date DESC, c.name LIMIT 1")
            .arg(m_history.file().database().driver()->escapeIdentifier(m_dataTable,
                                                                        QSqlDriver::TableName)));
    if (query.exec() && query.next())
        return query.value(0).toLongLong();
    return m_cohorts->rowCount() > 0 ? m_cohorts->item(0)->data(CohortIdRole).toLongLong() : -1;
}

void CohortEntryPage::reloadCohorts()
{
    m_cohortsStale = false;
    QList<QStandardItem *> items;
    QSqlQuery query(m_history.file().database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT id, name FROM cohorts ORDER BY start_date DESC, name"));
    while (query.next()) {
        auto *item = new QStandardItem(query.value(1).toString());
        item->setData(query.value(0).toLongLong(), CohortIdRole);
        items.append(item);
    }
    int current = -1;
    {
        // One insertion for all of them: the combo and its completer hear of it once.
        const QSignalBlocker blocker(m_picker);
        m_cohorts->clear();
        if (!items.isEmpty())
            m_cohorts->appendColumn(items);
        const qint64 wanted = m_chosen ? m_cohortId : initialCohort();
        current = m_picker->findData(wanted, CohortIdRole);
        m_picker->setCurrentIndex(current);
    }
    m_chosen = true;
    // A cohort deleted since shows nothing rather than its last rows.
    onPicked();
}

void CohortEntryPage::onPicked()
{
    const int index = m_picker->currentIndex();
    const qint64 id = index >= 0 ? m_picker->itemData(index, CohortIdRole).toLongLong() : -1;
    if (id != m_cohortId) {
        m_cohortId = id;
        showCohort(id);
    }
    updateTexts();
}

void CohortEntryPage::setCohort(qint64 cohortId)
{
    m_chosen = true;
    if (m_cohortsStale)
        reloadCohorts();
    int index = cohortId < 0 ? -1 : m_picker->findData(cohortId, CohortIdRole);
    if (index < 0 && cohortId >= 0) {
        // Added since the list was read.
        reloadCohorts();
        index = m_picker->findData(cohortId, CohortIdRole);
    }
    m_picker->setCurrentIndex(index);
    onPicked();
}

CohortEntryPage::CohortFacts CohortEntryPage::cohortFacts() const
{
    CohortFacts facts;
    QSqlQuery query(m_history.file().database());
    query.prepare(
        QStringLiteral("SELECT name, status, start_date, end_date FROM cohorts WHERE id = ?"));
    query.addBindValue(m_cohortId);
    if (query.exec() && query.next()) {
        facts.name = query.value(0).toString();
        facts.status = query.value(1).toString();
        facts.start = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        facts.end = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    }
    return facts;
}

QString CohortEntryPage::endPhrase(const CohortFacts &facts) const
{
    const QString status = Vocabulary::label(Term::CohortStatus, facts.status);
    if (!facts.end.isValid())
        return tr("%1, no end date yet").arg(status);
    const QString end = QLocale().toString(facts.end, QLocale::ShortFormat);
    return facts.end <= QDate::currentDate() ? tr("%1, ended %2").arg(status, end)
                                             : tr("%1, ends %2").arg(status, end);
}

QString CohortEntryPage::infoText() const
{
    return m_info->text();
}

void CohortEntryPage::updateTexts()
{
    QString empty;
    if (m_cohortId >= 0) {
        empty = cohortEmptyText();
        m_info->setText(cohortInfo());
    } else {
        QSqlQuery query(m_history.file().database());
        const bool anyCohort =
            query.exec(QStringLiteral("SELECT 1 FROM cohorts LIMIT 1")) && query.next();
        empty = anyCohort ? tr("Choose a cohort above: its figures are entered here, one cohort "
                               "at a time.")
                          : tr("There are no cohorts yet. Plan one under Cohorts; its figures "
                               "are entered here.");
        m_info->clear();
    }
    m_info->setVisible(!m_info->text().isEmpty());
    if (empty != m_emptyText) {
        m_emptyText = empty;
        m_table->setEmptyText(empty);
    }
}

void CohortEntryPage::onTablesChanged(const QStringList &tables)
{
    if (tables.contains(QLatin1String("cohorts"))) {
        m_cohortsStale = true;
        if (isVisible())
            reloadCohorts();
    }
    // The line under the picker counts what other areas change (who completed, sessions).
    if (m_cohortId >= 0)
        updateTexts();
}

void CohortEntryPage::onRowChanged(const QString &table, qint64 id)
{
    if (table != QLatin1String("cohorts"))
        return;
    // A renamed cohort is renamed in place; its place in the list follows at the next reload.
    const int index = m_picker->findData(id, CohortIdRole);
    if (index >= 0) {
        QSqlQuery query(m_history.file().database());
        query.prepare(QStringLiteral("SELECT name FROM cohorts WHERE id = ?"));
        query.addBindValue(id);
        if (query.exec() && query.next())
            m_picker->setItemText(index, query.value(0).toString());
    }
    if (id == m_cohortId)
        updateTexts();
}

void CohortEntryPage::removeSelected()
{
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty() || !AreaView::confirmDelete(this, removeQuestion(int(ids.size()))))
        return;
    removeRows(ids);
}

void CohortEntryPage::addRemoveButton()
{
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setEnabled(false);
    m_bar->addWidget(m_remove);
    connect(m_remove, &QPushButton::clicked, this, &CohortEntryPage::removeSelected);
    const auto update = [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, update);
    connect(m_model, &QAbstractItemModel::modelReset, this, update);
}

void CohortEntryPage::focusSearch()
{
    m_picker->setFocus(Qt::ShortcutFocusReason);
}

namespace {
constexpr quint32 SplitLayoutMagic = 0x43455332; // "CES2": the table's header, then splitters
}

QByteArray CohortEntryPage::saveLayout() const
{
    if (m_splitters.isEmpty())
        return m_table->horizontalHeader()->saveState();
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << SplitLayoutMagic << m_table->horizontalHeader()->saveState()
           << qint32(m_splitters.size());
    for (const QSplitter *splitter : m_splitters)
        stream << splitter->saveState();
    return state;
}

void CohortEntryPage::restoreLayout(const QByteArray &layout)
{
    QByteArray state = layout;
    if (!m_splitters.isEmpty()) {
        QDataStream stream(layout);
        quint32 magic = 0;
        qint32 count = 0;
        stream >> magic;
        if (magic != SplitLayoutMagic)
            return; // from another version of the page: its defaults serve
        stream >> state >> count;
        for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
            QByteArray splitter;
            stream >> splitter;
            if (i < m_splitters.size() && stream.status() == QDataStream::Ok)
                m_splitters[i]->restoreState(splitter);
        }
    }
    if (state.isEmpty())
        return;
    m_pendingLayout = state;
    // The table sizes its columns to the first rows it shows; the widths the user left
    // win over that, so they wait for it.
    if (m_model->rowCount() > 0)
        applyPendingLayout();
}

void CohortEntryPage::fitLastColumnOnce()
{
    if (m_lastColumnFitted || m_model->rowCount() == 0)
        return;
    m_lastColumnFitted = true;
    // The last column holds the long text (a comment, an observation, the evidence): it takes
    // the room the figures leave instead of pushing them off the side.
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = header->count() - 1; visual >= 0; --visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            m_table->setColumnWidth(logical, m_table->fontMetrics().averageCharWidth() * 24);
            return;
        }
    }
}

void CohortEntryPage::applyPendingLayout()
{
    if (m_pendingLayout.isEmpty() || m_model->rowCount() == 0)
        return;
    // Taken first: restoring the sort order re-sorts the model, whose reset comes back here.
    const QByteArray state = std::exchange(m_pendingLayout, {});
    m_table->horizontalHeader()->restoreState(state);
}

} // namespace Upskill
