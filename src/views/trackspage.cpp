// SPDX-License-Identifier: GPL-3.0-or-later
#include "trackspage.h"

#include "areaview.h"
#include "edithistory.h"
#include "modulemodel.h"
#include "tableview.h"
#include "trackmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QStyle>
#include <QVBoxLayout>

namespace Upskill {

TracksPage::TracksPage(EditHistory &history, QWidget *parent)
    : SkillsPage(parent), m_model(new TrackModel(history, this)),
      m_modules(new ModuleModel(history, this)), m_table(new TableView(this)),
      m_moduleTable(new TableView(this)), m_search(new QLineEdit(this)),
      m_modulesTitle(new QLabel(this)), m_addModule(new QPushButton(tr("Add &module"), this)),
      m_removeModule(new QPushButton(tr("&Remove module"), this)), m_summaryIcon(new QLabel(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("tracksPage"));
    m_table->setObjectName(QStringLiteral("tracksTable"));
    m_moduleTable->setObjectName(QStringLiteral("modulesTable"));
    m_table->setProgramModel(m_model);
    // Unsorted, tracks keep the program's own order (foundational first); a header click
    // sorts them.
    m_table->horizontalHeader()->setSortIndicatorShown(false);
    m_search->setPlaceholderText(tr("Filter tracks by name, audience or topic"));
    m_search->setClearButtonEnabled(true);
    m_table->setEmptyText(tr("No tracks yet. Use Edit → New track."));
    // Hours, weeks and hands-on share next to the kind, where they are read together.
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : {TrackModel::HandsOnShare, TrackModel::ModuleWeeks, TrackModel::ModuleHours,
                       TrackModel::ModuleCount})
        header->moveSection(header->visualIndex(column), header->visualIndex(TrackModel::Kind) + 1);
    m_moduleTable->setProgramModel(m_modules);
    m_moduleTable->setSortingEnabled(false);
    m_moduleTable->setEmptyText(tr("This track has no modules yet. Use “Add module”."));
    m_moduleTable->horizontalHeader()->moveSection(ModuleModel::Exercise,
                                                   m_modules->columnCount() - 1);

    QFont titleFont = m_modulesTitle->font();
    titleFont.setBold(true);
    m_modulesTitle->setFont(titleFont);
    m_summary->setObjectName(QStringLiteral("trackSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_summaryIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_summaryIcon->setAlignment(Qt::AlignTop);
    m_summaryIcon->hide();
    m_removeModule->setToolTip(tr("Remove the selected modules from this track"));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_modulesTitle, 1);
    bar->addWidget(m_addModule);
    bar->addWidget(m_removeModule);
    bottomLayout->addLayout(bar);
    bottomLayout->addWidget(m_moduleTable, 1);
    auto *summaryLine = new QHBoxLayout;
    summaryLine->addWidget(m_summaryIcon);
    summaryLine->addWidget(m_summary, 1);
    bottomLayout->addLayout(summaryLine);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_search);
    topLayout->addWidget(m_table, 1);
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    watchRefusals(m_model);
    watchRefusals(m_modules);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TracksPage::showModulesOfCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TracksPage::showModulesOfCurrent);
    // Module hours and the program's minimum reach the track's computed columns first.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TracksPage::updateSummary);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        m_model->select();
    });
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this] { m_table->horizontalHeader()->setSortIndicatorShown(true); });
    connect(m_addModule, &QPushButton::clicked, this, [this] {
        qint64 id = -1;
        if (m_modules->addModule(&id)) {
            m_moduleTable->showId(id);
            m_moduleTable->edit(m_moduleTable->currentIndex().siblingAtColumn(ModuleModel::Title));
        }
    });
    connect(m_removeModule, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = m_moduleTable->selectedIds();
        if (!ids.isEmpty() &&
            AreaView::confirmDelete(
                this, tr("Remove %n module(s) from this track?", nullptr, int(ids.size()))))
            m_modules->removeIds(ids, tr("Remove %n module(s)", nullptr, int(ids.size())));
    });

    m_model->select();
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

QString TracksPage::addActionText() const
{
    return tr("&New track");
}

void TracksPage::showModulesOfCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : -1;
    if (m_modules->track() != id)
        m_modules->setTrack(id);
    m_addModule->setEnabled(id >= 0);
    m_removeModule->setEnabled(id >= 0);
    if (id < 0) {
        m_modulesTitle->setText(tr("Select a track to see its modules."));
    } else {
        const QString name =
            m_model->data(m_model->index(current.row(), TrackModel::Name)).toString();
        m_modulesTitle->setText(tr("Modules of %1").arg(name));
    }
    updateSummary();
}

void TracksPage::updateSummary()
{
    const QModelIndex current = m_table->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : -1;
    if (id < 0) {
        m_summary->clear();
        m_summaryIcon->hide();
        m_summaryWarns = false;
        return;
    }
    const TrackPlan plan = m_model->planOf(id);
    const double minPct = m_model->handsOnMinPct();
    const double protectedHours = m_model->protectedHoursPerWeek();
    m_summaryWarns =
        plan.isBelowHandsOnMinimum(minPct) || plan.exceedsProtectedTime(protectedHours);
    m_summary->setText(plan.summary(minPct, protectedHours));
    // The full reasons, for whoever wants more than the line.
    QStringList reasons;
    for (const QString &reason : {plan.handsOnWarning(minPct), plan.loadWarning(protectedHours)}) {
        if (!reason.isEmpty())
            reasons.append(reason);
    }
    m_summary->setToolTip(reasons.join(QLatin1Char('\n')));
    m_summaryIcon->setVisible(m_summaryWarns);
}

QString TracksPage::summaryText() const
{
    return m_summary->text();
}

bool TracksPage::summaryWarns() const
{
    return m_summaryWarns;
}

void TracksPage::addItem()
{
    QSqlQuery query(m_model->database());
    int next = 1;
    if (query.exec(QStringLiteral("SELECT coalesce(max(position), 0) + 1, count(*) FROM tracks")) &&
        query.next())
        next = query.value(0).toInt();
    // Track names are unique: find the first free "New track N".
    QString name = tr("New track");
    for (int n = 2;; ++n) {
        QSqlQuery exists(m_model->database());
        exists.prepare(QStringLiteral("SELECT 1 FROM tracks WHERE name = ?"));
        exists.addBindValue(name);
        if (!exists.exec() || !exists.next())
            break;
        name = tr("New track %1").arg(n);
    }
    // A new track is specialized, the kind most tracks are, planned at that kind's norm.
    const TrackNorm norm = TrackPlan::normFor(QStringLiteral("specialized"));
    qint64 id = -1;
    if (m_model->addRecord({{QStringLiteral("name"), name},
                            {QStringLiteral("kind"), QStringLiteral("specialized")},
                            {QStringLiteral("nominal_hours"), norm.hours},
                            {QStringLiteral("nominal_weeks"), norm.weeks},
                            {QStringLiteral("position"), next}},
                           tr("New track"), &id)) {
        m_table->showId(id);
        m_table->edit(m_table->currentIndex().siblingAtColumn(TrackModel::Name));
    }
}

void TracksPage::removeSelected()
{
    // Delete acts on the modules when they have the focus, on the tracks otherwise.
    if (m_moduleTable->hasFocus()) {
        m_removeModule->click();
        return;
    }
    const QList<qint64> ids = m_table->selectedIds();
    if (ids.isEmpty())
        return;
    if (!AreaView::confirmDelete(
            this, tr("Delete %n track(s) with their modules?", nullptr, int(ids.size()))))
        return;
    m_model->removeIds(ids, tr("Delete %n track(s)", nullptr, int(ids.size())));
}

void TracksPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Upskill
